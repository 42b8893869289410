import { describe, expect, it } from 'vitest';
import { callIntents, intentsOf } from './intents';
import { createRouter, type RoutableJob, routeIntent } from './routeIntent';

function heard(text: string): string[] {
  return intentsOf(text, true).map((match) => match.intent.id);
}

// Several phrasings per intent, English and French (France and Québec), as callers say them.
const PHRASINGS: Record<string, readonly string[]> = {
  book: [
    "I'd like to make an appointment",
    'do you have anything thursday afternoon?',
    'je voudrais prendre rendez-vous',
    'vous avez un créneau la semaine prochaine ?',
  ],
  reschedule: [
    'can we push back my appointment?',
    'can we do wednesday instead',
    'est-ce que je peux décaler mon rendez-vous ?',
    'can I push the visit back a week?',
    'on peut voir pour la semaine d’après ?',
  ],
  cancel: [
    'I need to cancel tomorrow',
    "I won't be able to come after all",
    'je dois annuler, j’ai un empêchement',
    'je pourrai pas venir demain',
    'can you take me off for Friday, I will ring back',
    'we have decided to hold off for now',
    'the wedding isn’t going ahead',
  ],
  status: [
    'where is your guy, he was supposed to be here at two',
    "I'm still waiting for the technician",
    'is my car ready yet?',
    'je voulais savoir où vous en êtes avec mon dossier',
    'votre gars devait être là à 8h',
  ],
  complaint: [
    'this is unacceptable, I want to make a complaint',
    'je suis vraiment pas contente du résultat',
  ],
  billing: ['I think you charged me twice', 'question sur ma facture'],
  refund: ['I want my money back', 'je voudrais être remboursé'],
  emergency: [
    "the furnace quit and it's freezing",
    'I smell gas in the basement',
    'my dog got hit by a car',
    "c'est urgent, il y a de l'eau partout",
    'la fournaise a lâché pis on gèle',
  ],
  breakdown: ['the dishwasher stopped working', 'ma voiture ne démarre plus', 'la thermopompe est brisée'],
  person: [
    'representative!',
    'can I speak to a real person',
    'je voudrais voir maître Dupont la semaine prochaine',
    'je veux parler à un humain',
  ],
  message: ['can you ask her to call me back', 'je voudrais laisser un message'],
  price: [
    'how much do you charge for a consultation?',
    'c’est combien pour une couleur ?',
    'je voudrais une soumission',
  ],
  hours: ['what are your hours on sunday?', 'vous êtes ouverts le samedi ?'],
  directions: ['where are you located?', 'c’est quoi votre adresse ?'],
  results: ['did my blood test results come back?', 'je voudrais mes résultats de prise de sang'],
  records: ['I need a copy of my file', 'il me faudrait une attestation'],
  prescription: ["I'm out of my pills", 'je voudrais renouveler mon ordonnance'],
  unwell: ["she's been throwing up all night", 'mon chat ne mange plus'],
  injury: ['my son fell and hurt himself at practice', 'ma fille s’est fait mordre par un autre enfant'],
  plan: ['is there a cheaper package?', 'je voudrais changer de forfait'],
};

describe('general call intents', () => {
  it.each(Object.entries(PHRASINGS))(
    'recognises "%s" in several phrasings, in both languages',
    (id, texts) => {
      for (const text of texts) expect(heard(text), text).toContain(id);
    },
  );

  it('hears nothing in off-topic small talk', () => {
    expect(heard("what's the weather like out there today?")).toEqual([]);
    expect(heard('il fait beau chez vous ?')).toEqual([]);
    expect(heard('um, hello?')).toEqual([]);
  });

  it('tolerates a typo in a long word from the caller', () => {
    expect(heard('reprasentative please')).toContain('person');
    expect(heard('reprasentative please'.replace('reprasentative', 'representative'))).toContain('person');
  });

  it('reads a job’s text for the intents it serves', () => {
    expect(heard('Technician arrival. Caller asks when the technician will arrive.')).toContain('status');
    expect(heard('Billing. Questions about an invoice or a payment.')).toContain('billing');
    expect(heard('Parler à un conseiller. Le client veut parler à quelqu’un.')).toContain('person');
    expect(heard('Annuler ou déplacer un rendez-vous.')).toEqual(
      expect.arrayContaining(['cancel', 'reschedule']),
    );
  });

  it('does not hear what the caller says they do not want', () => {
    expect(heard("I don't want to cancel, can we move it to friday instead?")).not.toContain('cancel');
    expect(heard('je veux pas annuler')).not.toContain('cancel');
    expect(heard('I need to cancel')).toContain('cancel');
  });

  it('reads shared words through the longer of two phrases that overlap', () => {
    expect(heard('il y a une place de parking ?')).toEqual(['directions']);
    expect(heard('il vous reste une place ?')).toContain('book');
  });

  it('takes a word for a name only where a name fits', () => {
    expect(heard('is Linda there?')).toContain('person');
    expect(heard('is it there?')).not.toContain('person');
  });

  it('labels every intent in English and French, with unique ids', () => {
    const intents = callIntents();
    expect(new Set(intents.map((intent) => intent.id)).size).toBe(intents.length);
    for (const intent of intents) {
      expect(intent.label.en.length).toBeGreaterThan(0);
      expect(intent.label.fr.length).toBeGreaterThan(0);
    }
  });
});

function job(id: string, name: string, description: string, trigger: string): RoutableJob {
  return { id, name, description, trigger, instructions: '1. Ask the caller’s name.\n2. Take the details.' };
}

const HVAC: RoutableJob[] = [
  job('no-heat', 'No heat', 'Furnace or heat pump down in winter.', 'Caller has no heating.'),
  job(
    'arrival',
    'Technician arrival',
    'When the booked technician will arrive.',
    'Caller is waiting for the technician.',
  ),
  job('agent', 'Speak to an agent', 'Transfer to a human.', 'Caller wants a person.'),
  job('quote', 'Quote', 'Prices for a new system.', 'Caller wants a price.'),
];

describe('routing through general call intents', () => {
  it('routes sentences whose words the jobs do not share, through the intent they express', () => {
    expect(routeIntent("the furnace quit and it's freezing", HVAC).jobId).toBe('no-heat');
    expect(routeIntent('where is your guy, he was supposed to be here at two', HVAC).jobId).toBe('arrival');
    expect(routeIntent('representative!', HVAC).jobId).toBe('agent');
    expect(routeIntent('je veux parler à un humain', HVAC).jobId).toBe('agent');
  });

  it('names the intent heard in the result, in English and French', () => {
    const result = createRouter(HVAC).route('representative!');
    expect(result.intent).toEqual({
      id: 'person',
      label: { en: 'Asking for a person', fr: 'Demande à parler à quelqu’un' },
    });
  });

  it('names the intent heard even when no job serves it, and then chooses none', () => {
    const result = routeIntent('what time do you close on saturdays?', HVAC);
    expect(result.jobId).toBeNull();
    expect(result.intent?.id).toBe('hours');
  });

  it('names no intent for off-topic talk', () => {
    const result = routeIntent('do you sell garden furniture?', HVAC);
    expect(result.jobId).toBeNull();
    expect(result.intent).toBeUndefined();
  });

  it('keeps word evidence: a shared intent does not outweigh the words that name another job', () => {
    expect(routeIntent('how much for a new heat pump?', HVAC).jobId).toBe('quote');
  });
});

// The job that changes bookings comes first, so a tie would go to it.
const HOTEL: RoutableJob[] = [
  job(
    'change-booking',
    'Modifier ou annuler une réservation',
    'Ajouter une nuit, changer les dates, annuler un séjour.',
    'Le client veut changer ou annuler sa réservation.',
  ),
  job('book-room', 'Réserver une chambre', 'Nouvelles réservations.', 'Le client veut réserver une chambre.'),
  job(
    'classes',
    'Cours collectifs',
    'Réserver une place en cours de yoga.',
    'L’adhérent veut réserver un cours.',
  ),
];

describe('routing through the intents a job serves', () => {
  it('does not take new bookings to a job that only moves or cancels them', () => {
    expect(routeIntent('je voudrais faire une réservation pour vendredi', HOTEL).jobId).toBe('book-room');
    expect(routeIntent('je dois annuler ma réservation', HOTEL).jobId).toBe('change-booking');
  });

  it('asks where to park, not for a place in a class', () => {
    expect(routeIntent('il y a une place de parking pour les adhérents ?', HOTEL).jobId).toBeNull();
  });

  it('does not take one real word for a typo of another', () => {
    const physio = [
      job('message', 'Message for a therapist', 'Questions for the therapist.', 'Caller leaves a message.'),
      job('book', 'Book a session', 'Physiotherapy sessions.', 'Caller wants to come in.'),
    ];
    expect(routeIntent('do you offer acupuncture or massage?', physio).jobId).toBeNull();
    expect(routeIntent('can I leave a mesage for my therapist?', physio).jobId).toBe('message');
  });
});
