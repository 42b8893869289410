export type { ConflictDialogProps } from './conflict/ConflictDialog';
export type { PendingChangesProps } from './pendingChanges/PendingChanges';
export type { PublishBarProps } from './publishBar/PublishBar';
export { PublishBar } from './publishBar/PublishBar';
export { RevisionHistory, type RevisionHistoryProps } from './revisions/RevisionHistory';
export type { SaveStatusProps } from './saveStatus/SaveStatus';
export { SaveStatus } from './saveStatus/SaveStatus';
