import type { CallSummary } from '../model/callSummary';
import { findStep } from '../model/steps';
import type { RoutingLocale } from '../routing/locale';
import { summarizeCall } from '../simulator/engine/outputs/summary';
import { simulateCall } from '../simulator/engine/runtime/scriptedCall';
import { toSimulatedSonaStep } from '../simulator/engine/sonaStep';
import { callFlows } from './callFlows';
import { jobs } from './jobs';
import { knowledge } from './knowledge';

/** A simulated call of the demo: what the caller says, on which step, and when it was recorded. */
export interface DemoCall {
  id: string;
  createdAt: string;
  callFlowId: string;
  stepId: string;
  source: 'draft' | 'published';
  locale?: RoutingLocale;
  callerMessages: string[];
}

/** Six calls over the demo flows, oldest first, on drafts and published versions, with different outcomes. */
export const DEMO_CALLS: readonly DemoCall[] = [
  {
    id: 'call-demo-1',
    createdAt: '2026-02-02T14:05:00.000Z',
    callFlowId: 'flow-main',
    stepId: 'front-desk',
    source: 'published',
    callerMessages: [
      'Hello, I need a plumber to come over, my toilet keeps running',
      'Since Monday, the toilet in the upstairs bathroom',
      '4521 rue Saint-Denis, Montréal',
      'The morning, please',
      'Jean Tremblay, 514 555 0142, by text message',
      'Yes, that is right',
      'No, that is all. Thanks!',
    ],
  },
  {
    id: 'call-demo-2',
    createdAt: '2026-02-03T09:40:00.000Z',
    callFlowId: 'flow-sales',
    stepId: 'sales',
    source: 'published',
    callerMessages: [
      'Hi, how much would it cost to replace my electric water heater?',
      'A replacement, the old one is 15 years old',
      '12 Maple Street in Laval, a duplex built in 1950',
      'Yes please',
      'Marie Gagnon, 514 555 0101, marie.gagnon@example.com',
      'No thanks, bye',
    ],
  },
  {
    id: 'call-demo-3',
    createdAt: '2026-02-03T22:15:00.000Z',
    callFlowId: 'flow-main',
    stepId: 'after-hours',
    source: 'published',
    callerMessages: [
      'Hi, I would like to leave a message for Marc',
      'For Marc Dupont',
      'Sylvie Bouchard, 514 555 0177',
      'Please ask him to call me back about the bathroom quote',
      'Yes',
      'No thanks, goodbye',
    ],
  },
  {
    id: 'call-demo-4',
    createdAt: '2026-02-04T10:20:00.000Z',
    callFlowId: 'flow-main',
    stepId: 'front-desk',
    source: 'draft',
    callerMessages: [
      'The technician is late, the morning window has passed and nobody came',
      'Louise Roy, 88 avenue du Parc',
      'Yes please',
    ],
  },
  {
    id: 'call-demo-5',
    createdAt: '2026-02-04T13:50:00.000Z',
    callFlowId: 'flow-support',
    stepId: 'sona-1',
    source: 'draft',
    callerMessages: [
      'My radiators stay cold and the house is freezing',
      'A gas boiler, it stopped last night',
      'The thermostat is on heat and set to 21',
    ],
  },
  {
    id: 'call-demo-6',
    createdAt: '2026-02-04T16:05:00.000Z',
    callFlowId: 'flow-main',
    stepId: 'front-desk',
    source: 'draft',
    callerMessages: ['Do you sell garden furniture?', 'No thanks', 'Bye'],
  },
];

/** Plays a demo call with the local simulator engine and records its summary, as the simulator drawer would. */
export function recordDemoCall(call: DemoCall): CallSummary {
  const flow = callFlows.find((candidate) => candidate.id === call.callFlowId);
  const graph = call.source === 'draft' ? flow?.draft : flow?.published?.graph;
  const step = graph ? findStep(graph, call.stepId) : undefined;
  if (step?.kind !== 'sona') {
    throw new Error(
      `Demo call ${call.id}: “${call.stepId}” is not a Sona step of the ${call.source} “${call.callFlowId}”.`,
    );
  }
  const simulatedStep = toSimulatedSonaStep(step, jobs, knowledge);
  const { state } = simulateCall(simulatedStep, call.callerMessages, { locale: call.locale });
  return {
    ...summarizeCall(simulatedStep, state, { locale: call.locale }),
    simulated: true,
    callFlowId: call.callFlowId,
    source: call.source,
    id: call.id,
    createdAt: call.createdAt,
  };
}

/** The demo's recorded call summaries, produced by the local engine when this module loads (a few milliseconds). */
export const callSummaries: CallSummary[] = DEMO_CALLS.map(recordDemoCall);
