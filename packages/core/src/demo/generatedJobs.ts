import type { Job } from '..';

export const INTENTS = [
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

export const SERVICES = [
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

export const AREAS = [
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
/** Every this-many jobs, one has instructions at the 10,000-character limit. */
const LONG_EVERY = 997;

function longInstructions(): string {
  let text = '';
  for (let index = 0; text.length < 10_000; index++) {
    text += `${index + 1}. ${STEP_LINES[index % STEP_LINES.length]}\n`;
  }
  return text.slice(0, 10_000);
}

/** The id of generated job `index`: its intent is `index % 10`, its service `index / 10 % 50`, its area `index / 500`. */
export function generatedJobId(index: number): string {
  return `job-gen-${index.toString().padStart(5, '0')}`;
}

/**
 * `count` realistic jobs ("Book drain cleaning — Verdun"), always the same ones, with varied edit dates and, every
 * 997th job, instructions at the 10,000-character limit.
 */
export function generateJobs(count: number): Job[] {
  const jobs: Job[] = [];
  const long = longInstructions();
  const short = STEP_LINES.map((line, index) => `${index + 1}. ${line}`).join('\n');
  for (let index = 0; index < count; index++) {
    const [intent, phrase] = INTENTS[index % INTENTS.length] ?? INTENTS[0];
    const service = SERVICES[Math.floor(index / INTENTS.length) % SERVICES.length] ?? SERVICES[0];
    const areaIndex = Math.floor(index / (INTENTS.length * SERVICES.length));
    const area = AREAS[areaIndex % AREAS.length] ?? AREAS[0];
    const round = Math.floor(areaIndex / AREAS.length);
    const suffix = round > 0 ? ` (${round + 1})` : '';
    jobs.push({
      id: generatedJobId(index),
      name: `${intent} ${service} — ${area}${suffix}`,
      description: `For clients in ${area} who call ${phrase} ${service}.`,
      trigger: `The caller asks ${phrase} ${service} at an address in ${area}.`,
      instructions: index % LONG_EVERY === 0 ? long : short,
      version: 1,
      createdAt: new Date(BASE_TIME + index * 3_600_000).toISOString(),
      updatedAt: new Date(BASE_TIME + ((index * 7919) % count) * 3_600_000 + 60_000).toISOString(),
    });
  }
  return jobs;
}
