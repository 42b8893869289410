import { summarizeUsage, type UsagePlace } from '@sona-designer/core';
import { formatMessage, formatNumber, type Locale, type PluralMessage, selectPlural } from '../../i18n';

/** The plural forms that count steps and call flows ("{count} steps", "{count} call flows"). */
export interface UsagePlurals {
  /** "{count} steps". */
  steps: PluralMessage;
  /** "{count} call flows". */
  flows: PluralMessage;
}

/** `{steps}` and `{flows}` of a usage message ("used by 3 steps in 2 call flows"), and the number of steps. */
export function usageParams(
  places: readonly UsagePlace[],
  locale: Locale,
  plurals: UsagePlurals,
): { steps: string; flows: string; stepCount: number } {
  const { steps, callFlows } = summarizeUsage(places);
  return {
    steps: formatMessage(selectPlural(locale, plurals.steps, steps), { count: formatNumber(locale, steps) }),
    flows: formatMessage(selectPlural(locale, plurals.flows, callFlows), {
      count: formatNumber(locale, callFlows),
    }),
    stepCount: steps,
  };
}
