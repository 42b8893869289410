import type { PathProblem } from '../errors';
import type { CallFlow } from '../model/callFlow';
import type { CallSummary } from '../model/callSummary';
import type { Job } from '../model/job';
import type { KnowledgePage } from '../model/knowledge';

/** The version of the export format this build writes. Older documents are migrated on import. */
export const SCHEMA_VERSION = 2;

export const WORKSPACE_FORMAT = 'sona-designer/workspace';
export const CALL_FLOW_FORMAT = 'sona-designer/call-flow';

/** Everything a workspace holds. */
export interface WorkspaceData {
  jobs: Job[];
  knowledge: KnowledgePage[];
  callFlows: CallFlow[];
  callSummaries: CallSummary[];
}

export interface WorkspaceExport extends WorkspaceData {
  format: typeof WORKSPACE_FORMAT;
  schemaVersion: number;
  exportedAt: string;
}

/** One call flow with the jobs and knowledge pages it uses, to move it to another workspace. */
export interface CallFlowExport {
  format: typeof CALL_FLOW_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  callFlow: CallFlow;
  jobs: Job[];
  knowledge: KnowledgePage[];
}

export type ParseResult<T> =
  | { ok: true; value: T; migratedFrom: number | null }
  | { ok: false; problems: PathProblem[] };

/**
 * `merge` adds the document's entities to the workspace (an id already taken gets a fresh one, and references
 * follow); `replace` swaps the whole workspace for the document.
 */
export type ImportMode = 'merge' | 'replace';

export interface ImportOutcome {
  jobs: number;
  knowledge: number;
  callFlows: number;
  callSummaries: number;
  /** The schema version the document was migrated from, or null when it was current. */
  migratedFrom: number | null;
  /** How many ids were renamed to avoid overwriting existing entities (merge mode). */
  idsRemapped: number;
}
