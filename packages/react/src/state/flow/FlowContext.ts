import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { FlowStore, FlowStoreState } from './flowStore';

/** The flow store a `FlowProvider` gives the components below it. */
export const FlowContext = createContext<FlowStore | null>(null);

/** The store of the call flow being designed. Throws outside a `FlowProvider` (or `CallFlowDesigner`). */
export function useFlowStoreApi(): FlowStore {
  const store = useContext(FlowContext);
  if (!store) throw new Error('This component must be rendered inside <FlowProvider> or <CallFlowDesigner>.');
  return store;
}

/** Reads one slice of the flow's state; the component re-renders only when that slice changes. */
export function useFlow<T>(selector: (state: FlowStoreState) => T): T {
  return useStore(useFlowStoreApi(), selector);
}
