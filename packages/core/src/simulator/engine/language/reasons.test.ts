import { describe, expect, it } from 'vitest';
import { REASONS } from './reasons';

describe('REASONS', () => {
  it('isolates a job name, so a right-to-left override in it cannot reverse the sentence around it', () => {
    const name = '\u202eBilling refund';
    const text = REASONS.en.routed(name, 0.9, ['refund']);
    expect(text).toBe(
      'Chose “\u2068\u202eBilling refund\u2069” with 90% confidence: the caller said “\u2068refund\u2069”.',
    );
    expect(REASONS.fr.runnerUp(name, 0.5, 0.9)).toContain('«\u00a0\u2068\u202eBilling refund\u2069\u00a0»');
  });
});
