import type { FlowGraph, Step } from '../model/graph';
import { createStep } from '../model/steps';

/** A realistic main line: incoming → hours → (open) Sona front desk → end; (closed) voicemail. */
export function mainLine(): FlowGraph {
  const sona = {
    ...createStep('sona', 'front-desk', { x: 0, y: 300 }, 'Front desk'),
    jobIds: ['job-a', 'job-b'],
  };
  return {
    steps: [
      createStep('incoming-call', 'start'),
      createStep('business-hours', 'hours', { x: 0, y: 150 }),
      sona,
      createStep('voicemail', 'vm', { x: 300, y: 300 }),
      createStep('end', 'end', { x: 0, y: 450 }),
    ],
    edges: [
      { id: 'e1', source: 'start', output: 'next', target: 'hours' },
      { id: 'e2', source: 'hours', output: 'open', target: 'front-desk' },
      { id: 'e3', source: 'hours', output: 'closed', target: 'vm' },
      { id: 'e4', source: 'front-desk', output: 'done', target: 'end' },
    ],
  };
}

export function withStep(graph: FlowGraph, step: Step): FlowGraph {
  return { ...graph, steps: [...graph.steps, step] };
}

export function sonaWithJobs(count: number, id = 'front-desk'): Step {
  return {
    ...createStep('sona', id, { x: 0, y: 0 }, 'Front desk'),
    jobIds: Array.from({ length: count }, (_, index) => `job-${index + 1}`),
  };
}
