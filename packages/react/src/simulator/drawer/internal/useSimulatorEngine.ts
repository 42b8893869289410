import type { SimulatorEngine } from '@sona-designer/core';
import { useCallback, useEffect, useState } from 'react';
import { useDesigner } from '../../../state';

export type EngineLoad =
  | { status: 'loading' }
  | { status: 'ready'; engine: SimulatorEngine }
  | { status: 'error'; message: string; retry(): void };

/**
 * The host's engine when the provider has one; otherwise the local engine, imported on first use so that hosts who
 * never open the drawer do not load it.
 */
export function useSimulatorEngine(): EngineLoad {
  const { simulator } = useDesigner();
  const [local, setLocal] = useState<EngineLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` imports again after a failure.
  useEffect(() => {
    if (simulator) return;
    let current = true;
    setLocal({ status: 'loading' });
    import('@sona-designer/core/simulator').then(
      ({ createLocalSimulatorEngine }) => {
        if (current) setLocal({ status: 'ready', engine: createLocalSimulatorEngine() });
      },
      (error: unknown) => {
        if (current)
          setLocal({
            status: 'error',
            message: error instanceof Error ? error.message : String(error),
            retry,
          });
      },
    );
    return () => {
      current = false;
    };
  }, [simulator, retry, attempt]);

  return simulator ? { status: 'ready', engine: simulator } : local;
}
