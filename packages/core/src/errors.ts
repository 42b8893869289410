import type { UsagePlace } from './rules/jobUsage';
import type { GraphIssue } from './rules/validateGraph';

/**
 * What went wrong, for code to branch on: `VALIDATION` (fix the input), `JOB_LIMIT` (a Sona step has too many
 * jobs), `CONFLICT` (someone else saved first: reload or overwrite), `NOT_FOUND`, `IN_USE` (still used
 * somewhere, see `places`), `INVALID_GRAPH` (publishing refused, see `issues`), `TESTS_FAILING` (publishing
 * refused: the flow requires passing tests and some fail, see `testFailures`), `UNAVAILABLE` (the backend could not
 * be reached: retry) or `FORBIDDEN` (the person is not signed in, or may read but not write).
 */
export type DesignerErrorCode =
  | 'VALIDATION'
  | 'JOB_LIMIT'
  | 'CONFLICT'
  | 'NOT_FOUND'
  | 'IN_USE'
  | 'INVALID_GRAPH'
  | 'TESTS_FAILING'
  | 'UNAVAILABLE'
  | 'FORBIDDEN';

/** A problem located in a document, e.g. `{ path: '$.jobs[3].name', message: 'Name is required…' }`. */
export interface PathProblem {
  path: string;
  message: string;
}

/**
 * A test case that failed when publishing ran the flow's tests (`TESTS_FAILING`): which one, its name, and why in
 * one English sentence (the first expectation it did not meet).
 */
export interface FailingTest {
  testCaseId: string;
  name: string;
  message: string;
}

/**
 * What a `DesignerError` carries beside its message, depending on its code. Adapters pass it to the
 * constructor.
 */
export interface DesignerErrorDetails {
  /** VALIDATION: one message per field that a form can show beside the field. */
  fieldErrors?: Record<string, string>;
  /** VALIDATION of a document (import, draft): every problem with its JSON path. JOB_LIMIT: the overfull list. */
  problems?: PathProblem[];
  /** CONFLICT: the entity as it is stored now, so the caller can show theirs and yours. */
  current?: unknown;
  /** IN_USE: every place that still uses the entity. */
  places?: UsagePlace[];
  /** INVALID_GRAPH: the blocking issues. */
  issues?: GraphIssue[];
  /** TESTS_FAILING: every failing test case, in the flow's order. */
  testFailures?: FailingTest[];
}

/** The one error type the core and every adapter throw; branch on `code`. */
export class DesignerError extends Error {
  override readonly name = 'DesignerError';
  readonly code: DesignerErrorCode;
  readonly fieldErrors: Record<string, string>;
  readonly problems: PathProblem[];
  readonly current: unknown;
  readonly places: UsagePlace[];
  readonly issues: GraphIssue[];
  readonly testFailures: FailingTest[];

  constructor(code: DesignerErrorCode, message: string, details: DesignerErrorDetails = {}) {
    super(message);
    this.code = code;
    this.fieldErrors = details.fieldErrors ?? {};
    this.problems = details.problems ?? [];
    this.current = details.current;
    this.places = details.places ?? [];
    this.issues = details.issues ?? [];
    this.testFailures = details.testFailures ?? [];
  }

  /** UNAVAILABLE errors are worth retrying; the others need the person to change something. */
  get retryable(): boolean {
    return this.code === 'UNAVAILABLE';
  }
}

/**
 * True for a DesignerError (optionally of one code). Works across bundle copies of this package,
 * where `instanceof` would not.
 */
export function isDesignerError(error: unknown, code?: DesignerErrorCode): error is DesignerError {
  if (!(error instanceof Error) || error.name !== 'DesignerError') return false;
  return code === undefined || (error as DesignerError).code === code;
}
