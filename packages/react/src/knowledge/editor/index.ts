export { KnowledgeEditor, type KnowledgeEditorProps } from './KnowledgeEditor';
