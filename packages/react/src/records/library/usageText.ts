import type { UsagePlace } from '@sona-designer/core';
import { formatMessage, type LibraryMessages, type Locale } from '../../i18n';
import { type UsagePlurals, usageParams } from '../usage/usageParams';

/** The libraries' words for counting steps and call flows. */
export function libraryPlurals(text: LibraryMessages): UsagePlurals {
  return { steps: text.usageSteps, flows: text.usageFlows };
}

/** "Used by 3 steps in 2 call flows" or "Not used". */
export function usageText(places: readonly UsagePlace[], locale: Locale, text: LibraryMessages): string {
  if (places.length === 0) return text.notUsed;
  return formatMessage(text.usedBy, usageParams(places, locale, libraryPlurals(text)));
}
