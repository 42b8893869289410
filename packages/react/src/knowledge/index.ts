export type { KnowledgeEditorProps } from './editor/KnowledgeEditor';
export type { KnowledgeLibraryProps } from './library/KnowledgeLibrary';
export type { KnowledgePickerProps } from './picker/KnowledgePicker';
export type { KnowledgeSectionProps } from './section/KnowledgeSection';
export { KnowledgeSection } from './section/KnowledgeSection';
