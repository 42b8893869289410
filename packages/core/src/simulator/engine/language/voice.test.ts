import { describe, expect, test } from 'vitest';
import { toCaller } from './voice';

describe('toCaller: words about the caller become words to the caller', () => {
  test('English pronouns and verbs, including “-ing” forms done to the caller', () => {
    expect(toCaller('Tell the caller their technician is late.', 'en')).toBe(
      'Tell you your technician is late.',
    );
    expect(toCaller('I am transferring them to the on-call technician.', 'en')).toBe(
      'I am transferring you to the on-call technician.',
    );
    expect(toCaller('Explain the prices and repeat them slowly.', 'en')).toBe(
      'Explain the prices and repeat them slowly.',
    );
  });

  test('French: “l’appelant” and its pronouns become “vous”', () => {
    expect(toCaller('Demandez le nom de l’appelant.', 'fr')).toBe('Demandez votre nom.');
  });
});
