import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { FlowStore, FlowStoreState } from './flowStore';

/** The flow store a `FlowProvider` gives the components below it. */
export const FlowContext = createContext<FlowStore | null>(null);

/**
 * The store of the call flow being designed, to read its state outside render (`getState()`), subscribe to it or
 * call its actions from an event handler. Throws outside a `FlowProvider` (or `CallFlowDesigner`).
 *
 * Advanced, less stable surface: the store's state and actions are the designer's internals, exposed for hosts that
 * build their own panels around the canvas. Their shape may change in a minor release; prefer the components and
 * their props where they are enough.
 *
 * @advanced
 */
export function useFlowStoreApi(): FlowStore {
  const store = useContext(FlowContext);
  if (!store) throw new Error('This component must be rendered inside <FlowProvider> or <CallFlowDesigner>.');
  return store;
}

/**
 * Reads one slice of the state of the call flow being designed, e.g. `useFlow((state) => state.saveState)`; the
 * component re-renders only when that slice changes (compared with `Object.is`, so select a value, or memoise a
 * derived object). Throws outside a `FlowProvider` (or `CallFlowDesigner`).
 *
 * Advanced, less stable surface: the store's state and actions are the designer's internals, exposed for hosts that
 * build their own panels around the canvas. Their shape may change in a minor release; prefer the components and
 * their props where they are enough.
 *
 * @advanced
 */
export function useFlow<T>(selector: (state: FlowStoreState) => T): T {
  return useStore(useFlowStoreApi(), selector);
}
