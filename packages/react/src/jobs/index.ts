export { conflictFieldText } from './editor/internal/conflictFieldText';
export type { JobEditorProps } from './editor/JobEditor';
export { EditedAt } from './library/internal/EditedAt';
export { LibraryFrame } from './library/internal/LibraryFrame';
export { LibraryMessage, LibrarySkeleton } from './library/internal/LibraryStates';
export type { LibraryColumn } from './library/internal/LibraryTable';
export { RowActions } from './library/internal/RowActions';
export { UsageSummary } from './library/internal/UsageSummary';
export { usageParams } from './library/internal/usageText';
export { useBatchedRequest } from './library/internal/useBatchedRequest';
export { useChangeRefresh } from './library/internal/useChangeRefresh';
export { useLibraryController } from './library/internal/useLibraryController';
export { usePagedList } from './library/internal/usePagedList';
export type { JobLibraryProps, JobLibrarySort } from './library/JobLibrary';
export { useFocusReturn } from './picker/internal/focusReturn';
export { ListError, ListLoading, ListMessage, NoSearchResults } from './picker/internal/ListStates';
export { PickerSearch, type PickerSearchHandle } from './picker/internal/PickerSearch';
export {
  useAttachedJobIds,
  useAttachedKnowledgeIds,
  useCanEditAttachments,
} from './picker/internal/useAttachments';
export { usePagedList as usePickerPagedList } from './picker/internal/usePagedList';
export type { JobPickerProps } from './picker/JobPicker';
export type { JobsSectionProps } from './section/JobsSection';
export { JobsSection } from './section/JobsSection';
export type { TemplateGalleryProps } from './templates/TemplateGallery';
