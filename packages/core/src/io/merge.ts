import type { CallFlow } from '../model/callFlow';
import type { FlowGraph } from '../model/graph';
import type { Expectation } from '../model/testCase';
import type { ImportMode, WorkspaceData } from './types';

type IdMap = Map<string, string>;

const MAX_ID_ATTEMPTS = 1000;

/** Gives each incoming entity whose id is taken a fresh id from `newId`; returns old → new for the renamed ones. */
function planIds(
  current: readonly { id: string }[],
  incoming: readonly { id: string }[],
  prefix: string,
  newId: (prefix: string) => string,
): IdMap {
  const taken = new Set([...current.map((entity) => entity.id), ...incoming.map((entity) => entity.id)]);
  const currentIds = new Set(current.map((entity) => entity.id));
  const renamed: IdMap = new Map();
  for (const { id } of incoming) {
    if (!currentIds.has(id) || renamed.has(id)) continue;
    let fresh = newId(prefix);
    for (let attempt = 1; taken.has(fresh); attempt++) {
      if (attempt >= MAX_ID_ATTEMPTS)
        throw new Error(`newId('${prefix}') keeps returning ids that are already taken.`);
      fresh = newId(prefix);
    }
    taken.add(fresh);
    renamed.set(id, fresh);
  }
  return renamed;
}

const rename = (map: IdMap, id: string): string => map.get(id) ?? id;

function renameInGraph(graph: FlowGraph, jobs: IdMap, knowledge: IdMap): FlowGraph {
  return {
    ...graph,
    steps: graph.steps.map((step) =>
      step.kind === 'sona'
        ? {
            ...step,
            jobIds: step.jobIds.map((id) => rename(jobs, id)),
            knowledgeIds: step.knowledgeIds.map((id) => rename(knowledge, id)),
          }
        : step,
    ),
  };
}

function renameInFlow(flow: CallFlow, flows: IdMap, jobs: IdMap, knowledge: IdMap): CallFlow {
  return {
    ...flow,
    id: rename(flows, flow.id),
    draft: renameInGraph(flow.draft, jobs, knowledge),
    published: flow.published && {
      ...flow.published,
      graph: renameInGraph(flow.published.graph, jobs, knowledge),
    },
    revisions: flow.revisions.map((revision) => ({
      ...revision,
      graph: renameInGraph(revision.graph, jobs, knowledge),
    })),
  };
}

/** An expectation naming a renamed job or page names its new id (step ids live inside a flow: never renamed). */
function renameInExpectation(expectation: Expectation, jobs: IdMap, knowledge: IdMap): Expectation {
  if (expectation.kind === 'job-fires') return { ...expectation, jobId: rename(jobs, expectation.jobId) };
  if (expectation.kind === 'knowledge-quoted')
    return { ...expectation, pageId: rename(knowledge, expectation.pageId) };
  return expectation;
}

/** The version a record that lives on gets after a replace: above any it had, so a stale editor meets a conflict. */
function liftVersions<T extends { id: string; version: number }>(current: readonly T[], incoming: T[]): T[] {
  const before = new Map(current.map((record) => [record.id, record.version]));
  return incoming.map((record) => {
    const was = before.get(record.id);
    return was === undefined || record.version > was ? record : { ...record, version: was + 1 };
  });
}

/**
 * A replace rewinds nothing: every job, page, flow and test case that was here and is imported again gets a version above the
 * one it had, so an editor opened before the import saves into a `CONFLICT` rather than over the imported text.
 */
function versionsAbove(current: WorkspaceData, incoming: WorkspaceData): WorkspaceData {
  return {
    ...incoming,
    jobs: liftVersions(current.jobs, incoming.jobs),
    knowledge: liftVersions(current.knowledge, incoming.knowledge),
    callFlows: liftVersions(current.callFlows, incoming.callFlows),
    testCases: liftVersions(current.testCases, incoming.testCases),
  };
}

/**
 * Combines an imported document with the workspace. `replace` keeps only the document (versions lifted above the workspace's, see `versionsAbove`); `merge` appends its
 * entities, renaming any whose id the workspace already uses and rewriting every reference to it (attachments in
 * drafts, published graphs and revisions; the flow and job of call summaries; the flow, jobs and pages of test cases). Pure: the inputs are not changed,
 * and the result shares no objects with `incoming` (it does share the unchanged entities of `current`).
 */
export function mergeWorkspace(
  current: WorkspaceData,
  incoming: WorkspaceData,
  mode: ImportMode,
  newId: (prefix: string) => string,
): { data: WorkspaceData; idsRemapped: number } {
  const copy = structuredClone(incoming);
  if (mode === 'replace') return { data: versionsAbove(current, copy), idsRemapped: 0 };

  const jobs = planIds(current.jobs, copy.jobs, 'job', newId);
  const knowledge = planIds(current.knowledge, copy.knowledge, 'kn', newId);
  const flows = planIds(current.callFlows, copy.callFlows, 'flow', newId);
  const summaries = planIds(current.callSummaries, copy.callSummaries, 'call', newId);
  const tests = planIds(current.testCases, copy.testCases, 'test', newId);

  const data: WorkspaceData = {
    jobs: [...current.jobs, ...copy.jobs.map((job) => ({ ...job, id: rename(jobs, job.id) }))],
    knowledge: [
      ...current.knowledge,
      ...copy.knowledge.map((page) => ({ ...page, id: rename(knowledge, page.id) })),
    ],
    callFlows: [
      ...current.callFlows,
      ...copy.callFlows.map((flow) => renameInFlow(flow, flows, jobs, knowledge)),
    ],
    callSummaries: [
      ...current.callSummaries,
      ...copy.callSummaries.map((summary) => ({
        ...summary,
        id: rename(summaries, summary.id),
        callFlowId: rename(flows, summary.callFlowId),
        jobId: summary.jobId === null ? null : rename(jobs, summary.jobId),
      })),
    ],
    testCases: [
      ...current.testCases,
      ...copy.testCases.map((test) => ({
        ...test,
        id: rename(tests, test.id),
        callFlowId: rename(flows, test.callFlowId),
        expectations: test.expectations.map((expectation) =>
          renameInExpectation(expectation, jobs, knowledge),
        ),
      })),
    ],
  };
  return { data, idsRemapped: jobs.size + knowledge.size + flows.size + summaries.size + tests.size };
}
