import { describe, expect, it } from 'vitest';
import { isolate } from './isolate';
import { formatMessage } from './messages';

describe('isolate', () => {
  it('wraps user text in FSI…PDI', () => {
    expect(isolate('Billing refund')).toBe('\u2068Billing refund\u2069');
    expect(isolate('')).toBe('\u2068\u2069');
    expect(isolate(undefined)).toBe('\u2068\u2069');
    expect(isolate(3)).toBe('\u20683\u2069');
  });

  it('keeps a right-to-left override inside the name, before the rest of the sentence', () => {
    const name = '\u202eBilling refund';
    const sentence = formatMessage('Chose “{name}” with 90% confidence.', { name: isolate(name) });
    expect(sentence).toBe('Chose “\u2068\u202eBilling refund\u2069” with 90% confidence.');
    // The override is closed by the PDI before the closing quote: nothing after the name is inside its run.
    expect(sentence.indexOf('\u2069')).toBeGreaterThan(sentence.indexOf('\u202e'));
    expect(sentence.indexOf('\u2069')).toBeLessThan(sentence.indexOf('” with'));
  });
});
