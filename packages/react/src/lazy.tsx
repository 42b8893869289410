// The secondary surfaces, loaded on demand so a flow opens without paying for them (the designer preloads them when
// the browser is idle: see CallFlowDesigner). The calls are marked pure so a host's bundler drops the unused ones.
import type { CallSummariesProps } from './calls/CallSummaries';
import type { StepSettingsProps } from './inspector/internal/StepSettings';
import type { DeleteDialogProps } from './jobs/library/internal/DeleteDialog';
import { LibrarySkeleton } from './jobs/library/internal/LibraryStates';
import type { JobLibraryProps } from './jobs/library/JobLibrary';
import type { KnowledgeLibraryProps } from './knowledge/library/KnowledgeLibrary';
import type { ConflictDialogProps } from './publishing/conflict/ConflictDialog';
import type { PendingChangesProps } from './publishing/pendingChanges/PendingChanges';
import type { SimulatorDrawerProps } from './simulator/drawer/SimulatorDrawer';
import { useMessages } from './state/DesignerContext';
import { useFlow } from './state/flow/FlowContext';
import { lazyDialog, lazySurface } from './ui/lazy/lazyComponent';
import { SurfaceLoading } from './ui/lazy/SurfaceLoading';

const classes = (base: string, extra: string | undefined) => (extra ? `${base} ${extra}` : base);

/** "Loading…" in a panel whose own loading state is not known yet. */
function PanelLoading() {
  return <SurfaceLoading label={useMessages().inspector.loadingItem} />;
}

function JobLibraryLoading({ className }: JobLibraryProps) {
  return (
    <section className={classes('sona-library sona-job-library', className)} aria-busy="true">
      <LibrarySkeleton label={useMessages().library.loadingJobs} />
    </section>
  );
}

function KnowledgeLibraryLoading({ className }: KnowledgeLibraryProps) {
  return (
    <section className={classes('sona-library sona-knowledge-library', className)} aria-busy="true">
      <LibrarySkeleton label={useMessages().library.loadingKnowledge} />
    </section>
  );
}

function CallSummariesLoading({ className }: CallSummariesProps) {
  return (
    <section className={classes('sona-calls', className)} aria-busy="true">
      <p className="sona-calls__loading" role="status">
        <span className="sona-spinner" aria-hidden="true" />
        {useMessages().callSummaries.loading}
      </p>
    </section>
  );
}

function PendingChangesLoading({ className }: PendingChangesProps) {
  return (
    <div className={classes('sona-pending-changes', className)} aria-busy="true">
      <PanelLoading />
    </div>
  );
}

// Dialogs opened from the flow store rather than an `open` prop: mounted once there is something to show.
const useSimulatorOpen = (_props: SimulatorDrawerProps) => useFlow((state) => state.simulatorStepId !== null);
const useConflictOpen = (_props: ConflictDialogProps) => useFlow((state) => state.conflict !== null);
const deleteOpen = (props: DeleteDialogProps) => props.target !== null;

export const LazyJobEditor = /* @__PURE__ */ lazyDialog(() =>
  import('./jobs/editor/JobEditor').then((module) => module.JobEditor),
);
export const LazyKnowledgeEditor = /* @__PURE__ */ lazyDialog(() =>
  import('./knowledge/editor/KnowledgeEditor').then((module) => module.KnowledgeEditor),
);
export const LazyJobPicker = /* @__PURE__ */ lazyDialog(() =>
  import('./jobs/picker/JobPicker').then((module) => module.JobPicker),
);
export const LazyKnowledgePicker = /* @__PURE__ */ lazyDialog(() =>
  import('./knowledge/picker/KnowledgePicker').then((module) => module.KnowledgePicker),
);
export const LazyTemplateGallery = /* @__PURE__ */ lazyDialog(() =>
  import('./jobs/templates/TemplateGallery').then((module) => module.TemplateGallery),
);
export const LazySimulatorDrawer = /* @__PURE__ */ lazyDialog(
  () => import('./simulator/drawer/SimulatorDrawer').then((module) => module.SimulatorDrawer),
  useSimulatorOpen,
);
export const LazyConflictDialog = /* @__PURE__ */ lazyDialog(
  () => import('./publishing/conflict/ConflictDialog').then((module) => module.ConflictDialog),
  useConflictOpen,
);
export const LazyDeleteDialog = /* @__PURE__ */ lazyDialog(
  () => import('./jobs/library/internal/DeleteDialog').then((module) => module.DeleteDialog),
  deleteOpen,
);

export const LazyJobLibrary = /* @__PURE__ */ lazySurface(
  () => import('./jobs/library/JobLibrary').then((module) => module.JobLibrary),
  JobLibraryLoading,
);
export const LazyKnowledgeLibrary = /* @__PURE__ */ lazySurface(
  () => import('./knowledge/library/KnowledgeLibrary').then((module) => module.KnowledgeLibrary),
  KnowledgeLibraryLoading,
);
export const LazyCallSummaries = /* @__PURE__ */ lazySurface(
  () => import('./calls/CallSummaries').then((module) => module.CallSummaries),
  CallSummariesLoading,
);
// Sections a host places in its own inspector (ours load with the step's form).
export const LazyJobsSection = /* @__PURE__ */ lazySurface(
  () => import('./jobs/section/JobsSection').then((module) => module.JobsSection),
  PanelLoading,
);
export const LazyKnowledgeSection = /* @__PURE__ */ lazySurface(
  () => import('./knowledge/section/KnowledgeSection').then((module) => module.KnowledgeSection),
  PanelLoading,
);
export const LazyPendingChanges = /* @__PURE__ */ lazySurface(
  () => import('./publishing/pendingChanges/PendingChanges').then((module) => module.PendingChanges),
  PendingChangesLoading,
);

/** The inspector's frame while the forms' code loads (the designer preloads it first, so it is rarely seen). */
function StepSettingsLoading(_props: StepSettingsProps) {
  return (
    <div className="sona-inspector__placeholder" role="status">
      <span className="sona-spinner" aria-hidden="true" />
      <p>{useMessages().inspector.loading}</p>
    </div>
  );
}

/** Stands in for nothing: for parts that appear in reaction to something (their code is preloaded by then). */
function NothingYet() {
  return null;
}

// Why the last publish failed, and the list of problems that block it: both shown only after something went wrong.
export const LazyPublishError = /* @__PURE__ */ lazySurface(
  () => import('./publishing/publishBar/internal/PublishError').then((module) => module.PublishError),
  NothingYet,
);
export const LazyProblemList = /* @__PURE__ */ lazySurface(
  () => import('./publishing/publishBar/internal/ProblemList').then((module) => module.ProblemList),
  PanelLoading,
);

// The bodies of parts that show their heading at once and their content on demand.
export const LazyStepSettings = /* @__PURE__ */ lazySurface(
  () => import('./inspector/internal/StepSettings').then((module) => module.StepSettings),
  StepSettingsLoading,
);
export const LazyRevisionList = /* @__PURE__ */ lazySurface(
  () => import('./publishing/revisions/internal/RevisionList').then((module) => module.RevisionList),
  PanelLoading,
);
export const LazyBatchPanel = /* @__PURE__ */ lazySurface(
  () => import('./simulator/batch/internal/BatchPanel').then((module) => module.BatchPanel),
  PanelLoading,
);
export const LazySandboxPanel = /* @__PURE__ */ lazySurface(
  () => import('./simulator/sandbox/internal/SandboxPanel').then((module) => module.SandboxPanel),
  PanelLoading,
);
