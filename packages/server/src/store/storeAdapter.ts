import type { ChangeEvent, ChangeListener, DesignerAdapter } from '@sona-designer/core';
import type { Store } from './types';

const BATCH = 500;

/**
 * A `DesignerAdapter` over one workspace of a store, in process: the workspace's operations plus a `subscribe` fed by
 * `onCommitted` and `readEvents`. Each listener hears every event committed after it subscribed, in sequence order
 * and once (events committed just before may be heard too). When the log was pruned past what it last heard, it hears
 * `{ type: 'workspace-imported' }`: reload everything.
 */
export function createStoreAdapter(store: Store, workspaceId: string): DesignerAdapter {
  const operations = store.workspace(workspaceId);
  return {
    ...operations,
    subscribe(listener: ChangeListener): () => void {
      let active = true;
      /** The last sequence number delivered; null until the starting point is known. */
      let cursor: number | null = null;
      /** The lowest sequence number announced before the starting point was known. */
      let earliest: number | null = null;
      let pulling: Promise<void> | null = null;
      let again = false;

      const deliver = (event: ChangeEvent) => {
        if (!active) return;
        try {
          listener(event);
        } catch {
          // A failing listener must not stop the feed.
        }
      };

      async function pull(): Promise<void> {
        while (active && cursor !== null) {
          const batch = await store.readEvents(workspaceId, cursor, BATCH);
          if (!active) return;
          if (batch.tooFarBehind) {
            cursor = batch.lastSeq;
            deliver({ type: 'workspace-imported' });
            return;
          }
          for (const { seq, event } of batch.events) {
            if (seq <= cursor) continue;
            cursor = seq;
            deliver(event);
          }
          if (batch.events.length < BATCH) return;
        }
      }

      function schedule(): void {
        if (pulling) {
          again = true;
          return;
        }
        pulling = pull()
          .catch(() => undefined)
          .finally(() => {
            pulling = null;
            if (again && active) {
              again = false;
              schedule();
            }
          });
      }

      const stop = store.onCommitted((workspace, seq) => {
        if (workspace !== workspaceId || !active) return;
        if (cursor === null) {
          earliest = earliest === null ? seq : Math.min(earliest, seq);
          return;
        }
        if (seq > cursor) schedule();
      });

      store
        .readEvents(workspaceId, Number.MAX_SAFE_INTEGER, 1)
        .then((batch) => {
          cursor = earliest === null ? batch.lastSeq : Math.min(batch.lastSeq, earliest - 1);
          if (earliest !== null) schedule();
        })
        .catch(() => {
          cursor = 0;
        });

      return () => {
        active = false;
        stop();
      };
    },
  };
}
