import { summarizeUsage, type UsagePlace } from '@sona-designer/core';
import { formatMessage, formatNumber, type LibraryMessages, type Locale, selectPlural } from '../../../i18n';

/** `{steps}` and `{flows}` of a usage message: "3 steps", "2 call flows". */
export function usageParams(
  places: readonly UsagePlace[],
  locale: Locale,
  text: LibraryMessages,
): { steps: string; flows: string } {
  const { steps, callFlows } = summarizeUsage(places);
  return {
    steps: formatMessage(selectPlural(locale, text.usageSteps, steps), {
      count: formatNumber(locale, steps),
    }),
    flows: formatMessage(selectPlural(locale, text.usageFlows, callFlows), {
      count: formatNumber(locale, callFlows),
    }),
  };
}

/** "Used by 3 steps in 2 call flows" or "Not used". */
export function usageText(places: readonly UsagePlace[], locale: Locale, text: LibraryMessages): string {
  if (places.length === 0) return text.notUsed;
  return formatMessage(text.usedBy, usageParams(places, locale, text));
}
