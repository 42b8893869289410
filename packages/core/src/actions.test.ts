import { describe, expect, it } from 'vitest';
import { actionWarnings, formatAction, parseActions } from './actions';

describe('job actions in instructions', () => {
  it('finds SMS and transfer tokens with their line', () => {
    const text =
      '1. Ask for the address.\n2. [sms: Your visit is booked.]\n3. [transfer member: Marc Dupont]';
    expect(parseActions(text).map(({ action, line }) => ({ action, line }))).toEqual([
      { action: { type: 'sms', message: 'Your visit is booked.' }, line: 2 },
      { action: { type: 'transfer', target: 'member', destination: 'Marc Dupont' }, line: 3 },
    ]);
  });

  it('writes tokens that parse back to the same action', () => {
    for (const action of [
      { type: 'sms' as const, message: 'Form: https://example.com/f' },
      { type: 'transfer' as const, target: 'number' as const, destination: '+15145550100' },
      { type: 'transfer' as const, target: 'inbox' as const, destination: 'Support' },
    ]) {
      expect(parseActions(formatAction(action))[0]?.action).toEqual(action);
    }
  });

  it('ignores text that only looks like a token', () => {
    expect(parseActions('[note: call back] [transfer: nobody] [sms without colon]')).toEqual([]);
  });

  it('warns about empty actions and steps after a transfer', () => {
    const text = '1. [sms: ]\n2. [transfer inbox: Support]\n3. Thank the caller.';
    expect(actionWarnings(text).map((warning) => warning.code)).toEqual(['EMPTY_ACTION', 'AFTER_TRANSFER']);
    expect(actionWarnings('1. Ask.\n2. [transfer number: +15145550100]')).toEqual([]);
  });
});
