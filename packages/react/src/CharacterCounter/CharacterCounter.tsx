import { graphemeLength } from '@sona-designer/core';
import {
  type CharacterCounterMessages,
  DEFAULT_LOCALE,
  formatMessage,
  formatNumber,
  getMessages,
  type Locale,
  selectPlural,
} from '../i18n/messages';

/** From this share of the limit on, the counter turns to the warning colour and is announced. */
export const NEAR_LIMIT_RATIO = 0.9;

export type CharacterCounterState = 'normal' | 'near' | 'over';

export function characterCounterState(count: number, max: number): CharacterCounterState {
  if (count > max) return 'over';
  if (count >= max * NEAR_LIMIT_RATIO) return 'near';
  return 'normal';
}

export interface CharacterCounterProps {
  /** The text being counted, in characters as a person sees them (`👍🏽` counts 1). */
  value: string;
  max: number;
  /** Lets a field point at the counter with `aria-describedby`. */
  id?: string;
  locale?: Locale;
  /** Replaces some of the catalogue's strings for this counter. */
  messages?: Partial<CharacterCounterMessages>;
  className?: string;
}

export function CharacterCounter({
  value,
  max,
  id,
  locale = DEFAULT_LOCALE,
  messages,
  className,
}: CharacterCounterProps) {
  const text = { ...getMessages(locale).characterCounter, ...messages };
  const count = graphemeLength(value);
  const over = count - max;
  const state = characterCounterState(count, max);
  const params = {
    count: formatNumber(locale, count),
    max: formatNumber(locale, max),
    over: formatNumber(locale, over),
  };
  const announced = state !== 'normal';

  return (
    <p
      id={id}
      className={className ? `sona-character-counter ${className}` : 'sona-character-counter'}
      data-state={state}
      aria-live={announced ? 'polite' : undefined}
      aria-atomic={announced ? true : undefined}
    >
      <span className="sona-character-counter__count" aria-hidden="true">
        {formatMessage(text.count, params)}
      </span>
      <span className="sona-visually-hidden">
        {formatMessage(selectPlural(locale, text.used, count), params)}
      </span>
      {state === 'over' && (
        <span className="sona-character-counter__over">
          {formatMessage(selectPlural(locale, text.over, over), params)}
        </span>
      )}
    </p>
  );
}
