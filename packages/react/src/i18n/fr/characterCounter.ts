import type { CharacterCounterMessages } from '../sections/characterCounter';

export const characterCounterFr: CharacterCounterMessages = {
  count: '{count} / {max}',
  used: { one: '{count} caractère utilisé sur {max}', other: '{count} caractères utilisés sur {max}' },
  over: { one: '{over} caractère en trop', other: '{over} caractères en trop' },
};
