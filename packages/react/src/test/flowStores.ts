// A flow store and its workspace cache without React, for tests of what runs beside the designer (the test suite).
import type { DesignerAdapter } from '@sona-designer/core';
import { createFlowStore, type FlowStore } from '../state/flow/flowStore';
import type { Scheduler } from '../state/flow/scheduler';
import { createWorkspaceStore, type WorkspaceStore } from '../state/workspace/workspaceStore';

/** The stores a `FlowProvider` would make for `flowId`, on the given clock, loaded. */
export async function loadedFlowStores(
  adapter: DesignerAdapter,
  flowId: string,
  scheduler: Scheduler,
): Promise<{ flow: FlowStore; workspace: WorkspaceStore }> {
  const workspace = createWorkspaceStore(adapter, { scheduler });
  // Saving is not what these tests look at: the draft stays unsaved for the length of a test.
  const flow = createFlowStore({ flowId, adapter, workspace, scheduler, saveDelayMs: 60_000 });
  await flow.getState().load();
  return { flow, workspace };
}
