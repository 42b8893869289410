import type { CallFlow } from '../model/callFlow';
import type { FlowGraph } from '../model/graph';
import type { TestCase } from '../model/testCase';
import {
  CALL_FLOW_FORMAT,
  type CallFlowExport,
  SCHEMA_VERSION,
  WORKSPACE_FORMAT,
  type WorkspaceData,
  type WorkspaceExport,
} from './types';

/** A deep copy holding only what JSON carries, so the export equals what a file written from it reads back. */
function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The whole workspace as a document to save to a file. */
export function exportWorkspace(data: WorkspaceData, now = new Date()): WorkspaceExport {
  return {
    format: WORKSPACE_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    jobs: jsonCopy(data.jobs),
    knowledge: jsonCopy(data.knowledge),
    callFlows: jsonCopy(data.callFlows),
    callSummaries: jsonCopy(data.callSummaries),
    testCases: jsonCopy(data.testCases),
  };
}

function usedIds(graphs: readonly FlowGraph[]): { jobIds: Set<string>; knowledgeIds: Set<string> } {
  const jobIds = new Set<string>();
  const knowledgeIds = new Set<string>();
  for (const graph of graphs) {
    for (const step of graph.steps) {
      if (step.kind !== 'sona') continue;
      for (const id of step.jobIds) jobIds.add(id);
      for (const id of step.knowledgeIds) knowledgeIds.add(id);
    }
  }
  return { jobIds, knowledgeIds };
}

/**
 * One call flow with the jobs and knowledge pages its draft or published graph uses, in workspace order, and its own
 * test cases (those of `workspace.testCases` that belong to it), to copy it into another workspace.
 */
export function exportCallFlow(
  flow: CallFlow,
  workspace: Pick<WorkspaceData, 'jobs' | 'knowledge'> & { testCases?: readonly TestCase[] },
  now = new Date(),
): CallFlowExport {
  const graphs = flow.published ? [flow.draft, flow.published.graph] : [flow.draft];
  const { jobIds, knowledgeIds } = usedIds(graphs);
  return {
    format: CALL_FLOW_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    callFlow: jsonCopy(flow),
    jobs: jsonCopy(workspace.jobs.filter((job) => jobIds.has(job.id))),
    knowledge: jsonCopy(workspace.knowledge.filter((page) => knowledgeIds.has(page.id))),
    testCases: jsonCopy((workspace.testCases ?? []).filter((test) => test.callFlowId === flow.id)),
  };
}
