// Routing benchmark: prints top-1 accuracy and rejection on the labelled dataset, then times routing against
// 10 jobs with 10,000-character instructions. Run with
// `pnpm exec vitest bench --run --project unit test/bench/routing.bench.ts`.
import { performance } from 'node:perf_hooks';
import { bench, describe } from 'vitest';
import { demoWorkspace } from '../../packages/core/src/demo/workspace';
import { createRouter, type RoutableJob, routeIntent } from '../../packages/core/src/routing/index';
import { startCall, takeTurn } from '../../packages/core/src/simulator/engine/runtime/callTurns';
import type { SimulatedSonaStep } from '../../packages/core/src/simulator/engine/types';
import { ROUTING_SAMPLES } from '../routing/dataset';
import { evaluateRouting, type RoutingScore } from '../routing/evaluate';
import { evaluateThirdHeldOut } from '../routing/evaluateThird';
import { HELD_OUT_SAMPLES } from '../routing/heldOut';
import { SECOND_HELD_OUT_SAMPLES } from '../routing/heldOutSecond';

const INSTRUCTION_LENGTH = 10_000;
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ser',
  'vat',
  'pre',
  'dis',
  'con',
  'tra',
  'mon',
  'lu',
  'zen',
  'ri',
  'bo',
  'ten',
];

/** A deterministic pseudo-random generator, so every run routes against the same text. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

function longInstructions(seed: number): string {
  const random = seeded(seed);
  const common = [
    'ask',
    'caller',
    'confirm',
    'address',
    'phone',
    'number',
    'visit',
    'water',
    'invoice',
    'booking',
  ];
  let text = '';
  let step = 1;
  while (text.length < INSTRUCTION_LENGTH) {
    const words: string[] = [];
    for (let i = 0; i < 12; i++) {
      if (random() < 0.4) words.push(common[Math.floor(random() * common.length)] ?? 'ask');
      else {
        const syllables = 2 + Math.floor(random() * 3);
        let word = '';
        for (let s = 0; s < syllables; s++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
        words.push(word);
      }
    }
    text += `${step++}. ${words.join(' ')}.\n`;
  }
  return text.slice(0, INSTRUCTION_LENGTH);
}

const BIG_JOBS: RoutableJob[] = [
  ['leak', 'Emergency leak', 'Burst pipes and water leaks.', 'Caller has water leaking.'],
  ['drain', 'Blocked drain', 'Clogged sinks and toilets.', 'Caller reports a blocked drain.'],
  ['boiler', 'Boiler repair', 'No heating or hot water.', 'Caller has no hot water.'],
  ['gas', 'Gas smell', 'Suspected gas leak.', 'Caller smells gas.'],
  ['quote', 'Quote', 'Estimates for new bathrooms.', 'Caller wants a price.'],
  ['invoice', 'Invoice question', 'Questions about a bill.', 'Caller asks about a payment.'],
  ['reschedule', 'Change a visit', 'Move or cancel a booked visit.', 'Caller wants to move a visit.'],
  ['rdv', 'Prendre rendez-vous', 'Nouveau rendez-vous.', 'Le client veut un rendez-vous.'],
  ['fuite', 'Fuite d’eau', 'Fuites et canalisations.', 'Le client a une fuite.'],
  ['message', 'Take a message', 'Anything else.', 'Caller wants a call back.'],
].map(([id = '', name = '', description = '', trigger = ''], i) => ({
  id,
  name,
  description,
  trigger,
  instructions: longInstructions(i + 1),
}));

const utterances = ROUTING_SAMPLES.map((sample) => sample.text);

function timePerCall(route: (text: string, i: number) => unknown, calls: number): number {
  const start = performance.now();
  for (let i = 0; i < calls; i++) route(`${utterances[i % utterances.length]} ${i}`, i);
  return (performance.now() - start) / calls;
}

function heldOutLine(name: string, score: RoutingScore): string {
  const top1 = (score.top1Accuracy * 100).toFixed(1);
  const rejected = (score.rejectionRate * 100).toFixed(1);
  return `${name} (${score.covered} covered, ${score.uncovered} uncovered): top-1 ${top1}%, rejected ${rejected}%`;
}

function report(): void {
  const score = evaluateRouting();
  const heldOut = evaluateRouting({}, HELD_OUT_SAMPLES);
  const secondHeldOut = evaluateRouting({}, SECOND_HELD_OUT_SAMPLES);
  const thirdHeldOut = evaluateThirdHeldOut();
  const indexStart = performance.now();
  const router = createRouter(BIG_JOBS);
  router.route('warm up');
  const indexMs = performance.now() - indexStart;
  timePerCall((text) => router.route(text), 200);
  const routerMs = timePerCall((text) => router.route(text), 2000);
  const routeIntentMs = timePerCall((text) => routeIntent(text, BIG_JOBS), 2000);
  console.log(
    [
      `routing dataset: ${score.covered} covered, ${score.uncovered} uncovered sentences`,
      `top-1 accuracy on covered: ${(score.top1Accuracy * 100).toFixed(1)}%`,
      `uncovered correctly rejected: ${(score.rejectionRate * 100).toFixed(1)}%`,
      heldOutLine('held-out', heldOut),
      heldOutLine('second held-out', secondHeldOut),
      heldOutLine('third held-out (unseen businesses)', thirdHeldOut),
      `10 jobs × ${INSTRUCTION_LENGTH} chars: first call (indexing) ${indexMs.toFixed(1)} ms`,
      `  router.route, uncached utterances: ${(routerMs * 1000).toFixed(0)} µs per call`,
      `  routeIntent (jobs indexed once, router rebuilt per call): ${(routeIntentMs * 1000).toFixed(0)} µs per call`,
    ].join('\n'),
  );
}

report();

describe('routing, 10 jobs with 10,000-character instructions', () => {
  const router = createRouter(BIG_JOBS);
  let i = 0;
  bench('router.route (uncached utterance)', () => {
    router.route(`${utterances[i % utterances.length]} ${i++}`);
  });
  bench('routeIntent', () => {
    routeIntent(`${utterances[i % utterances.length]} ${i++}`, BIG_JOBS);
  });
});

// A full simulated turn of the local engine on the same 10 jobs: routing, the chosen job's script (parsed once per
// instruction text), the instruction performed, and knowledge retrieval over the demo pages.
const BIG_STEP: SimulatedSonaStep = {
  stepId: 'bench',
  title: 'Bench',
  greeting: '',
  jobs: BIG_JOBS,
  knowledge: demoWorkspace.knowledge ?? [],
  conversationHistory: true,
};
const GREETED = startCall({ step: BIG_STEP }).state;

function reportSimulatedTurn(): void {
  const firstStart = performance.now();
  takeTurn({ step: BIG_STEP, state: GREETED, message: 'My kitchen pipe is leaking water everywhere' });
  const firstMs = performance.now() - firstStart;
  const turnMs = timePerCall((text) => takeTurn({ step: BIG_STEP, state: GREETED, message: text }), 1000);
  console.log(
    [
      `simulated turn, 10 jobs × ${INSTRUCTION_LENGTH} chars + 4 knowledge pages:`,
      `  first turn (the chosen job's script parsed): ${firstMs.toFixed(1)} ms`,
      `  takeTurn, uncached utterances: ${(turnMs * 1000).toFixed(0)} µs per turn`,
    ].join('\n'),
  );
}

reportSimulatedTurn();

describe('simulated turn, 10 jobs with 10,000-character instructions', () => {
  let i = 0;
  bench('local engine turn (route, perform the instruction, knowledge)', () => {
    takeTurn({ step: BIG_STEP, state: GREETED, message: `${utterances[i % utterances.length]} ${i++}` });
  });
});
