import { useEffect } from 'react';
import { useFlow, useFlowStoreApi } from '../../state';

/** For stories and tests: selects a step and opens it in the inspector once the flow is loaded. */
export function InspectOnLoad({ stepId }: { stepId: string | undefined }) {
  const store = useFlowStoreApi();
  const ready = useFlow((state) => state.loadState === 'ready');
  useEffect(() => {
    if (!ready || !stepId) return;
    store.getState().select([stepId]);
    store.getState().inspect(stepId);
  }, [ready, stepId, store]);
  return null;
}
