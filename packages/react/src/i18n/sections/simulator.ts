import type { TransferTarget } from '@sona-designer/core';
import type { FlowCallOutcome, FlowReasonCode } from '@sona-designer/core/simulator';
import type { PluralMessage } from '../types';
import { type TestsMessages, testsEn } from './tests';

/**
 * Strings of the drawer's "From the incoming call" mode: a call placed at a chosen moment walks the whole flow, each
 * step with why it was taken. Names and numbers in `{…}` come isolated from the sentence's direction.
 */
export interface FlowCallMessages {
  modeLabel: string;
  modeStep: string;
  modeIncoming: string;
  whenLabel: string;
  /** `{zone}`: the time zone; `{step}`: the business-hours step's title. */
  zoneHint: string;
  /** `{zone}`: the browser's time zone, used when the flow has no business-hours step. */
  zoneHintNoHours: string;
  quickPicks: string;
  pickNow: string;
  pickWeekday: string;
  pickSaturday: string;
  pickChristmas: string;
  pickNewYear: string;
  callerNumber: string;
  callerNumberHint: string;
  answered: string;
  answeredHint: string;
  start: string;
  restart: string;
  pathTitle: string;
  /** `{index}`: the step's place on the path; `{step}`: its title. Announced as the call reaches each step. */
  reached: string;
  keypadTitle: string;
  keypad: string;
  /** `{key}`: 0–9, * or #. */
  pressKey: string;
  keypadHint: string;
  waitingKey: string;
  /** How the call ended (or where it is). */
  outcomes: Record<FlowCallOutcome, string>;
  /** Why each step was taken, by reason code; see `FlowReason` for the values of each. */
  reasons: Record<FlowReasonCode, string>;
  /** `hours-holiday` for a holiday without a name. */
  holidayUnnamed: string;
  /** `call-entered` without a number. */
  unknownCaller: string;
  /** `sona-done` with the conversation's `{outcome}`. */
  sonaDoneOutcome: string;
  /** `read-aloud` of an empty message. */
  readAloudEmpty: string;
  /** `sona-talking` once the caller said something: `{count}` messages. */
  sonaTalkingCount: PluralMessage;
}

/** Strings of `SimulatorDrawer` (the "Simulated call" drawer) and of the Test call buttons that open it. */
export interface SimulatorMessages {
  title: string;
  description: string;
  close: string;
  stepLabel: string;
  versionLabel: string;
  draft: string;
  published: string;
  draftHint: string;
  /** `{revision}`: the published revision number. */
  publishedHint: string;
  neverPublished: string;
  notInPublished: string;
  noSonaStep: string;
  preparing: string;
  engineFailed: string;
  /** `{message}` */
  stepLoadFailed: string;
  retry: string;
  transcript: string;
  caller: string;
  sona: string;
  callerMessage: string;
  callerPlaceholder: string;
  composerHint: string;
  send: string;
  endCall: string;
  restart: string;
  typing: string;
  cancel: string;
  /** Announced when a slow turn is cancelled. */
  cancelled: string;
  /** `{message}`: what went wrong. */
  startFailed: string;
  turnFailed: string;
  why: string;
  traceJob: string;
  traceNoJob: string;
  /** `{percent}` */
  traceConfidence: string;
  traceChosen: string;
  traceContinued: string;
  traceRunnerUp: string;
  /** The general call intent heard in the caller's words, e.g. "Heard: asking for a person". */
  traceHeard: string;
  /** `{score}`: the router's raw score. */
  traceScore: string;
  traceInstruction: string;
  /** `{index}` of `{count}` */
  traceInstructionStep: string;
  traceKnowledge: string;
  traceActions: string;
  traceCollected: string;
  traceMatched: string;
  traceNone: string;
  traceNoWords: string;
  /** `{message}`: the text of the SMS. */
  smsAction: string;
  /** `{destination}` */
  transferAction: Record<TransferTarget, string>;
  /** `{destination}` */
  transferred: string;
  callOver: string;
  seeSummary: string;
  showTranscript: string;
  summaryTitle: string;
  /** `{version}`: Draft or Published; `{step}`: the step's title. */
  summaryIntro: string;
  summaryCaller: string;
  summaryIntent: string;
  summaryJob: string;
  summaryCollected: string;
  summaryActions: string;
  summaryOutcome: string;
  summaryTurns: string;
  turnCount: PluralMessage;
  nothingCollected: string;
  noActions: string;
  noJob: string;
  deletedJob: string;
  saving: string;
  saved: string;
  /** `{message}` */
  saveFailed: string;
  retrySave: string;
  notSavedReadOnly: string;
  switchTitle: string;
  switchBody: string;
  switchConfirm: string;
  keepCall: string;
  flowCall: FlowCallMessages;
  /** The saved test cases: the drawer's Tests view, Save as test and the publish bar's count. */
  tests: TestsMessages;
}

export const simulatorEn: SimulatorMessages = {
  title: 'Simulated call',
  description:
    'Play the caller: Sona answers with the jobs and knowledge of this step, and shows why. Nothing in the flow changes.',
  close: 'Close',
  stepLabel: 'Sona step',
  versionLabel: 'Version',
  draft: 'Draft',
  published: 'Published',
  draftHint: 'Your unpublished changes, as real calls will get them once you publish.',
  publishedHint: 'What real calls get today (revision {revision}).',
  neverPublished: 'This call flow has never been published: publish it to test the version real calls use.',
  notInPublished: 'This step is not in the published version yet: publish the flow to test it there.',
  noSonaStep: 'This call flow has no Sona step to test: add one from the palette, then try again.',
  preparing: 'Connecting the call…',
  engineFailed: 'The simulator could not be loaded: {message} Check your connection and try again.',
  stepLoadFailed: 'The jobs and knowledge of this step could not be loaded: {message} Try again.',
  retry: 'Retry',
  transcript: 'Transcript',
  caller: 'Caller',
  sona: 'Sona',
  callerMessage: 'Caller message',
  callerPlaceholder: 'Type what the caller says…',
  composerHint: 'Enter sends, Shift+Enter starts a new line.',
  send: 'Send',
  endCall: 'End call',
  restart: 'Restart',
  typing: 'Sona is typing…',
  cancel: 'Cancel',
  cancelled: 'Cancelled: your message is back in the box.',
  startFailed: 'Sona could not start the call: {message}',
  turnFailed: 'Sona could not answer: {message} Your message is kept: retry when ready.',
  why: 'Why?',
  traceJob: 'Job',
  traceNoJob: 'No job in charge',
  traceConfidence: '{percent} confidence',
  traceChosen: 'chosen from this message',
  traceContinued: 'continuing',
  traceRunnerUp: 'Runner-up',
  traceHeard: 'Heard',
  traceScore: 'score {score}',
  traceInstruction: 'Instruction',
  traceInstructionStep: 'Step {index} of {count}',
  traceKnowledge: 'Knowledge',
  traceActions: 'Action fired',
  traceCollected: 'Collected',
  traceMatched: 'Matched words',
  traceNone: 'None',
  traceNoWords: 'No words matched',
  smsAction: 'SMS to the caller: “{message}”',
  transferAction: {
    member: 'Transfer to team member {destination}',
    inbox: 'Transfer to the shared inbox {destination}',
    number: 'Transfer to {destination}',
  },
  transferred: 'Sona transferred the call to {destination}. Sona has left the call.',
  callOver: 'The call is over.',
  seeSummary: 'See call summary',
  showTranscript: 'Show transcript',
  summaryTitle: 'Call summary',
  summaryIntro: '{version} of {step}',
  summaryCaller: 'Caller',
  summaryIntent: 'Intent',
  summaryJob: 'Job',
  summaryCollected: 'Collected',
  summaryActions: 'Actions',
  summaryOutcome: 'Outcome',
  summaryTurns: 'Length',
  turnCount: { one: '{count} turn', other: '{count} turns' },
  nothingCollected: 'Nothing collected',
  noActions: 'No actions fired',
  noJob: 'No job ran',
  deletedJob: 'Deleted job',
  saving: 'Saving to call summaries…',
  saved: 'Saved to call summaries',
  saveFailed: 'The summary was not saved: {message}',
  retrySave: 'Retry saving',
  notSavedReadOnly: 'Read only: this summary is not saved.',
  switchTitle: 'Restart the call?',
  switchBody: 'Switching ends this call and starts a new one. Its transcript is not kept.',
  switchConfirm: 'Switch and restart',
  keepCall: 'Keep this call',
  tests: testsEn,
  flowCall: {
    modeLabel: 'Start the call',
    modeStep: 'From this Sona step',
    modeIncoming: 'From the incoming call',
    whenLabel: 'When the call comes in',
    zoneHint: 'Read in {zone}, the time zone of {step}: that step decides open, closed or holiday.',
    zoneHintNoHours:
      'Read in {zone}. This flow has no business-hours step, so the time does not change the path.',
    quickPicks: 'Quick picks',
    pickNow: 'Now',
    pickWeekday: 'Monday 10:00',
    pickSaturday: 'Saturday 20:00',
    pickChristmas: 'Christmas 10:00',
    pickNewYear: 'New Year’s Day 10:00',
    callerNumber: 'Caller’s number',
    callerNumberHint: 'Optional: leave empty for an unknown number.',
    answered: 'Rung people answer',
    answeredHint: 'Off: nobody picks up, and each ring step goes on to its next step.',
    start: 'Place the call',
    restart: 'Call again',
    pathTitle: 'Path of the call',
    reached: 'Step {index}: {step}',
    keypadTitle: 'The caller is at a phone menu: which key do they press?',
    keypad: 'Keypad',
    pressKey: 'Press {key}',
    keypadHint: 'You can also type 0–9, * or #.',
    waitingKey: 'Waiting for the caller to press a key',
    outcomes: {
      'in-conversation': 'Talking with Sona',
      answered: 'Answered by a team member',
      voicemail: 'Went to voicemail',
      forwarded: 'Forwarded',
      transferred: 'Transferred by Sona',
      ended: 'The call ended',
      disconnected: 'The call was dropped',
      loop: 'Stopped: the flow loops',
      invalid: 'The call could not enter the flow',
    },
    reasons: {
      'call-entered': 'Call from {number}',
      'hours-open': '{day} {time} is within business hours ({start}–{end})',
      'hours-closed': '{day} {time} is outside business hours',
      'hours-holiday': '{date} is a holiday: {holiday}',
      'hours-invalid-time': '“{at}” is not a date and time: choose one above.',
      'menu-pressed': 'Pressed {digit}: {label}',
      'menu-unknown-key': 'Pressed {digit}, which no option uses: no input',
      'menu-no-input': 'No key pressed within {seconds} s: no input',
      'ring-answered': '{names} answered',
      'ring-no-answer': 'Nobody answered after {seconds} s: next step',
      'ring-nobody': 'Nobody to ring: next step',
      'sona-done': 'Sona finished the conversation: next step',
      'sona-handoff': 'Sona handed off the call: next step',
      'sona-transferred': 'Sona transferred the call: {transfer}',
      'sona-talking': 'Sona answers: the conversation is below',
      voicemail: 'Voicemail: the caller leaves a message',
      forwarded: 'Forwarded to {number}',
      'forward-no-number': 'The forward step has no phone number yet: the call cannot be forwarded',
      'played-recording': 'Played the recording: next step',
      'read-aloud': 'Read aloud “{message}”: next step',
      'call-ended': 'Call ended',
      'nothing-connected': 'Nothing is connected after {step} ({output}): the call drops',
      'missing-step': 'The connection after {step} leads to a step that does not exist',
      loop: 'The call came back to {step} with nothing new: the flow loops',
      'too-many-steps': 'Stopped after {count} steps: the flow goes round in a loop',
      'no-start': 'The flow has no incoming-call step: no call can enter it',
    },
    holidayUnnamed: '{date} is a holiday',
    unknownCaller: 'Call from an unknown number',
    sonaDoneOutcome: 'Sona finished the conversation ({outcome}): next step',
    readAloudEmpty: 'Played an empty message: next step',
    sonaTalkingCount: {
      one: 'Sona is talking with the caller after {count} message',
      other: 'Sona is talking with the caller after {count} messages',
    },
  },
};
