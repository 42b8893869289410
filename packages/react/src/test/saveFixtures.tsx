// Adapters and helpers for the stories and browser tests of saving and publishing (not exported by the package).
import { createStep, type DesignerAdapter, DesignerError, type FlowGraph } from '@sona-designer/core';
import { JOB_IDS } from '@sona-designer/core/demo';
import { useEffect } from 'react';
import { useFlowStoreApi } from '../state/flow/FlowContext';
import type { FlowStore } from '../state/flow/flowStore';

export const OUTAGE_MESSAGE = 'The workspace could not be reached. Your work is kept: try again.';

/** Saves of the draft fail with UNAVAILABLE (everything else works) until `setFailing(false)`. */
export function withFailingSaves(adapter: DesignerAdapter): {
  adapter: DesignerAdapter;
  setFailing(failing: boolean): void;
} {
  let failing = true;
  return {
    adapter: {
      ...adapter,
      saveDraft: (...args) =>
        failing
          ? Promise.reject(new DesignerError('UNAVAILABLE', OUTAGE_MESSAGE))
          : adapter.saveDraft(...args),
    },
    setFailing: (next) => {
      failing = next;
    },
  };
}

/** Publishing fails with UNAVAILABLE. */
export function withFailingPublish(adapter: DesignerAdapter): DesignerAdapter {
  return {
    ...adapter,
    publishCallFlow: () => Promise.reject(new DesignerError('UNAVAILABLE', OUTAGE_MESSAGE)),
  };
}

/** Draft saves and publishing take `ms` (the flow itself loads at once). */
export function withSlowWrites(adapter: DesignerAdapter, ms: number): DesignerAdapter {
  const later = <T,>(work: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => setTimeout(() => work().then(resolve, reject), ms));
  return {
    ...adapter,
    saveDraft: (...args) => later(() => adapter.saveDraft(...args)),
    publishCallFlow: (...args) => later(() => adapter.publishCallFlow(...args)),
  };
}

/** Hands the flow store to a story or test once the flow is loaded. */
export function StoreProbe({ onReady }: { onReady(store: FlowStore): void }) {
  const store = useFlowStoreApi();
  useEffect(() => {
    if (store.getState().loadState === 'ready') {
      onReady(store);
      return;
    }
    const unsubscribe = store.subscribe((state) => {
      if (state.loadState === 'ready') {
        unsubscribe();
        onReady(store);
      }
    });
    return unsubscribe;
  }, [store, onReady]);
  return null;
}

/** Their edit of the main line: a new greeting, a renamed voicemail and a holiday notice. */
export function theirMainLine(graph: FlowGraph): FlowGraph {
  return {
    ...graph,
    steps: [
      ...graph.steps.map((step) => {
        if (step.id === 'front-desk' && step.kind === 'sona')
          return {
            ...step,
            greeting: 'Dupont Plomberie, bonjour! Hello! Ask me about our spring furnace tune-up.',
          };
        if (step.id === 'voicemail') return { ...step, title: 'Night voicemail' };
        return step;
      }),
      {
        ...createStep('play-audio', 'holiday-notice', { x: 440, y: 320 }, 'Holiday notice'),
        message: 'We are closed on June 24 for the Fête nationale.',
      },
    ],
  };
}

/**
 * A real conflict on the main line: this designer edits the Front desk (greeting, one job detached) while someone
 * else saves their version through the adapter; the next save meets CONFLICT.
 */
export async function makeConflict(store: FlowStore, adapter: DesignerAdapter): Promise<void> {
  const { flowId, draft } = store.getState();
  const frontDesk = draft.steps.find((step) => step.id === 'front-desk');
  if (frontDesk?.kind !== 'sona') throw new Error('makeConflict needs the main line (flow-main).');
  store.getState().updateStep(
    'front-desk',
    {
      greeting: 'Dupont Plomberie & Chauffage, bonjour! Hello! Is this about a visit already booked?',
      jobIds: frontDesk.jobIds.filter((id) => id !== JOB_IDS.billing),
    },
    'Edit Front desk',
  );
  const remote = await adapter.getCallFlow(flowId);
  await adapter.saveDraft(flowId, theirMainLine(remote.draft), remote.version);
  await store.getState().save();
}
