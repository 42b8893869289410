import { type ReactNode, useEffect, useState } from 'react';
import { useDesigner } from '../DesignerContext';
import { FlowContext } from './FlowContext';
import { createFlowStore } from './flowStore';

export interface FlowProviderProps {
  flowId: string;
  /** Pause after the last edit before the draft is saved. */
  saveDelayMs?: number;
  children: ReactNode;
}

/** Loads one call flow and keeps its draft saved: the state every designer component of that flow reads. */
export function FlowProvider({ flowId, saveDelayMs = 800, children }: FlowProviderProps) {
  const { adapter, workspace, readOnly } = useDesigner();
  const [store] = useState(() => createFlowStore({ flowId, adapter, workspace, readOnly }));

  useEffect(() => {
    store.setState({ readOnly });
  }, [store, readOnly]);

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  // Debounced saving: each edit restarts the pause; a failed save waits for Retry.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((state, previous) => {
      if (
        state.saveState === 'pending' &&
        (previous.saveState !== 'pending' || state.draft !== previous.draft)
      ) {
        clearTimeout(timer);
        timer = setTimeout(() => void store.getState().save(), saveDelayMs);
      }
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
      // Leaving the designer (navigation, unmount) saves what is waiting instead of dropping it.
      if (store.getState().saveState === 'pending') void store.getState().save();
    };
  }, [store, saveDelayMs]);

  // Changes made elsewhere (another tab, a teammate) reach this draft without a reload.
  useEffect(
    () =>
      adapter.subscribe((event) => {
        if (
          (event.type === 'call-flow-updated' || event.type === 'call-flow-published') &&
          event.id === flowId &&
          event.version > (store.getState().flow?.version ?? 0)
        ) {
          void store.getState().refreshFromServer();
        }
      }),
    [adapter, flowId, store],
  );

  // Job texts and deletions change the issues (unknown jobs, triggers too alike) without any edit of the draft.
  useEffect(
    () =>
      workspace.subscribe((state, previous) => {
        if (
          state.jobs !== previous.jobs ||
          state.missingJobs !== previous.missingJobs ||
          state.missingKnowledge !== previous.missingKnowledge
        ) {
          store.getState().revalidate();
        }
      }),
    [workspace, store],
  );

  return <FlowContext.Provider value={store}>{children}</FlowContext.Provider>;
}
