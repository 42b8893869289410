import type { PluralMessage } from '../types';

/** Strings of `JobLibrary`, `KnowledgeLibrary` and `KnowledgeEditor`. */
export interface LibraryMessages {
  // The job library.
  jobsTitle: string;
  jobsTotal: PluralMessage;
  jobsListLabel: string;
  searchJobs: string;
  searchJobsPlaceholder: string;
  sortLabel: string;
  sortName: string;
  sortUpdated: string;
  sortUsage: string;
  createJob: string;
  columnName: string;
  columnTrigger: string;
  columnUsage: string;
  columnUpdated: string;
  columnActions: string;
  noTrigger: string;
  jobsEmptyTitle: string;
  jobsEmptyBody: string;
  jobsNoResultsTitle: string;
  jobsNoResultsBody: string;
  loadJobsFailed: string;

  // The knowledge library.
  knowledgeTitle: string;
  knowledgeTotal: PluralMessage;
  knowledgeListLabel: string;
  searchKnowledge: string;
  searchKnowledgePlaceholder: string;
  newPage: string;
  columnTitle: string;
  columnContent: string;
  noContent: string;
  knowledgeLiveNote: string;
  knowledgeEmptyTitle: string;
  knowledgeEmptyBody: string;
  knowledgeNoResultsTitle: string;
  knowledgeNoResultsBody: string;
  loadKnowledgeFailed: string;

  // Shared by both lists.
  results: PluralMessage;
  clearSearch: string;
  loadingMore: string;
  loadMoreFailed: string;
  retry: string;
  readOnlyNote: string;
  newBadge: string;
  edit: string;
  editNamed: string;
  view: string;
  viewNamed: string;
  delete: string;
  deleteNamed: string;
  usageLoading: string;
  notUsed: string;
  /** `{steps}` and `{flows}` are `usageSteps` and `usageFlows`. */
  usedBy: string;
  usageSteps: PluralMessage;
  usageFlows: PluralMessage;
  justNow: string;
  createdNamed: string;
  savedNamed: string;
  deletedNamed: string;
  alreadyDeletedNamed: string;

  // Delete confirmation.
  deleteTitle: string;
  deleteJobBody: string;
  deleteKnowledgeBody: string;
  deleteJobConfirm: string;
  deleteKnowledgeConfirm: string;
  deleting: string;
  checkingUsage: string;
  cancel: string;
  close: string;
  inUseJob: string;
  inUseKnowledge: string;
  inUsePlaces: string;
  placeDraft: string;
  placePublished: string;
  placeBoth: string;
  placePublishToFree: string;
  inUseHowToJob: string;
  inUseHowToKnowledge: string;
  deleteConflict: string;
  deleteReloaded: string;
  reload: string;
  deleteFailed: string;
  tryAgain: string;

  // The knowledge editor.
  editorNewTitle: string;
  editorEditTitle: string;
  editorViewTitle: string;
  editorLiveNote: string;
  editorUsage: string;
  editorNotUsed: string;
  fieldTitle: string;
  fieldContent: string;
  contentHint: string;
  savePage: string;
  saving: string;
  loadingPage: string;
  loadPageFailed: string;
  pageNotFound: string;
  saveFailed: string;
  pageGone: string;
  saveAsNew: string;
  titleRequired: string;
  contentRequired: string;
  titleOneLine: string;
  /** `{field}` is `fieldTitle` or `fieldContent`. */
  tooLong: string;
  conflictTitle: string;
  /** `{time}`: when they saved. */
  conflictBody: string;
  conflictTheirs: string;
  conflictYours: string;
  conflictSame: string;
  changedByThem: string;
  changedByYou: string;
  changedByBoth: string;
  /** Accessible name of a field's choice, e.g. "Content: version to save". */
  choiceLegend: string;
  takeTheirs: string;
  keepMine: string;
  copyTheirs: string;
  copyYours: string;
  copied: string;
  copyFailed: string;
  emptyText: string;
  conflictSave: string;
  conflictEdit: string;
  discardTitle: string;
  discardBody: string;
  keepEditing: string;
  discard: string;
}

export const libraryEn: LibraryMessages = {
  jobsTitle: 'Job library',
  jobsTotal: { one: '{count} job', other: '{count} jobs' },
  jobsListLabel: 'Jobs',
  searchJobs: 'Search jobs',
  searchJobsPlaceholder: 'Search by name, description or trigger',
  sortLabel: 'Sort by',
  sortName: 'Name',
  sortUpdated: 'Last edited',
  sortUsage: 'Most used',
  createJob: 'Create job',
  columnName: 'Name',
  columnTrigger: 'Trigger',
  columnUsage: 'Used by',
  columnUpdated: 'Last edited',
  columnActions: 'Actions',
  noTrigger: 'No trigger',
  jobsEmptyTitle: 'No jobs yet',
  jobsEmptyBody:
    'Jobs are playbooks that tell Sona how to handle one kind of call: take a message, book a visit, pass the call to a person. Create one here, then attach it to Sona steps in your call flows.',
  jobsNoResultsTitle: 'No jobs match “{query}”',
  jobsNoResultsBody: 'Search looks at names, descriptions and triggers. Try another word.',
  loadJobsFailed: 'Couldn’t load the jobs.',

  knowledgeTitle: 'Knowledge',
  knowledgeTotal: { one: '{count} page', other: '{count} pages' },
  knowledgeListLabel: 'Knowledge pages',
  searchKnowledge: 'Search knowledge',
  searchKnowledgePlaceholder: 'Search page titles',
  newPage: 'New page',
  columnTitle: 'Title',
  columnContent: 'Content',
  noContent: 'No content',
  knowledgeLiveNote:
    'Sona answers callers’ questions from these pages. Content edits are live for every Sona step that uses a page; attaching or detaching a page waits until the call flow is published.',
  knowledgeEmptyTitle: 'No knowledge pages yet',
  knowledgeEmptyBody:
    'Knowledge pages hold what Sona should know about the business, such as opening hours, prices and policies, so it can answer callers’ questions.',
  knowledgeNoResultsTitle: 'No pages match “{query}”',
  knowledgeNoResultsBody: 'Search looks at page titles. Try another word.',
  loadKnowledgeFailed: 'Couldn’t load the knowledge pages.',

  results: { one: '{count} result', other: '{count} results' },
  clearSearch: 'Clear search',
  loadingMore: 'Loading more…',
  loadMoreFailed: 'Couldn’t load more.',
  retry: 'Retry',
  readOnlyNote: 'Read only: you can look, not change.',
  newBadge: 'New',
  edit: 'Edit',
  editNamed: 'Edit {name}',
  view: 'View',
  viewNamed: 'View {name}',
  delete: 'Delete',
  deleteNamed: 'Delete {name}',
  usageLoading: 'Checking…',
  notUsed: 'Not used',
  usedBy: 'Used by {steps} in {flows}',
  usageSteps: { one: '{count} step', other: '{count} steps' },
  usageFlows: { one: '{count} call flow', other: '{count} call flows' },
  justNow: 'Just now',
  createdNamed: 'Created {name}',
  savedNamed: 'Saved {name}',
  deletedNamed: 'Deleted {name}',
  alreadyDeletedNamed: '{name} was already deleted by someone else.',

  deleteTitle: 'Delete {name}?',
  deleteJobBody: 'The job leaves the workspace for good. This can’t be undone.',
  deleteKnowledgeBody: 'The page leaves the workspace for good. This can’t be undone.',
  deleteJobConfirm: 'Delete job',
  deleteKnowledgeConfirm: 'Delete page',
  deleting: 'Deleting…',
  checkingUsage: 'Checking where it is used…',
  cancel: 'Cancel',
  close: 'Close',
  inUseJob: 'This job can’t be deleted: it is used by {steps} in {flows}. Nothing was deleted.',
  inUseKnowledge: 'This page can’t be deleted: it is used by {steps} in {flows}. Nothing was deleted.',
  inUsePlaces: 'Where it is used',
  placeDraft: 'Draft',
  placePublished: 'Published',
  placeBoth: 'Draft and published',
  placePublishToFree: 'Already detached in the draft: publish to free it.',
  inUseHowToJob:
    'To free it, open each call flow, detach the job from the Sona step, and publish. Once no draft or published version uses it, you can delete it.',
  inUseHowToKnowledge:
    'To free it, open each call flow, detach the page from the Sona step, and publish. Once no draft or published version uses it, you can delete it.',
  deleteConflict:
    'Someone changed {name} since this list was loaded. Reload it to see the latest version before deleting it.',
  deleteReloaded: 'Reloaded: this is the latest version.',
  reload: 'Reload',
  deleteFailed: 'Couldn’t delete it: the workspace could not be reached. Nothing was deleted.',
  tryAgain: 'Try again',

  editorNewTitle: 'New knowledge page',
  editorEditTitle: 'Edit knowledge page',
  editorViewTitle: 'Knowledge page',
  editorLiveNote:
    'Content edits are live: once saved, they apply at once to every Sona step that uses this page. Attaching or detaching the page is part of a call flow’s draft and waits until it is published.',
  editorUsage: 'This page is used by {steps} in {flows}.',
  editorNotUsed: 'No Sona step uses this page yet.',
  fieldTitle: 'Title',
  fieldContent: 'Content',
  contentHint: 'What Sona should know, in plain sentences. Sona answers callers’ questions from it.',
  savePage: 'Save page',
  saving: 'Saving…',
  loadingPage: 'Loading the page…',
  loadPageFailed: 'Couldn’t load this page.',
  pageNotFound: 'This page no longer exists: someone may have deleted it.',
  saveFailed: 'Couldn’t save: the workspace could not be reached. Your text is kept: try again.',
  pageGone:
    'Someone deleted this page while you were editing. Your text is kept: save it as a new page, or copy it.',
  saveAsNew: 'Save as new page',
  titleRequired: 'Title is required: name the page, such as “Opening hours”.',
  contentRequired: 'Content is required: write what Sona should know.',
  titleOneLine: 'Title must fit on one line: remove the line breaks.',
  tooLong: '{field} is too long: {count} characters, the limit is {max}. Shorten it by {over}.',
  conflictTitle: 'Someone else saved this page',
  conflictBody:
    'They saved it at {time}, while you were editing. For each field that differs, choose the version to save; copy anything you want to keep first. Nothing is lost until you choose.',
  conflictTheirs: 'Theirs',
  conflictYours: 'Yours',
  conflictSame: 'Same in both versions',
  changedByThem: 'Only they changed it',
  changedByYou: 'Only you changed it',
  changedByBoth: 'You both changed it',
  choiceLegend: '{field}: version to save',
  takeTheirs: 'Take theirs',
  keepMine: 'Keep mine',
  copyTheirs: 'Copy theirs',
  copyYours: 'Copy yours',
  copied: 'Copied',
  copyFailed: 'Couldn’t copy: select the text and copy it by hand.',
  emptyText: '(empty)',
  conflictSave: 'Save these choices',
  conflictEdit: 'Edit before saving',
  discardTitle: 'Discard your changes?',
  discardBody: 'You changed this page without saving. If you close it now, your changes are lost.',
  keepEditing: 'Keep editing',
  discard: 'Discard changes',
};
