// Generated saved tests of the demo's support line for the typing benchmark: realistic support calls, so the
// simulated routing does real work on every run of the suite. Whether they pass does not matter.
import type { Expectation, TestCase } from '../../../../packages/core/src/index';

/** The support line of the demo workspace and its Sona step (the starter graph's), which holds ten jobs. */
export const SUPPORT_FLOW_ID = 'flow-support';
export const SUPPORT_STEP_ID = 'sona-1';
const SUPPORT_JOB_IDS = [
  'job-water-heater',
  'job-no-heat',
  'job-clogged-drain',
  'job-leak',
  'job-warranty',
  'job-escalate-manager',
  'job-complaint',
  'job-payment-link',
  'job-billing',
  'job-take-message',
];

/** What callers open with. */
const OPENINGS = [
  'My water heater makes a noise',
  'No heat since this morning',
  'I want to talk to someone',
  'What are your prices',
  'There is no hot water since yesterday',
  'My kitchen sink is clogged and the water does not go down',
  'Water is dripping from the ceiling in the bathroom',
  'There is a leak under the sink',
  'Is my water heater still under warranty? You installed it two years ago',
  'I want to speak to a manager please',
  'I would like to make a complaint about the technician who came on Monday',
  'Can you send me a link to pay my invoice',
  'I have a question about my last bill, I was charged twice',
  'Can I leave a message for Sophie',
  'The furnace will not start, it is freezing in here',
  'Bonjour, mon chauffe-eau fait un bruit bizarre',
  'Il ne fait pas chaud dans la maison depuis ce matin',
  'The toilet is backed up and overflowing',
  'My radiators are cold but the boiler is running',
  'The shower drain is very slow',
  'Who do I call about the repair you did last month, it is leaking again',
  'I got your invoice but the amount is wrong',
  'Your technician was late and rude, I am not happy',
  'Do you repair heat pumps? Mine makes a grinding sound',
];

/** What they say next. */
const FOLLOW_UPS = [
  'Since yesterday evening',
  'It is in the basement, a 40 gallon tank',
  '4520 rue Saint-Denis, Montréal',
  'Marie Lavoie, 514 555 0123',
  'Yes, that is right',
  'No, that is all, thank you',
  'Can someone come today?',
  'How much will that cost?',
  'Invoice 20417',
  'It is an emergency, there is water everywhere',
  'Tomorrow morning works for me',
  'Please call me back at 438 555 0190',
  'I already tried to reset it',
  'It started after the cold snap',
  'Oui, merci beaucoup',
  'I would rather talk to a person',
];

/** A small seeded random source, so every page and every run generates the same tests. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` saved tests of the support line: four caller messages each, two or three expectations. */
export function supportTestCases(count: number): TestCase[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const cases: TestCase[] = [];
  for (let index = 0; index < count; index++) {
    const messages = [
      pick(OPENINGS),
      pick(FOLLOW_UPS),
      next() < 0.3 ? pick(OPENINGS) : pick(FOLLOW_UPS),
      pick(FOLLOW_UPS),
    ];
    const expectations: Expectation[] = [
      { kind: 'reaches-step', stepId: SUPPORT_STEP_ID },
      { kind: 'job-fires', jobId: pick(SUPPORT_JOB_IDS), turn: 1 },
    ];
    if (index % 2 === 0) expectations.push({ kind: 'job-fires', jobId: pick(SUPPORT_JOB_IDS) });
    // Tuesday to Friday mornings and afternoons, in Montréal's winter offset: the line is open.
    const day = 3 + (index % 4);
    const hour = 9 + (index % 7);
    const stamp = new Date(Date.UTC(2026, 1, 5, 9, 0, index)).toISOString();
    cases.push({
      id: `bench-test-${String(index + 1).padStart(3, '0')}`,
      callFlowId: SUPPORT_FLOW_ID,
      name: `Support call ${index + 1}: ${messages[0]}`.slice(0, 120),
      call: {
        at: `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00-05:00`,
        callerNumber: `+1514555${String(1000 + index).slice(-4)}`,
        keys: [],
        answered: false,
        messages,
      },
      expectations,
      version: 1,
      createdAt: stamp,
      updatedAt: stamp,
    });
  }
  return cases;
}
