export { KnowledgePicker, type KnowledgePickerProps } from './KnowledgePicker';
