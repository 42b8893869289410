import { createStarterGraph, type DesignerAdapter } from '@sona-designer/core';
import { LARGE_FLOW_ID, largeWorkspace } from '@sona-designer/core/demo';
import { createInMemoryAdapter } from '@sona-designer/core/memory';
import { describe, expect, it, vi } from 'vitest';
import { createFakeScheduler } from '../../test/fakeScheduler';
import { createWorkspaceStore } from '../workspace/workspaceStore';
import { createFlowStore } from './flowStore';
import { DEFERRED_VALIDATION_MS } from './validation';

const SAVE_DELAY_MS = 800;

/** A loaded store on a fake clock: time moves (and the save debounce fires) only on `scheduler.advance`. */
async function setup(adapter: DesignerAdapter = createInMemoryAdapter()) {
  const flow = await adapter.createCallFlow({ name: 'Main line' });
  const scheduler = createFakeScheduler();
  const store = createFlowStore({
    flowId: flow.id,
    adapter,
    workspace: createWorkspaceStore(adapter),
    scheduler,
    saveDelayMs: SAVE_DELAY_MS,
  });
  await store.getState().load();
  return { adapter, flow, store, scheduler };
}

describe('flow store', () => {
  it('validates a large flow just after edits rather than on each one, so typing stays fast', async () => {
    const adapter = createInMemoryAdapter({ seed: largeWorkspace({ jobs: 40, steps: 400 }) });
    const scheduler = createFakeScheduler();
    const store = createFlowStore({
      flowId: LARGE_FLOW_ID,
      adapter,
      workspace: createWorkspaceStore(adapter),
      scheduler,
    });
    await store.getState().load();
    const before = store.getState().issues;
    const entry = store.getState().draft.edges.find((edge) => edge.source === 'start');
    if (!entry) throw new Error('the large flow starts with an edge from the incoming call');
    store.getState().disconnect(entry.id, 'Disconnect');
    // The edit is there at once; its issues (everything after the incoming call is now unreachable) follow.
    expect(store.getState().draft.edges.some((edge) => edge.id === entry.id)).toBe(false);
    expect(store.getState().issues).toBe(before);
    scheduler.advance(DEFERRED_VALIDATION_MS - 1);
    expect(store.getState().issues).toBe(before);
    scheduler.advance(1);
    expect(store.getState().issues.length).toBeGreaterThan(before.length);
  });

  it('loads the flow and its draft', async () => {
    const { store } = await setup();
    expect(store.getState().loadState).toBe('ready');
    expect(store.getState().stepIds).toEqual(['start', 'sona-1']);
  });

  it('records edits for undo and redo, and keeps unchanged steps identical', async () => {
    const { store } = await setup();
    const sonaBefore = store.getState().stepsById['sona-1'];
    const id = store.getState().addStep('voicemail', { title: 'Mailbox', label: 'Add Mailbox' });
    expect(id).toBe('voicemail-3');
    expect(store.getState().stepsById['sona-1']).toBe(sonaBefore);
    expect(store.getState().saveState).toBe('pending');
    expect(store.getState().undo()).toBe('Add Mailbox');
    expect(store.getState().stepIds).toEqual(['start', 'sona-1']);
    expect(store.getState().redo()).toBe('Add Mailbox');
    expect(store.getState().stepIds).toContain('voicemail-3');
  });

  it('makes one undo step of a drag', async () => {
    const { store } = await setup();
    const { moveSteps } = store.getState();
    moveSteps({ start: { x: 10, y: 10 } }, 'drag', 'Move');
    moveSteps({ start: { x: 20, y: 20 } }, 'drag', 'Move');
    moveSteps({ start: { x: 30, y: 30 } }, 'end', 'Move');
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().stepsById.start?.position).toEqual({ x: 0, y: 0 });
  });

  it('makes one undo step of quick typing in one step, and separate steps of slow edits', async () => {
    const quick = await setup();
    for (const title of ['F', 'Fr', 'Front']) {
      quick.scheduler.advance(100);
      quick.store.getState().updateStep('sona-1', { title }, 'Edit');
    }
    expect(quick.store.getState().past).toHaveLength(1);
    quick.store.getState().undo();
    expect(quick.store.getState().stepsById['sona-1']?.title).toBe('Sona');

    const slow = await setup();
    for (const title of ['F', 'Fr', 'Front']) {
      slow.scheduler.advance(5000);
      slow.store.getState().updateStep('sona-1', { title }, 'Edit');
    }
    expect(slow.store.getState().past).toHaveLength(3);
  });

  it('saves by itself once editing pauses, each edit starting the pause again', async () => {
    const { adapter, flow, store, scheduler } = await setup();
    store.getState().updateStep('sona-1', { title: 'Front' }, 'Edit');
    scheduler.advance(SAVE_DELAY_MS - 100);
    store.getState().updateStep('sona-1', { title: 'Front desk' }, 'Edit');
    scheduler.advance(SAVE_DELAY_MS - 100);
    expect(store.getState().saveState).toBe('pending');
    scheduler.advance(100);
    expect(store.getState().saveState).toBe('saving');
    await vi.waitFor(() => expect(store.getState().saveState).toBe('saved'));
    expect((await adapter.getCallFlow(flow.id)).draft.steps[1]?.title).toBe('Front desk');
    expect(scheduler.waiting).toBe(0);
  });

  it('saves the draft and reports a conflict without losing local edits', async () => {
    const adapter = createInMemoryAdapter();
    const { store, flow } = await setup(adapter);
    store.getState().addStep('end', { title: 'Hang up', label: 'Add' });
    await store.getState().save();
    expect(store.getState().saveState).toBe('saved');
    expect((await adapter.getCallFlow(flow.id)).draft.steps).toHaveLength(3);

    // Someone else saves in between.
    const theirs = await adapter.getCallFlow(flow.id);
    await adapter.saveDraft(flow.id, createStarterGraph(), theirs.version);
    store.getState().updateStep('start', { title: 'Calls in' }, 'Edit');
    await store.getState().save();
    expect(store.getState().saveState).toBe('conflict');
    expect(store.getState().stepsById.start?.title).toBe('Calls in');

    store.getState().resolveConflict('theirs', 'Reload');
    expect(store.getState().stepIds).toEqual(['start', 'sona-1']);
    store.getState().undo();
    expect(store.getState().stepsById.start?.title).toBe('Calls in');
  });

  it('Undo after Reload theirs brings our version back without saving it over theirs: the person chooses', async () => {
    const adapter = createInMemoryAdapter();
    const { store, flow } = await setup(adapter);
    const before = await adapter.getCallFlow(flow.id);
    const theirs = await adapter.saveDraft(
      flow.id,
      {
        ...before.draft,
        steps: before.draft.steps.map((step) => ({ ...step, title: `${step.title} (theirs)` })),
      },
      before.version,
    );
    store.getState().updateStep('start', { title: 'Mine' }, 'Edit');
    await store.getState().save();
    store.getState().resolveConflict('theirs', 'Reload');
    expect(store.getState().saveState).toBe('saved');

    store.getState().undo();
    expect(store.getState().stepsById.start?.title).toBe('Mine');
    // Not pending, not saved: the conflict view asks again, and their version is still the stored one.
    expect(store.getState().saveState).toBe('conflict');
    expect(store.getState().conflict?.version).toBe(theirs.version);
    await store.getState().save();
    expect((await adapter.getCallFlow(flow.id)).draft.steps[0]?.title).toBe('Incoming call (theirs)');

    // Redo takes theirs again, with nothing to save.
    store.getState().redo();
    expect(store.getState().stepsById.start?.title).toBe('Incoming call (theirs)');
    expect(store.getState().saveState).toBe('saved');

    // Undo, then Keep mine: the overwrite is the person's explicit choice.
    store.getState().undo();
    store.getState().resolveConflict('mine', 'Keep');
    await store.getState().save();
    expect((await adapter.getCallFlow(flow.id)).draft.steps[0]?.title).toBe('Mine');
  });

  it('overwrites knowingly when the person keeps their version', async () => {
    const adapter = createInMemoryAdapter();
    const { store, flow } = await setup(adapter);
    const theirs = await adapter.getCallFlow(flow.id);
    await adapter.saveDraft(
      flow.id,
      { ...createStarterGraph(), steps: createStarterGraph().steps.slice(0, 1), edges: [] },
      theirs.version,
    );
    store.getState().updateStep('start', { title: 'Mine' }, 'Edit');
    await store.getState().save();
    store.getState().resolveConflict('mine', 'Keep');
    await store.getState().save();
    expect(store.getState().saveState).toBe('saved');
    expect((await adapter.getCallFlow(flow.id)).draft.steps[0]?.title).toBe('Mine');
  });

  it('publishes after saving pending edits, and reports blocking issues', async () => {
    const adapter = createInMemoryAdapter();
    const job = await adapter.createJob({ name: 'Take a message', instructions: '1. Ask.' });
    const { store } = await setup(adapter);
    store.getState().updateStep('sona-1', { jobIds: [job.id] } as never, 'Attach');
    expect(await store.getState().publish()).toBe(true);
    expect(store.getState().flow?.published?.revision).toBe(1);

    store.getState().addStep('forward', { title: 'Office', label: 'Add' });
    store.getState().connect('sona-1', 'done', 'forward-3', 'Connect');
    expect(await store.getState().publish()).toBe(false);
    expect(store.getState().publishError?.code).toBe('INVALID_GRAPH');
  });

  it('keeps the only incoming call when deleting a selection', async () => {
    const { store } = await setup();
    store.getState().select(['start', 'sona-1']);
    store.getState().deleteSelection('Delete');
    expect(store.getState().stepIds).toEqual(['start']);
  });

  it('adopts changes saved elsewhere when there are no local edits', async () => {
    const adapter = createInMemoryAdapter();
    const { store, flow } = await setup(adapter);
    const current = await adapter.getCallFlow(flow.id);
    await adapter.saveDraft(
      flow.id,
      { ...current.draft, steps: current.draft.steps.map((s) => ({ ...s, title: `${s.title}!` })) },
      current.version,
    );
    await store.getState().refreshFromServer('Saved elsewhere');
    expect(store.getState().stepsById.start?.title).toBe('Incoming call!');
    expect(store.getState().announcement?.key).toBe('remoteUpdated');

    // Ours stays one Undo away, and undoing asks before it would overwrite the version saved elsewhere.
    expect(store.getState().undo()).toBe('Saved elsewhere');
    expect(store.getState().stepsById.start?.title).toBe('Incoming call');
    expect(store.getState().saveState).toBe('conflict');
    await store.getState().save();
    expect((await adapter.getCallFlow(flow.id)).draft.steps[0]?.title).toBe('Incoming call!');
  });
});

describe('flow store validation with job texts', () => {
  it('warns about attached jobs whose triggers are too alike once their texts are known, and after an edit', async () => {
    const adapter = createInMemoryAdapter();
    const a = await adapter.createJob({
      name: 'Take a message',
      instructions: '1. Ask.',
      trigger: 'The caller wants to leave a message for someone who is away.',
    });
    const b = await adapter.createJob({
      name: 'Pizza order',
      instructions: '1. Ask.',
      trigger: 'The caller wants to order a pizza with extra cheese.',
    });
    const flow = await adapter.createCallFlow({ name: 'Main line' });
    const workspace = createWorkspaceStore(adapter);
    const store = createFlowStore({ flowId: flow.id, adapter, workspace });
    await store.getState().load();
    store.getState().updateStep('sona-1', { jobIds: [a.id, b.id] } as never, 'Attach');
    await vi.waitFor(() => expect(workspace.getState().jobs[b.id]).toBeDefined());
    store.getState().revalidate();
    expect(store.getState().issues.map((issue) => issue.code)).not.toContain('TRIGGER_OVERLAP');

    const edited = await adapter.updateJob(
      b.id,
      { name: 'Leave a message', trigger: 'The caller wants to leave a message for a person who is away.' },
      b.version,
    );
    workspace.getState().putJob(edited);
    store.getState().revalidate();
    expect(store.getState().issues).toContainEqual(
      expect.objectContaining({
        code: 'TRIGGER_OVERLAP',
        stepId: 'sona-1',
        params: { first: 'Take a message', second: 'Leave a message' },
      }),
    );
  });
});
