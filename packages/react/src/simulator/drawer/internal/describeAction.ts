import type { JobAction } from '@sona-designer/core';
import type { SimulatorMessages } from '../../../i18n';
import { formatMessage, isolate, type Locale } from '../../../i18n';

/** An action in words: what the SMS says, or where the transfer goes. */
export function describeAction(text: SimulatorMessages, action: JobAction): string {
  return action.type === 'sms'
    ? formatMessage(text.smsAction, { message: isolate(action.message) })
    : formatMessage(text.transferAction[action.target], { destination: isolate(action.destination) });
}

export function formatPercent(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

export function formatScore(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
