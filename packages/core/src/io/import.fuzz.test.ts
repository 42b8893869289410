import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CallFlowSchema } from '../model/callFlow';
import { CallSummarySchema } from '../model/callSummary';
import { JobSchema } from '../model/job';
import { KnowledgePageSchema } from '../model/knowledge';
import { TestCaseSchema } from '../model/testCase';
import { mutate, mutation } from './documentMutations.fixture';
import { exportWorkspace } from './export';
import { parseImportDocument } from './import';
import { richWorkspace } from './workspace.fixture';

const richExport = () =>
  JSON.parse(JSON.stringify(exportWorkspace(richWorkspace()))) as Record<string, unknown>;

describe('parseImportDocument on damaged documents', () => {
  it('never throws, locates every problem, and returns only valid data', () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
        fc.boolean(),
        (changes, truncateAt, asText) => {
          const doc = richExport();
          const mustReport = changes.map((change) => mutate(doc, change));
          const text = JSON.stringify(doc);
          const truncated = truncateAt === null ? null : text.slice(0, truncateAt % text.length);
          const input = truncated ?? (asText ? text : doc);

          const result = parseImportDocument(input);

          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          if (typeof input !== 'string') expect(JSON.stringify(input)).toBe(text);
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const problem of result.problems) {
              expect(problem.path).toMatch(/^\$/);
              expect(problem.message.trim()).not.toBe('');
            }
          } else {
            const { value } = result;
            expect(JobSchema.array().safeParse(value.jobs).success).toBe(true);
            expect(KnowledgePageSchema.array().safeParse(value.knowledge).success).toBe(true);
            expect(CallFlowSchema.array().safeParse(value.callFlows).success).toBe(true);
            expect(CallSummarySchema.array().safeParse(value.callSummaries).success).toBe(true);
            expect(TestCaseSchema.array().safeParse(value.testCases).success).toBe(true);
            const again = parseImportDocument(JSON.stringify(exportWorkspace(value)));
            expect(again.ok && again.value).toEqual(value);
          }
          if (truncated !== null) {
            expect(result).toEqual({ ok: false, problems: [{ path: '$', message: expect.any(String) }] });
          } else if (changes.length === 1 && mustReport[0]) {
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.problems.map((problem) => problem.path)).toContain(mustReport[0]);
          }
        },
      ),
      { numRuns: 600 },
    );
  }, 60_000);
});
