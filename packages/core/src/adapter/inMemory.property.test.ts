import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DesignerError, isDesignerError } from '../errors';
import { LIMITS } from '../limits';
import type { CallFlow, Revision } from '../model/callFlow';
import type { FlowGraph } from '../model/graph';
import type { Job } from '../model/job';
import { createStep } from '../model/steps';
import { attachJob, detachJob } from '../rules/attach';
import { hasErrors, validateGraph } from '../rules/validateGraph';
import { jobInput, sonaSteps, withJobIds, withUnpublishableForward } from '../testing/fixtures';
import { createInMemoryAdapter } from './inMemory';
import type { DesignerAdapter } from './types';

/*
 * Model-based test: random sequences of writes by two people, each holding their own (possibly stale) copies of
 * jobs and call flows, run against the adapter and against a plain model of what must be stored. After every
 * operation the adapter must hold exactly the model's state.
 */

type User = 0 | 1;
/** `own`: the version in the person's copy; `fresh`: the stored version; `stale`: a version that is not stored. */
type Freshness = 'own' | 'fresh' | 'stale';

type Op =
  | { kind: 'createJob'; user: User }
  | { kind: 'updateJob'; user: User; job: number; freshness: Freshness }
  | { kind: 'deleteJob'; user: User; job: number; freshness: Freshness }
  | { kind: 'attach'; user: User; flow: number; step: number; job: number }
  | { kind: 'forceAttach'; user: User; flow: number; step: number; job: number }
  | { kind: 'detach'; user: User; flow: number; step: number; slot: number }
  | { kind: 'toggleForward'; user: User; flow: number }
  | { kind: 'publish'; user: User; flow: number }
  | { kind: 'restore'; user: User; flow: number; revision: number }
  | { kind: 'reload'; user: User; flow: number; job: number };

interface Setup {
  jobs: number;
  prefill: number;
  publishFirst: boolean;
}

/** What must be stored. Flows keep the graphs the adapter acknowledged. */
interface Model {
  jobs: Map<string, Job>;
  flows: CallFlow[];
}

/** What one person last saw. */
interface UserView {
  jobs: Map<string, Job>;
  flows: Map<string, CallFlow>;
}

interface World {
  adapter: DesignerAdapter;
  model: Model;
  users: [UserView, UserView];
  counter: number;
}

const user = fc.constantFrom<User>(0, 1);
const pick = fc.nat({ max: 99 });
const freshness = fc.constantFrom<Freshness>('own', 'fresh', 'stale');

const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('createJob' as const), user }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('updateJob' as const), user, job: pick, freshness }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('deleteJob' as const), user, job: pick, freshness }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('attach' as const), user, flow: pick, step: pick, job: pick }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('forceAttach' as const),
      user,
      flow: pick,
      step: pick,
      job: pick,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('detach' as const), user, flow: pick, step: pick, slot: pick }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('toggleForward' as const), user, flow: pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('publish' as const), user, flow: pick }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('restore' as const), user, flow: pick, revision: pick }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reload' as const), user, flow: pick, job: pick }) },
);

// Biased towards a nearly full first Sona step, so the 10-job limit is met often within 20 operations.
const setupArbitrary: fc.Arbitrary<Setup> = fc.record({
  jobs: fc.oneof(fc.integer({ min: 10, max: 12 }), fc.integer({ min: 0, max: 12 })),
  prefill: fc.oneof(fc.integer({ min: 9, max: 10 }), fc.integer({ min: 0, max: 10 })),
  publishFirst: fc.boolean(),
});

function at<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

/** Runs a call that must fail with one of `codes`; returns the error. */
async function mustFail(
  call: Promise<unknown>,
  codes: DesignerError['code'][],
  what: string,
): Promise<DesignerError> {
  const outcome = await call.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  if (outcome.ok) throw new Error(`${what}: expected ${codes.join(' or ')}, but it succeeded.`);
  if (!isDesignerError(outcome.error) || !codes.includes(outcome.error.code)) {
    throw new Error(`${what}: expected ${codes.join(' or ')}, got ${String(outcome.error)}`);
  }
  return outcome.error;
}

/** The starter graph with a second Sona step after the first, so attachments have two places to go. */
function twoSonaGraph(draft: FlowGraph): FlowGraph {
  const first = sonaSteps(draft)[0];
  if (!first) throw new Error('A new call flow must start with a Sona step.');
  const second = createStep('sona', `${first.id}-second`, { x: 0, y: 320 }, 'Sona after hours');
  return {
    steps: [...draft.steps, second],
    edges: [...draft.edges, { id: `${first.id}-done`, source: first.id, output: 'done', target: second.id }],
  };
}

function usedJobIds(flow: CallFlow): Set<string> {
  const graphs = [flow.draft, ...(flow.published ? [flow.published.graph] : [])];
  return new Set(graphs.flatMap((graph) => sonaSteps(graph).flatMap((step) => step.jobIds)));
}

function modelFlow(world: World, index: number): CallFlow {
  const flow = at(world.model.flows, index);
  if (!flow) throw new Error('The setup creates two call flows.');
  return flow;
}

function replaceModelFlow(world: World, next: CallFlow): void {
  world.model.flows = world.model.flows.map((flow) => (flow.id === next.id ? next : flow));
}

function userFlow(world: World, who: User, flowId: string): CallFlow {
  const flow = world.users[who].flows.get(flowId);
  if (!flow) throw new Error('Every person holds a copy of every flow.');
  return flow;
}

/** Saves a draft from a person's copy and checks the outcome against the model. */
async function saveFromCopy(world: World, who: User, flowId: string, graph: FlowGraph): Promise<void> {
  const copy = userFlow(world, who, flowId);
  const stored = modelFlow(
    world,
    world.model.flows.findIndex((flow) => flow.id === flowId),
  );
  const stale = copy.version !== stored.version;
  const overfull = sonaSteps(graph).some((step) => step.jobIds.length > LIMITS.jobsPerSonaStep);
  const call = world.adapter.saveDraft(flowId, graph, copy.version);
  if (stale || overfull) {
    const codes: DesignerError['code'][] = [
      ...(stale ? ['CONFLICT' as const] : []),
      ...(overfull ? ['JOB_LIMIT' as const] : []),
    ];
    const error = await mustFail(call, codes, 'saveDraft');
    if (error.code === 'CONFLICT') {
      expect(error.current, 'a CONFLICT carries the stored flow').toEqual(stored);
      world.users[who].flows.set(flowId, structuredClone(error.current as CallFlow));
    }
    return;
  }
  const saved = await call;
  expect(saved.draft).toEqual(graph);
  expect(saved.published).toEqual(stored.published);
  expect(saved.version).toBe(stored.version + 1);
  replaceModelFlow(world, saved);
  world.users[who].flows.set(flowId, structuredClone(saved));
}

function versionToSend(stored: Job, copy: Job | undefined, mode: Freshness): number {
  if (mode === 'fresh') return stored.version;
  if (mode === 'stale') return stored.version > 1 ? stored.version - 1 : stored.version + 1;
  return copy?.version ?? stored.version;
}

const operations: { [K in Op['kind']]: (world: World, op: Extract<Op, { kind: K }>) => Promise<void> } = {
  async createJob(world, op) {
    world.counter++;
    const job = await world.adapter.createJob(
      jobInput({ name: `Job ${world.counter}`, instructions: `Instructions ${world.counter}` }),
    );
    expect(job.version).toBe(1);
    world.model.jobs.set(job.id, job);
    world.users[op.user].jobs.set(job.id, structuredClone(job));
  },

  async updateJob(world, op) {
    const stored = at([...world.model.jobs.values()], op.job);
    if (!stored) return;
    const sent = versionToSend(stored, world.users[op.user].jobs.get(stored.id), op.freshness);
    world.counter++;
    // Every patch differs from what is stored, so a successful update always makes a new version.
    const patch = {
      instructions: `Instructions ${world.counter}`,
      ...(world.counter % 3 === 0 ? { name: `Job ${world.counter}` } : {}),
    };
    const call = world.adapter.updateJob(stored.id, patch, sent);
    if (sent !== stored.version) {
      const error = await mustFail(call, ['CONFLICT'], 'updateJob with a stale version');
      expect(error.current, 'a CONFLICT carries the stored job').toEqual(stored);
      world.users[op.user].jobs.set(stored.id, structuredClone(error.current as Job));
      return;
    }
    const updated = await call;
    expect(updated).toMatchObject({ ...patch, id: stored.id, version: stored.version + 1 });
    world.model.jobs.set(stored.id, updated);
    world.users[op.user].jobs.set(stored.id, structuredClone(updated));
  },

  async deleteJob(world, op) {
    const stored = at([...world.model.jobs.values()], op.job);
    if (!stored) return;
    const sent = versionToSend(stored, world.users[op.user].jobs.get(stored.id), op.freshness);
    const inUse = world.model.flows.some((flow) => usedJobIds(flow).has(stored.id));
    const call = world.adapter.deleteJob(stored.id, sent);
    if (sent !== stored.version || inUse) {
      const codes: DesignerError['code'][] = [
        ...(sent !== stored.version ? ['CONFLICT' as const] : []),
        ...(inUse ? ['IN_USE' as const] : []),
      ];
      const error = await mustFail(call, codes, 'deleteJob');
      if (error.code === 'IN_USE') expect(error.places.length).toBeGreaterThan(0);
      return;
    }
    await call;
    world.model.jobs.delete(stored.id);
    for (const view of world.users) view.jobs.delete(stored.id);
  },

  async attach(world, op) {
    const flow = modelFlow(world, op.flow);
    const copy = userFlow(world, op.user, flow.id);
    const step = at(sonaSteps(copy.draft), op.step);
    const jobs = [...world.model.jobs.values()];
    // Mostly a job the step does not hold yet (that is what meets the limit), sometimes one it already holds.
    const candidates =
      op.job % 4 === 0 ? jobs : jobs.filter((candidate) => !step?.jobIds.includes(candidate.id));
    const job = at(candidates, op.job);
    if (!step || !job) return;
    let graph: FlowGraph;
    try {
      graph = attachJob(copy.draft, step.id, job.id);
    } catch (error) {
      if (!isDesignerError(error, 'JOB_LIMIT')) throw error;
      expect(step.jobIds).toHaveLength(LIMITS.jobsPerSonaStep);
      return;
    }
    if (step.jobIds.includes(job.id)) expect(graph).toBe(copy.draft);
    await saveFromCopy(world, op.user, flow.id, graph);
  },

  async forceAttach(world, op) {
    // Skips attachJob, as a buggy or hostile client would: the backend must still hold the limit.
    const flow = modelFlow(world, op.flow);
    const copy = userFlow(world, op.user, flow.id);
    const step = at(sonaSteps(copy.draft), op.step);
    const job = at(
      [...world.model.jobs.values()].filter((candidate) => !step?.jobIds.includes(candidate.id)),
      op.job,
    );
    if (!step || !job) return;
    await saveFromCopy(world, op.user, flow.id, withJobIds(copy.draft, step.id, [...step.jobIds, job.id]));
  },

  async detach(world, op) {
    const flow = modelFlow(world, op.flow);
    const copy = userFlow(world, op.user, flow.id);
    const step = at(sonaSteps(copy.draft), op.step);
    const jobId = step ? at(step.jobIds, op.slot) : undefined;
    if (!step || !jobId) return;
    await saveFromCopy(world, op.user, flow.id, detachJob(copy.draft, step.id, jobId));
  },

  async toggleForward(world, op) {
    const flow = modelFlow(world, op.flow);
    const copy = userFlow(world, op.user, flow.id);
    const last = sonaSteps(copy.draft).at(-1);
    if (!last) return;
    const hasForward = copy.draft.steps.some((step) => step.kind === 'forward');
    const graph = hasForward
      ? {
          steps: copy.draft.steps.filter((step) => step.kind !== 'forward'),
          edges: copy.draft.edges.filter((edge) => !edge.target.endsWith('-forward')),
        }
      : withUnpublishableForward(copy.draft, last.id);
    await saveFromCopy(world, op.user, flow.id, structuredClone(graph));
  },

  async publish(world, op) {
    const stored = modelFlow(world, op.flow);
    const copy = userFlow(world, op.user, stored.id);
    const call = world.adapter.publishCallFlow(stored.id, copy.version);
    if (copy.version !== stored.version) {
      const error = await mustFail(call, ['CONFLICT'], 'publish with a stale version');
      world.users[op.user].flows.set(stored.id, structuredClone(error.current as CallFlow));
      return;
    }
    const invalid = hasErrors(validateGraph(stored.draft, { jobs: [...world.model.jobs.values()] }));
    if (invalid) {
      const error = await mustFail(call, ['INVALID_GRAPH'], 'publish of a graph with errors');
      expect(error.issues.length).toBeGreaterThan(0);
      return;
    }
    const published = await call;
    expect(published.draft, 'publishing never changes the draft').toEqual(stored.draft);
    const revision = (stored.published?.revision ?? 0) + 1;
    expect(published.published).toMatchObject<Partial<Revision>>({ revision, graph: stored.draft });
    expect(published.revisions.map((entry) => entry.revision)).toEqual([
      ...stored.revisions.map((entry) => entry.revision),
      revision,
    ]);
    replaceModelFlow(world, published);
    world.users[op.user].flows.set(stored.id, structuredClone(published));
  },

  async restore(world, op) {
    const stored = modelFlow(world, op.flow);
    const revision = at(stored.revisions, op.revision);
    if (!revision) return;
    const copy = userFlow(world, op.user, stored.id);
    const call = world.adapter.restoreRevision(stored.id, revision.revision, copy.version);
    if (copy.version !== stored.version) {
      const error = await mustFail(call, ['CONFLICT'], 'restore with a stale version');
      world.users[op.user].flows.set(stored.id, structuredClone(error.current as CallFlow));
      return;
    }
    const gone = sonaSteps(revision.graph).flatMap((step) =>
      step.jobIds.filter((id) => !world.model.jobs.has(id)),
    );
    if (gone.length > 0) {
      const error = await mustFail(call, ['VALIDATION'], 'restore of a revision whose job was deleted since');
      expect(error.problems).toHaveLength(gone.length);
      return;
    }
    const restored = await call;
    expect(restored.draft).toEqual(revision.graph);
    expect(restored.version).toBe(stored.version + 1);
    replaceModelFlow(world, restored);
    world.users[op.user].flows.set(stored.id, structuredClone(restored));
  },

  async reload(world, op) {
    const flow = modelFlow(world, op.flow);
    world.users[op.user].flows.set(flow.id, await world.adapter.getCallFlow(flow.id));
    const job = at([...world.model.jobs.values()], op.job);
    if (job) world.users[op.user].jobs.set(job.id, await world.adapter.getJob(job.id));
  },
};

async function checkInvariants(world: World, after: string): Promise<void> {
  const { adapter, model } = world;
  const listed = await adapter.listJobs({ limit: 500 });
  const stored = new Map(listed.items.map((job) => [job.id, job]));
  expect(listed.total, `after ${after}: no job is lost or invented`).toBe(model.jobs.size);
  for (const [id, job] of model.jobs) {
    expect(stored.get(id), `after ${after}: job ${id} holds exactly what was last saved`).toEqual(job);
  }
  for (const expected of model.flows) {
    const flow = await adapter.getCallFlow(expected.id);
    expect(flow, `after ${after}: call flow ${flow.name} is as last saved`).toEqual(expected);
    for (const graph of [flow.draft, flow.published?.graph]) {
      for (const step of graph ? sonaSteps(graph) : []) {
        expect(step.jobIds.length, `after ${after}: ${step.title} holds at most 10 jobs`).toBeLessThanOrEqual(
          LIMITS.jobsPerSonaStep,
        );
      }
    }
    for (const jobId of usedJobIds(flow)) {
      expect(stored.has(jobId), `after ${after}: job ${jobId} is used, so it must still exist`).toBe(true);
    }
  }
}

async function setUp(setup: Setup): Promise<World> {
  const adapter = createInMemoryAdapter({ latencyMs: 0, failureRate: 0 });
  const world: World = {
    adapter,
    model: { jobs: new Map(), flows: [] },
    users: [
      { jobs: new Map(), flows: new Map() },
      { jobs: new Map(), flows: new Map() },
    ],
    counter: 0,
  };
  for (let index = 0; index < setup.jobs; index++)
    await operations.createJob(world, { kind: 'createJob', user: 0 });
  const jobIds = [...world.model.jobs.keys()];
  for (const [index, name] of ['Main line', 'After hours'].entries()) {
    const created = await adapter.createCallFlow({ name });
    let graph = twoSonaGraph(created.draft);
    const first = sonaSteps(graph)[0];
    if (index === 0 && first) graph = withJobIds(graph, first.id, jobIds.slice(0, setup.prefill));
    let flow = await adapter.saveDraft(created.id, graph, created.version);
    if (index === 0 && setup.publishFirst) flow = await adapter.publishCallFlow(flow.id, flow.version);
    world.model.flows.push(flow);
  }
  for (const view of world.users) {
    for (const job of world.model.jobs.values()) view.jobs.set(job.id, structuredClone(job));
    for (const flow of world.model.flows) view.flows.set(flow.id, structuredClone(flow));
  }
  return world;
}

async function run(world: World, op: Op): Promise<void> {
  await (operations[op.kind] as (world: World, op: Op) => Promise<void>)(world, op);
}

describe('in-memory adapter under random concurrent edits (model-based)', () => {
  it('never loses, overwrites or over-attaches a job, and publishing never touches the draft', async () => {
    await fc.assert(
      fc.asyncProperty(
        setupArbitrary,
        fc.array(opArbitrary, { minLength: 1, maxLength: 20, size: 'max' }),
        async (setup, ops) => {
          const world = await setUp(setup);
          await checkInvariants(world, 'setup');
          for (const [index, op] of ops.entries()) {
            await run(world, op);
            await checkInvariants(world, `op ${index + 1} (${op.kind} by user ${op.user})`);
          }
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('leaves a workspace whose export imports back whole: export → replace into a fresh adapter → the same export', async () => {
    const withoutDate = ({ exportedAt: _date, ...rest }: { exportedAt: string }) => rest;
    await fc.assert(
      fc.asyncProperty(
        setupArbitrary,
        fc.array(opArbitrary, { minLength: 1, maxLength: 20, size: 'max' }),
        async (setup, ops) => {
          const world = await setUp(setup);
          for (const op of ops) await run(world, op);
          const exported = await world.adapter.exportWorkspace();
          const fresh = createInMemoryAdapter();
          await fresh.importWorkspace(structuredClone(exported), { mode: 'replace' });
          expect(withoutDate(await fresh.exportWorkspace())).toEqual(withoutDate(exported));
          // A merge of the workspace into itself keeps every original as it was and adds one renamed copy of each.
          await world.adapter.importWorkspace(structuredClone(exported), { mode: 'merge' });
          const merged = await world.adapter.exportWorkspace();
          expect(merged.jobs).toHaveLength(exported.jobs.length * 2);
          expect(merged.callFlows).toHaveLength(exported.callFlows.length * 2);
          for (const job of exported.jobs) expect(merged.jobs).toContainEqual(job);
          for (const flow of exported.callFlows) expect(merged.callFlows).toContainEqual(flow);
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);
});
