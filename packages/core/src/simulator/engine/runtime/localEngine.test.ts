import { describe, expect, test } from 'vitest';
import { demoStep, sonaStep, templateJob } from '../conversationFixtures';
import type { SimulatedSonaStep, SimulatorEngine, SimulatorTurnResult } from '../types';
import { createLocalSimulatorEngine } from './localEngine';

async function play(
  engine: SimulatorEngine,
  step: SimulatedSonaStep,
  messages: string[],
): Promise<SimulatorTurnResult[]> {
  const results = [await engine.start({ step })];
  for (const message of messages) {
    const state = results[results.length - 1]?.state;
    if (!state || state.ended) break;
    results.push(await engine.turn({ step, state, message }));
  }
  return results;
}

const CALL = [
  'Hi, I have a question about my invoice, I was charged twice',
  'Invoice 2291',
  'What are your opening hours?',
  'No thanks, bye',
];

describe('createLocalSimulatorEngine', () => {
  test('Sona speaks first: the step’s greeting, else a default one in the requested language', async () => {
    const engine = createLocalSimulatorEngine();
    const withGreeting = await engine.start({ step: demoStep('flow-main', 'front-desk') });
    expect(withGreeting.reply).toBe(
      'Dupont Plomberie & Chauffage, bonjour! Hello! Are you calling about a visit or something new?',
    );
    expect(withGreeting.state.transcript).toEqual([{ speaker: 'sona', text: withGreeting.reply }]);
    expect((await engine.start({ step: sonaStep([]) })).reply).toBe(
      'Hello, thank you for calling. How can I help you today?',
    );
    expect((await engine.start({ step: sonaStep([]), locale: 'fr' })).reply).toBe(
      'Bonjour, merci de votre appel. Comment puis-je vous aider\u00a0?',
    );
  });

  test('the same input gives the same output, call after call and engine after engine', async () => {
    const step = demoStep('flow-main', 'front-desk');
    const first = await play(createLocalSimulatorEngine(), step, CALL);
    const second = await play(createLocalSimulatorEngine(), step, CALL);
    expect(first).toHaveLength(5);
    expect(second).toEqual(first);
    // A turn never changes the state it was given: replaying one turn from the same state gives the same result.
    const engine = createLocalSimulatorEngine();
    const from = first[1]?.state;
    if (!from) throw new Error('The call has no second turn.');
    const snapshot = structuredClone(from);
    const again = await engine.turn({ step, state: from, message: CALL[1] ?? '' });
    expect(again).toEqual(first[2]);
    expect(from).toEqual(snapshot);
  });

  test('while Sona answers from Knowledge mid-job, the job waits and the question is asked again', async () => {
    const results = await play(
      createLocalSimulatorEngine(),
      demoStep('flow-main', 'front-desk'),
      CALL.slice(0, 1).concat('What are your opening hours?'),
    );
    expect(results[2]?.reply).toBe(
      'From our “Opening hours / Heures d’ouverture” page: “Open Monday to Friday 7:30–17:30 and Saturday 9:00–13:00; emergencies 24/7.” And to come back to my question: Could I have the invoice number or the name and address on the account?',
    );
    expect(results[2]?.state.instructionIndex).toBe(results[1]?.state.instructionIndex);
  });

  test('replies in the caller’s language when no locale is given', async () => {
    const step = sonaStep([templateJob('take-a-message', 'en')], [], '');
    const [, reply] = await play(createLocalSimulatorEngine(), step, [
      'Bonjour, avez-vous des places de stationnement ?',
    ]);
    expect(reply?.reply).toMatch(/^Désolée, je n’ai pas de réponse à cela\./);
  });

  test('a job detached mid-call: Sona starts over from the caller’s words', async () => {
    const engine = createLocalSimulatorEngine();
    const step = sonaStep([templateJob('take-a-message', 'en'), templateJob('billing-question', 'en')]);
    const started = await engine.start({ step });
    const inJob = await engine.turn({
      step,
      state: started.state,
      message: 'Can I leave a message for Julie?',
    });
    expect(inJob.state.jobId).toBe('job-take-a-message-en');
    const withoutIt = { ...step, jobs: step.jobs.filter((job) => job.id !== 'job-take-a-message-en') };
    const next = await engine.turn({
      step: withoutIt,
      state: inJob.state,
      message: 'Why was I charged twice on my invoice?',
    });
    expect(next.trace).toMatchObject({ routed: true, job: { jobId: 'job-billing-question-en' } });
  });

  test('the trace names the general intent heard in the caller’s words, in English and French', async () => {
    const engine = createLocalSimulatorEngine();
    const step = demoStep('flow-main', 'front-desk');
    const [, billing] = await play(engine, step, ['I was charged twice on my last bill']);
    expect(billing?.trace.heard).toEqual({
      id: 'billing',
      label: { en: 'Billing and payment', fr: 'Facturation et paiement' },
    });
    const [, person] = await play(engine, step, ['representative!']);
    expect(person?.trace.heard?.id).toBe('person');
    const [, chat] = await play(engine, step, ['lovely weather today']);
    expect(chat?.trace.heard).toBeUndefined();
  });

  test('simulated thinking time: a turn resolves after the delay', async () => {
    const engine = createLocalSimulatorEngine({ delayMs: 30 });
    const started = performance.now();
    await engine.start({ step: sonaStep([]) });
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });

  test('aborting rejects with an AbortError, before or during the thinking time', async () => {
    const engine = createLocalSimulatorEngine({ delayMs: 5_000 });
    const controller = new AbortController();
    const pending = engine.start({ step: sonaStep([]), signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await expect(pending).rejects.toBeInstanceOf(DOMException);

    const fast = createLocalSimulatorEngine();
    const { state } = await fast.start({ step: sonaStep([]) });
    await expect(
      fast.turn({ step: sonaStep([]), state, message: 'Hello', signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('a message after the call ended, or an empty one, is refused with what to do', async () => {
    const engine = createLocalSimulatorEngine();
    const step = sonaStep([]);
    const start = await engine.start({ step });
    const ended = await engine.turn({ step, state: start.state, message: 'Goodbye' });
    expect(ended.state.ended).toBe(true);
    await expect(engine.turn({ step, state: ended.state, message: 'Hello?' })).rejects.toThrow(
      'This call has ended: start a new call to keep testing.',
    );
    await expect(engine.turn({ step, state: start.state, message: '   ' })).rejects.toThrow(
      'The caller’s message is empty: type what the caller says, then send it.',
    );
  });
});
