import type { CallSummaryInput } from '../model/callSummary';
import type { FlowGraph, SonaStep } from '../model/graph';
import type { JobInput } from '../model/job';
import type { KnowledgeInput } from '../model/knowledge';
import { createStep } from '../model/steps';
import type { TestCaseInput } from '../model/testCase';

/** A valid job to create; override any field. */
export function jobInput(overrides: Partial<JobInput> = {}): JobInput {
  return {
    name: 'Take a message',
    description: 'When nobody can answer',
    trigger: 'The caller wants to leave a message',
    instructions: '1. Ask for the caller’s name.\n2. Ask for their number.\n3. Read the message back.',
    ...overrides,
  };
}

/** A valid knowledge page to create; override any field. */
export function knowledgeInput(overrides: Partial<KnowledgeInput> = {}): KnowledgeInput {
  return {
    title: 'Opening hours',
    content: 'We are open Monday to Friday, 9:00 to 17:00.',
    ...overrides,
  };
}

/** A valid call summary for a Sona step of a call flow; override any field. */
export function callSummaryInput(
  callFlowId: string,
  stepId: string,
  overrides: Partial<CallSummaryInput> = {},
): CallSummaryInput {
  return {
    callFlowId,
    stepId,
    source: 'draft',
    simulated: true,
    caller: 'Alex Martin',
    intent: 'Leave a message for the manager',
    jobId: null,
    collected: { name: 'Alex Martin' },
    actions: [],
    outcome: 'message-taken',
    turns: 4,
    transcript: [
      { speaker: 'caller', text: 'Hello, can I leave a message?' },
      { speaker: 'sona', text: 'Of course, what is your name?' },
    ],
    ...overrides,
  };
}

/** A valid test case of a call flow (a Christmas call leaving a message); override any field. */
export function testCaseInput(callFlowId: string, overrides: Partial<TestCaseInput> = {}): TestCaseInput {
  return {
    callFlowId,
    name: 'Christmas call goes to voicemail',
    call: {
      at: '2026-12-25T10:00:00-05:00',
      callerNumber: '+1 514 555 0199',
      keys: ['1'],
      answered: false,
      messages: ['Hello, I would like to leave a message.'],
    },
    expectations: [
      { kind: 'outcome', outcome: 'message-taken' },
      { kind: 'reply-contains', text: 'message', turn: 1 },
    ],
    ...overrides,
  };
}

/** The Sona steps of a graph, in order. */
export function sonaSteps(graph: FlowGraph): SonaStep[] {
  return graph.steps.filter((step): step is SonaStep => step.kind === 'sona');
}

/** The id of the first Sona step; throws when the graph has none. */
export function firstSonaStepId(graph: FlowGraph): string {
  const step = sonaSteps(graph)[0];
  if (!step) throw new Error('The graph has no Sona step: build it from a new call flow’s draft.');
  return step.id;
}

/** A copy of the graph whose Sona step `stepId` holds exactly `jobIds` (no limit applied, to test the backend's). */
export function withJobIds(graph: FlowGraph, stepId: string, jobIds: string[]): FlowGraph {
  return {
    ...structuredClone(graph),
    steps: graph.steps.map((step) =>
      step.id === stepId && step.kind === 'sona'
        ? { ...structuredClone(step), jobIds: [...jobIds] }
        : structuredClone(step),
    ),
  };
}

/** A copy of the graph whose Sona step `stepId` holds exactly `knowledgeIds`. */
export function withKnowledgeIds(graph: FlowGraph, stepId: string, knowledgeIds: string[]): FlowGraph {
  return {
    ...structuredClone(graph),
    steps: graph.steps.map((step) =>
      step.id === stepId && step.kind === 'sona'
        ? { ...structuredClone(step), knowledgeIds: [...knowledgeIds] }
        : structuredClone(step),
    ),
  };
}

/** A copy of the graph with the Sona step's greeting changed: a visible edit that keeps the graph publishable. */
export function withGreeting(graph: FlowGraph, stepId: string, greeting: string): FlowGraph {
  return {
    ...structuredClone(graph),
    steps: graph.steps.map((step) =>
      step.id === stepId && step.kind === 'sona'
        ? { ...structuredClone(step), greeting }
        : structuredClone(step),
    ),
  };
}

/**
 * A copy of the graph where the Sona step hands over to a forward step with no number: valid as a draft,
 * but `validateGraph` reports an error, so publishing must refuse it.
 */
export function withUnpublishableForward(graph: FlowGraph, stepId: string): FlowGraph {
  const forward = createStep('forward', `${stepId}-forward`, { x: 0, y: 320 });
  return {
    ...structuredClone(graph),
    steps: [...structuredClone(graph.steps), forward],
    edges: [
      ...structuredClone(graph.edges),
      { id: `${stepId}-done-forward`, source: stepId, output: 'done', target: forward.id },
    ],
  };
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
