import type { FlowReason } from '@sona-designer/core/simulator';
import { formatMessage, isolate, type Locale, type Messages, outputLabel, selectPlural } from '../../../i18n';

function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

// Dates come as the business-hours step's local calendar day: formatted at noon UTC so no zone moves them.
function formatDay(locale: Locale, date: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(
    Date.parse(`${date}T12:00:00Z`),
  );
}

/**
 * Why a simulated call took a step, in the designer's language: the reason's code picks the sentence, its params
 * fill it, user text (titles, labels, names, numbers) isolated from the sentence's direction.
 */
export function describeFlowReason(reason: FlowReason, messages: Messages, locale: Locale): string {
  const text = messages.simulator.flowCall;
  const template = text.reasons[reason.code];
  let sentence: string;
  switch (reason.code) {
    case 'call-entered':
      sentence = reason.params.callerNumber
        ? formatMessage(template, { number: isolate(reason.params.callerNumber) })
        : text.unknownCaller;
      break;
    case 'hours-open':
    case 'hours-closed':
      sentence = formatMessage(template, {
        day: formatDay(locale, reason.params.date, { weekday: 'long' }),
        time: reason.params.time,
        ...(reason.code === 'hours-open' ? { start: reason.params.start, end: reason.params.end } : {}),
      });
      break;
    case 'hours-holiday': {
      const date = formatDay(locale, reason.params.date, { weekday: 'long', day: 'numeric', month: 'long' });
      sentence = reason.params.holiday
        ? formatMessage(template, { date, holiday: isolate(reason.params.holiday) })
        : formatMessage(text.holidayUnnamed, { date });
      break;
    }
    case 'hours-invalid-time':
      sentence = formatMessage(template, { at: isolate(reason.params.at) });
      break;
    case 'menu-pressed':
      sentence = formatMessage(template, { digit: reason.params.digit, label: isolate(reason.params.label) });
      break;
    case 'menu-unknown-key':
      sentence = formatMessage(template, { digit: reason.params.digit });
      break;
    case 'menu-no-input':
      sentence = formatMessage(template, { seconds: reason.params.timeoutSeconds });
      break;
    case 'ring-answered':
      sentence = formatMessage(template, {
        names: new Intl.ListFormat(locale, { type: 'conjunction' }).format(reason.params.names.map(isolate)),
      });
      break;
    case 'ring-no-answer':
      sentence = formatMessage(template, { seconds: reason.params.ringSeconds });
      break;
    case 'sona-done':
      sentence = reason.params.outcome
        ? formatMessage(text.sonaDoneOutcome, {
            outcome: messages.callSummaries.outcomes[reason.params.outcome],
          })
        : template;
      break;
    case 'sona-transferred':
      sentence = formatMessage(template, {
        transfer: formatMessage(messages.simulator.transferAction[reason.params.target], {
          destination: isolate(reason.params.destination),
        }),
      });
      break;
    case 'sona-talking':
      sentence =
        reason.params.messages === 0
          ? template
          : formatMessage(selectPlural(locale, text.sonaTalkingCount, reason.params.messages), {
              count: reason.params.messages,
            });
      break;
    case 'forwarded':
      sentence = formatMessage(template, { number: isolate(reason.params.phoneNumber) });
      break;
    case 'read-aloud':
      sentence = reason.params.message
        ? formatMessage(template, { message: isolate(clip(reason.params.message)) })
        : text.readAloudEmpty;
      break;
    case 'nothing-connected':
      sentence = formatMessage(template, {
        step: isolate(reason.params.title),
        output: outputLabel(messages, reason.params.output, reason.params.outputLabel),
      });
      break;
    case 'missing-step':
    case 'loop':
      sentence = formatMessage(template, { step: isolate(reason.params.title) });
      break;
    case 'too-many-steps':
      sentence = formatMessage(template, { count: reason.params.steps });
      break;
    default:
      sentence = template;
  }
  return upperFirst(sentence);
}

const CLIP = 60;

// A long spoken message would drown the path: its start is enough to recognise it.
function clip(message: string): string {
  const single = message.replace(/\s+/g, ' ').trim();
  return single.length > CLIP ? `${single.slice(0, CLIP - 1)}…` : single;
}
