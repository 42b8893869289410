import type { PathProblem } from '../errors';
import type { CallFlow } from '../model/callFlow';
import type { CallSummary } from '../model/callSummary';
import type { Job } from '../model/job';
import type { KnowledgePage } from '../model/knowledge';
import type { TestCase } from '../model/testCase';

/** The version of the export format this build writes. Older documents are migrated on import. */
export const SCHEMA_VERSION = 3;

/** The `format` a workspace export declares, so an import can tell it from a call flow export. */
export const WORKSPACE_FORMAT = 'sona-designer/workspace';
/** The `format` a call flow export declares, so an import can tell it from a workspace export. */
export const CALL_FLOW_FORMAT = 'sona-designer/call-flow';

/** Everything a workspace holds. */
export interface WorkspaceData {
  jobs: Job[];
  knowledge: KnowledgePage[];
  callFlows: CallFlow[];
  callSummaries: CallSummary[];
  /** The saved test cases of every call flow. */
  testCases: TestCase[];
}

/**
 * A whole workspace as `exportWorkspace` writes it (and `DesignerAdapter.exportWorkspace` returns it): the
 * data, its format, its schema version and when it was exported. Save it as JSON; `importWorkspace` reads it
 * back.
 */
export interface WorkspaceExport extends WorkspaceData {
  format: typeof WORKSPACE_FORMAT;
  schemaVersion: number;
  exportedAt: string;
}

/** One call flow with the jobs and knowledge pages it uses and its test cases, to move it to another workspace. */
export interface CallFlowExport {
  format: typeof CALL_FLOW_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  callFlow: CallFlow;
  jobs: Job[];
  knowledge: KnowledgePage[];
  /** The flow's own test cases. */
  testCases: TestCase[];
}

/** What a document says about itself, for a person to recognise the file before importing it. */
export interface DocumentInfo {
  /** A whole workspace, or one call flow with the jobs and pages it uses. */
  kind: 'workspace' | 'call-flow';
  /** When it was exported, as written in the file (an ISO timestamp), or null when it does not say. */
  exportedAt: string | null;
}

/**
 * What reading an import document gives: the migrated, validated value, or every problem found with its JSON
 * path. It never throws.
 */
export type ParseResult<T> =
  | { ok: true; value: T; migratedFrom: number | null; info: DocumentInfo }
  | { ok: false; problems: PathProblem[] };

/**
 * `merge` adds the document's entities to the workspace (an id already taken gets a fresh one, and references
 * follow); `replace` swaps the whole workspace for the document.
 */
export type ImportMode = 'merge' | 'replace';

/**
 * What `DesignerAdapter.importWorkspace` did: how many records of each kind it imported, whether the document
 * was migrated, and how many ids it renamed.
 */
export interface ImportOutcome {
  jobs: number;
  knowledge: number;
  callFlows: number;
  callSummaries: number;
  testCases: number;
  /** The schema version the document was migrated from, or null when it was current. */
  migratedFrom: number | null;
  /** How many ids were renamed to avoid overwriting existing entities (merge mode). */
  idsRemapped: number;
}
