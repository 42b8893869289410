import { type DesignerAdapter, DesignerError } from '@sona-designer/core';
import { callMethod, wrapMethods } from './adapterMethods';

export interface SimulatedNetwork {
  /** Delay of every call, to show loading states. */
  latencyMs?: number;
  /** Probability (0..1) that a call fails with `UNAVAILABLE` before reaching the workspace, to show error states. */
  failureRate?: number;
  random?: () => number;
}

/** The adapter behind a slow or flaky network: each call waits, then may fail without changing anything. */
export function withSimulatedNetwork(
  adapter: DesignerAdapter,
  { latencyMs = 0, failureRate = 0, random = Math.random }: SimulatedNetwork,
): DesignerAdapter {
  return wrapMethods(adapter, async (name, args) => {
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    if (failureRate > 0 && random() < failureRate) {
      throw new DesignerError(
        'UNAVAILABLE',
        'The workspace could not be reached. Your work is kept: try again.',
      );
    }
    return callMethod(adapter, name, args);
  });
}
