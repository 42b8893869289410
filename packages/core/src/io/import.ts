import * as z from 'zod';
import type { PathProblem } from '../errors';
import { CallFlowSchema } from '../model/callFlow';
import { CallSummarySchema } from '../model/callSummary';
import { JobSchema } from '../model/job';
import { KnowledgePageSchema } from '../model/knowledge';
import { TestCaseSchema } from '../model/testCase';
import { capProblems, documentBoundProblems, textBoundProblem } from './bounds';
import { describeValue } from './describe';
import { parseJsonText } from './jsonSyntax';
import { isRecord, migrateDocument, type RawDocument, readSchemaVersion } from './migrate';
import { importIssueMessage, issuesToProblems } from './problems';
import { findReferenceProblems } from './references';
import { plainSnapshot } from './snapshot';
import {
  CALL_FLOW_FORMAT,
  type ParseResult,
  SCHEMA_VERSION,
  WORKSPACE_FORMAT,
  type WorkspaceData,
} from './types';

const WorkspaceDocumentSchema = z.object({
  jobs: z.array(JobSchema),
  knowledge: z.array(KnowledgePageSchema),
  callFlows: z.array(CallFlowSchema),
  callSummaries: z.array(CallSummarySchema),
  testCases: z.array(TestCaseSchema),
});

const CallFlowDocumentSchema = z.object({
  callFlow: CallFlowSchema,
  jobs: z.array(JobSchema),
  knowledge: z.array(KnowledgePageSchema),
  testCases: z.array(TestCaseSchema),
});

function formatProblem(doc: RawDocument): PathProblem | null {
  if (doc.format === WORKSPACE_FORMAT || doc.format === CALL_FLOW_FORMAT) return null;
  const expected = `"${WORKSPACE_FORMAT}" or "${CALL_FLOW_FORMAT}"`;
  const message =
    doc.format === undefined
      ? `The file has no format, so it is not a Sona Designer export: choose a workspace or call flow file exported from Sona Designer (its format is ${expected}).`
      : `The format ${describeValue(doc.format)} is not one Sona Designer reads: choose a file whose format is ${expected}.`;
  return { path: '$.format', message };
}

function validate(doc: RawDocument): { data: WorkspaceData } | { problems: PathProblem[] } {
  const options = { error: importIssueMessage };
  if (doc.format === CALL_FLOW_FORMAT) {
    const result = CallFlowDocumentSchema.safeParse(doc, options);
    if (!result.success) return { problems: issuesToProblems(result.error.issues) };
    const { callFlow, jobs, knowledge, testCases } = result.data;
    return { data: { jobs, knowledge, callFlows: [callFlow], callSummaries: [], testCases } };
  }
  const result = WorkspaceDocumentSchema.safeParse(doc, options);
  return result.success ? { data: result.data } : { problems: issuesToProblems(result.error.issues) };
}

function readDocument(input: unknown): ParseResult<WorkspaceData> {
  let value: unknown;
  if (typeof input !== 'string') {
    const copy = plainSnapshot(input);
    if (!copy.ok) return { ok: false, problems: [copy.problem] };
    value = copy.value;
  } else {
    const tooLarge = textBoundProblem(input);
    if (tooLarge) return { ok: false, problems: [tooLarge] };
    const parsed = parseJsonText(input);
    if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
    value = parsed.value;
  }
  if (!isRecord(value)) {
    return {
      ok: false,
      problems: [
        {
          path: '$',
          message: `The file holds ${describeValue(value)}, not a Sona Designer export: choose a workspace or call flow file exported from Sona Designer.`,
        },
      ],
    };
  }
  const version = readSchemaVersion(value);
  const format = formatProblem(value);
  if (format || typeof version !== 'number') {
    return {
      ok: false,
      problems: [format, typeof version === 'number' ? null : version].filter((p) => p !== null),
    };
  }

  const outOfBounds = documentBoundProblems(value);
  if (outOfBounds.length > 0) return { ok: false, problems: capProblems(outOfBounds) };

  const doc = migrateDocument(value, version);
  const validated = validate(doc);
  const problems = [...('problems' in validated ? validated.problems : []), ...findReferenceProblems(doc)];
  if ('problems' in validated || problems.length > 0) return { ok: false, problems: capProblems(problems) };
  const info = {
    kind: doc.format === CALL_FLOW_FORMAT ? 'call-flow' : 'workspace',
    exportedAt: typeof doc.exportedAt === 'string' ? doc.exportedAt : null,
  } as const;
  return { ok: true, value: validated.data, migratedFrom: version < SCHEMA_VERSION ? version : null, info };
}

/**
 * Reads a workspace or call flow export (JSON text or an already parsed value), migrates it from older schema
 * versions, and validates it. Reports every problem with its JSON path (`$.jobs[3].name`); never throws.
 * A call flow document becomes a workspace with that one flow, its jobs, knowledge pages and test cases, and no
 * summaries.
 */
export function parseImportDocument(input: unknown): ParseResult<WorkspaceData> {
  try {
    return readDocument(input);
  } catch {
    // Reached only by values JSON cannot produce, e.g. a proxy or a getter that throws.
    return {
      ok: false,
      problems: [
        { path: '$', message: 'The document could not be read: export it again from Sona Designer.' },
      ],
    };
  }
}
