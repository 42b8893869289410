import { graphemeLength } from '@sona-designer/core';
import { useContext } from 'react';
import {
  type CharacterCounterMessages,
  DEFAULT_LOCALE,
  en,
  formatMessage,
  formatNumber,
  type Locale,
  selectPlural,
  useCatalogue,
} from '../../i18n';
import { DesignerContext } from '../../state';
import { withClassName } from '../withClassName';

/** From this share of the limit on, the counter turns to the warning colour and is announced. */
export const NEAR_LIMIT_RATIO = 0.9;

/** How close a text is to its limit: `near` from `NEAR_LIMIT_RATIO` of it, `over` past it. */
export type CharacterCounterState = 'normal' | 'near' | 'over';

/**
 * How close `count` characters are to `max`, as `CharacterCounter` shows it (its `data-state`): for a host's own
 * counter or field styling.
 */
export function characterCounterState(count: number, max: number): CharacterCounterState {
  if (count > max) return 'over';
  if (count >= max * NEAR_LIMIT_RATIO) return 'near';
  return 'normal';
}

/** Props of `CharacterCounter`. */
export interface CharacterCounterProps {
  /** The text being counted, in characters as a person sees them (`👍🏽` counts 1). */
  value: string;
  /** The limit, in characters as a person sees them; past it the counter says how many characters are over. */
  max: number;
  /** Lets a field point at the counter with `aria-describedby`. */
  id?: string;
  /** By default the locale of the enclosing `DesignerProvider`, or English outside one. */
  locale?: Locale;
  /** Replaces some of the catalogue's strings for this counter. */
  messages?: Partial<CharacterCounterMessages>;
  /** Added to the counter's element. */
  className?: string;
}

/**
 * "12 / 100" under a text field, counting characters as a person sees them: turns to the warning colour and is
 * announced to screen readers near the limit, and says how many characters are over past it. Works inside a
 * `DesignerProvider` (its locale and messages) or on its own.
 */
export function CharacterCounter({
  value,
  max,
  id,
  locale: localeProp,
  messages,
  className,
}: CharacterCounterProps) {
  const designer = useContext(DesignerContext);
  const asked = localeProp ?? designer?.locale ?? DEFAULT_LOCALE;
  // Inside a provider of the same locale, its catalogue (with the host's overrides); otherwise the locale's own,
  // English until it is loaded.
  const catalogue = useCatalogue(asked);
  const shown =
    designer && designer.locale === asked
      ? { locale: asked, messages: designer.messages }
      : (catalogue ?? { locale: DEFAULT_LOCALE, messages: en });
  const locale = shown.locale;
  const text = { ...shown.messages.characterCounter, ...messages };
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
      className={withClassName('sona-character-counter', className)}
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
