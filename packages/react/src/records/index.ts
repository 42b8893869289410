// The kit both record types (jobs, knowledge pages) share: what a record kind is, the editor's save workflow and
// conflict view, the paged list, the library page and the pickers' parts.
export { ConflictActions, type ConflictActionsProps } from './conflict/ConflictActions';
export { ConflictField, type ConflictFieldText } from './conflict/ConflictField';
export type { Choice, FieldChange } from './conflict/conflictChoices';
export { RecordConflictView, type RecordConflictViewProps } from './conflict/RecordConflictView';
export { BusyButton, type BusyButtonProps } from './editor/BusyButton';
export { RecordLoadState, type RecordLoadStateProps } from './editor/RecordLoadState';
export { patchOf, sameValues, stored, valuesOf } from './editor/recordValues';
export type { SaveFailure } from './editor/saveFailure';
export { type RecordLoad, useRecordLoad } from './editor/useRecordLoad';
export {
  type RecordSave,
  type RecordSaveOptions,
  type SaveConflict,
  type SaveOutcome,
  type SaveStatus,
  useRecordSave,
} from './editor/useRecordSave';
export { WarningNotice, type WarningNoticeProps } from './editor/WarningNotice';
export type { DeleteWording } from './library/DeleteDialog';
export { LibraryFrame, type LibraryFrameProps } from './library/LibraryFrame';
export { LibraryMessage, type LibraryMessageProps } from './library/LibraryMessage';
export { LibraryRow, type LibraryRowProps, type RowDetail } from './library/LibraryRow';
export { LibrarySkeleton } from './library/LibrarySkeleton';
export { type LibraryColumn, libraryColumns } from './library/LibraryTable';
export { libraryPlurals } from './library/usageText';
export { useBatchedRequest } from './library/useBatchedRequest';
export { useLibraryController } from './library/useLibraryController';
export { useLibraryRows } from './library/useLibraryRows';
export { useChangeRefresh } from './list/useChangeRefresh';
export { type PagedList, type PagedListOptions, usePagedList } from './list/usePagedList';
export { ListError, ListLoading, ListMessage, NoSearchResults } from './picker/ListStates';
export { PickerFrame, type PickerFrameProps } from './picker/PickerFrame';
export { PickerListBody, type PickerListBodyProps } from './picker/PickerListBody';
export { PickerSearch, type PickerSearchHandle } from './picker/PickerSearch';
export { useAttachedJobIds, useAttachedKnowledgeIds, useCanEditAttachments } from './picker/useAttachments';
export { type PickerList, type PickerListOptions, pickerTotal, usePickerList } from './picker/usePickerList';
export type {
  AnyRecordKind,
  RecordKind,
  RecordListQuery,
  RecordOf,
  RecordValues,
  VersionedRecord,
  WorkspaceState,
} from './recordKind';
export {
  type AttachedFocus,
  AttachedSection,
  type AttachedSectionProps,
  useAttachedFocus,
} from './section/AttachedSection';
export { type UsagePlurals, usageParams } from './usage/usageParams';
