import type { PathProblem } from '../errors';
import { quote } from './describe';
import { isRecord, type RawDocument } from './migrate';
import { testCaseProblems } from './testCaseReferences';
import { CALL_FLOW_FORMAT } from './types';

/*
 * These checks read the raw (migrated) document rather than zod's output so that they run even when the schemas
 * found problems too: a person then sees every problem of the file at once. Anything malformed is skipped here,
 * because the schemas already report it.
 */

interface Collection {
  key: string;
  noun: string;
}

const WORKSPACE_COLLECTIONS: Collection[] = [
  { key: 'jobs', noun: 'job' },
  { key: 'knowledge', noun: 'knowledge page' },
  { key: 'callFlows', noun: 'call flow' },
  { key: 'callSummaries', noun: 'call summary' },
  { key: 'testCases', noun: 'test case' },
];
const CALL_FLOW_COLLECTIONS = WORKSPACE_COLLECTIONS.filter(
  ({ key }) => key !== 'callFlows' && key !== 'callSummaries',
);

function idOf(entry: unknown): string | undefined {
  return isRecord(entry) && typeof entry.id === 'string' ? entry.id : undefined;
}

function duplicateIdProblems(list: unknown, path: string, noun: string): PathProblem[] {
  if (!Array.isArray(list)) return [];
  const problems: PathProblem[] = [];
  const firstIndex = new Map<string, number>();
  list.forEach((entry, index) => {
    const id = idOf(entry);
    if (id === undefined) return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else {
      problems.push({
        path: `${path}[${index}].id`,
        message: `Another ${noun} (${path}[${first}]) already has the id ${quote(id)}: give each ${noun} its own id.`,
      });
    }
  });
  return problems;
}

/** Every id of a list, or null when some entry has no readable id (then references to it cannot be judged). */
function readableIds(list: unknown): Set<string> | null {
  if (!Array.isArray(list)) return null;
  const ids = new Set<string>();
  for (const entry of list) {
    const id = idOf(entry);
    if (id === undefined) return null;
    ids.add(id);
  }
  return ids;
}

interface Known {
  jobs: Set<string> | null;
  knowledge: Set<string> | null;
}

function attachmentProblems(step: RawDocument, stepPath: string, known: Known): PathProblem[] {
  const problems: PathProblem[] = [];
  const stepName = typeof step.title === 'string' ? quote(step.title) : 'this Sona step';
  const check = (key: 'jobIds' | 'knowledgeIds', ids: Set<string> | null, noun: string, list: string) => {
    const refs = step[key];
    if (!ids || !Array.isArray(refs)) return;
    refs.forEach((ref, index) => {
      if (typeof ref !== 'string' || ids.has(ref)) return;
      problems.push({
        path: `${stepPath}.${key}[${index}]`,
        message: `The ${noun} ${quote(ref)} attached to the step ${stepName} is not in this file: add it to "${list}", or detach it from the step.`,
      });
    });
  };
  check('jobIds', known.jobs, 'job', 'jobs');
  check('knowledgeIds', known.knowledge, 'knowledge page', 'knowledge');
  return problems;
}

function edgeProblems(edges: unknown, graphPath: string, stepIds: Set<string>): PathProblem[] {
  if (!Array.isArray(edges)) return [];
  const problems: PathProblem[] = [];
  edges.forEach((edge, index) => {
    if (!isRecord(edge)) return;
    const name = typeof edge.id === 'string' ? `The connection ${quote(edge.id)}` : 'This connection';
    for (const end of ['source', 'target'] as const) {
      const stepId = edge[end];
      if (typeof stepId !== 'string' || stepIds.has(stepId)) continue;
      const verb = end === 'source' ? 'starts from' : 'leads to';
      problems.push({
        path: `${graphPath}.edges[${index}].${end}`,
        message: `${name} ${verb} the step ${quote(stepId)}, which is not in this graph: remove the connection or add the step.`,
      });
    }
  });
  return problems;
}

function graphProblems(graph: unknown, graphPath: string, known: Known | null): PathProblem[] {
  if (!isRecord(graph) || !Array.isArray(graph.steps)) return [];
  const problems: PathProblem[] = [];
  if (known) {
    graph.steps.forEach((step, index) => {
      if (isRecord(step) && step.kind === 'sona') {
        problems.push(...attachmentProblems(step, `${graphPath}.steps[${index}]`, known));
      }
    });
  }
  const stepIds = readableIds(graph.steps);
  if (stepIds) problems.push(...edgeProblems(graph.edges, graphPath, stepIds));
  return problems;
}

/**
 * Attachments are checked in the draft and the published graph only: older revisions may rightly name jobs that
 * were deleted since, as a job may be deleted once no draft or published graph uses it.
 */
function flowProblems(flow: unknown, flowPath: string, known: Known): PathProblem[] {
  if (!isRecord(flow)) return [];
  const problems = graphProblems(flow.draft, `${flowPath}.draft`, known);
  if (isRecord(flow.published)) {
    problems.push(...graphProblems(flow.published.graph, `${flowPath}.published.graph`, known));
  }
  if (Array.isArray(flow.revisions)) {
    flow.revisions.forEach((revision, index) => {
      if (isRecord(revision))
        problems.push(...graphProblems(revision.graph, `${flowPath}.revisions[${index}].graph`, null));
    });
  }
  problems.push(...revisionProblems(flow, flowPath));
  return problems;
}

/** Each revision number once, and the published revision among them, as publishing writes them. */
function revisionProblems(flow: RawDocument, flowPath: string): PathProblem[] {
  if (!Array.isArray(flow.revisions)) return [];
  const problems: PathProblem[] = [];
  const seen = new Set<unknown>();
  flow.revisions.forEach((revision, index) => {
    if (!isRecord(revision) || typeof revision.revision !== 'number') return;
    if (seen.has(revision.revision)) {
      problems.push({
        path: `${flowPath}.revisions[${index}].revision`,
        message: `Revision ${revision.revision} appears twice in this call flow's history: keep one.`,
      });
    }
    seen.add(revision.revision);
  });
  const published = flow.published;
  if (isRecord(published) && typeof published.revision === 'number' && !seen.has(published.revision)) {
    problems.push({
      path: `${flowPath}.published.revision`,
      message: `The published revision ${published.revision} is not in the call flow's revisions: add it there, or publish from a revision that is.`,
    });
  }
  return problems;
}

/** Every call summary belongs to a call flow of the file, as the adapter records them. */
function summaryProblems(doc: RawDocument): PathProblem[] {
  const flowIds = readableIds(doc.callFlows);
  if (!flowIds || !Array.isArray(doc.callSummaries)) return [];
  const problems: PathProblem[] = [];
  doc.callSummaries.forEach((summary, index) => {
    if (!isRecord(summary) || typeof summary.callFlowId !== 'string' || flowIds.has(summary.callFlowId))
      return;
    problems.push({
      path: `$.callSummaries[${index}].callFlowId`,
      message: `This call summary belongs to the call flow ${quote(summary.callFlowId)}, which is not in this file: add the call flow, or remove the summary.`,
    });
  });
  return problems;
}

/**
 * Duplicate ids, attachments to jobs or knowledge pages missing from the document, dangling connections, revision
 * numbers twice or a published revision missing from the list, call summaries and test cases of call flows not in
 * the file, and a flow with more test cases than it may hold.
 */
export function findReferenceProblems(doc: RawDocument): PathProblem[] {
  const isCallFlow = doc.format === CALL_FLOW_FORMAT;
  const problems: PathProblem[] = [];
  for (const { key, noun } of isCallFlow ? CALL_FLOW_COLLECTIONS : WORKSPACE_COLLECTIONS) {
    problems.push(...duplicateIdProblems(doc[key], `$.${key}`, noun));
  }
  const known: Known = { jobs: readableIds(doc.jobs), knowledge: readableIds(doc.knowledge) };
  if (isCallFlow) problems.push(...flowProblems(doc.callFlow, '$.callFlow', known));
  else if (Array.isArray(doc.callFlows)) {
    doc.callFlows.forEach((flow, index) => {
      problems.push(...flowProblems(flow, `$.callFlows[${index}]`, known));
    });
    problems.push(...summaryProblems(doc));
  }
  problems.push(...testCaseProblems(doc));
  return problems;
}
