import {
  type CallFlow,
  createStarterGraph,
  createStep,
  type FlowEdge,
  type FlowGraph,
  menuOptionOutputId,
  type Schedule,
  type SonaStep,
} from '..';
import { JOB_IDS } from './jobs';
import { KNOWLEDGE_IDS } from './knowledge';

export const MONTREAL_HOURS: Schedule = {
  timeZone: 'America/Toronto',
  days: {
    mon: [{ start: '07:30', end: '17:30' }],
    tue: [{ start: '07:30', end: '17:30' }],
    wed: [{ start: '07:30', end: '17:30' }],
    thu: [{ start: '07:30', end: '17:30' }],
    fri: [{ start: '07:30', end: '17:30' }],
    sat: [{ start: '09:00', end: '13:00' }],
    sun: [],
  },
  holidays: [
    { date: '2026-06-24', name: 'Fête nationale du Québec' },
    { date: '2026-07-01', name: 'Canada Day / Fête du Canada' },
    { date: '2026-12-25', name: 'Christmas Day / Noël' },
    { date: '2027-01-01', name: 'New Year’s Day / Jour de l’An' },
  ],
};

function edge(source: string, output: string, target: string): FlowEdge {
  return { id: `e-${source}-${output}`, source, output, target };
}

function sona(
  id: string,
  title: string,
  position: { x: number; y: number },
  settings: Pick<SonaStep, 'greeting' | 'jobIds' | 'knowledgeIds'>,
): SonaStep {
  return { ...createStep('sona', id, position, title), ...settings };
}

const FRONT_DESK_PUBLISHED = sona(
  'front-desk',
  'Front desk',
  { x: -160, y: 452 },
  {
    greeting: 'Dupont Plomberie & Chauffage, bonjour! Hello! How can I help you today?',
    jobIds: [
      JOB_IDS.bookService,
      JOB_IDS.takeMessage,
      JOB_IDS.quoteRequest,
      JOB_IDS.reschedule,
      JOB_IDS.billing,
    ],
    knowledgeIds: [KNOWLEDGE_IDS.hours, KNOWLEDGE_IDS.prices],
  },
);

/**
 * The main line: business hours, then the front desk during hours; after hours (and on holidays) a phone menu where
 * 1 rings the on-call technician (no answer: the after-hours Sona step), 2 goes to voicemail, and no key (or a key
 * the menu does not use) goes to the after-hours Sona step. Three columns: the front desk at x -160, the after-hours
 * menu and Sona step at x 160, the on-call technician and voicemail at x 480; kept under about 960 px high, so the
 * whole line fits a 1280×800 screen at a zoom where the steps' text is still drawn.
 */
function mainLineGraph(frontDesk: SonaStep): FlowGraph {
  return {
    steps: [
      createStep('incoming-call', 'start', { x: 0, y: 0 }),
      {
        ...createStep('business-hours', 'hours', { x: 0, y: 196 }, 'Business hours'),
        schedule: MONTREAL_HOURS,
      },
      frontDesk,
      createStep('end', 'front-desk-end', { x: -160, y: 841 }, 'End call'),
      {
        ...createStep('phone-menu', 'after-hours-menu', { x: 160, y: 452 }, 'After-hours menu'),
        prompt:
          'Pour une urgence, faites le 1. Pour laisser un message, faites le 2. For an emergency press 1, to leave a message press 2.',
        options: [
          { digit: '1', label: 'Emergency / Urgence' },
          { digit: '2', label: 'Leave a message / Laisser un message' },
        ],
      },
      {
        ...createStep('ring-users', 'on-call', { x: 480, y: 600 }, 'On-call technician'),
        strategy: 'single',
        targets: [{ id: 'user-marc', name: 'Marc Dupont' }],
      },
      sona(
        'after-hours',
        'After hours',
        { x: 160, y: 690 },
        {
          greeting:
            'Vous avez joint Dupont Plomberie & Chauffage. You have reached Dupont Plumbing & Heating after hours.',
          jobIds: [JOB_IDS.emergency, JOB_IDS.takeMessage],
          knowledgeIds: [KNOWLEDGE_IDS.serviceArea, KNOWLEDGE_IDS.policies],
        },
      ),
      {
        ...createStep('voicemail', 'voicemail', { x: 480, y: 841 }, 'Voicemail'),
        greeting: 'Laissez un message après le signal. Please leave a message after the tone.',
      },
    ],
    edges: [
      edge('start', 'next', 'hours'),
      edge('hours', 'open', 'front-desk'),
      edge('hours', 'closed', 'after-hours-menu'),
      edge('front-desk', 'done', 'front-desk-end'),
      edge('after-hours-menu', menuOptionOutputId('1'), 'on-call'),
      edge('after-hours-menu', menuOptionOutputId('2'), 'voicemail'),
      edge('after-hours-menu', 'no-input', 'after-hours'),
      edge('on-call', 'no-answer', 'after-hours'),
      edge('after-hours', 'done', 'voicemail'),
    ],
  };
}

const MAIN_PUBLISHED = mainLineGraph(FRONT_DESK_PUBLISHED);
// Changed after publishing: a sixth job and a new greeting, so the list shows unpublished changes.
const MAIN_DRAFT = mainLineGraph({
  ...FRONT_DESK_PUBLISHED,
  greeting: 'Dupont Plomberie & Chauffage, bonjour! Hello! Are you calling about a visit or something new?',
  jobIds: [...FRONT_DESK_PUBLISHED.jobIds, JOB_IDS.technicianEta],
});

const SALES_GRAPH: FlowGraph = {
  steps: [
    createStep('incoming-call', 'start', { x: 0, y: 0 }),
    sona(
      'sales',
      'Sales',
      { x: 0, y: 196 },
      {
        greeting: 'Dupont Plomberie & Chauffage, service des ventes. Sales, how can I help?',
        jobIds: [
          JOB_IDS.quoteRequest,
          JOB_IDS.newClient,
          JOB_IDS.commercialLead,
          JOB_IDS.renovationLead,
          JOB_IDS.heatPump,
          JOB_IDS.maintenancePlan,
          JOB_IDS.intakeForm,
          JOB_IDS.takeMessage,
        ],
        knowledgeIds: [KNOWLEDGE_IDS.prices, KNOWLEDGE_IDS.serviceArea],
      },
    ),
    {
      ...createStep('ring-users', 'sales-team', { x: 0, y: 611 }, 'Sales team'),
      targets: [
        { id: 'user-marc', name: 'Marc Dupont' },
        { id: 'user-sophie', name: 'Sophie Tremblay' },
      ],
    },
    {
      ...createStep('voicemail', 'sales-voicemail', { x: 0, y: 829 }, 'Sales voicemail'),
      greeting:
        'Laissez vos coordonnées et nous vous rappelons. Leave your details and we will call you back.',
    },
  ],
  edges: [
    edge('start', 'next', 'sales'),
    edge('sales', 'done', 'sales-team'),
    edge('sales-team', 'no-answer', 'sales-voicemail'),
  ],
};

// The first published sales flow, before the maintenance plan and the intake form were attached.
const SALES_FIRST_REVISION: FlowGraph = {
  ...SALES_GRAPH,
  steps: SALES_GRAPH.steps.map((step) =>
    step.kind === 'sona'
      ? {
          ...step,
          jobIds: step.jobIds.filter((id) => id !== JOB_IDS.maintenancePlan && id !== JOB_IDS.intakeForm),
        }
      : step,
  ),
};

function supportGraph(): FlowGraph {
  const starter = createStarterGraph();
  const steps = starter.steps.map((step) =>
    step.kind === 'sona'
      ? {
          ...step,
          title: 'Support',
          greeting: 'Support technique Dupont, bonjour! Technical support, what seems to be the problem?',
          // Full: ten jobs is the most a Sona step can hold.
          jobIds: [
            JOB_IDS.waterHeater,
            JOB_IDS.noHeat,
            JOB_IDS.cloggedDrain,
            JOB_IDS.leak,
            JOB_IDS.warranty,
            JOB_IDS.escalate,
            JOB_IDS.complaint,
            JOB_IDS.paymentLink,
            JOB_IDS.billing,
            JOB_IDS.takeMessage,
          ],
          knowledgeIds: [KNOWLEDGE_IDS.policies, KNOWLEDGE_IDS.hours],
        }
      : step,
  );
  const sonaStep = steps.find((step) => step.kind === 'sona');
  if (!sonaStep) throw new Error('The starter graph has no Sona step.');
  return {
    steps: [...steps, createStep('end', 'support-end', { x: 0, y: 558 }, 'End call')],
    edges: [...starter.edges, edge(sonaStep.id, 'done', 'support-end')],
  };
}

export const callFlows: CallFlow[] = [
  {
    id: 'flow-main',
    name: 'Main line',
    phoneNumber: '+15145550142',
    version: 3,
    draft: MAIN_DRAFT,
    published: { revision: 1, graph: MAIN_PUBLISHED, publishedAt: '2026-01-15T15:30:00.000Z' },
    revisions: [{ revision: 1, graph: MAIN_PUBLISHED, publishedAt: '2026-01-15T15:30:00.000Z' }],
    createdAt: '2026-01-12T14:00:00.000Z',
    updatedAt: '2026-02-03T10:12:00.000Z',
  },
  {
    id: 'flow-sales',
    name: 'Sales line',
    phoneNumber: '+15145550187',
    version: 4,
    draft: SALES_GRAPH,
    published: { revision: 2, graph: SALES_GRAPH, publishedAt: '2026-01-28T19:05:00.000Z' },
    revisions: [
      { revision: 1, graph: SALES_FIRST_REVISION, publishedAt: '2026-01-14T16:00:00.000Z' },
      { revision: 2, graph: SALES_GRAPH, publishedAt: '2026-01-28T19:05:00.000Z' },
    ],
    createdAt: '2026-01-12T14:05:00.000Z',
    updatedAt: '2026-01-28T19:05:00.000Z',
  },
  {
    id: 'flow-support',
    name: 'Support line',
    phoneNumber: '+15145550199',
    version: 2,
    draft: supportGraph(),
    published: null,
    revisions: [],
    createdAt: '2026-02-02T09:00:00.000Z',
    updatedAt: '2026-02-04T13:45:00.000Z',
  },
];
