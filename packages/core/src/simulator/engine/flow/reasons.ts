import type { TransferTarget } from '../../../actions';
import type { CallOutcome } from '../../../model/callSummary';
import type { Weekday } from '../../../model/graph';

/** A moment as the business-hours step's time zone shows it, in a reason's params. */
export interface FlowReasonMoment {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  weekday: Weekday;
  /** Local time, `HH:MM`. */
  time: string;
  timeZone: string;
}

/**
 * Why a simulated call took a step or stopped, as data: a `code` and its `params`, so a UI can word it in its own
 * language (`describeFlowReason` words it in English).
 */
export type FlowReason =
  | { code: 'call-entered'; params: { callerNumber: string } }
  | { code: 'hours-open'; params: FlowReasonMoment & { start: string; end: string } }
  | { code: 'hours-closed'; params: FlowReasonMoment }
  | { code: 'hours-holiday'; params: FlowReasonMoment & { holiday: string } }
  | { code: 'hours-invalid-time'; params: { at: string } }
  | { code: 'menu-pressed'; params: { digit: string; label: string } }
  | { code: 'menu-unknown-key'; params: { digit: string } }
  | { code: 'menu-no-input'; params: { timeoutSeconds: number } }
  | { code: 'ring-answered'; params: { names: string[] } }
  | { code: 'ring-no-answer'; params: { names: string[]; ringSeconds: number } }
  | { code: 'ring-nobody'; params: Record<string, never> }
  | { code: 'sona-done'; params: { outcome: CallOutcome | null } }
  | { code: 'sona-handoff'; params: { target: TransferTarget; destination: string } }
  | { code: 'sona-transferred'; params: { target: TransferTarget; destination: string } }
  | { code: 'sona-talking'; params: { messages: number } }
  | { code: 'voicemail'; params: Record<string, never> }
  | { code: 'forwarded'; params: { phoneNumber: string } }
  | { code: 'forward-no-number'; params: Record<string, never> }
  | { code: 'played-recording'; params: { audioUrl: string } }
  | { code: 'read-aloud'; params: { message: string } }
  | { code: 'call-ended'; params: Record<string, never> }
  | { code: 'nothing-connected'; params: { title: string; output: string; outputLabel: string } }
  | { code: 'missing-step'; params: { title: string; output: string; target: string } }
  | { code: 'loop'; params: { title: string } }
  | { code: 'too-many-steps'; params: { steps: number } }
  | { code: 'no-start'; params: Record<string, never> };

/** A reason's code: what a UI switches on to translate it. */
export type FlowReasonCode = FlowReason['code'];

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** User text (titles, labels, names) isolated with FSI…PDI so a right-to-left override stays inside it. */
function iso(text: string): string {
  return `\u2068${text}\u2069`;
}

function dayAndDate(moment: FlowReasonMoment): string {
  const month = MONTH_NAMES[Number(moment.date.slice(5, 7)) - 1] ?? '';
  return `${DAY_NAMES[moment.weekday]} ${Number(moment.date.slice(8, 10))} ${month}`;
}

function names(list: readonly string[]): string {
  if (list.length <= 1) return iso(list[0] ?? '');
  return `${list.slice(0, -1).map(iso).join(', ')} and ${iso(list[list.length - 1] ?? '')}`;
}

const OUTCOME_WORDS: Record<CallOutcome, string> = {
  'message-taken': 'message taken',
  transferred: 'transferred',
  resolved: 'resolved',
  'lead-qualified': 'lead qualified',
  'appointment-booked': 'appointment booked',
  abandoned: 'abandoned',
  'no-match': 'no job matched',
};

const TRANSFER_WORDS: Record<TransferTarget, string> = {
  member: 'team member',
  inbox: 'inbox',
  number: 'number',
};

const CLIP = 60;

function clipped(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.length > CLIP ? `${single.slice(0, CLIP - 1)}…` : single;
}

/** A reason in one English sentence, e.g. “Saturday 20:00 is outside business hours”. */
export function describeFlowReason(reason: FlowReason): string {
  switch (reason.code) {
    case 'call-entered':
      return reason.params.callerNumber
        ? `Call from ${iso(reason.params.callerNumber)}`
        : 'Call from an unknown number';
    case 'hours-open':
      return `${DAY_NAMES[reason.params.weekday]} ${reason.params.time} is within business hours (${reason.params.start}–${reason.params.end})`;
    case 'hours-closed':
      return `${DAY_NAMES[reason.params.weekday]} ${reason.params.time} is outside business hours`;
    case 'hours-holiday':
      return reason.params.holiday
        ? `${dayAndDate(reason.params)} is a holiday: ${iso(reason.params.holiday)}`
        : `${dayAndDate(reason.params)} is a holiday`;
    case 'hours-invalid-time':
      return `“${iso(reason.params.at)}” is not a date and time with its offset, e.g. 2026-12-25T10:00:00-05:00`;
    case 'menu-pressed':
      return `Pressed ${reason.params.digit}: ${iso(reason.params.label)}`;
    case 'menu-unknown-key':
      return `Pressed ${reason.params.digit}, which no option uses: no input`;
    case 'menu-no-input':
      return `No key pressed within ${reason.params.timeoutSeconds} s: no input`;
    case 'ring-answered':
      return reason.params.names.length === 1
        ? `${names(reason.params.names)} answered`
        : `Rang ${names(reason.params.names)}: someone answered`;
    case 'ring-no-answer':
      return `Nobody answered after ${reason.params.ringSeconds} s: next step`;
    case 'ring-nobody':
      return 'Nobody to ring: next step';
    case 'sona-done':
      return reason.params.outcome
        ? `Sona finished the conversation (${OUTCOME_WORDS[reason.params.outcome]}): next step`
        : 'Sona finished the conversation: next step';
    case 'sona-handoff':
      return `Sona handed off the call: next step`;
    case 'sona-transferred':
      return `Sona transferred the call to the ${TRANSFER_WORDS[reason.params.target]} ${iso(reason.params.destination)}`;
    case 'sona-talking':
      return reason.params.messages === 0
        ? 'Sona greeted the caller, who said nothing more'
        : `Sona is still talking with the caller after ${reason.params.messages} ${reason.params.messages === 1 ? 'message' : 'messages'}`;
    case 'voicemail':
      return 'Voicemail: the caller leaves a message';
    case 'forwarded':
      return `Forwarded to ${iso(reason.params.phoneNumber)}`;
    case 'forward-no-number':
      return 'The forward step has no phone number yet: the call cannot be forwarded';
    case 'played-recording':
      return 'Played the recording: next step';
    case 'read-aloud':
      return reason.params.message
        ? `Read aloud “${iso(clipped(reason.params.message))}”: next step`
        : 'Played an empty message: next step';
    case 'call-ended':
      return 'Call ended';
    case 'nothing-connected':
      return `Nothing is connected after ${iso(reason.params.title)} (${iso(reason.params.outputLabel)})`;
    case 'missing-step':
      return `The connection after ${iso(reason.params.title)} leads to a step that does not exist`;
    case 'loop':
      return `The call came back to ${iso(reason.params.title)} with nothing new: the flow loops`;
    case 'too-many-steps':
      return `Stopped after ${reason.params.steps} steps: the flow goes round in a loop`;
    case 'no-start':
      return 'The flow has no incoming-call step: no call can enter it';
  }
}
