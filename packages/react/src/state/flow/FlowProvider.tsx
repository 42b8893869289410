import { type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { useDesigner } from '../DesignerContext';
import { FlowContext } from './FlowContext';
import { createFlowStore } from './flowStore';
import { SchedulerContext } from './SchedulerContext';

/** Props of `FlowProvider`. */
export interface FlowProviderProps {
  /**
   * The id of the call flow to load and edit. Read once, when the provider mounts: to open another flow, remount it
   * with a `key` (as `CallFlowDesigner` does).
   */
  flowId: string;
  /**
   * Pause after the last edit before the draft is saved, in milliseconds (800 by default). Read once, when the
   * provider mounts, like `flowId`.
   */
  saveDelayMs?: number;
  /** The designer components of this flow (`FlowCanvas`, `StepInspector`, `PublishBar`…) and your own. */
  children: ReactNode;
}

/** Loads one call flow and keeps its draft saved: the state every designer component of that flow reads. */
export function FlowProvider({ flowId, saveDelayMs = 800, children }: FlowProviderProps) {
  const { adapter, workspace, readOnly, messages } = useDesigner();
  const messagesRef = useRef(messages);
  messagesRef.current = messages;
  const scheduler = useContext(SchedulerContext);
  // The store saves the draft itself after each pause in editing (see persistence.ts).
  const [store] = useState(() =>
    createFlowStore({ flowId, adapter, workspace, readOnly, scheduler, saveDelayMs }),
  );

  useEffect(() => {
    store.setState({ readOnly });
  }, [store, readOnly]);

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  // Leaving the designer (navigation, unmount) saves what is waiting instead of dropping it.
  useEffect(
    () => () => {
      if (store.getState().saveState === 'pending') void store.getState().save();
    },
    [store],
  );

  // Changes made elsewhere (another tab, a teammate) reach this draft without a reload.
  useEffect(
    () =>
      adapter.subscribe((event) => {
        if (
          // An import may have replaced this flow: its versions only grow, so the usual check applies.
          event.type === 'workspace-imported' ||
          ((event.type === 'call-flow-updated' || event.type === 'call-flow-published') &&
            event.id === flowId &&
            event.version > (store.getState().flow?.version ?? 0))
        ) {
          void store.getState().refreshFromServer(messagesRef.current.designer.historyLabels.savedElsewhere);
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
