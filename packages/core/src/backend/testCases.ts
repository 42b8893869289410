import { DesignerError } from '../errors';
import { MAX_TEST_CASES_PER_FLOW, type TestCase } from '../model/testCase';

const NOUN = 'test case';

/** The `NOT_FOUND` error for a test case that does not exist (or not in this workspace). */
export function testCaseNotFound(): DesignerError {
  return new DesignerError('NOT_FOUND', `This ${NOUN} no longer exists: someone may have deleted it.`);
}

/** The `CONFLICT` error for a write to a test case based on a stale version; carries a copy of it as stored. */
export function testCaseConflict(current: TestCase, expectedVersion: number): DesignerError {
  return new DesignerError(
    'CONFLICT',
    `Someone else changed the test “${current.name}” (now version ${current.version}, you edited version ${expectedVersion}). Compare the two before saving.`,
    { current: structuredClone(current) },
  );
}

/** Throws `VALIDATION` when a call flow already holding `count` test cases cannot take one more. */
export function refuseFullTestSuite(count: number): void {
  if (count < MAX_TEST_CASES_PER_FLOW) return;
  const message = `This call flow already has ${MAX_TEST_CASES_PER_FLOW} test cases, the most it can hold: delete the ones you no longer need, then save this one.`;
  throw new DesignerError('VALIDATION', message, { fieldErrors: { callFlowId: message } });
}

/**
 * The fields of a parsed test case patch that change it, or `null` when nothing changes (the version is then kept and
 * no event sent). The call and the expectations are compared by content: a client sends fresh objects every time.
 */
export function changedTestCaseFields(
  current: TestCase,
  parsedPatch: Partial<Pick<TestCase, 'name' | 'call' | 'expectations'>>,
): Partial<Pick<TestCase, 'name' | 'call' | 'expectations'>> | null {
  const changes = Object.fromEntries(
    Object.entries(parsedPatch).filter(([, value]) => value !== undefined),
  ) as Partial<Pick<TestCase, 'name' | 'call' | 'expectations'>>;
  const changed = (Object.keys(changes) as Array<keyof typeof changes>).some(
    (key) => !sameJson(current[key], changes[key]),
  );
  return changed ? changes : null;
}

/** Whether two JSON values hold the same data, whatever the order of their keys (a jsonb column reorders them). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every(
    (key) => Object.hasOwn(bRecord, key) && sameJson((a as Record<string, unknown>)[key], bRecord[key]),
  );
}

/** `listTestCases`' order: oldest first; equal times keep the order given (the order they were stored). */
export function sortTestCases(testCases: TestCase[]): TestCase[] {
  return testCases.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
