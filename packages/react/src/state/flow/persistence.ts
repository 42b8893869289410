import {
  type CallFlow,
  type DesignerAdapter,
  DesignerError,
  type FlowGraph,
  isDesignerError,
} from '@sona-designer/core';
import { isEditable, type LoadState } from './editable';
import { createTimer, type Scheduler } from './scheduler';
import { toDesignerError } from './toDesignerError';

/**
 * Where the draft stands against the server: `saved`, the server has it; `pending`, edits wait for the pause
 * after the last one; `saving`, a save is on its way; `error`, the last save failed (it is tried again by itself
 * after a growing pause when the server could not be reached; Retry or the next edit save at once); `conflict`, someone else saved first and the person chooses whose version wins. Read it with
 * `useFlow((state) => state.saveState)`; `SaveStatus` shows it.
 *
 * Part of the advanced, less stable surface (see `useFlow`): it may change in a minor release.
 *
 * @advanced
 */
export type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

/** The server's copy of the flow and the state of saving and publishing the draft. */
export interface PersistenceState {
  /** The server's copy as last loaded or saved: its `version` is what the next write expects. */
  flow: CallFlow | null;
  saveState: SaveState;
  saveError: DesignerError | null;
  /** CONFLICT: the flow as someone else saved it. */
  conflict: CallFlow | null;
  publishState: 'idle' | 'publishing' | 'error';
  publishError: DesignerError | null;
}

/** The flow store's actions that talk to the server about the draft. */
export interface PersistenceActions {
  /** Saves now if there are unsaved edits (the store calls it itself after a short pause). */
  save(): Promise<void>;
  /** Saves pending edits, then publishes. Resolves true when published. */
  publish(): Promise<boolean>;
}

/** Saving and publishing, as the flow store composes them. */
export interface Persistence extends PersistenceActions {
  /** Resolves a conflict by overwriting knowingly: saves our draft against the version of theirs. */
  keepMine(): void;
}

/** The persistence state of a flow not loaded yet. */
export const INITIAL_PERSISTENCE: PersistenceState = {
  flow: null,
  saveState: 'saved',
  saveError: null,
  conflict: null,
  publishState: 'idle',
  publishError: null,
};

/** The part of the flow store's state persistence reads. */
export type PersistenceView = PersistenceState & {
  draft: FlowGraph;
  readOnly: boolean;
  loadState: LoadState;
};

/** What persistence reads from the flow store, writes to it, and watches. */
export interface PersistenceHost {
  get(): PersistenceView;
  set(patch: Partial<PersistenceState>): void;
  subscribe(listener: (state: PersistenceView, previous: PersistenceView) => void): () => void;
}

/** What persistence needs besides the store: where to save, and when. */
export interface PersistenceOptions {
  flowId: string;
  adapter: DesignerAdapter;
  scheduler: Scheduler;
  /** Pause after the last edit before the draft is saved. */
  saveDelayMs: number;
}

/** A save that failed for want of the server is tried again after this long, doubling each time… */
export const SAVE_RETRY_FIRST_MS = 2000;
/** …up to this long between tries… */
const SAVE_RETRY_MAX_MS = 30_000;
/** …this many times; after that it waits for Retry or the next edit (a server down for minutes is not polled forever). */
const SAVE_RETRIES = 8;

/** The save state after a local edit: a conflict stays until the person resolves it; anything else waits to save. */
export function afterEdit(saveState: SaveState): SaveState {
  return saveState === 'conflict' ? 'conflict' : 'pending';
}

/** What `resolveConflict('theirs')` does to persistence: their flow becomes the server copy we build on. */
export function takeTheirs(conflict: CallFlow): Partial<PersistenceState> {
  return { flow: conflict, conflict: null, saveError: null, saveState: 'saved' };
}

/**
 * Saving and publishing one flow's draft. It owns the save debounce: whenever the draft is `pending` and changes,
 * the pause starts again, and the save runs once it ends; a failed save is tried again by itself when the server could not be reached, and at once on Retry or the next edit.
 */
export function createPersistence(
  { flowId, adapter, scheduler, saveDelayMs }: PersistenceOptions,
  { get, set, subscribe }: PersistenceHost,
): Persistence {
  let saving: Promise<void> | null = null;
  const debounce = createTimer(scheduler);
  // The server being back is not announced: a failed save tries again by itself, so edits reach it without a click.
  const retry = createTimer(scheduler);
  let failures = 0;

  function save(): Promise<void> {
    if (saving) return saving;
    // A save now replaces the one waiting for the pause to end.
    debounce.cancel();
    retry.cancel();
    const run = async () => {
      const state = get();
      if (!state.flow || state.readOnly || (state.saveState !== 'pending' && state.saveState !== 'error'))
        return;
      const sent = state.draft;
      set({ saveState: 'saving', saveError: null });
      try {
        const flow = await adapter.saveDraft(flowId, sent, state.flow.version);
        failures = 0;
        // Edits made while saving stay pending for the next save.
        set({ flow, saveState: get().draft === sent ? 'saved' : 'pending' });
      } catch (error) {
        if (isDesignerError(error, 'CONFLICT')) {
          set({ saveState: 'conflict', conflict: error.current as CallFlow, saveError: error });
        } else {
          const saveError = toDesignerError(error);
          set({ saveState: 'error', saveError });
          if (saveError.retryable && failures < SAVE_RETRIES) {
            failures += 1;
            retry.restart(
              Math.min(SAVE_RETRY_MAX_MS, SAVE_RETRY_FIRST_MS * 2 ** (failures - 1)),
              () => void save(),
            );
          }
        }
      }
    };
    saving = run().finally(() => {
      saving = null;
    });
    return saving;
  }

  subscribe((state, previous) => {
    if (state.saveState === 'pending' && (previous.saveState !== 'pending' || state.draft !== previous.draft))
      debounce.restart(saveDelayMs, () => void save());
  });

  return {
    save,

    async publish() {
      if (!isEditable(get()) || get().publishState === 'publishing') return false;
      set({ publishState: 'publishing', publishError: null });
      try {
        await save();
        const state = get();
        if (state.saveState !== 'saved' || !state.flow) {
          set({
            publishState: 'error',
            publishError:
              state.saveError ?? new DesignerError('UNAVAILABLE', 'Save the draft before publishing.'),
          });
          return false;
        }
        const flow = await adapter.publishCallFlow(flowId, state.flow.version);
        set({ flow, publishState: 'idle' });
        return true;
      } catch (error) {
        set({ publishState: 'error', publishError: toDesignerError(error) });
        if (isDesignerError(error, 'CONFLICT'))
          set({ saveState: 'conflict', conflict: error.current as CallFlow });
        return false;
      }
    },

    keepMine() {
      const { conflict } = get();
      if (!conflict) return;
      set({ flow: conflict, conflict: null, saveError: null, saveState: 'pending' });
      void save();
    },
  };
}
