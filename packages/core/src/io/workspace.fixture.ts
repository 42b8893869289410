import { CallFlowSchema } from '../model/callFlow';
import { CallSummarySchema } from '../model/callSummary';
import type { FlowGraph } from '../model/graph';
import { JobSchema } from '../model/job';
import { KnowledgePageSchema } from '../model/knowledge';
import { createStarterGraph, createStep } from '../model/steps';
import { TestCaseSchema } from '../model/testCase';
import type { WorkspaceData } from './types';

const T0 = '2026-01-05T09:00:00.000Z';
const T1 = '2026-01-06T14:30:00.000Z';

function draftGraph(): FlowGraph {
  const graph = createStarterGraph();
  const sona = graph.steps.find((step) => step.kind === 'sona');
  if (sona?.kind === 'sona') {
    sona.title = 'Front desk';
    sona.greeting = 'Bonjour, vous êtes chez Café Lumière 👋';
    sona.jobIds = ['job-message', 'job-booking'];
    sona.knowledgeIds = ['kn-hours'];
  }
  graph.steps.push(
    createStep('business-hours', 'hours', { x: 300, y: 0 }),
    createStep('end', 'end', { x: 0, y: 320 }),
  );
  graph.edges.push({ id: 'e-sona-done', source: 'sona-1', output: 'done', target: 'end' });
  return graph;
}

/** The graph as first published: one job only, so drafts and revisions differ. */
function publishedGraph(): FlowGraph {
  const graph = createStarterGraph();
  const sona = graph.steps.find((step) => step.kind === 'sona');
  if (sona?.kind === 'sona') {
    sona.jobIds = ['job-message'];
    sona.knowledgeIds = ['kn-hours'];
  }
  return graph;
}

/**
 * A small but rich workspace for io tests: a flow whose draft's Sona step has 2 jobs and 1 knowledge page, a
 * published revision, an unused job and page, a second unpublished flow, one call summary and one test case.
 */
export function richWorkspace(): WorkspaceData {
  const job = (id: string, name: string, trigger: string) =>
    JobSchema.parse({
      id,
      name,
      description: 'Used in io tests.',
      trigger,
      instructions: '1. Greet the caller.\n2. Ask what they need.\n3. Confirm before ending.',
      version: 2,
      createdAt: T0,
      updatedAt: T1,
    });
  const page = (id: string, title: string, content: string) =>
    KnowledgePageSchema.parse({ id, title, content, version: 1, createdAt: T0, updatedAt: T0 });
  const revision = { revision: 1, graph: publishedGraph(), publishedAt: T1 };
  return {
    jobs: [
      job('job-message', 'Prendre un message ✉️', 'The caller wants to leave a message'),
      job('job-booking', 'Book an appointment', 'The caller wants an appointment'),
      { ...job('job-unused', 'Escalate to a manager', ''), templateId: 'escalate-to-manager' },
    ],
    knowledge: [
      page('kn-hours', 'Opening hours', 'Mon–Fri 9:00–17:00.\nClosed on public holidays.'),
      page('kn-prices', 'Prices', 'Espresso 2 €, croissant 1,50 €.'),
    ],
    callFlows: [
      CallFlowSchema.parse({
        id: 'flow-main',
        name: 'Main line',
        phoneNumber: '+33 1 23 45 67 89',
        version: 4,
        draft: draftGraph(),
        published: revision,
        revisions: [revision],
        createdAt: T0,
        updatedAt: T1,
      }),
      CallFlowSchema.parse({
        id: 'flow-after-hours',
        name: 'After hours',
        version: 1,
        draft: createStarterGraph(),
        published: null,
        revisions: [],
        createdAt: T0,
        updatedAt: T0,
      }),
    ],
    callSummaries: [
      CallSummarySchema.parse({
        id: 'call-1',
        callFlowId: 'flow-main',
        stepId: 'sona-1',
        source: 'draft',
        caller: '+33 6 12 34 56 78',
        intent: 'Leave a message for the owner',
        jobId: 'job-message',
        collected: { name: 'Élodie', 'callback number': '+33 6 12 34 56 78' },
        actions: [{ type: 'sms', detail: 'Thanks, we got your message.' }],
        outcome: 'message-taken',
        turns: 4,
        transcript: [
          { speaker: 'sona', text: 'Bonjour !' },
          { speaker: 'caller', text: 'I would like to leave a message.' },
        ],
        createdAt: T1,
      }),
    ],
    testCases: [
      TestCaseSchema.parse({
        id: 'test-message',
        callFlowId: 'flow-main',
        name: 'A message reaches the owner',
        call: {
          at: '2026-12-25T10:00:00+01:00',
          callerNumber: '+33 6 12 34 56 78',
          keys: [],
          answered: false,
          messages: ['I would like to leave a message.'],
        },
        expectations: [
          { kind: 'reaches-step', stepId: 'sona-1' },
          { kind: 'job-fires', jobId: 'job-message' },
        ],
        version: 1,
        createdAt: T1,
        updatedAt: T1,
      }),
    ],
  };
}

/** The value, or a test failure naming what was missing. */
export function present<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`Expected a ${what} in the test workspace.`);
  return value;
}
