import { createContext } from 'react';

/**
 * Called on every render of a step node with its step id. Only tests provide it (to prove that moving one node
 * re-renders only that node); without a provider it costs one context read.
 */
export const StepNodeRenderProbe = createContext<((stepId: string) => void) | null>(null);
