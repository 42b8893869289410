import {
  type CallFlow,
  createStarterGraph,
  type DesignerAdapter,
  DesignerError,
  type FlowGraph,
} from '@sona-designer/core';
import { updateStep } from '@sona-designer/core/edits';
import { createInMemoryAdapter } from '@sona-designer/core/memory';
import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createFakeScheduler } from '../../test/fakeScheduler';
import {
  afterEdit,
  createPersistence,
  INITIAL_PERSISTENCE,
  type PersistenceView,
  SAVE_RETRY_FIRST_MS,
  takeTheirs,
} from './persistence';

const DELAY = 800;

/** Persistence on a store of its own, with a loaded flow and a fake clock. */
async function setup(adapter: DesignerAdapter = createInMemoryAdapter(), readOnly = false) {
  const flow = await adapter.createCallFlow({ name: 'Main line' });
  const scheduler = createFakeScheduler();
  const store = createStore<PersistenceView>()(() => ({
    ...INITIAL_PERSISTENCE,
    flow,
    draft: flow.draft,
    readOnly,
    loadState: 'ready',
  }));
  const persistence = createPersistence(
    { flowId: flow.id, adapter, scheduler, saveDelayMs: DELAY },
    { get: store.getState, set: store.setState, subscribe: store.subscribe },
  );
  /** An edit of the draft, as the flow store makes it. */
  const edit = (title: string) =>
    store.setState((state) => ({
      draft: updateStep(state.draft, 'sona-1', { title }),
      saveState: afterEdit(state.saveState),
    }));
  const stored = async () => (await adapter.getCallFlow(flow.id)).draft.steps[1]?.title;
  return { adapter, flow, store, persistence, scheduler, edit, stored };
}

/** An adapter whose draft saves fail until `failing` is set to false. */
function failingSaves() {
  const adapter = createInMemoryAdapter();
  const control = { failing: true };
  const wrapped: DesignerAdapter = {
    ...adapter,
    saveDraft: (...args) =>
      control.failing
        ? Promise.reject(new DesignerError('UNAVAILABLE', 'Offline.'))
        : adapter.saveDraft(...args),
  };
  return { adapter: wrapped, control };
}

describe('persistence', () => {
  it('saves once editing pauses, each edit starting the pause again', async () => {
    const { store, scheduler, edit, stored } = await setup();
    edit('Front');
    scheduler.advance(DELAY - 1);
    edit('Front desk');
    scheduler.advance(DELAY - 1);
    expect(store.getState().saveState).toBe('pending');
    scheduler.advance(1);
    expect(store.getState().saveState).toBe('saving');
    await vi.waitFor(() => expect(store.getState().saveState).toBe('saved'));
    expect(await stored()).toBe('Front desk');
    expect(store.getState().flow?.version).toBe(2);
  });

  it('keeps edits made while saving pending, and saves them after another pause', async () => {
    const { store, scheduler, edit, stored } = await setup();
    edit('Front');
    scheduler.advance(DELAY);
    edit('Front desk');
    await vi.waitFor(() => expect(store.getState().flow?.version).toBe(2));
    expect(store.getState().saveState).toBe('pending');
    scheduler.advance(DELAY);
    await vi.waitFor(() => expect(store.getState().saveState).toBe('saved'));
    expect(await stored()).toBe('Front desk');
  });

  it('a save now replaces the one waiting for the pause', async () => {
    const { store, persistence, scheduler, edit } = await setup();
    edit('Front');
    expect(scheduler.waiting).toBe(1);
    await persistence.save();
    expect(store.getState().saveState).toBe('saved');
    expect(scheduler.waiting).toBe(0);
  });

  it('a save that could not reach the server keeps the draft, saves at once on Retry', async () => {
    const { adapter, control } = failingSaves();
    const { store, persistence, scheduler, edit, stored } = await setup(adapter);
    edit('Front');
    scheduler.advance(DELAY);
    await vi.waitFor(() => expect(store.getState().saveState).toBe('error'));
    expect(store.getState().saveError?.message).toBe('Offline.');

    control.failing = false;
    await persistence.save();
    expect(store.getState()).toMatchObject({ saveState: 'saved', saveError: null });
    expect(await stored()).toBe('Front');
    // Saved: no automatic retry is left waiting.
    expect(scheduler.waiting).toBe(0);
  });

  it('tries a failed save again by itself, waiting longer each time, until the server is back', async () => {
    const { adapter, control } = failingSaves();
    const saves = vi.spyOn(adapter, 'saveDraft');
    const { store, scheduler, edit, stored } = await setup(adapter);
    edit('Front');
    scheduler.advance(DELAY);
    await vi.waitFor(() => expect(saves).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(store.getState().saveState).toBe('error'));

    scheduler.advance(SAVE_RETRY_FIRST_MS - 1);
    expect(saves).toHaveBeenCalledTimes(1);
    scheduler.advance(1);
    await vi.waitFor(() => expect(saves).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(store.getState().saveState).toBe('error'));
    // The second pause is twice the first.
    scheduler.advance(SAVE_RETRY_FIRST_MS * 2 - 1);
    expect(saves).toHaveBeenCalledTimes(2);
    control.failing = false;
    scheduler.advance(1);
    await vi.waitFor(() => expect(store.getState().saveState).toBe('saved'));
    expect(await stored()).toBe('Front');
    expect(scheduler.waiting).toBe(0);
  });

  it('does not retry by itself a save the server refused (only the person can fix it)', async () => {
    const adapter = createInMemoryAdapter();
    const refused: DesignerAdapter = {
      ...adapter,
      saveDraft: () => Promise.reject(new DesignerError('FORBIDDEN', 'Viewer.')),
    };
    const { store, scheduler, edit } = await setup(refused);
    edit('Front');
    scheduler.advance(DELAY);
    await vi.waitFor(() => expect(store.getState().saveState).toBe('error'));
    expect(scheduler.waiting).toBe(0);
  });

  it('reports a conflict, never saves over it by itself, and overwrites knowingly when asked', async () => {
    const { adapter, flow, store, persistence, scheduler, edit, stored } = await setup();
    await adapter.saveDraft(flow.id, updateStep(flow.draft, 'sona-1', { title: 'Theirs' }), flow.version);
    edit('Mine');
    await persistence.save();
    expect(store.getState().saveState).toBe('conflict');
    expect(store.getState().conflict?.version).toBe(2);

    edit('Mine again');
    expect(store.getState().saveState).toBe('conflict');
    scheduler.advance(DELAY);
    expect(await stored()).toBe('Theirs');

    persistence.keepMine();
    await vi.waitFor(() => expect(store.getState().saveState).toBe('saved'));
    expect(await stored()).toBe('Mine again');
    expect(store.getState().conflict).toBeNull();
  });

  it('publishes after saving pending edits', async () => {
    const { store, persistence, edit, stored } = await setup();
    edit('Front');
    expect(await persistence.publish()).toBe(true);
    expect(store.getState()).toMatchObject({ saveState: 'saved', publishState: 'idle' });
    expect(store.getState().flow?.published?.graph.steps[1]?.title).toBe('Front');
    expect(await stored()).toBe('Front');
  });

  it('does not publish a draft it could not save, and says why', async () => {
    const { adapter } = failingSaves();
    const { store, persistence, edit } = await setup(adapter);
    edit('Front');
    expect(await persistence.publish()).toBe(false);
    expect(store.getState()).toMatchObject({ publishState: 'error', saveState: 'error' });
    expect(store.getState().publishError?.message).toBe('Offline.');
  });

  it('neither saves nor publishes when read-only', async () => {
    const { store, persistence, scheduler, edit, stored } = await setup(undefined, true);
    edit('Front');
    scheduler.advance(DELAY);
    await persistence.save();
    expect(store.getState().saveState).toBe('pending');
    expect(await persistence.publish()).toBe(false);
    expect(await stored()).toBe('Sona');
  });
});

describe('save state helpers', () => {
  it('an edit makes the draft pending, except during a conflict', () => {
    expect(afterEdit('saved')).toBe('pending');
    expect(afterEdit('error')).toBe('pending');
    expect(afterEdit('conflict')).toBe('conflict');
  });

  it('taking theirs makes their flow the saved copy', () => {
    const theirs = { id: 'flow-1', version: 3, draft: createStarterGraph() as FlowGraph } as CallFlow;
    expect(takeTheirs(theirs)).toEqual({ flow: theirs, conflict: null, saveError: null, saveState: 'saved' });
  });
});
