// The inspector section of the catalogue. Add every string the inspector components show here, and its French in `../fr`.
import type { RingStrategy, Weekday } from '@sona-designer/core';
import type { PluralMessage } from '../types';

/** Strings of `StepInspector` and the settings form of each kind of step. */
export interface InspectorMessages {
  region: string;
  emptyTitle: string;
  /** What Enter does on the canvas, under the empty state's title. */
  emptyHint: string;
  loading: string;
  close: string;
  title: string;
  /** One line under the title of kinds that have no settings. */
  explanation: { 'incoming-call': string; end: string };
  issuesHeading: string;
  severity: { error: string; warning: string };

  outputsHeading: string;
  outputsHint: string;
  /** Accessible name of an output's select, e.g. "During hours: goes to". */
  outputGoesTo: string;
  goesTo: string;
  nowhere: string;
  optional: string;

  greeting: string;
  greetingHint: string;
  conversationHistory: string;
  conversationHistoryHint: string;
  on: string;
  off: string;

  jobsHeading: string;
  /** The visible count, e.g. "3 of 10". */
  jobsCount: string;
  /** What a screen reader hears for the count. */
  jobsCountLabel: PluralMessage;
  jobsFull: string;
  jobsEmpty: string;
  knowledgeHeading: string;
  knowledgeCount: PluralMessage;
  knowledgeEmpty: string;
  detach: string;
  /** Accessible name of a Detach button, e.g. "Detach Take a message". */
  detachNamed: string;
  missingJob: string;
  missingKnowledge: string;
  loadingItem: string;

  timeZone: string;
  timeZoneHint: string;
  hoursHeading: string;
  weekdays: Record<Weekday, string>;
  closed: string;
  addRange: string;
  addRangeOn: string;
  rangeFrom: string;
  rangeTo: string;
  removeRange: string;
  copyMonday: string;
  holidaysHeading: string;
  holidaysHint: string;
  noHolidays: string;
  date: string;
  name: string;
  holidayDate: string;
  holidayName: string;
  addHoliday: string;
  removeHoliday: string;

  prompt: string;
  promptHint: string;
  optionsHeading: string;
  key: string;
  label: string;
  optionKey: string;
  optionLabel: string;
  moveUp: string;
  moveDown: string;
  removeOption: string;
  addOption: string;
  newOptionLabel: string;
  noOptions: string;
  allKeysUsed: string;
  timeout: string;
  timeoutHint: string;

  strategy: string;
  strategies: Record<RingStrategy, { label: string; hint: string }>;
  targetsHeading: string;
  noTargets: string;
  newTargetName: string;
  newTargetPlaceholder: string;
  addTarget: string;
  removeTarget: string;
  batchSize: string;
  batchSizeHint: string;
  groupsHeading: string;
  groupsHint: string;
  noGroups: string;
  groupName: string;
  groupMembers: string;
  newGroupName: string;
  addGroup: string;
  removeGroup: string;
  ringSeconds: string;
  ringSecondsHint: string;

  phoneNumber: string;
  phoneNumberHint: string;
  voicemailGreeting: string;
  voicemailGreetingHint: string;
  message: string;
  messageHint: string;
  audioUrl: string;
  audioUrlHint: string;

  /** Shown when the core's schema has no message of its own for a number. */
  fieldErrors: { number: string; wholeNumber: string; min: string; max: string };
}

export const inspectorEn: InspectorMessages = {
  region: 'Step settings',
  emptyTitle: 'Select a step to see its settings',
  emptyHint:
    'On the canvas, click a step, or move to it with Tab and press Enter, to open its settings here.',
  loading: 'Loading the step settings…',
  close: 'Close step settings',
  title: 'Title',
  explanation: {
    'incoming-call': 'Every call to this number starts here. Connect it to the first step callers meet.',
    end: 'The call hangs up here.',
  },
  issuesHeading: 'Problems',
  severity: { error: 'Error', warning: 'Warning' },

  outputsHeading: 'Where the call goes next',
  outputsHint: 'The same as drawing a connection on the canvas.',
  outputGoesTo: '{output}: goes to',
  goesTo: 'Goes to',
  nowhere: 'Nowhere — the call hangs up',
  optional: 'optional',

  greeting: 'Greeting',
  greetingHint: 'What Sona says when it picks up.',
  conversationHistory: 'Conversation history',
  conversationHistoryHint: 'Sona remembers the caller’s earlier calls and can refer to them.',
  on: 'On',
  off: 'Off',

  jobsHeading: 'Jobs',
  jobsCount: '{count} of {max}',
  jobsCountLabel: { one: '{count} of {max} jobs attached', other: '{count} of {max} jobs attached' },
  jobsFull: 'This step holds the most jobs it can: detach one to make room.',
  jobsEmpty: 'No jobs yet. Jobs tell Sona how to handle a kind of call.',
  knowledgeHeading: 'Knowledge',
  knowledgeCount: { one: '{count} page', other: '{count} pages' },
  knowledgeEmpty: 'No knowledge pages. Sona answers questions from the pages attached here.',
  detach: 'Detach',
  detachNamed: 'Detach {name}',
  missingJob: 'Deleted job ({id})',
  missingKnowledge: 'Deleted page ({id})',
  loadingItem: 'Loading…',

  timeZone: 'Time zone',
  timeZoneHint: 'The hours below are in this time zone.',
  hoursHeading: 'Opening hours',
  weekdays: {
    mon: 'Monday',
    tue: 'Tuesday',
    wed: 'Wednesday',
    thu: 'Thursday',
    fri: 'Friday',
    sat: 'Saturday',
    sun: 'Sunday',
  },
  closed: 'Closed',
  addRange: 'Add hours',
  addRangeOn: 'Add hours on {day}',
  rangeFrom: '{day}, hours {n}: from',
  rangeTo: '{day}, hours {n}: to',
  removeRange: 'Remove {day} hours {n}',
  copyMonday: 'Copy Monday to weekdays',
  holidaysHeading: 'Holidays',
  holidaysHint: 'Closed all day on these dates: calls take the after-hours path.',
  noHolidays: 'No holidays.',
  date: 'Date',
  name: 'Name',
  holidayDate: 'Date of holiday {n}',
  holidayName: 'Name of holiday {n}',
  addHoliday: 'Add holiday',
  removeHoliday: 'Remove holiday {n}',

  prompt: 'Prompt',
  promptHint: 'What callers hear before they press a key.',
  optionsHeading: 'Options',
  key: 'Key',
  label: 'Label',
  optionKey: 'Key of option {n}',
  optionLabel: 'Label of option {n}',
  moveUp: 'Move option {n} up',
  moveDown: 'Move option {n} down',
  removeOption: 'Remove option {n}',
  addOption: 'Add option',
  newOptionLabel: 'Option {digit}',
  noOptions: 'No options: callers have no key to press.',
  allKeysUsed: 'Every key is used.',
  timeout: 'Wait for a key (seconds)',
  timeoutHint: 'After this, the call takes the “No input” path.',

  strategy: 'How to ring',
  strategies: {
    'all-at-once': { label: 'All at once', hint: 'Every phone rings together.' },
    'random-batches': { label: 'Random batches', hint: 'A few people at a time, in random order.' },
    'custom-groups': { label: 'Custom groups', hint: 'Groups ring one after the other.' },
    single: { label: 'One person', hint: 'Only the first person on the list rings.' },
  },
  targetsHeading: 'People to ring',
  noTargets: 'Nobody yet: add the people to ring.',
  newTargetName: 'Name of the person to add',
  newTargetPlaceholder: 'Full name',
  addTarget: 'Add person',
  removeTarget: 'Remove {name}',
  batchSize: 'People per batch',
  batchSizeHint: 'How many phones ring at a time.',
  groupsHeading: 'Groups',
  groupsHint: 'Each group rings in turn, in this order.',
  noGroups: 'No groups yet.',
  groupName: 'Name of group {n}',
  groupMembers: 'Who is in group {n}',
  newGroupName: 'Group {n}',
  addGroup: 'Add group',
  removeGroup: 'Remove group {n}',
  ringSeconds: 'Ring time (seconds)',
  ringSecondsHint: 'How long phones ring before the call moves on. 30 seconds by default.',

  phoneNumber: 'Phone number',
  phoneNumberHint: 'International format with the country code, e.g. +1\u00a0514\u00a0555\u00a00100.',
  voicemailGreeting: 'Voicemail greeting',
  voicemailGreetingHint: 'What callers hear before the beep.',
  message: 'Message',
  messageHint: 'Read aloud to the caller when there is no recording.',
  audioUrl: 'Recording URL (optional)',
  audioUrlHint: 'A link to an audio file, starting with https://. It plays instead of the message.',

  fieldErrors: {
    number: 'Enter a number.',
    wholeNumber: 'Enter a whole number.',
    min: 'Enter {min} or more.',
    max: 'Enter {max} or less.',
  },
};
