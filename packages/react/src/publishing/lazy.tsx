import { useFlow } from '../state';
import { lazyDialog, lazySurface, NothingYet, PanelLoading, withClassName } from '../ui';
import type { ConflictDialogProps } from './conflict/ConflictDialog';
import type { PendingChangesProps } from './pendingChanges/PendingChanges';
import type { PublishProblemsProps } from './publishBar/internal/PublishProblems';

/** The pending changes' frame saying it is loading while its code downloads. */
export function PendingChangesLoading({ className }: PendingChangesProps) {
  return (
    <div className={withClassName('sona-pending-changes', className)} aria-busy="true">
      <PanelLoading />
    </div>
  );
}

// Opened from the flow store rather than an `open` prop: mounted once there is a conflict to show.
const useConflictOpen = (_props: ConflictDialogProps) => useFlow((state) => state.conflict !== null);

/**
 * The dialog that opens by itself when saving meets someone else's newer draft: what differs, then Reload
 * theirs or Keep mine and overwrite. Render one per flow, inside its `FlowProvider` (`CallFlowDesigner`
 * does); it has no `open` prop.
 *
 * Its code downloads the first time a conflict happens (or in an idle moment before);
 * `ConflictDialog.preload()` fetches it ahead.
 */
export const LazyConflictDialog = /* @__PURE__ */ lazyDialog(
  () => import('./conflict/ConflictDialog').then((module) => module.ConflictDialog),
  useConflictOpen,
);

/**
 * What publishing will change, in words, grouped by step: the difference between the draft and what real
 * calls use now. Needs the flow store (`FlowProvider` or `CallFlowDesigner`).
 *
 * Its code downloads when it first renders, with a loading placeholder meanwhile; `PendingChanges.preload()`
 * fetches it ahead.
 */
export const LazyPendingChanges = /* @__PURE__ */ lazySurface(
  () => import('./pendingChanges/PendingChanges').then((module) => module.PendingChanges),
  PendingChangesLoading,
);

// Why the last publish failed: shown only after something went wrong.
/** Why the last publish failed. */
export const LazyPublishError = /* @__PURE__ */ lazySurface(
  () => import('./publishBar/internal/PublishError').then((module) => module.PublishError),
  NothingYet,
);

// Shown only while the draft has errors: mounted (and its code loaded, if the idle preload has not yet) from then on.
const useBlocked = (_props: PublishProblemsProps) =>
  useFlow((state) => state.loadState === 'ready' && state.issues.some((issue) => issue.severity === 'error'));
/** "Fix 3 problems before publishing" and its list of problems, in the publish bar. */
export const LazyPublishProblems = /* @__PURE__ */ lazyDialog(
  () => import('./publishBar/internal/PublishProblems').then((module) => module.PublishProblems),
  useBlocked,
);
