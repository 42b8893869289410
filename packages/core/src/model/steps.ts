import type { FlowGraph, Step, StepKind, StepOf } from './graph';

/**
 * A named output of a step, as `stepOutputs` lists them: where a connection (`FlowEdge.output`) can start.
 */
export interface StepOutput {
  /** The value an edge's `output` holds. */
  id: string;
  /** English label; UIs localise by `id` (option outputs carry their digit). */
  label: string;
  /** Optional outputs may stay unconnected without a warning. */
  optional?: boolean;
}

const FIXED_OUTPUTS: Record<Exclude<StepKind, 'phone-menu'>, StepOutput[]> = {
  'incoming-call': [{ id: 'next', label: 'Next' }],
  'business-hours': [
    { id: 'open', label: 'During hours' },
    { id: 'closed', label: 'After hours' },
  ],
  'ring-users': [{ id: 'no-answer', label: 'No answer' }],
  sona: [
    { id: 'done', label: 'Done' },
    { id: 'transfer', label: 'Hand off', optional: true },
  ],
  voicemail: [],
  'play-audio': [{ id: 'next', label: 'Next' }],
  forward: [],
  end: [],
};

/**
 * The output id of a phone menu option, e.g. `option-1` for key `1`: connect an edge from it to route that
 * key.
 */
export function menuOptionOutputId(digit: string): string {
  return `option-${digit}`;
}

/** The named outputs of a step, one per handle on the canvas. A step with none ends the call's path. */
export function stepOutputs(step: Step): StepOutput[] {
  if (step.kind === 'phone-menu') {
    return [
      ...step.options.map((option) => ({
        id: menuOptionOutputId(option.digit),
        label: `Press ${option.digit}`,
      })),
      { id: 'no-input', label: 'No input' },
    ];
  }
  return FIXED_OUTPUTS[step.kind];
}

/** Steps whose part of the call ends there: nothing after them can run. */
export function endsCall(step: Step): boolean {
  return step.kind === 'end' || step.kind === 'voicemail' || step.kind === 'forward';
}

/** The English title a new step of each kind gets (`createStep`) when none is given. */
export const DEFAULT_STEP_TITLES: Record<StepKind, string> = {
  'incoming-call': 'Incoming call',
  'business-hours': 'Business hours',
  'phone-menu': 'Phone menu',
  'ring-users': 'Ring users',
  sona: 'Sona',
  voicemail: 'Voicemail',
  'play-audio': 'Play audio',
  forward: 'Forward',
  end: 'End call',
};

const WORKDAY = [{ start: '09:00', end: '17:00' }];

/** A new step of a kind with sensible defaults, ready to drop on the canvas. */
export function createStep<K extends StepKind>(
  kind: K,
  id: string,
  position = { x: 0, y: 0 },
  title: string = DEFAULT_STEP_TITLES[kind],
): StepOf<K> {
  const base = { id, title, position };
  const byKind: { [Kind in StepKind]: StepOf<Kind> } = {
    'incoming-call': { ...base, kind: 'incoming-call' },
    'business-hours': {
      ...base,
      kind: 'business-hours',
      schedule: {
        timeZone: 'UTC',
        days: { mon: WORKDAY, tue: WORKDAY, wed: WORKDAY, thu: WORKDAY, fri: WORKDAY, sat: [], sun: [] },
        holidays: [],
      },
    },
    'phone-menu': {
      ...base,
      kind: 'phone-menu',
      prompt: '',
      options: [{ digit: '1', label: 'Option 1' }],
      timeoutSeconds: 8,
    },
    'ring-users': {
      ...base,
      kind: 'ring-users',
      strategy: 'all-at-once',
      targets: [],
      batchSize: 3,
      groups: [],
      ringSeconds: 30,
    },
    sona: { ...base, kind: 'sona', greeting: '', jobIds: [], knowledgeIds: [], conversationHistory: true },
    voicemail: { ...base, kind: 'voicemail', greeting: '' },
    'play-audio': { ...base, kind: 'play-audio', message: '' },
    forward: { ...base, kind: 'forward', phoneNumber: '' },
    end: { ...base, kind: 'end' },
  };
  return structuredClone(byKind[kind]) as StepOf<K>;
}

/** The draft every new call flow starts with: an incoming call connected to one Sona step. */
export function createStarterGraph(): FlowGraph {
  return {
    steps: [
      createStep('incoming-call', 'start', { x: 0, y: 0 }),
      createStep('sona', 'sona-1', { x: 0, y: 200 }, 'Sona'),
    ],
    edges: [{ id: 'e-start-next', source: 'start', output: 'next', target: 'sona-1' }],
  };
}

/** The step with this id in the graph, or `undefined`. */
export function findStep(graph: FlowGraph, stepId: string): Step | undefined {
  return graph.steps.find((step) => step.id === stepId);
}
