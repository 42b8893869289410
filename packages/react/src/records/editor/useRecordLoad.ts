import { useEffect, useState } from 'react';
import { useDesigner } from '../../state';
import type { AnyRecordKind, RecordOf } from '../recordKind';

/** Where the record an editor opens on stands: on its way, ready (`null` for a new one) or failed. */
export type RecordLoad<R> =
  | { status: 'loading' }
  | { status: 'ready'; record: R | null }
  | { status: 'error'; error: unknown };

/**
 * The record to edit, fetched fresh from the adapter (the cache may be older) and put in the workspace cache, with
 * where it is used loading beside it for the editor's header; `null` for a new record (no `id`).
 */
export function useRecordLoad<K extends AnyRecordKind>(
  kind: K,
  id: string | undefined,
): { load: RecordLoad<RecordOf<K>>; retry(): void } {
  const { adapter, workspace } = useDesigner();
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<RecordLoad<RecordOf<K>>>(
    id ? { status: 'loading' } : { status: 'ready', record: null },
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` loads again on Retry.
  useEffect(() => {
    if (!id) {
      setLoad({ status: 'ready', record: null });
      return;
    }
    let live = true;
    setLoad({ status: 'loading' });
    void kind.ensureUsage(workspace, [id]);
    kind.get(adapter, id).then(
      (record: RecordOf<K>) => {
        if (!live) return;
        kind.remember(workspace, record);
        setLoad({ status: 'ready', record });
      },
      (error: unknown) => {
        if (live) setLoad({ status: 'error', error });
      },
    );
    return () => {
      live = false;
    };
  }, [kind, adapter, workspace, id, attempt]);

  return { load, retry: () => setAttempt((count) => count + 1) };
}
