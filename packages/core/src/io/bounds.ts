import type { PathProblem } from '../errors';
import { isRecord, type RawDocument } from './migrate';

/**
 * The most an import reads. Each is checked before any heavy work (JSON parsing, schemas), so a hostile or broken
 * file is refused in milliseconds with a sentence and a path, and memory stays proportional to what is accepted.
 * The largest real workspace we know (the demo's large one: 10,000 jobs, a 500-step flow) is 8 MB.
 */
export const IMPORT_BOUNDS = {
  /** The document as text, in UTF-16 code units (about bytes for JSON, which is mostly ASCII). */
  documentCharacters: 50_000_000,
  jobs: 20_000,
  knowledge: 5_000,
  callFlows: 1_000,
  callSummaries: 100_000,
  /** Test cases of all call flows together (each flow holds at most `MAX_TEST_CASES_PER_FLOW`). */
  testCases: 50_000,
  revisionsPerFlow: 500,
  stepsPerGraph: 2_000,
  edgesPerGraph: 10_000,
  /** Problems listed; the rest are counted. */
  problems: 100,
  /** `exportedAt` is a timestamp. */
  exportedAtCharacters: 64,
} as const;

const COLLECTIONS = [
  ['jobs', 'jobs', IMPORT_BOUNDS.jobs],
  ['knowledge', 'knowledge pages', IMPORT_BOUNDS.knowledge],
  ['callFlows', 'call flows', IMPORT_BOUNDS.callFlows],
  ['callSummaries', 'call summaries', IMPORT_BOUNDS.callSummaries],
  ['testCases', 'test cases', IMPORT_BOUNDS.testCases],
] as const;

const count = (value: number) => value.toLocaleString('en-US');

/** A document given as text that is too large to read at all, or null. */
export function textBoundProblem(text: string): PathProblem | null {
  if (text.length <= IMPORT_BOUNDS.documentCharacters) return null;
  const megabytes = Math.round(text.length / 1_000_000);
  return {
    path: '$',
    message: `The file is about ${count(megabytes)} MB; at most ${count(IMPORT_BOUNDS.documentCharacters / 1_000_000)} MB can be imported. Export less (a call flow rather than the workspace), or split it.`,
  };
}

function tooMany(path: string, length: number, max: number, noun: string): PathProblem[] {
  if (length <= max) return [];
  return [
    {
      path,
      message: `This holds ${count(length)} ${noun}; at most ${count(max)} can be imported at once.`,
    },
  ];
}

function graphBounds(graph: unknown, path: string): PathProblem[] {
  if (!isRecord(graph)) return [];
  const problems: PathProblem[] = [];
  if (Array.isArray(graph.steps))
    problems.push(...tooMany(`${path}.steps`, graph.steps.length, IMPORT_BOUNDS.stepsPerGraph, 'steps'));
  if (Array.isArray(graph.edges))
    problems.push(
      ...tooMany(`${path}.edges`, graph.edges.length, IMPORT_BOUNDS.edgesPerGraph, 'connections'),
    );
  return problems;
}

function flowBounds(flow: unknown, path: string): PathProblem[] {
  if (!isRecord(flow)) return [];
  const problems = graphBounds(flow.draft, `${path}.draft`);
  if (isRecord(flow.published))
    problems.push(...graphBounds(flow.published.graph, `${path}.published.graph`));
  if (Array.isArray(flow.revisions)) {
    problems.push(
      ...tooMany(`${path}.revisions`, flow.revisions.length, IMPORT_BOUNDS.revisionsPerFlow, 'revisions'),
    );
    if (flow.revisions.length <= IMPORT_BOUNDS.revisionsPerFlow) {
      flow.revisions.forEach((revision, index) => {
        if (isRecord(revision))
          problems.push(...graphBounds(revision.graph, `${path}.revisions[${index}].graph`));
      });
    }
  }
  return problems;
}

/**
 * Collections over their bound, graphs with too many steps or connections, an `exportedAt` that is no timestamp's
 * length. Reads only lengths, so it is cheap on any document; a sparse array of length 10,000,000 is refused without
 * being walked.
 */
export function documentBoundProblems(doc: RawDocument): PathProblem[] {
  const problems: PathProblem[] = [];
  for (const [key, noun, max] of COLLECTIONS) {
    const list = doc[key];
    if (Array.isArray(list)) problems.push(...tooMany(`$.${key}`, list.length, max, noun));
  }
  if (problems.length > 0) return problems;
  if (Array.isArray(doc.callFlows)) {
    doc.callFlows.forEach((flow, index) => {
      problems.push(...flowBounds(flow, `$.callFlows[${index}]`));
    });
  }
  if (isRecord(doc.callFlow)) problems.push(...flowBounds(doc.callFlow, '$.callFlow'));
  const exportedAt = doc.exportedAt;
  if (
    exportedAt !== undefined &&
    (typeof exportedAt !== 'string' || exportedAt.length > IMPORT_BOUNDS.exportedAtCharacters)
  ) {
    problems.push({
      path: '$.exportedAt',
      message:
        'The export date is not a date: export the file again from Sona Designer, or remove "exportedAt".',
    });
  }
  return problems;
}

/** The first `IMPORT_BOUNDS.problems` problems, and a last one that counts the rest. */
export function capProblems(problems: PathProblem[]): PathProblem[] {
  if (problems.length <= IMPORT_BOUNDS.problems) return problems;
  const rest = problems.length - IMPORT_BOUNDS.problems;
  return [
    ...problems.slice(0, IMPORT_BOUNDS.problems),
    {
      path: '$',
      message: `…and ${count(rest)} more problem${rest === 1 ? '' : 's'} of the same kinds: fix these first.`,
    },
  ];
}
