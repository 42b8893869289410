import {
  type CallFlow,
  createStarterGraph,
  createStep,
  type DesignerAdapter,
  type FlowGraph,
  type TestCase,
} from '@sona-designer/core';
import { demoWorkspace, JOB_IDS, KNOWLEDGE_IDS } from '@sona-designer/core/demo';
import { createInMemoryAdapter, type InMemoryAdapterOptions } from '@sona-designer/core/memory';
import type { ReactNode } from 'react';
import type { Locale } from '../i18n/messages';
import { DesignerProvider } from '../state/DesignerProvider';
import { FlowProvider } from '../state/flow/FlowProvider';
import { SchedulerContext } from '../state/flow/SchedulerContext';
import { realScheduler, type Scheduler } from '../state/flow/scheduler';

/** Ids of the call flows the fixtures add to the demo workspace (which has flow-main, flow-sales, flow-support). */
export const FIXTURE_FLOWS = {
  main: 'flow-main',
  sales: 'flow-sales',
  support: 'flow-support',
  fresh: 'flow-new',
  everyKind: 'flow-every-kind',
  errors: 'flow-errors',
} as const;

const STAMP = '2026-02-01T09:00:00.000Z';

function flow(id: string, name: string, draft: FlowGraph): CallFlow {
  return { id, name, version: 1, draft, published: null, revisions: [], createdAt: STAMP, updatedAt: STAMP };
}

/** One step of every kind, connected so the flow is valid. */
export function everyKindGraph(): FlowGraph {
  const menu = {
    ...createStep('phone-menu', 'menu', { x: -308, y: 414 }, 'Main menu'),
    prompt: 'For sales press 1, for support press 2.',
    options: [
      { digit: '1' as const, label: 'Sales' },
      { digit: '2' as const, label: 'Support' },
    ],
  };
  const ring = {
    ...createStep('ring-users', 'ring', { x: -480, y: 659 }, 'Ring sales'),
    targets: [
      { id: 'user-marc', name: 'Marc Dupont' },
      { id: 'user-sophie', name: 'Sophie Tremblay' },
    ],
  };
  const sona = {
    ...createStep('sona', 'sona', { x: -160, y: 659 }, 'Support desk'),
    greeting: 'Hello! Tell me what is going on and I will help.',
    jobIds: [JOB_IDS.noHeat, JOB_IDS.leak, JOB_IDS.takeMessage],
    knowledgeIds: [KNOWLEDGE_IDS.hours],
  };
  return {
    steps: [
      createStep('incoming-call', 'start', { x: 0, y: 0 }),
      createStep('business-hours', 'hours', { x: 0, y: 196 }),
      menu,
      ring,
      sona,
      {
        ...createStep('play-audio', 'promo', { x: 160, y: 414 }, 'Closed message'),
        message: 'We are closed.',
      },
      { ...createStep('voicemail', 'vm', { x: 160, y: 659 }, 'Voicemail'), greeting: 'Leave us a message.' },
      { ...createStep('forward', 'fwd', { x: -480, y: 969 }, 'Office line'), phoneNumber: '+15145550100' },
      createStep('end', 'end', { x: -160, y: 969 }),
    ],
    edges: [
      { id: 'e1', source: 'start', output: 'next', target: 'hours' },
      { id: 'e2', source: 'hours', output: 'open', target: 'menu' },
      { id: 'e3', source: 'hours', output: 'closed', target: 'promo' },
      { id: 'e4', source: 'menu', output: 'option-1', target: 'ring' },
      { id: 'e5', source: 'menu', output: 'option-2', target: 'sona' },
      { id: 'e6', source: 'menu', output: 'no-input', target: 'sona' },
      { id: 'e7', source: 'promo', output: 'next', target: 'vm' },
      { id: 'e8', source: 'ring', output: 'no-answer', target: 'fwd' },
      { id: 'e9', source: 'sona', output: 'done', target: 'end' },
    ],
  };
}

/** A flow with a problem of each common kind, to show validation on the nodes. */
export function errorsGraph(): FlowGraph {
  const graph = everyKindGraph();
  return {
    steps: graph.steps
      .map((step) => {
        if (step.kind === 'forward') return { ...step, phoneNumber: '' };
        if (step.kind === 'sona') return { ...step, jobIds: [], knowledgeIds: [] };
        return step;
      })
      .concat([createStep('play-audio', 'orphan', { x: 160, y: 969 }, 'Old promo')]),
    edges: graph.edges.filter((edge) => edge.id !== 'e9'),
  };
}

export interface FixtureOptions extends Omit<InMemoryAdapterOptions, 'seed'> {
  /** Saved tests to start with (none by default). */
  testCases?: TestCase[];
}

/** The demo workspace plus a new flow, a flow with every step kind and a flow with errors. */
export function createFixtureAdapter({ testCases = [], ...options }: FixtureOptions = {}): DesignerAdapter {
  return createInMemoryAdapter({
    ...options,
    seed: {
      ...demoWorkspace,
      // Stories and tests record the calls they need, so counts stay exact.
      callSummaries: [],
      // Likewise the saved tests: each story or test of the Tests view brings its own.
      testCases,
      callFlows: [
        ...(demoWorkspace.callFlows ?? []),
        flow(FIXTURE_FLOWS.fresh, 'New call flow', createStarterGraph()),
        flow(FIXTURE_FLOWS.everyKind, 'Every step kind', everyKindGraph()),
        flow(FIXTURE_FLOWS.errors, 'Flow with problems', errorsGraph()),
      ],
    },
  });
}

export interface FixtureDesignerProps {
  adapter?: DesignerAdapter;
  flowId?: string;
  locale?: Locale;
  theme?: 'light' | 'dark';
  readOnly?: boolean;
  saveDelayMs?: number;
  /** The flow store's clock and timers: a fake one lets a test run the save debounce without waiting. */
  scheduler?: Scheduler;
  children: ReactNode;
}

/** A DesignerProvider + FlowProvider on the fixture workspace, for stories and browser tests. */
export function FixtureDesigner({
  adapter,
  flowId = FIXTURE_FLOWS.main,
  locale = 'en',
  theme = 'light',
  readOnly = false,
  saveDelayMs,
  scheduler = realScheduler,
  children,
}: FixtureDesignerProps) {
  return (
    <DesignerProvider
      adapter={adapter ?? createFixtureAdapter()}
      locale={locale}
      theme={theme}
      readOnly={readOnly}
    >
      <SchedulerContext.Provider value={scheduler}>
        <FlowProvider flowId={flowId} {...(saveDelayMs === undefined ? {} : { saveDelayMs })}>
          {children}
        </FlowProvider>
      </SchedulerContext.Provider>
    </DesignerProvider>
  );
}
