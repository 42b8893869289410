export { RevisionHistory, type RevisionHistoryProps } from './RevisionHistory';
