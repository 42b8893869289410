import type { ChangeEvent, TestCase } from '@sona-designer/core';
import {
  callFlowNotFound,
  changedTestCaseFields,
  parseOrThrow,
  refuseFullTestSuite,
  TestCaseInputSchema,
  TestCasePatchSchema,
  testCaseConflict,
  testCaseNotFound,
} from '@sona-designer/core/backend';
import type { Queryable } from '../db/types';
import { TEST_CASE_COLUMNS, type TestCaseRow, toTestCase } from './rows';
import type { WorkspaceOperations } from './types';

/** A JSON document as a statement parameter: sent as text, cast to jsonb in SQL (`$n::text::jsonb`). */
const asJson = (value: unknown): string => JSON.stringify(value);

type TestCaseOperations = Pick<
  WorkspaceOperations,
  'listTestCases' | 'createTestCase' | 'updateTestCase' | 'deleteTestCase'
>;

/** What the test case operations need from the Postgres store of one workspace. */
export interface TestCaseStoreContext {
  ws: string;
  db: Queryable;
  /** Runs one write in one transaction and appends its events (the store's `write`). */
  write<T>(work: (tx: Queryable) => Promise<{ value: T; events: ChangeEvent[] }>): Promise<T>;
  now(): string;
  newId(prefix: string): string;
}

/** Every test case of the workspace, each flow's oldest first (for the snapshot an export or import reads). */
export async function selectTestCases(q: Queryable, ws: string): Promise<TestCase[]> {
  const { rows } = await q.query<TestCaseRow>(
    `SELECT ${TEST_CASE_COLUMNS} FROM test_cases WHERE workspace_id = $1 ORDER BY created_at, position`,
    [ws],
  );
  return rows.map(toTestCase);
}

/**
 * One flow's test cases, oldest first (the order the in-memory adapter lists them). With `lock` (`FOR SHARE`), they
 * cannot be changed or deleted by another transaction until this one ends.
 */
export async function selectFlowTestCases(
  q: Queryable,
  ws: string,
  callFlowId: string,
  lock = '',
): Promise<TestCase[]> {
  const { rows } = await q.query<TestCaseRow>(
    `SELECT ${TEST_CASE_COLUMNS} FROM test_cases WHERE workspace_id = $1 AND call_flow_id = $2
     ORDER BY created_at, position ${lock}`,
    [ws, callFlowId],
  );
  return rows.map(toTestCase);
}

/** Inserts test cases as given (with their ids and versions), in order: an import. */
export async function insertTestCases(q: Queryable, ws: string, testCases: TestCase[]): Promise<void> {
  if (testCases.length === 0) return;
  await q.query(
    `INSERT INTO test_cases (workspace_id, id, call_flow_id, name, call, expectations, version, created_at, updated_at)
     SELECT $1, x.id, x.call_flow_id, x.name, x.call, x.expectations, x.version, x.created_at, x.updated_at
     FROM jsonb_to_recordset($2::text::jsonb) AS x(id text, call_flow_id text, name text, call jsonb,
       expectations jsonb, version integer, created_at text, updated_at text)`,
    [
      ws,
      asJson(
        testCases.map((test) => ({
          id: test.id,
          call_flow_id: test.callFlowId,
          name: test.name,
          call: test.call,
          expectations: test.expectations,
          version: test.version,
          created_at: test.createdAt,
          updated_at: test.updatedAt,
        })),
      ),
    ],
  );
}

/**
 * The test case operations of one workspace, in SQL, with the rules and messages of the in-memory adapter: every write
 * is one transaction checking the version in SQL and appending its event.
 */
export function testCaseOperations({ ws, db, write, now, newId }: TestCaseStoreContext): TestCaseOperations {
  async function findTestCase(q: Queryable, id: string, lock = ''): Promise<TestCase> {
    const { rows } = await q.query<TestCaseRow>(
      `SELECT ${TEST_CASE_COLUMNS} FROM test_cases WHERE workspace_id = $1 AND id = $2 ${lock}`,
      [ws, id],
    );
    const row = rows[0];
    if (!row) throw testCaseNotFound();
    return toTestCase(row);
  }

  async function checked(q: Queryable, id: string, expectedVersion: number, lock = ''): Promise<TestCase> {
    const current = await findTestCase(q, id, lock);
    if (current.version !== expectedVersion) throw testCaseConflict(current, expectedVersion);
    return current;
  }

  return {
    async listTestCases(callFlowId) {
      const flow = await db.query('SELECT 1 FROM call_flows WHERE workspace_id = $1 AND id = $2', [
        ws,
        callFlowId,
      ]);
      if (flow.rows.length === 0) throw callFlowNotFound();
      return selectFlowTestCases(db, ws, callFlowId);
    },
    createTestCase: (input) =>
      write(async (tx) => {
        const parsed = parseOrThrow(TestCaseInputSchema, input, 'test case');
        // Locks the flow against other test case writers until commit, so two saves cannot both take the last place.
        const flow = await tx.query(
          'SELECT 1 FROM call_flows WHERE workspace_id = $1 AND id = $2 FOR NO KEY UPDATE',
          [ws, parsed.callFlowId],
        );
        if (flow.rows.length === 0) throw callFlowNotFound();
        const count = await tx.query<{ count: number | string }>(
          'SELECT count(*) AS count FROM test_cases WHERE workspace_id = $1 AND call_flow_id = $2',
          [ws, parsed.callFlowId],
        );
        refuseFullTestSuite(Number(count.rows[0]?.count ?? 0));
        const timestamp = now();
        const test: TestCase = {
          ...parsed,
          id: newId('test'),
          version: 1,
          createdAt: timestamp,
          updatedAt: timestamp,
        };
        await insertTestCases(tx, ws, [test]);
        return {
          value: test,
          events: [{ type: 'test-case-created', id: test.id, callFlowId: test.callFlowId, version: 1 }],
        };
      }),
    updateTestCase: (id, patch, expectedVersion) =>
      write(async (tx) => {
        const current = await checked(tx, id, expectedVersion);
        const changes = changedTestCaseFields(current, parseOrThrow(TestCasePatchSchema, patch, 'test case'));
        if (!changes) return { value: current, events: [] };
        const next: TestCase = { ...current, ...changes, version: current.version + 1, updatedAt: now() };
        const result = await tx.query(
          `UPDATE test_cases SET name = $4, call = $5::text::jsonb, expectations = $6::text::jsonb, version = $7,
             updated_at = $8 WHERE workspace_id = $1 AND id = $2 AND version = $3`,
          [
            ws,
            id,
            expectedVersion,
            next.name,
            asJson(next.call),
            asJson(next.expectations),
            next.version,
            next.updatedAt,
          ],
        );
        if (result.rowCount === 0) throw testCaseConflict(await findTestCase(tx, id), expectedVersion);
        return {
          value: next,
          events: [{ type: 'test-case-updated', id, callFlowId: next.callFlowId, version: next.version }],
        };
      }),
    deleteTestCase: (id, expectedVersion) =>
      write(async (tx) => {
        const current = await checked(tx, id, expectedVersion, 'FOR UPDATE');
        await tx.query('DELETE FROM test_cases WHERE workspace_id = $1 AND id = $2 AND version = $3', [
          ws,
          id,
          expectedVersion,
        ]);
        return {
          value: undefined,
          events: [{ type: 'test-case-deleted', id, callFlowId: current.callFlowId }],
        };
      }),
  };
}
