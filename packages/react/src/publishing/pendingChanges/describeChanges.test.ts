import { createStep, diffGraphs, type FlowGraph, pendingChanges } from '@sona-designer/core';
import { describe, expect, test } from 'vitest';
import { en, type Locale } from '../../i18n';
import { fr } from '../../i18n/locales/fr';
import { describeChanges } from './describeChanges';

const names = { 'job-a': 'Take a message', 'job-b': 'Book a visit' } as Record<string, string>;

function context(locale: Locale = 'en') {
  return {
    locale,
    messages: locale === 'fr' ? fr : en,
    jobName: (id: string) => names[id] ?? '…',
    knowledgeName: () => 'Opening hours',
  };
}

function graph(): FlowGraph {
  return {
    steps: [
      createStep('incoming-call', 'start', { x: 0, y: 0 }),
      {
        ...createStep('phone-menu', 'menu', { x: 0, y: 100 }, 'Main menu'),
        options: [{ digit: '1', label: 'Sales' }],
      },
      { ...createStep('sona', 'desk', { x: 0, y: 200 }, 'Front desk'), jobIds: ['job-a'], greeting: 'Hello' },
      createStep('end', 'end', { x: 0, y: 300 }),
    ],
    edges: [
      { id: 'e1', source: 'start', output: 'next', target: 'menu' },
      { id: 'e2', source: 'menu', output: 'option-1', target: 'desk' },
    ],
  };
}

function edited(): FlowGraph {
  const before = graph();
  return {
    steps: before.steps.map((step) =>
      step.kind === 'sona'
        ? {
            ...step,
            title: 'Reception',
            greeting: 'Bonjour',
            conversationHistory: !step.conversationHistory,
            jobIds: ['job-a', 'job-b'],
            position: { x: 40, y: 200 },
          }
        : step,
    ),
    edges: [...before.edges, { id: 'e3', source: 'desk', output: 'done', target: 'end' }],
  };
}

describe('describeChanges', () => {
  test('words what publishing changes, grouped by step, with output labels and job names', () => {
    const before = graph();
    const after = edited();
    const groups = describeChanges(diffGraphs(before, after), before, after, context(), 'publish');

    expect(
      groups.map((group) => [group.title, group.kind, group.changes.map((change) => change.text)]),
    ).toEqual([
      [
        'Reception',
        'sona',
        [
          'Renamed (was “\u2068Front desk\u2069”)',
          'Greeting and conversation history changed',
          'Job attached: “\u2068Book a visit\u2069”',
          'New connection: \u2068Done\u2069 → “\u2068End call\u2069”',
        ],
      ],
      ['Layout', undefined, ['1 step moved on the canvas (layout only)']],
    ]);
  });

  test('speaks French, with the locale’s list words', () => {
    const before = graph();
    const after = edited();
    const [desk] = describeChanges(diffGraphs(before, after), before, after, context('fr'), 'publish');

    expect(desk?.changes.map((change) => change.text.replace(/\u00a0/g, ' '))).toEqual([
      'Renommée (avant : « \u2068Front desk\u2069 »)',
      'Modifié : message d’accueil et historique de conversation',
      'Tâche associée : « \u2068Book a visit\u2069 »',
      'Nouvelle connexion : \u2068Terminé\u2069 → « \u2068End call\u2069 »',
    ]);
  });

  test('compares their version with mine: where each thing exists, and both values of simple settings', () => {
    const theirs = edited();
    const mine = graph();
    const [desk] = describeChanges(diffGraphs(theirs, mine), theirs, mine, context(), 'conflict');

    expect(desk?.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          text: 'Greeting',
          tag: 'different',
          values: { theirs: 'Bonjour', yours: 'Hello' },
        }),
        expect.objectContaining({ text: 'Conversation history', values: { theirs: 'Off', yours: 'On' } }),
        expect.objectContaining({ text: 'Job “\u2068Book a visit\u2069”', tag: 'theirs' }),
        expect.objectContaining({ text: '\u2068Done\u2069 → “\u2068End call\u2069”', tag: 'theirs' }),
      ]),
    );
  });

  test('a first publish puts every step live', () => {
    const draft = graph();
    const groups = describeChanges(
      pendingChanges({ draft, published: null }),
      { steps: [], edges: [] },
      draft,
      context(),
      'publish',
    );

    expect(groups).toEqual([
      expect.objectContaining({
        title: 'Call flow',
        changes: [expect.objectContaining({ text: 'First publish: all 4 steps of the call flow go live.' })],
      }),
    ]);
  });
});
