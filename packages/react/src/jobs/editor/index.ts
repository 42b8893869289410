export { JobEditor, type JobEditorProps } from './JobEditor';
