// Workspaces and adapters for the stories and browser tests of the jobs UI (not exported by the package).
import {
  type CallFlow,
  createInMemoryAdapter,
  createStarterGraph,
  type DesignerAdapter,
  DesignerError,
  type Job,
} from '@sona-designer/core';
import { demoWorkspace } from '@sona-designer/core/demo';
import { createFixtureAdapter } from './fixtures';

const INTENTS = [
  ['Book', 'to book'],
  ['Quote', 'for a quote on'],
  ['Reschedule', 'to move a visit for'],
  ['Follow up on', 'about the follow-up of'],
  ['Warranty claim:', 'to claim the warranty on'],
  ['Emergency:', 'with an emergency about'],
  ['Call back about', 'for a call back about'],
  ['Prices for', 'how much it costs for'],
  ['Parts for', 'about parts for'],
  ['Inspect', 'for an inspection of'],
] as const;

const SERVICES = [
  'water heater replacement',
  'drain cleaning',
  'sump pump installation',
  'backflow test',
  'boiler tune-up',
  'heat pump installation',
  'frozen pipe thawing',
  'toilet repair',
  'kitchen faucet replacement',
  'sewer camera inspection',
  'radiant floor repair',
  'gas line inspection',
  'water softener installation',
  'clogged kitchen sink',
  'shower valve repair',
  'basement flood cleanup',
  'dishwasher hookup',
  'washing machine hookup',
  'outdoor faucet winterizing',
  'furnace repair',
  'air exchanger cleaning',
  'thermostat installation',
  'lead pipe replacement',
  'main water valve repair',
  'bathroom renovation',
  'kitchen renovation plumbing',
  'garbage disposal repair',
  'water pressure problem',
  'rusty water',
  'noisy pipes',
  'sewer backup',
  'French drain installation',
  'septic tank pumping',
  'well pump repair',
  'hot water tank leak',
  'tankless water heater',
  'commercial kitchen grease trap',
  'condo riser inspection',
  'hydronic heating balance',
  'oil to electric conversion',
  'expansion tank replacement',
  'bathtub installation',
  'pipe insulation',
  'smart leak detector',
  'roof drain unclogging',
  'floor drain smell',
  'laundry sink installation',
  'water meter relocation',
  'pressure reducing valve',
  'annual maintenance plan',
] as const;

const AREAS = [
  'Plateau',
  'Verdun',
  'Laval',
  'Longueuil',
  'Rosemont',
  'Outremont',
  'Saint-Laurent',
  'Westmount',
  'Brossard',
  'Anjou',
  'Hochelaga',
  'Lachine',
  'Ahuntsic',
  'Pointe-Claire',
  'Boucherville',
  'Mont-Royal',
  'Villeray',
  'LaSalle',
  'Repentigny',
  'Terrebonne',
] as const;

const BASE_TIME = Date.parse('2026-01-01T09:00:00.000Z');
const STEP_LINES = [
  'Greet the caller in their language (French or English).',
  'Ask for the service address and confirm it is in the service area.',
  'Ask what happened and since when; note the brand and age of the equipment.',
  'Offer the two earliest windows: morning (8:00–12:00) or afternoon (12:00–17:00).',
  'Collect the caller’s name and phone number, and read them back.',
  'Send an SMS to the caller with the summary.',
];

/** 10,000 graphemes of instructions: the longest a job holds. */
function longInstructions(): string {
  let text = '';
  let index = 0;
  while (text.length < 10_000) {
    text += `${index + 1}. ${STEP_LINES[index % STEP_LINES.length]}\n`;
    index++;
  }
  return text.slice(0, 10_000);
}

/**
 * `count` realistic jobs ("Book drain cleaning — Verdun"), deterministic, with varied edit dates and, every 997th
 * job, instructions at the 10,000-character limit.
 */
export function generateJobs(count: number): Job[] {
  const jobs: Job[] = [];
  const long = longInstructions();
  for (let index = 0; index < count; index++) {
    const [intent, phrase] = INTENTS[index % INTENTS.length] ?? INTENTS[0];
    const service = SERVICES[Math.floor(index / INTENTS.length) % SERVICES.length] ?? SERVICES[0];
    const areaIndex = Math.floor(index / (INTENTS.length * SERVICES.length));
    const area = AREAS[areaIndex % AREAS.length] ?? AREAS[0];
    const round = Math.floor(areaIndex / AREAS.length);
    const suffix = round > 0 ? ` (${round + 1})` : '';
    const created = new Date(BASE_TIME + index * 3_600_000).toISOString();
    const updated = new Date(BASE_TIME + ((index * 7919) % count) * 3_600_000 + 60_000).toISOString();
    jobs.push({
      id: `job-gen-${index.toString().padStart(5, '0')}`,
      name: `${intent} ${service} — ${area}${suffix}`,
      description: `For clients in ${area} who call ${phrase} ${service}.`,
      trigger: `The caller asks ${phrase} ${service} at an address in ${area}.`,
      instructions: index % 997 === 0 ? long : STEP_LINES.join('\n'),
      version: 1,
      createdAt: created,
      updatedAt: updated,
    });
  }
  return jobs;
}

const generated = new Map<number, Job[]>();

/**
 * The demo workspace (its call flows, knowledge and jobs) grown to `total` jobs, e.g. `createLargeWorkspaceAdapter(10_000)`.
 */
export function createLargeWorkspaceAdapter(total = 10_000): DesignerAdapter {
  const demoJobs = demoWorkspace.jobs ?? [];
  const extra = Math.max(0, total - demoJobs.length);
  let jobs = generated.get(extra);
  if (!jobs) {
    jobs = generateJobs(extra);
    generated.set(extra, jobs);
  }
  return createInMemoryAdapter({ seed: { ...demoWorkspace, jobs: [...demoJobs, ...jobs] } });
}

export const EMPTY_FLOW_ID = 'flow-empty-workspace';
/** The Sona step of `createEmptyWorkspaceAdapter`'s only flow. */
export const EMPTY_FLOW_SONA = 'sona-1';

/** A workspace without any job or knowledge page, with one new call flow (incoming call → Sona). */
export function createEmptyWorkspaceAdapter(): DesignerAdapter {
  const stamp = '2026-02-01T09:00:00.000Z';
  const flow: CallFlow = {
    id: EMPTY_FLOW_ID,
    name: 'New call flow',
    version: 1,
    draft: createStarterGraph(),
    published: null,
    revisions: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
  return createInMemoryAdapter({ seed: { callFlows: [flow] } });
}

/** Lists of jobs and knowledge never answer (everything else works): the loading state. */
export function withPendingLists(adapter: DesignerAdapter = createFixtureAdapter()): DesignerAdapter {
  const never = () => new Promise<never>(() => {});
  return { ...adapter, listJobs: never, listKnowledge: never };
}

export const LIST_OUTAGE = 'The workspace could not be reached. Try again in a moment.';

/**
 * Listing jobs and knowledge (without `ids`, i.e. the pickers' lists) fails `failures` times, then works: the error
 * state and its Retry. Loading attached jobs by id keeps working.
 */
export function withFailingLists(adapter: DesignerAdapter = createFixtureAdapter(), failures = 1) {
  let left = failures;
  const fail = () => {
    if (left <= 0) return false;
    left--;
    return true;
  };
  return {
    ...adapter,
    listJobs: (query = {}) =>
      !query.ids && fail()
        ? Promise.reject(new DesignerError('UNAVAILABLE', LIST_OUTAGE))
        : adapter.listJobs(query),
    listKnowledge: (query = {}) =>
      !query.ids && fail()
        ? Promise.reject(new DesignerError('UNAVAILABLE', LIST_OUTAGE))
        : adapter.listKnowledge(query),
  } satisfies DesignerAdapter;
}
