import { callFlowNotFound } from '../backend/callFlows';
import {
  changedTestCaseFields,
  refuseFullTestSuite,
  sortTestCases,
  testCaseConflict,
  testCaseNotFound,
} from '../backend/testCases';
import { type TestCase, TestCaseInputSchema, TestCasePatchSchema } from '../model/testCase';
import { parseOrThrow } from './validation';

/**
 * The in-memory adapter's test cases: versioned like jobs (a stale write fails with `CONFLICT`, changing nothing),
 * listed per call flow, oldest first.
 */
export class TestCaseCollection {
  private readonly items = new Map<string, TestCase>();

  has(id: string): boolean {
    return this.items.has(id);
  }

  all(): TestCase[] {
    return [...this.items.values()];
  }

  load(testCases: readonly TestCase[]): void {
    this.items.clear();
    for (const test of testCases) this.items.set(test.id, test);
  }

  get(id: string): TestCase {
    const test = this.items.get(id);
    if (!test) throw testCaseNotFound();
    return test;
  }

  /** The flow's test cases, oldest first. */
  ofFlow(callFlowId: string): TestCase[] {
    return sortTestCases(this.all().filter((test) => test.callFlowId === callFlowId));
  }

  /**
   * Validates first, then refuses an unknown flow (`NOT_FOUND`), then a full one, as the server does: a broken input
   * is told what is wrong with it whatever else is.
   */
  create(input: unknown, id: string, now: string, flowExists: (id: string) => boolean): TestCase {
    const parsed = parseOrThrow(TestCaseInputSchema, input, 'test case');
    if (!flowExists(parsed.callFlowId)) throw callFlowNotFound();
    refuseFullTestSuite(this.all().filter((test) => test.callFlowId === parsed.callFlowId).length);
    const test: TestCase = { ...parsed, id, version: 1, createdAt: now, updatedAt: now };
    this.items.set(id, test);
    return test;
  }

  /** Returns the stored test case; an update that changes nothing keeps the version. */
  update(id: string, patch: unknown, expectedVersion: number, now: string): TestCase {
    const current = this.checkVersion(id, expectedVersion);
    const changes = changedTestCaseFields(current, parseOrThrow(TestCasePatchSchema, patch, 'test case'));
    if (!changes) return current;
    const next: TestCase = { ...current, ...changes, version: current.version + 1, updatedAt: now };
    this.items.set(id, next);
    return next;
  }

  checkVersion(id: string, expectedVersion: number): TestCase {
    const current = this.get(id);
    if (current.version !== expectedVersion) throw testCaseConflict(current, expectedVersion);
    return current;
  }

  delete(id: string): void {
    this.items.delete(id);
  }

  /** Stores a test case as given, with its version (a write made elsewhere). */
  put(test: TestCase): void {
    this.items.set(test.id, test);
  }
}
