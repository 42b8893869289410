import type { FlowGraph } from '@sona-designer/core';
import { createHttpAdapter } from '@sona-designer/core/http';
import { callSummaryInput, firstSonaStepId, jobInput, knowledgeInput } from '@sona-designer/core/testing';
import { createServer, createTokenAuthenticator, type SonaServer } from '@sona-designer/server';
import { afterAll, beforeAll, expect, it } from 'vitest';

// What an attacker would type, in every text field of every record, through the HTTP API into the embedded Postgres:
// stored and returned exactly as typed, never executed or interpreted, and the workspace's tables are still there.
const HOSTILE = [
  `Robert'); DROP TABLE jobs; --`,
  `' OR '1'='1' /* <script>alert(document.cookie)</script> */`,
  `$1; SELECT pg_sleep(10); -- \\x00 \\' "quoted" <img src=x onerror=alert(1)>`,
];

const tokens = createTokenAuthenticator({ secret: 'hostile-payload-test-secret-0123' });
let server: SonaServer;

beforeAll(async () => {
  server = await createServer({ database: 'memory://', authenticate: tokens.authenticate });
});
afterAll(() => server?.close());

async function adapterFor(workspaceId: string) {
  const token = await tokens.sign({ workspaceId, userId: 'attacker', role: 'editor' });
  return createHttpAdapter({ baseUrl: 'http://test', getToken: () => token, fetch: server.fetch });
}

it.each(HOSTILE.map((text, index) => [index, text]))(
  'stores payload %i verbatim in every text field',
  async (index, text) => {
    const adapter = await adapterFor(`hostile-${index}`);
    const job = await adapter.createJob(
      jobInput({ name: text, description: text, trigger: text, instructions: text }),
    );
    expect(await adapter.getJob(job.id)).toMatchObject({
      name: text,
      description: text,
      trigger: text,
      instructions: text,
    });
    const found = await adapter.listJobs({ query: text.slice(0, 12) });
    expect(found.items.map((item) => item.id)).toEqual([job.id]);

    const page = await adapter.createKnowledge(knowledgeInput({ title: text, content: text }));
    expect(await adapter.getKnowledge(page.id)).toMatchObject({ title: text, content: text });

    const flow = await adapter.createCallFlow({ name: text });
    const stepId = firstSonaStepId(flow.draft);
    const draft: FlowGraph = {
      ...flow.draft,
      steps: flow.draft.steps.map((step) =>
        step.id === stepId && step.kind === 'sona'
          ? { ...step, title: text, greeting: text, jobIds: [job.id], knowledgeIds: [page.id] }
          : step,
      ),
    };
    const saved = await adapter.saveDraft(flow.id, draft, flow.version);
    const stored = await adapter.getCallFlow(flow.id);
    expect(stored.name).toBe(text);
    expect(stored.draft).toEqual(saved.draft);
    expect(stored.draft.steps.find((step) => step.id === stepId)).toMatchObject({
      title: text,
      greeting: text,
    });

    const summary = await adapter.recordCallSummary(
      callSummaryInput(flow.id, stepId, {
        caller: text,
        intent: text,
        collected: { [text]: text },
        transcript: [{ speaker: 'caller', text }],
      }),
    );
    const summaries = await adapter.listCallSummaries({ callFlowId: flow.id });
    expect(summaries.items).toEqual([summary]);
    expect(summaries.items[0]).toMatchObject({ caller: text, intent: text, collected: { [text]: text } });

    // Nothing was executed: the export still holds everything, and another workspace is untouched and empty.
    const exported = await adapter.exportWorkspace();
    expect(exported.jobs).toHaveLength(1);
    expect(exported.callFlows).toHaveLength(1);
    expect((await (await adapterFor(`bystander-${index}`)).listJobs()).total).toBe(0);
    adapter.close();
  },
);
