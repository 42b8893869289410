import type { Store, WorkspaceOperations } from '../store/types';

/** A store that records every call made to it (`ensureWorkspace`, `workspace.createJob`…) before passing it on. */
export interface SpyStore extends Store {
  readonly calls: string[];
}

/** Wraps a store to record its calls, e.g. to prove a refused request never reached it. */
export function spyStore(inner: Store): SpyStore {
  const calls: string[] = [];
  const wrapOperations = (operations: WorkspaceOperations): WorkspaceOperations =>
    new Proxy(operations, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(`workspace.${String(property)}`);
          return (value as (...args: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  return {
    calls,
    workspace: (workspaceId) => {
      calls.push('workspace');
      return wrapOperations(inner.workspace(workspaceId));
    },
    ensureWorkspace: (workspaceId, name) => {
      calls.push('ensureWorkspace');
      return inner.ensureWorkspace(workspaceId, name);
    },
    readEvents: (workspaceId, afterSeq, limit) => {
      calls.push('readEvents');
      return inner.readEvents(workspaceId, afterSeq, limit);
    },
    onCommitted: (listener) => inner.onCommitted(listener),
    close: () => inner.close(),
  };
}
