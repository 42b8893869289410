import type { TransferTarget } from '@sona-designer/core';
import type { PluralMessage } from '../types';

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
};
