import { describe, expect, test, vi } from 'vitest';
import { callFlows } from '../../../demo/callFlows';
import { jobs } from '../../../demo/jobs';
import { knowledge } from '../../../demo/knowledge';
import type { FlowGraph } from '../../../model/graph';
import type { Job } from '../../../model/job';
import { toSimulatedSonaStep } from '../sonaStep';
import { resolveSonaStep } from './resolveStep';
import type { FlowCall, FlowCallResult } from './types';

// The engine keeps what it derives from a step's jobs and pages (routers, page indexes, analysed messages) between
// calls and turns, so a batch of test cases runs fast. These tests hold it to its promise: a batch gives the same
// results as the engine fresh from its module, however often it ran before, and an edit is never answered from a
// stale cache.

const TEN_JOBS = [
  'job-book-service',
  'job-take-message',
  'job-quote-request',
  'job-reschedule',
  'job-billing',
  'job-technician-eta',
  'job-after-hours-emergency',
  'job-leak',
  'job-no-heat',
  'job-payment-link',
];

/** The demo's main line with ten jobs at the front desk, as the benchmark plays it. */
function graph(): FlowGraph {
  const main = callFlows.find((flow) => flow.id === 'flow-main')?.draft;
  if (!main) throw new Error('The demo has no main line.');
  return {
    ...main,
    steps: main.steps.map((step) => (step.id === 'front-desk' ? { ...step, jobIds: TEN_JOBS } : step)),
  };
}

const NAMES = ['Marie Tremblay', 'John Smith', 'Luc Gagnon', 'Aisha Khan', 'Paul Roy'];
const SCRIPTS: Array<(n: number) => string[]> = [
  (n) => [
    `Hi, my kitchen sink has been leaking for ${n % 6} days, can I book a plumber?`,
    'It started last week',
    `${100 + n} rue Saint-Denis, Montréal`,
    'Yes, the morning please',
  ],
  (n) => [
    'A pipe burst in the basement and there is water everywhere',
    'Yes, it is still running',
    `${NAMES[n % NAMES.length]}, 514 555 ${String(1000 + n).padStart(4, '0')}`,
    'Please hurry',
  ],
  (n) => [
    `I have a question about invoice ${40000 + n}, I think I was charged twice`,
    `It is ${NAMES[(n + 1) % NAMES.length]}`,
    'No, that is all',
    'Bye',
  ],
  (n) => [
    'Do you sell pizza?',
    'What are your hours on Saturday?',
    `Can you tell ${NAMES[(n + 2) % NAMES.length]} I called?`,
    `${NAMES[(n + 3) % NAMES.length]}, 450 555 ${String(3000 + n).padStart(4, '0')}`,
  ],
  (n) => [
    `Bonjour, mon chauffe-eau fuit depuis ${(n % 5) + 2} jours, je voudrais un rendez-vous`,
    'Ça coule sous le comptoir',
    `${100 + n} rue Beaubien`,
    'Oui',
  ],
];

/** 200 test cases of four messages, on a weekday morning (the front desk) or a Saturday night (after hours). */
const cases: FlowCall[] = Array.from({ length: 200 }, (_, i) => ({
  at: i % 10 === 9 ? '2026-03-14T22:00:00-04:00' : '2026-03-10T09:30:00-04:00',
  callerNumber: `+1514555${String(i).padStart(4, '0')}`,
  messages: (SCRIPTS[i % SCRIPTS.length] as (n: number) => string[])(i),
}));

type Simulate = typeof import('./simulateFlowCall')['simulateFlowCallSync'];

/** The engine as a fresh module: none of its caches (nor the router's) has seen a call yet. */
async function freshEngine(): Promise<Simulate> {
  vi.resetModules();
  return (await import('./simulateFlowCall')).simulateFlowCallSync;
}

function runAll(simulate: Simulate, jobList: readonly Job[], count = cases.length): FlowCallResult[] {
  const flow = graph();
  return cases.slice(0, count).map((call) => simulate(flow, call, { jobs: jobList, knowledge }));
}

describe('a batch of test cases', () => {
  test('gives the same results run twice as the engine fresh from its module', async () => {
    const simulate = await freshEngine();
    const first = runAll(simulate, jobs);
    const second = runAll(simulate, jobs);
    const fresh = runAll(await freshEngine(), jobs);
    expect(first).toEqual(fresh);
    expect(second).toEqual(fresh);
    // Results are the caller's to change: changing them changes no later result.
    for (const result of first) {
      for (const conversation of result.conversations) {
        for (const job of conversation.step.jobs) (job as { name: string }).name = 'Changed';
        for (const turn of conversation.results) {
          const awaiting = turn.state.memory.awaiting as { questionTerms?: string[] } | null;
          awaiting?.questionTerms?.push('changed');
          turn.trace.reason.matchedWords.push('changed');
          for (const ranked of turn.trace.instructions ?? []) ranked.text = 'Changed';
        }
      }
    }
    expect(runAll(simulate, jobs)).toEqual(fresh);
  }, 60_000);

  test('follows a job edited between runs, as a new list or in place', async () => {
    const some = 60;
    const simulate = await freshEngine();
    runAll(simulate, jobs, some);
    const edit = (job: Job): Job =>
      job.id === 'job-billing'
        ? { ...job, trigger: 'The caller mentions pizza, or a question about an invoice or a payment.' }
        : job;
    const edited = jobs.map(edit);
    const afterEdit = runAll(simulate, edited, some);
    const fresh = runAll(await freshEngine(), edited, some);
    expect(afterEdit).toEqual(fresh);
    expect(afterEdit).not.toEqual(runAll(simulate, jobs, some));

    // The same list, its job object changed in place (as a host's store might).
    const inPlace = jobs.map((job) => ({ ...job }));
    runAll(simulate, inPlace, some);
    const billing = inPlace.find((job) => job.id === 'job-billing') as Job;
    billing.trigger = edit(billing).trigger;
    expect(runAll(simulate, inPlace, some)).toEqual(fresh);
  }, 60_000);

  test('resolves each step as toSimulatedSonaStep does, after the lists change in place', () => {
    const sonaSteps = callFlows.flatMap((flow) => flow.draft.steps.filter((step) => step.kind === 'sona'));
    const jobList = jobs.map((job) => ({ ...job }));
    const pages = [...knowledge];
    const check = () => {
      for (const step of sonaSteps) {
        expect(resolveSonaStep(step, jobList, pages)).toEqual(toSimulatedSonaStep(step, jobList, pages));
      }
    };
    check();
    jobList.splice(1, 1);
    check();
    jobList[0] = { ...(jobList[0] as Job), name: 'Renamed' };
    check();
    (jobList[2] as Job).id = 'job-renamed';
    check();
    pages.pop();
    check();
  });
});
