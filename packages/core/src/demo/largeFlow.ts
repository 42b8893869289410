import { createStep, type FlowEdge, type FlowGraph, type MenuDigit, menuOptionOutputId, type Step } from '..';
import { MONTREAL_HOURS } from './callFlows';
import { AREAS, generatedJobId, INTENTS, SERVICES } from './generatedJobs';
import { JOB_IDS } from './jobs';
import { KNOWLEDGE_IDS } from './knowledge';

const DIGITS: readonly MenuDigit[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];
/** Layout: one column per area, as wide as an area's menu (ten keys and "no input"); one row per desk. */
const COLUMN_WIDTH = 760;
const DESK_HEIGHT = 900;
const NODE_WIDTH = 260;
/** Incoming call, business hours, main menu, after-hours Sona, voicemail. */
const HEAD_STEPS = 5;
/** A desk: Sona → summary by SMS → end; Sona's hand-off → the area's team → voicemail. */
const DESK_STEPS = 5;
const REGION_STEPS = 1 + DIGITS.length * DESK_STEPS;
export const LARGE_FLOW_MIN_STEPS = HEAD_STEPS + 2;
export const LARGE_FLOW_MAX_STEPS = HEAD_STEPS + DIGITS.length * REGION_STEPS;
/** Intents of the generated jobs a desk attaches: book, quote, reschedule, emergency. */
const DESK_INTENTS = [0, 1, 2, 5];

function edge(source: string, output: string, target: string): FlowEdge {
  return { id: `e-${source}-${output}`, source, output, target };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How many steps each region gets: full regions, and never a last one too small to hold a menu and a desk. */
function regionSizes(budget: number): number[] {
  const sizes: number[] = [];
  let left = budget;
  while (left > 0) {
    const size = left - REGION_STEPS === 1 ? REGION_STEPS - 1 : Math.min(left, REGION_STEPS);
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

interface DeskPlace {
  region: number;
  desk: number;
  /** Steps of the desk to create, 1 to 5 (only the flow's last desk may be cut short). */
  size: number;
  x: number;
  y: number;
  jobCount: number;
}

function desk({ region, desk: index, size, x, y, jobCount }: DeskPlace): {
  steps: Step[];
  edges: FlowEdge[];
} {
  const area = AREAS[region] ?? AREAS[0];
  const serviceIndex = (region * 3 + index) % SERVICES.length;
  const service = SERVICES[serviceIndex] ?? SERVICES[0];
  const id = `desk-${region + 1}-${index + 1}`;
  const jobIndexes = DESK_INTENTS.map((intent) => region * 500 + serviceIndex * INTENTS.length + intent);
  const sona = {
    ...createStep('sona', id, { x, y }, `${capitalised(service)} — ${area}`),
    greeting: `Dupont, ${area}: you are calling about ${service}. How can I help?`,
    jobIds: jobIndexes.filter((jobIndex) => jobIndex < jobCount).map(generatedJobId),
    knowledgeIds: [KNOWLEDGE_IDS.hours, KNOWLEDGE_IDS.prices],
  };
  const sms = {
    ...createStep('play-audio', `${id}-sms`, { x, y: y + 320 }, 'Summary by SMS'),
    message: 'We will text you a summary of this call. Merci, goodbye!',
  };
  const end = createStep('end', `${id}-end`, { x, y: y + 520 }, 'End call');
  const team = {
    ...createStep('ring-users', `${id}-team`, { x: x + 300, y: y + 320 }, `${area} team`),
    targets: [{ id: `user-${region + 1}`, name: `${area} dispatcher` }],
  };
  const voicemail = {
    ...createStep('voicemail', `${id}-voicemail`, { x: x + 300, y: y + 560 }, `${area} voicemail`),
    greeting: 'Leave your name and number; we call back within the hour.',
  };
  const steps: Step[] = [sona, sms, end, team, voicemail].slice(0, size);
  const edges = [
    edge(id, 'done', sms.id),
    edge(sms.id, 'next', end.id),
    edge(id, 'transfer', team.id),
    edge(team.id, 'no-answer', voicemail.id),
  ].filter((candidate) => steps.some((step) => step.id === candidate.target));
  return { steps, edges };
}

/**
 * A call flow of exactly `stepCount` steps (7 to 515): business hours, then a phone menu of up to ten areas, each
 * a menu of up to ten services, each a desk (a Sona step with four generated jobs, a summary by SMS, the area's team
 * and its voicemail). Laid out as a tree: the start on top, one column per area. Attaches only generated jobs below `jobCount`.
 */
export function largeFlowGraph(stepCount: number, jobCount: number): FlowGraph {
  if (!Number.isInteger(stepCount) || stepCount < LARGE_FLOW_MIN_STEPS || stepCount > LARGE_FLOW_MAX_STEPS) {
    throw new RangeError(
      `A large flow has ${LARGE_FLOW_MIN_STEPS} to ${LARGE_FLOW_MAX_STEPS} steps; ${stepCount} was asked for.`,
    );
  }
  const sizes = regionSizes(stepCount - HEAD_STEPS);
  // The start sits above the middle of the area menus, which fan out below it like a tree.
  const middle = ((sizes.length - 1) * COLUMN_WIDTH) / 2;
  const centre = middle + COLUMN_WIDTH / 2 - NODE_WIDTH / 2;
  const menu = {
    ...createStep('phone-menu', 'menu', { x: middle, y: 480 }, 'Choose your area'),
    prompt: `Choose your area: ${sizes.map((_, region) => `press ${DIGITS[region]} for ${AREAS[region]}`).join(', ')}.`,
    options: sizes.map((_, region) => ({
      digit: DIGITS[region] ?? '1',
      label: AREAS[region] ?? AREAS[0],
    })),
  };
  const steps: Step[] = [
    createStep('incoming-call', 'start', { x: centre, y: 0 }),
    {
      ...createStep('business-hours', 'hours', { x: centre, y: 220 }, 'Business hours'),
      schedule: MONTREAL_HOURS,
    },
    menu,
    {
      ...createStep('sona', 'after-hours', { x: middle + COLUMN_WIDTH + 80, y: 220 }, 'After hours'),
      greeting: 'Dupont Plomberie & Chauffage, after hours. Is this an emergency?',
      jobIds: [JOB_IDS.emergency, JOB_IDS.takeMessage],
      knowledgeIds: [KNOWLEDGE_IDS.hours],
    },
    {
      ...createStep('voicemail', 'voicemail', { x: middle + COLUMN_WIDTH + 80, y: 560 }, 'Voicemail'),
      greeting: 'Laissez un message après le signal. Please leave a message after the tone.',
    },
  ];
  const edges: FlowEdge[] = [
    edge('start', 'next', 'hours'),
    edge('hours', 'open', 'menu'),
    edge('hours', 'closed', 'after-hours'),
    edge('after-hours', 'done', 'voicemail'),
    edge('menu', 'no-input', 'voicemail'),
  ];

  sizes.forEach((size, region) => {
    // A slight arc: the middle areas come first, so a view of the flow's top shows the start and its fan.
    const y = 900 + Math.abs(region * COLUMN_WIDTH - middle) / 8;
    const x = region * COLUMN_WIDTH;
    const regionId = `area-${region + 1}`;
    const desks = Math.ceil((size - 1) / DESK_STEPS);
    const serviceNames = Array.from({ length: desks }, (_, index) =>
      capitalised(SERVICES[(region * 3 + index) % SERVICES.length] ?? SERVICES[0]),
    );
    steps.push({
      ...createStep('phone-menu', regionId, { x, y }, `${AREAS[region]} services`),
      prompt: `${AREAS[region]}: ${serviceNames.map((name, index) => `press ${DIGITS[index]} for ${name.toLowerCase()}`).join(', ')}.`,
      options: serviceNames.map((label, index) => ({ digit: DIGITS[index] ?? '1', label })),
    });
    edges.push(edge('menu', menuOptionOutputId(DIGITS[region] ?? '1'), regionId));
    for (let index = 0; index < desks; index++) {
      const part = desk({
        region,
        desk: index,
        size: Math.min(DESK_STEPS, size - 1 - index * DESK_STEPS),
        x,
        y: 1800 + index * DESK_HEIGHT,
        jobCount,
      });
      steps.push(...part.steps);
      edges.push(edge(regionId, menuOptionOutputId(DIGITS[index] ?? '1'), `desk-${region + 1}-${index + 1}`));
      edges.push(...part.edges);
    }
    // No key pressed: the area's first desk answers.
    edges.push(edge(regionId, 'no-input', `desk-${region + 1}-1`));
  });
  return { steps, edges };
}
