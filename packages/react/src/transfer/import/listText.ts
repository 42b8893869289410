import type { TransferMessages } from '../../i18n';
import { formatMessage, formatNumber, type Locale, type PluralMessage, selectPlural } from '../../i18n';

/** "a, b and c", with the locale's word for "and". */
export function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** "3 jobs" by the locale's plural rules. */
export function countOf(locale: Locale, message: PluralMessage, count: number): string {
  return formatMessage(selectPlural(locale, message, count), { count: formatNumber(locale, count) });
}

const SHOWN_NAMES = 5;

/** The first few names, then "and 12 more". Names are isolated so right-to-left text cannot reorder the sentence. */
export function namesText(locale: Locale, text: TransferMessages, names: string[]): string {
  const shown = names.slice(0, SHOWN_NAMES).map((name) => `\u2068${name}\u2069`);
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} ${countOf(locale, text.andMore, rest)}` : shown.join(', ');
}

/**
 * "3 jobs, 1 knowledge page, 2 call flows, 0 call summaries and 4 saved tests", or only the kinds with some when
 * `onlySome`.
 */
export function countsText(
  locale: Locale,
  text: TransferMessages,
  counts: { jobs: number; knowledge: number; callFlows: number; callSummaries: number; testCases: number },
  onlySome = false,
): string {
  const parts: [number, PluralMessage][] = [
    [counts.jobs, text.countJobs],
    [counts.knowledge, text.countKnowledge],
    [counts.callFlows, text.countCallFlows],
    [counts.callSummaries, text.countCallSummaries],
    [counts.testCases, text.countTestCases],
  ];
  return joinList(
    parts
      .filter(([count]) => !onlySome || count > 0)
      .map(([count, message]) => countOf(locale, message, count)),
    text.and,
  );
}
