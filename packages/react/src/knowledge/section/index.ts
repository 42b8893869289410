export { KnowledgeSection, type KnowledgeSectionProps } from './KnowledgeSection';
