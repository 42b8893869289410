// The simulator reads the jobs of a Sona step through the jobs feature.
export { useAttachedJobIds } from '../records';
export { conflictFieldText } from './editor/internal/conflictFieldText';
export type { JobEditorProps } from './editor/JobEditor';
export type { JobLibraryProps, JobLibrarySort } from './library/JobLibrary';
export type { JobPickerProps } from './picker/JobPicker';
export type { JobsSectionProps } from './section/JobsSection';
export { JobsSection } from './section/JobsSection';
// The routing sandbox and a failing saved test teach a job a sentence through it.
export { type TeachStatus, triggerWithExample, useTeachJob } from './teach/useTeachJob';
export type { TemplateGalleryProps } from './templates/TemplateGallery';
