import { describe, expect, test } from 'vitest';
import { demoStep } from '../conversationFixtures';
import { simulateCall } from './scriptedCall';

describe('takeTurn', () => {
  test('“No, that is all, bye” in the middle of a job ends the call', () => {
    const step = demoStep('flow-main', 'front-desk');
    const { state } = simulateCall(step, ['I got charged twice on my last invoice', 'no that is all, bye']);
    expect(state.ended).toBe(true);
    expect(state.transcript.at(-1)?.text).toMatch(/Goodbye/);
  });
});
