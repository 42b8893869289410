// Recorded call summaries for the stories and browser tests of CallSummaries (not exported by the package).
import { type CallSummaryInput, type DesignerAdapter, DesignerError } from '@sona-designer/core';
import { JOB_IDS } from '@sona-designer/core/demo';
import { createFixtureAdapter } from './fixtures';

export interface SampleCall {
  /** When the call was recorded. */
  at: string;
  input: CallSummaryInput;
}

/** Six calls over the demo flows, oldest first: simulated on drafts and published versions, every common outcome. */
export const SAMPLE_CALLS: SampleCall[] = [
  {
    at: '2026-02-02T14:05:00.000Z',
    input: {
      callFlowId: 'flow-sales',
      stepId: 'sales',
      source: 'published',
      caller: 'Nadia Haddad',
      intent: 'Wants a quote for the plumbing of three restaurant kitchens in Laval.',
      jobId: JOB_IDS.commercialLead,
      collected: {
        company: 'Bistro Haddad inc.',
        locations: '3 restaurants, Laval',
        timeline: 'Before the end of April',
        'callback number': '+1 450 555 0172',
      },
      actions: [{ type: 'transfer', detail: 'Team member: Marc Dupont' }],
      outcome: 'lead-qualified',
      turns: 9,
      transcript: [
        { speaker: 'sona', text: 'Dupont Plomberie & Chauffage, service des ventes. Sales, how can I help?' },
        {
          speaker: 'caller',
          text: 'Hi, I run three restaurants in Laval and we need the kitchens redone, grease traps included.',
        },
        { speaker: 'sona', text: 'Happy to help. What is the name of your company?' },
        { speaker: 'caller', text: 'Bistro Haddad inc.' },
        { speaker: 'sona', text: 'And when would you like the work done?' },
        { speaker: 'caller', text: 'Before the end of April if possible.' },
        { speaker: 'sona', text: 'Which number can our estimator call you back on?' },
        { speaker: 'caller', text: '450 555 0172.' },
        {
          speaker: 'sona',
          text: 'Thank you. I am transferring you to Marc Dupont, who handles commercial projects. Is that all right?',
        },
      ],
    },
  },
  {
    at: '2026-02-03T09:40:00.000Z',
    input: {
      callFlowId: 'flow-main',
      stepId: 'front-desk',
      source: 'published',
      caller: 'Marc-André Gagnon',
      intent: 'Pense avoir été facturé deux fois pour la visite du 28 janvier.',
      jobId: JOB_IDS.billing,
      collected: { 'numéro de facture': 'F-20418', courriel: 'ma.gagnon@example.com' },
      actions: [{ type: 'sms', detail: 'Votre demande au sujet de la facture F-20418 a bien été reçue.' }],
      outcome: 'resolved',
      turns: 6,
      transcript: [
        { speaker: 'sona', text: 'Dupont Plomberie & Chauffage, bonjour! Hello! How can I help you today?' },
        {
          speaker: 'caller',
          text: 'Bonjour, je pense que vous m’avez facturé deux fois la visite du 28 janvier.',
        },
        { speaker: 'sona', text: 'Je vérifie avec vous. Quel est le numéro de la facture ?' },
        { speaker: 'caller', text: 'F-20418.' },
        { speaker: 'sona', text: 'Merci. À quelle adresse courriel pouvons-nous vous répondre ?' },
        { speaker: 'caller', text: 'ma.gagnon@example.com' },
        {
          speaker: 'sona',
          text: 'C’est noté : la comptabilité vous répond sous deux jours ouvrables. Je vous envoie une confirmation par SMS.',
        },
      ],
    },
  },
  {
    at: '2026-02-04T16:20:00.000Z',
    input: {
      callFlowId: 'flow-main',
      stepId: 'front-desk',
      source: 'draft',
      caller: 'Priya Raman',
      intent: 'Asked whether the company installs solar panels.',
      jobId: null,
      collected: { name: 'Priya Raman', 'callback number': '+1 514 555 0148' },
      actions: [],
      outcome: 'message-taken',
      turns: 4,
      transcript: [
        {
          speaker: 'sona',
          text: 'Dupont Plomberie & Chauffage, bonjour! Hello! Are you calling about a visit or something new?',
        },
        { speaker: 'caller', text: 'Something new: do you install solar panels?' },
        {
          speaker: 'sona',
          text: 'I could not find that in what I know. I will take a message for the team: may I have your name and number?',
        },
        { speaker: 'caller', text: 'Priya Raman, 514 555 0148.' },
        { speaker: 'sona', text: 'Thank you Priya, someone will call you back tomorrow.' },
      ],
    },
  },
  {
    at: '2026-02-05T02:15:00.000Z',
    input: {
      callFlowId: 'flow-main',
      stepId: 'after-hours',
      source: 'draft',
      caller: 'Jean Tremblay',
      intent: 'Water pouring from the ceiling under the upstairs bathroom, at night.',
      jobId: JOB_IDS.emergency,
      collected: { address: '4520 rue Fabre, Montréal', 'water shut off': 'Yes' },
      actions: [{ type: 'transfer', detail: 'Outside number: +1 514 555 0100 (on-call technician)' }],
      outcome: 'transferred',
      turns: 5,
      transcript: [
        {
          speaker: 'sona',
          text: 'Vous avez joint Dupont Plomberie & Chauffage. You have reached Dupont Plumbing & Heating after hours.',
        },
        {
          speaker: 'caller',
          text: 'Water is pouring through my kitchen ceiling from the bathroom upstairs!',
        },
        { speaker: 'sona', text: 'I understand. Have you shut off the main water valve?' },
        { speaker: 'caller', text: 'Yes, just now.' },
        { speaker: 'sona', text: 'Good. What is the address?' },
        { speaker: 'caller', text: '4520 rue Fabre.' },
        {
          speaker: 'sona',
          text: 'I am transferring you to our on-call technician now. Please stay on the line.',
        },
      ],
    },
  },
  {
    at: '2026-02-05T10:30:00.000Z',
    input: {
      callFlowId: 'flow-main',
      stepId: 'front-desk',
      source: 'draft',
      caller: 'Julie Tremblay',
      intent: 'Book a plumber to fix a leaking kitchen tap on Tuesday morning.',
      jobId: JOB_IDS.bookService,
      collected: {
        name: 'Julie Tremblay',
        address: '1280 avenue du Mont-Royal Est, Montréal',
        problem: 'Leaking kitchen tap',
        window: 'Tuesday, 8:00–12:00',
        'callback number': '+1 514 555 0134',
      },
      actions: [{ type: 'sms', detail: 'Your visit is booked for Tuesday between 8:00 and 12:00.' }],
      outcome: 'appointment-booked',
      turns: 8,
      transcript: [
        {
          speaker: 'sona',
          text: 'Dupont Plomberie & Chauffage, bonjour! Hello! Are you calling about a visit or something new?',
        },
        { speaker: 'caller', text: 'Hi, I need a plumber for a leaking kitchen tap, ideally Tuesday.' },
        { speaker: 'sona', text: 'I can book that. What is the service address?' },
        { speaker: 'caller', text: '1280 avenue du Mont-Royal Est.' },
        {
          speaker: 'sona',
          text: 'On Tuesday I have a morning window, 8 to 12, or an afternoon window, 12 to 5. Which suits you?',
        },
        { speaker: 'caller', text: 'The morning, please.' },
        { speaker: 'sona', text: 'May I have your name and a number to reach you?' },
        { speaker: 'caller', text: 'Julie Tremblay, 514 555 0134.' },
        {
          speaker: 'sona',
          text: 'You are booked for Tuesday morning. I am sending you a confirmation by SMS.',
        },
      ],
    },
  },
  {
    at: '2026-02-05T11:02:00.000Z',
    input: {
      callFlowId: 'flow-support',
      stepId: 'sona-1',
      source: 'draft',
      caller: 'Unknown (+1 438 555 0191)',
      intent: 'Radiators cold since this morning; hung up before giving an address.',
      jobId: JOB_IDS.noHeat,
      collected: {},
      actions: [],
      outcome: 'abandoned',
      turns: 2,
      transcript: [
        {
          speaker: 'sona',
          text: 'Support technique Dupont, bonjour! Technical support, what seems to be the problem?',
        },
        { speaker: 'caller', text: 'My radiators have been cold since this morning.' },
        { speaker: 'sona', text: 'I am sorry to hear that. Is the boiler showing an error code?' },
      ],
    },
  },
];

/**
 * The fixture workspace with `SAMPLE_CALLS` recorded at their dates. Later recordings (a test's or a story's) get
 * the real date, so they come first. `latencyMs` slows the reads of the list and its filters once the samples are in.
 */
export async function createCallSummariesAdapter(
  options: { latencyMs?: number; calls?: SampleCall[] } = {},
): Promise<DesignerAdapter> {
  let clock: Date | null = null;
  const adapter = createFixtureAdapter({ now: () => clock ?? new Date() });
  for (const sample of options.calls ?? SAMPLE_CALLS) {
    clock = new Date(sample.at);
    await adapter.recordCallSummary(sample.input);
  }
  clock = null;
  const latency = options.latencyMs ?? 0;
  if (latency === 0) return adapter;
  const slow = <T>(work: () => Promise<T>) =>
    new Promise((resolve) => setTimeout(resolve, latency)).then(work);
  return {
    ...adapter,
    listCallSummaries: (filter) => slow(() => adapter.listCallSummaries(filter)),
    listCallFlows: () => slow(() => adapter.listCallFlows()),
    getCallFlow: (id) => slow(() => adapter.getCallFlow(id)),
  };
}

const OUTAGE = 'The workspace could not be reached. Your work is kept: try again.';

/** The adapter, whose first `failures` lists of call summaries fail with `UNAVAILABLE` (then it recovers). */
export function withFailingSummaries(adapter: DesignerAdapter, failures = 1): DesignerAdapter {
  let left = failures;
  return {
    ...adapter,
    listCallSummaries: (filter) => {
      if (left > 0) {
        left--;
        return Promise.reject(new DesignerError('UNAVAILABLE', OUTAGE));
      }
      return adapter.listCallSummaries(filter);
    },
  };
}
