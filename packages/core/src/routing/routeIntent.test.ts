import { describe, expect, it } from 'vitest';
import { FIFTH_BUSINESSES } from '../../../../test/routing/businessesFifth';
import { FOURTH_BUSINESSES } from '../../../../test/routing/businessesFourth';
import { SIXTH_BUSINESSES } from '../../../../test/routing/businessesSixth';
import { FIFTH_DEV_SAMPLES } from '../../../../test/routing/devFifth';
import { FOURTH_DEV_SAMPLES } from '../../../../test/routing/devFourth';
import { SIXTH_DEV_SAMPLES } from '../../../../test/routing/devSixth';
import { evaluateRouting, routeByBusiness } from '../../../../test/routing/evaluate';
import { evaluateThirdHeldOut } from '../../../../test/routing/evaluateThird';
import { DEVELOPMENT_SETS, MAX_LOSS, scoreWithWeights } from '../../../../test/routing/fitWeights';
import { HELD_OUT_SAMPLES } from '../../../../test/routing/heldOut';
import { SECOND_HELD_OUT_SAMPLES } from '../../../../test/routing/heldOutSecond';
import { THIRD_HELD_OUT_SAMPLES } from '../../../../test/routing/heldOutThird';
import { createRouter, type RoutableJob, routeIntent } from './routeIntent';
import { HAND_SET_ROUTING_WEIGHTS, ROUTING_WEIGHTS } from './routingWeights';

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

const SALON: RoutableJob[] = [
  job('book', 'Book a visit', 'New appointments.', 'Caller wants an appointment.', '1. Offer a slot.'),
  job(
    'reschedule',
    'Move an appointment',
    'Postpone or bring forward an existing appointment.',
    'Caller wants another time for their appointment.',
    '1. Ask the current date.\n2. Offer another slot.',
  ),
  job(
    'cancel',
    'Cancel an appointment',
    'Cancellations.',
    'Caller cannot come.',
    '1. Confirm the cancellation.',
  ),
];

const MIXED: RoutableJob[] = [
  job(
    'bodywork',
    'Accident repair',
    'Bodywork after a collision.',
    'Caller had an accident with their car.',
    '1. Ask for photos.',
  ),
  job(
    'slow-pc',
    'Slow computer',
    'Computers that freeze or run slowly.',
    'Caller says their computer is slow.',
    '1. Ask them to restart.',
  ),
  job('leak', 'Water leak', 'Leaking pipes.', 'Caller has a leak.', '1. Ask where the water comes from.'),
  job(
    'new-patient',
    'New patient registration',
    'Registering with the practice.',
    'Caller wants to register.',
    '1. Take their details.',
  ),
  job(
    'prescription',
    'Prescription renewal',
    'Repeat prescriptions.',
    'Caller needs a prescription renewed.',
    '1. Ask which medicine.',
  ),
];

describe('routeIntent, general language', () => {
  it('understands everyday phrases as a whole', () => {
    expect(routeIntent('could we push back my appointment a bit?', SALON).jobId).toBe('reschedule');
    expect(routeIntent("I'd like to call off my appointment", SALON).jobId).toBe('cancel');
  });

  it('sets aside what the caller says they do not want', () => {
    expect(
      routeIntent("I don't want to cancel my appointment, can I come later in the day?", SALON).jobId,
    ).toBe('reschedule');
    expect(routeIntent('pas besoin d’annuler, je voudrais juste un autre jour', SALON).jobId).toBe(
      'reschedule',
    );
  });

  it('reads "you guys" as "you", not as the workers a caller waits for', () => {
    const jobs = [
      job(
        'arrival',
        'Technician arrival',
        'When the crew arrives.',
        'Caller waits for the guys.',
        '1. Check.',
      ),
      job('cancel', 'Cancel service', 'Ending the contract.', 'Caller wants to cancel.', '1. Ask why.'),
    ];
    expect(routeIntent("that's it, I'm done with you guys, close my account", jobs).jobId).toBe('cancel');
  });

  it('lets the job decide which meaning of an ambiguous word counts', () => {
    expect(routeIntent('someone crashed into my car', MIXED).jobId).toBe('bodywork');
    expect(routeIntent('my laptop keeps crashing', MIXED).jobId).toBe('slow-pc');
  });

  it('corrects a vowel typo in a short word, and only that kind', () => {
    expect(routeIntent('there is a leek under the sink', MIXED).jobId).toBe('leak');
    expect(routeIntent('there is a lean under the sink', MIXED).jobId).toBeNull();
  });

  it('does not pick a job because the caller said "new"', () => {
    const office = [
      job('equipment', 'New laptop', 'New laptops for staff.', 'Caller wants a new laptop.', '1. Ask why.'),
      job(
        'software',
        'Software',
        'Installing software.',
        'Caller needs software on a laptop.',
        '1. Ask which.',
      ),
    ];
    expect(routeIntent('please install Teams on my new laptop', office).jobId).toBe('software');
    expect(routeIntent('I need a new prescription', MIXED).jobId).toBe('prescription');
  });

  it('is less confident when two jobs fit the words equally', () => {
    const billing = job('billing', 'Billing', 'Invoices.', 'Caller asks about an invoice.', '1. Ask.');
    const alone = routeIntent('a question about my invoice', [billing, ...MIXED]);
    const twin = { ...billing, id: 'billing-twin' };
    const tied = routeIntent('a question about my invoice', [billing, twin, ...MIXED]);
    expect(tied.confidence).toBeLessThan(alone.confidence);
  });
});

describe('routing dataset', () => {
  // Floors are the measured figures less a sentence or two, so a regression fails (the product targets are
  // 0.9 top-1 and 0.85 rejection). The router was tuned by hand on the main dataset and, in the fourth round, on the
  // fourth (development) set; in the fifth round its weights were fitted (routingWeights.ts) on every development
  // set, the fifth weighing double. The third held-out set was only ever scored as a whole, before and after.
  // Measured after the fifth round: main 97.2% / 100%, first 95.8% / 100%, second 84.1% / 91.7%, third 60.6% /
  // 83.3% (its targets, 80% / 85%, are not met), fourth 93.4% / 93.6%, fifth 60.2% / 78.1%. Before it: main
  // 96.6% / 100%, first 91.7% / 100%, second 84.1% / 91.7%, third 58.7% / 80.0%, fourth 90.8% / 93.6%, fifth
  // (written before the round, by someone who had not seen the router) 56.1% / 71.9%. The sixth set, written the
  // same way and kept out of the fit, validates it: 56.2% / 82.9% with the hand-set weights, 59.5% / 88.6% fitted.
  // Intent phrasings added from the fifth set's misses then took it to 67.5% / 78.1% and left the sixth and the
  // third exactly where they were: phrasings learnt from one set's callers barely reach another's.
  it('routes covered sentences to the right job and rejects uncovered ones', () => {
    const score = evaluateRouting();
    expect(score.covered + score.uncovered).toBeGreaterThanOrEqual(150);
    expect(score.uncovered / (score.covered + score.uncovered)).toBeGreaterThanOrEqual(0.15);
    expect(score.top1Accuracy).toBeGreaterThanOrEqual(0.95);
    expect(score.rejectionRate).toBeGreaterThanOrEqual(0.96);
  });

  it('does about as well on held-out sentences it was not tuned on', () => {
    const first = evaluateRouting({}, HELD_OUT_SAMPLES);
    expect(first.top1Accuracy).toBeGreaterThanOrEqual(0.87);
    expect(first.rejectionRate).toBeGreaterThanOrEqual(0.83);
    const second = evaluateRouting({}, SECOND_HELD_OUT_SAMPLES);
    expect(second.covered + second.uncovered).toBeGreaterThanOrEqual(40);
    expect(second.uncovered / (second.covered + second.uncovered)).toBeGreaterThanOrEqual(0.15);
    expect(second.top1Accuracy).toBeGreaterThanOrEqual(0.81);
    expect(second.rejectionRate).toBeGreaterThanOrEqual(0.83);
  });

  it('scores the third held-out set, six businesses it never saw', () => {
    const third = evaluateThirdHeldOut();
    expect(third.covered + third.uncovered).toBe(THIRD_HELD_OUT_SAMPLES.length);
    expect(third.covered + third.uncovered).toBeGreaterThanOrEqual(100);
    expect(third.top1Accuracy).toBeGreaterThanOrEqual(0.59);
    expect(third.rejectionRate).toBeGreaterThanOrEqual(0.8);
  });

  // Development sets written for later rounds, each over businesses no other set uses: its size, its share of
  // sentences no job covers, and the floors of its scores.
  it.each([
    {
      set: 'the fourth set, the development set of the fourth round',
      samples: FOURTH_DEV_SAMPLES,
      businesses: FOURTH_BUSINESSES,
      floors: { size: 120, uncovered: 0.2, top1: 0.91, rejection: 0.91 },
    },
    {
      set: 'the fifth set, written for the fifth round by someone who had not seen the router',
      samples: FIFTH_DEV_SAMPLES,
      businesses: FIFTH_BUSINESSES,
      floors: { size: 140, uncovered: 0.15, top1: 0.65, rejection: 0.75 },
    },
    {
      set: 'the sixth set, which validates the fit: written before it, never fitted on nor read',
      samples: SIXTH_DEV_SAMPLES,
      businesses: SIXTH_BUSINESSES,
      floors: { size: 140, uncovered: 0.15, top1: 0.57, rejection: 0.85 },
    },
  ])('scores $set', ({ samples, businesses, floors }) => {
    const score = routeByBusiness(samples, businesses);
    const size = score.covered + score.uncovered;
    expect(size).toBe(samples.length);
    expect(size).toBeGreaterThanOrEqual(floors.size);
    expect(score.uncovered / size).toBeGreaterThanOrEqual(floors.uncovered);
    expect(score.top1Accuracy).toBeGreaterThanOrEqual(floors.top1);
    expect(score.rejectionRate).toBeGreaterThanOrEqual(floors.rejection);
  });

  it('routes with fitted weights no more than 2 points below the hand-set ones on any development set', () => {
    for (const set of DEVELOPMENT_SETS) {
      const fitted = scoreWithWeights(set, ROUTING_WEIGHTS);
      const handSet = scoreWithWeights(set, HAND_SET_ROUTING_WEIGHTS);
      expect(fitted.top1Accuracy, set.name).toBeGreaterThanOrEqual(handSet.top1Accuracy - MAX_LOSS);
      expect(fitted.rejectionRate, set.name).toBeGreaterThanOrEqual(handSet.rejectionRate - MAX_LOSS);
    }
  });
});
