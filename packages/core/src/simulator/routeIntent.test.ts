import { describe, expect, it } from 'vitest';
import { evaluateRouting } from '../../../../test/routing/evaluate';
import { createRouter, type RoutableJob, routeIntent } from './routeIntent';

function job(
  id: string,
  name: string,
  description: string,
  trigger: string,
  instructions: string,
): RoutableJob {
  return { id, name, description, trigger, instructions };
}

const CLINIC: RoutableJob[] = [
  job(
    'book',
    'Book an appointment',
    'New appointments for check-ups.',
    'Caller wants to see the doctor.',
    '1. Ask the name.\n2. Offer a slot.',
  ),
  job(
    'billing',
    'Billing question',
    'Questions about an invoice.',
    'Caller asks about a charge.',
    '1. Ask the invoice number.\n2. Take a message.',
  ),
  job(
    'prescription',
    'Prescription renewal',
    'Repeat prescriptions for regular medication.',
    'Caller needs their medication renewed.',
    '1. Ask which medicine.\n2. Send the request to the doctor.',
  ),
];

const PLOMBIER: RoutableJob[] = [
  job(
    'fuite',
    'Fuite d’eau',
    'Fuites et canalisations percées.',
    'L’appelant a une fuite.',
    '1. Demander où est la fuite.\n2. Faire couper l’eau.',
  ),
  job(
    'chauffe-eau',
    'Chauffe-eau en panne',
    'Plus d’eau chaude.',
    'Le chauffe-eau ne chauffe plus.',
    '1. Demander la marque.\n2. Proposer un passage.',
  ),
  job(
    'devis',
    'Devis de travaux',
    'Prix pour une salle de bains neuve.',
    'Le client veut un devis.',
    '1. Demander les travaux.\n2. Prendre les coordonnées.',
  ),
];

describe('routeIntent', () => {
  it('routes an English caller to the job their words describe', () => {
    const result = routeIntent('Hi, I was charged twice on my last invoice', CLINIC);
    expect(result.jobId).toBe('billing');
    expect(result.confidence).toBeGreaterThan(0.4);
    expect(result.ranked[0]?.matched).toEqual(expect.arrayContaining(['charged', 'invoice']));
  });

  it('routes a French caller, whatever the accents and case', () => {
    expect(routeIntent('Bonjour, il y a une FUITE sous l’évier', PLOMBIER).jobId).toBe('fuite');
    expect(routeIntent('je voudrais un devis pour refaire ma salle de bain', PLOMBIER).jobId).toBe('devis');
  });

  it('understands paraphrases through shared vocabulary, across languages', () => {
    expect(routeIntent('can I schedule a check-up?', CLINIC).jobId).toBe('book');
    expect(routeIntent('je voudrais prendre rendez-vous', CLINIC).jobId).toBe('book');
    expect(routeIntent("there's a question about my bill", CLINIC).jobId).toBe('billing');
  });

  it('tolerates inflections and typos on longer words', () => {
    expect(routeIntent('my medications need renewing', CLINIC).jobId).toBe('prescription');
    expect(routeIntent('my presciption please', CLINIC).jobId).toBe('prescription');
    expect(routeIntent('c’est pour un devvis', PLOMBIER).jobId).toBe('devis');
    expect(routeIntent('j’ai une fuitte', PLOMBIER).jobId).toBe('fuite');
  });

  it('chooses no job when the caller asks something no job covers', () => {
    const result = routeIntent('do you sell garden furniture?', CLINIC);
    expect(result.jobId).toBeNull();
    expect(routeIntent('um, hello?', CLINIC).jobId).toBeNull();
    expect(routeIntent('', CLINIC)).toMatchObject({ jobId: null, confidence: 0 });
  });

  it('ranks every job, best first, and lists only the words that matched', () => {
    const { ranked } = routeIntent('my invoice for the appointment', CLINIC);
    expect(ranked.map((entry) => entry.jobId).sort()).toEqual(['billing', 'book', 'prescription']);
    expect(ranked[0]?.score).toBeGreaterThanOrEqual(ranked[1]?.score ?? 0);
    expect(ranked.find((entry) => entry.jobId === 'prescription')).toMatchObject({ score: 0, matched: [] });
  });

  it('honours a stricter threshold', () => {
    const sentence = 'I have a question about my invoice and also my dog';
    expect(routeIntent(sentence, CLINIC).jobId).toBe('billing');
    expect(routeIntent(sentence, CLINIC, { threshold: 0.99 }).jobId).toBeNull();
  });

  it('gives the same answer for the same input, and re-reads a job whose text changed', () => {
    const jobs = CLINIC.map((entry) => ({ ...entry }));
    const first = routeIntent('question about a charge', jobs);
    expect(routeIntent('question about a charge', jobs)).toEqual(first);
    const billing = jobs[1];
    if (billing) billing.trigger = 'Caller wants to talk about parking.';
    if (billing) billing.description = 'Parking spaces.';
    if (billing) billing.name = 'Parking';
    if (billing) billing.instructions = '1. Give directions.';
    expect(routeIntent('question about a charge', jobs).jobId).toBeNull();
  });

  it('a router answers repeated utterances identically', () => {
    const router = createRouter(PLOMBIER, { locale: 'fr' });
    expect(router.route('plus d’eau chaude')).toEqual(router.route('plus d’eau chaude'));
    expect(router.route('plus d’eau chaude').jobId).toBe('chauffe-eau');
  });
});

describe('routing dataset', () => {
  // The dataset's sentences were written without tuning the router to them; these floors are the measured
  // figures rounded down (the product targets are 0.9 top-1 and 0.85 rejection).
  it('routes covered sentences to the right job and rejects uncovered ones', () => {
    const score = evaluateRouting();
    expect(score.covered + score.uncovered).toBeGreaterThanOrEqual(150);
    expect(score.uncovered / (score.covered + score.uncovered)).toBeGreaterThanOrEqual(0.15);
    expect(score.top1Accuracy).toBeGreaterThanOrEqual(0.85);
    expect(score.rejectionRate).toBeGreaterThanOrEqual(0.85);
  });
});
