export { PendingChanges, type PendingChangesProps } from './PendingChanges';
