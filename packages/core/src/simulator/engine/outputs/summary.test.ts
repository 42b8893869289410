import { describe, expect, test } from 'vitest';
import { CallSummaryInputSchema } from '../../../model/callSummary';
import { demoStep, sonaStep, templateJob } from '../conversationFixtures';
import { simulateCall } from '../runtime/scriptedCall';
import { summarizeCall } from './summary';
import { UNKNOWN_CALLER } from './unknownCaller';

function validate(summary: ReturnType<typeof summarizeCall>) {
  return CallSummaryInputSchema.safeParse({ ...summary, callFlowId: 'flow-main', source: 'draft' });
}

describe('summarizeCall', () => {
  test('a call ended with End call in the middle of a job is abandoned, and keeps what was collected', () => {
    const step = sonaStep([templateJob('take-a-message', 'en')]);
    const { state } = simulateCall(step, ['Can I leave a message for Julie?', 'Julie']);
    const summary = summarizeCall(step, state);
    expect(summary).toMatchObject({
      caller: UNKNOWN_CALLER,
      outcome: 'abandoned',
      jobId: 'job-take-a-message-en',
      intent: 'Called about “\u2068Take a message\u2069”: “\u2068Can I leave a message for Julie?\u2069”.',
      collected: { 'who the message is for': 'Julie' },
      turns: 5,
    });
    expect(validate(summary).success).toBe(true);
  });

  test('a caller who gives a name unasked is named in the summary, in English or French', () => {
    const step = sonaStep([templateJob('take-a-message', 'en')]);
    const english = simulateCall(step, [
      'Can I leave a message for Julie?',
      'My name is Louise Gagnon, 450 rue Rachel.',
    ]);
    expect(summarizeCall(step, english.state).caller).toBe('Louise Gagnon');
    const french = simulateCall(step, [
      'Je voudrais laisser un message',
      'Bonjour, je m’appelle Chloé Lavoie.',
    ]);
    expect(summarizeCall(step, french.state).caller).toBe('Chloé Lavoie');
  });

  test('a caller who hangs up before speaking abandoned the call; one whose question no job or page covers is no match', () => {
    const step = demoStep('flow-main', 'front-desk');
    expect(summarizeCall(step, simulateCall(step, []).state)).toMatchObject({
      outcome: 'abandoned',
      intent: 'Hung up without saying anything.',
      turns: 1,
    });
    const unmatched = simulateCall(step, ['Do you sell garden furniture?', 'No thanks', 'Bye']);
    expect(summarizeCall(step, unmatched.state)).toMatchObject({ outcome: 'no-match', jobId: null });
  });

  test('the intent is written in the caller’s language, or the one asked for', () => {
    const step = sonaStep([templateJob('take-a-message', 'fr')]);
    const { state } = simulateCall(step, ['Je voudrais laisser un message pour Julie']);
    expect(summarizeCall(step, state).intent).toBe(
      'Appel pour «\u00a0\u2068Prendre un message\u2069\u00a0»\u00a0: «\u00a0\u2068Je voudrais laisser un message pour Julie\u2069\u00a0».',
    );
    expect(summarizeCall(step, state, { locale: 'en' }).intent).toBe(
      'Called about “\u2068Prendre un message\u2069”: “\u2068Je voudrais laisser un message pour Julie\u2069”.',
    );
  });

  test('long texts are cut to the schema’s limits, so the summary can always be recorded', () => {
    const step = sonaStep([templateJob('take-a-message', 'en')]);
    const long = `Please tell Julie ${'that the boiler is leaking again '.repeat(800)}`;
    const { state } = simulateCall(step, [
      'Can I leave a message for Julie?',
      'Julie',
      'Anna Lee',
      'Yes',
      long,
    ]);
    const summary = summarizeCall(step, state);
    expect(long.length).toBeGreaterThan(20_000);
    expect(summary.transcript.some((turn) => turn.text.length === 20_000 && turn.text.endsWith('…'))).toBe(
      true,
    );
    expect(summary.intent.length).toBeLessThanOrEqual(1000);
    expect(Object.values(summary.collected).every((value) => value.length <= 2000)).toBe(true);
    expect(validate(summary).error?.issues ?? []).toEqual([]);
  });
});
