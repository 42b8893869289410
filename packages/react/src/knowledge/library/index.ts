export { KnowledgeLibrary, type KnowledgeLibraryProps } from './KnowledgeLibrary';
