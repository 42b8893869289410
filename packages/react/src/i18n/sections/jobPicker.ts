// The jobPicker section of the catalogue: JobPicker, JobsSection, KnowledgeSection and KnowledgePicker.
import type { PluralMessage } from '../types';

/** Strings of `JobPicker`, `JobsSection`, `KnowledgePicker` and `KnowledgeSection`. */
export interface JobPickerMessages {
  /** JobPicker: the dialog title, also the button that opens it. */
  title: string;
  draftNote: string;
  count: string;
  countLabel: PluralMessage;
  close: string;
  done: string;
  searchLabel: string;
  searchPlaceholder: string;
  sortLabel: string;
  sortName: string;
  sortUpdated: string;
  sortUsage: string;
  total: PluralMessage;
  matches: PluralMessage;
  searching: string;
  listLabel: string;
  loading: string;
  loadingMore: string;
  loadFailed: string;
  loadMoreFailed: string;
  retry: string;
  full: string;
  fullRefused: string;
  emptyTitle: string;
  emptyBody: string;
  noResultsTitle: string;
  noResultsBody: string;
  clearSearch: string;
  trigger: string;
  noTrigger: string;
  usageElsewhere: string;
  usageSteps: PluralMessage;
  usageFlows: PluralMessage;
  usageNone: string;
  attached: string;
  createJob: string;
  createChoices: string;
  startFromScratch: string;
  startFromScratchHint: string;
  startFromTemplate: string;
  startFromTemplateHint: string;
  createdAttached: string;
  createdNotAttached: string;
  readOnlyNote: string;

  /** JobsSection */
  jobsHeading: string;
  jobsHint: string;
  jobsEmpty: string;
  jobsFull: string;
  addJob: string;
  moveUp: string;
  moveDown: string;
  edit: string;
  editNamed: string;
  detach: string;
  detachNamed: string;
  deletedJob: string;
  deletedJobHint: string;
  loadingItem: string;
  moved: string;
  dragHandle: string;

  /** KnowledgeSection and KnowledgePicker */
  knowledgeHeading: string;
  knowledgeCount: PluralMessage;
  knowledgeAttached: PluralMessage;
  knowledgeHint: string;
  knowledgeEmpty: string;
  addKnowledge: string;
  deletedPage: string;
  deletedPageHint: string;
  knowledgePickerNote: string;
  searchKnowledge: string;
  knowledgeListLabel: string;
  knowledgeTotal: PluralMessage;
  knowledgeMatches: PluralMessage;
  knowledgeLoading: string;
  knowledgeLoadFailed: string;
  knowledgeNoPagesTitle: string;
  knowledgeNoPagesBody: string;
  knowledgeNoResultsTitle: string;
  knowledgeCharacters: string;
  showMore: string;
}

export const jobPickerEn: JobPickerMessages = {
  title: 'Add job',
  draftNote:
    'Checking or unchecking a job changes this step’s draft only: callers get it when the call flow is published.',
  count: '{count} of {max}',
  countLabel: { one: '{count} of {max} jobs attached', other: '{count} of {max} jobs attached' },
  close: 'Close',
  done: 'Done',
  searchLabel: 'Search jobs',
  searchPlaceholder: 'Search by name, description or trigger',
  sortLabel: 'Sort by',
  sortName: 'Name',
  sortUpdated: 'Recently edited',
  sortUsage: 'Most used',
  total: { one: '{count} job', other: '{count} jobs' },
  matches: { one: '{count} job matches', other: '{count} jobs match' },
  searching: 'Searching…',
  listLabel: 'Jobs of the workspace',
  loading: 'Loading jobs…',
  loadingMore: 'Loading more jobs…',
  loadFailed: 'Couldn’t load the jobs.',
  loadMoreFailed: 'Couldn’t load more jobs.',
  retry: 'Retry',
  full: 'This Sona step holds {max} jobs, the most it can. To attach another, free a place: uncheck a job here, or detach one in the step’s Jobs section.',
  fullRefused:
    'Not attached: this Sona step already holds {max} jobs. Uncheck one first, or detach one in the step’s Jobs section.',
  emptyTitle: 'No jobs yet',
  emptyBody:
    'Jobs tell Sona how to handle one kind of call, such as taking a message or booking a visit. Create the first one from scratch or from a template.',
  noResultsTitle: 'No jobs match “{query}”',
  noResultsBody: 'Check the spelling, or try a word from the job’s name, description or trigger.',
  clearSearch: 'Clear search',
  trigger: 'Trigger:',
  noTrigger: 'No trigger: Sona decides from the instructions',
  usageElsewhere: 'Also in {steps} in {flows}',
  usageSteps: { one: '{count} step', other: '{count} steps' },
  usageFlows: { one: '{count} call flow', other: '{count} call flows' },
  usageNone: 'Not used in any other step',
  attached: 'Attached',
  createJob: 'Create job',
  createChoices: 'How to start the new job',
  startFromScratch: 'Start from scratch',
  startFromScratchHint: 'An empty job: you write its name, trigger and instructions.',
  startFromTemplate: 'Start from a template',
  startFromTemplateHint: 'A ready-made job, such as Take a message, to use as is or adapt.',
  createdAttached: '“{name}” was created and attached to this step.',
  createdNotAttached:
    '“{name}” was created but not attached: this step already holds {max} jobs. Free a place, then check it in the list.',
  readOnlyNote: 'Read only: you can see the jobs but not change which ones are attached.',

  jobsHeading: 'Jobs',
  jobsHint: 'Sona considers these jobs in this order. Attachments reach callers when you publish.',
  jobsEmpty: 'No jobs yet: Sona only answers from knowledge.',
  jobsFull: 'This step holds the most jobs it can: detach one to make room.',
  addJob: 'Add job',
  moveUp: 'Move {name} up',
  moveDown: 'Move {name} down',
  edit: 'Edit',
  editNamed: 'Edit {name}',
  detach: 'Detach',
  detachNamed: 'Detach {name}',
  deletedJob: 'Deleted job',
  deletedJobHint: 'This job was deleted from the workspace: detach it.',
  loadingItem: 'Loading…',
  moved: '“{name}” is now number {position} of {count}.',
  dragHandle: 'Drag to reorder',

  knowledgeHeading: 'Knowledge',
  knowledgeCount: { one: '{count} page', other: '{count} pages' },
  knowledgeAttached: { one: '{count} attached', other: '{count} attached' },
  knowledgeHint: 'Page edits apply at once; attaching or detaching reaches callers when you publish.',
  knowledgeEmpty: 'No knowledge pages yet: Sona answers questions from the pages attached here.',
  addKnowledge: 'Add knowledge',
  deletedPage: 'Deleted page',
  deletedPageHint: 'This page was deleted from the workspace: detach it.',
  knowledgePickerNote:
    'Sona answers questions from the pages checked here. Edits to a page’s content apply at once; checking or unchecking changes the draft only and reaches callers when the call flow is published.',
  searchKnowledge: 'Search knowledge',
  knowledgeListLabel: 'Knowledge pages of the workspace',
  knowledgeTotal: { one: '{count} page', other: '{count} pages' },
  knowledgeMatches: { one: '{count} page matches', other: '{count} pages match' },
  knowledgeLoading: 'Loading pages…',
  knowledgeLoadFailed: 'Couldn’t load the knowledge pages.',
  knowledgeNoPagesTitle: 'No knowledge pages yet',
  knowledgeNoPagesBody:
    'Write pages in the knowledge library (opening hours, prices, policies), then attach them here.',
  knowledgeNoResultsTitle: 'No pages match “{query}”',
  knowledgeCharacters: '{count} characters',
  showMore: 'Show more',
};
