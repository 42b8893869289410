import { describe, expect, test } from 'vitest';
import { CallSummarySchema } from '..';
import { createInMemoryAdapter } from '../memory';
import { callSummaries, DEMO_CALLS, recordDemoCall } from './callSummaries';
import { demoWorkspace } from './workspace';

describe('the demo’s recorded call summaries', () => {
  test('are what the local simulator engine produces for the scripted calls, and valid summaries', () => {
    expect(callSummaries).toHaveLength(DEMO_CALLS.length);
    DEMO_CALLS.forEach((call, i) => {
      expect(recordDemoCall(call)).toEqual(callSummaries[i]);
      expect(CallSummarySchema.safeParse(callSummaries[i]).error?.issues ?? []).toEqual([]);
    });
  });

  test('show drafts and published versions, and each outcome a person should recognise', () => {
    expect(
      callSummaries.map(({ id, source, jobId, outcome, actions }) => ({
        id,
        source,
        jobId,
        outcome,
        actions: actions.map((action) => action.type),
      })),
    ).toEqual([
      {
        id: 'call-demo-1',
        source: 'published',
        jobId: 'job-book-service',
        outcome: 'appointment-booked',
        actions: ['sms'],
      },
      {
        id: 'call-demo-2',
        source: 'published',
        jobId: 'job-quote-request',
        outcome: 'lead-qualified',
        actions: [],
      },
      {
        id: 'call-demo-3',
        source: 'published',
        jobId: 'job-take-message',
        outcome: 'message-taken',
        actions: [],
      },
      {
        id: 'call-demo-4',
        source: 'draft',
        jobId: 'job-technician-eta',
        outcome: 'transferred',
        actions: ['transfer'],
      },
      { id: 'call-demo-5', source: 'draft', jobId: 'job-no-heat', outcome: 'abandoned', actions: [] },
      { id: 'call-demo-6', source: 'draft', jobId: null, outcome: 'no-match', actions: [] },
    ]);
    expect(callSummaries.find((summary) => summary.id === 'call-demo-2')).toMatchObject({
      caller: 'Marie Gagnon',
      collected: { email: 'marie.gagnon@example.com', 'phone number': '514 555 0101' },
    });
  });

  test('are listed by the in-memory adapter seeded with the demo workspace, newest first', async () => {
    const adapter = createInMemoryAdapter({ seed: demoWorkspace });
    const page = await adapter.listCallSummaries({ source: 'draft' });
    expect(page.items.map((summary) => summary.id)).toEqual(['call-demo-6', 'call-demo-5', 'call-demo-4']);
  });
});
