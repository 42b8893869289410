import { describe, expect, it } from 'vitest';
import type { FlowGraph } from '../model/graph';
import { createStep } from '../model/steps';
import { mainLine } from './graphs.fixture';
import { hasUnpublishedChanges, pendingChanges } from './pendingChanges';

const published = (graph: FlowGraph) => ({ graph, revision: 1, publishedAt: '2026-01-01T00:00:00.000Z' });
const names = {
  jobs: [
    { id: 'job-c', name: 'Book an appointment' },
    { id: 'job-a', name: 'Take a message' },
  ],
};

function edit(mutate: (graph: FlowGraph) => void): FlowGraph {
  const graph = structuredClone(mainLine());
  mutate(graph);
  return graph;
}

describe('pendingChanges', () => {
  it('says a never-published flow goes live whole', () => {
    expect(pendingChanges({ draft: mainLine(), published: null })).toEqual([
      expect.objectContaining({
        kind: 'first-publish',
        message: 'Never published: publishing puts all 5 steps live.',
      }),
    ]);
  });

  it('is empty when the draft equals the published graph', () => {
    const flow = { draft: mainLine(), published: published(mainLine()) };
    expect(pendingChanges(flow)).toEqual([]);
    expect(hasUnpublishedChanges(flow)).toBe(false);
  });

  it('lists jobs attached and detached per Sona step, by name', () => {
    const draft = edit((graph) => {
      const sona = graph.steps.find((step) => step.kind === 'sona');
      if (sona?.kind === 'sona') sona.jobIds = ['job-b', 'job-c'];
    });
    const messages = pendingChanges({ draft, published: published(mainLine()) }, names).map(
      (change) => change.message,
    );
    expect(messages).toEqual([
      'Attached the job “Book an appointment” to “Front desk”.',
      'Detached the job “Take a message” from “Front desk”.',
    ]);
  });

  it('lists steps added, removed and changed, with the settings that changed', () => {
    const draft = edit((graph) => {
      const sona = graph.steps.find((step) => step.kind === 'sona');
      if (sona?.kind === 'sona') {
        sona.greeting = 'Hello!';
        sona.conversationHistory = false;
      }
      graph.steps = graph.steps.filter((step) => step.id !== 'vm');
      graph.edges = graph.edges.filter((edge) => edge.target !== 'vm');
      graph.steps.push(createStep('ring-users', 'ring', { x: 0, y: 0 }, 'Ring the office'));
      graph.edges.push({ id: 'e9', source: 'hours', output: 'closed', target: 'ring' });
    });
    const changes = pendingChanges({ draft, published: published(mainLine()) });
    expect(changes.map((change) => change.message)).toEqual([
      'Changed the greeting and conversation history of “Front desk”.',
      'Added “Ring the office”.',
      'Removed “Voicemail”.',
    ]);
    expect(hasUnpublishedChanges({ draft, published: published(mainLine()) })).toBe(true);
  });

  it('lists rewired connections and layout moves, and layout alone is not an unpublished change', () => {
    const rewired = edit((graph) => {
      const edge = graph.edges.find((candidate) => candidate.id === 'e4');
      if (edge) edge.target = 'vm';
    });
    expect(pendingChanges({ draft: rewired, published: published(mainLine()) }).map((c) => c.kind)).toEqual([
      'connection-added',
      'connection-removed',
    ]);
    const moved = edit((graph) => {
      const step = graph.steps[0];
      if (step) step.position = { x: 40, y: 40 };
    });
    const flow = { draft: moved, published: published(mainLine()) };
    expect(pendingChanges(flow)).toEqual([expect.objectContaining({ kind: 'steps-moved', count: 1 })]);
    expect(hasUnpublishedChanges(flow)).toBe(false);
  });

  it('notices a new order of jobs', () => {
    const draft = edit((graph) => {
      const sona = graph.steps.find((step) => step.kind === 'sona');
      if (sona?.kind === 'sona') sona.jobIds = ['job-b', 'job-a'];
    });
    expect(pendingChanges({ draft, published: published(mainLine()) }).map((c) => c.kind)).toEqual([
      'jobs-reordered',
    ]);
  });

  it('lists a flow setting turned on or off, and an absent setting is the same as off', () => {
    const on = edit((graph) => {
      graph.settings = { requirePassingTests: true };
    });
    const turnedOn = { draft: on, published: published(mainLine()) };
    expect(pendingChanges(turnedOn)).toEqual([
      {
        kind: 'settings-changed',
        fields: ['requirePassingTests'],
        message: 'Turned on “require passing tests before publishing”.',
      },
    ]);
    expect(hasUnpublishedChanges(turnedOn)).toBe(true);
    expect(pendingChanges({ draft: mainLine(), published: published(on) })).toEqual([
      expect.objectContaining({
        kind: 'settings-changed',
        message: 'Turned off “require passing tests before publishing”.',
      }),
    ]);
    const off = edit((graph) => {
      graph.settings = { requirePassingTests: false };
    });
    expect(hasUnpublishedChanges({ draft: off, published: published(mainLine()) })).toBe(false);
    expect(hasUnpublishedChanges({ draft: on, published: published(on) })).toBe(false);
  });
});
