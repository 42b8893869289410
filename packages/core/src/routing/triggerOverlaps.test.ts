import { describe, expect, it } from 'vitest';
import { triggerOverlaps } from './triggerOverlaps';

const job = (id: string, name: string, trigger: string) => ({
  id,
  name,
  description: '',
  trigger,
  instructions: '1. Ask.',
});

describe('triggerOverlaps', () => {
  it('names two jobs whose triggers the router cannot tell apart', () => {
    const jobs = [
      job('a', 'Take a message', 'The caller wants to leave a message for someone who is not available.'),
      job('b', 'Leave a message', 'The caller wants to leave a message for a person who is not available.'),
      job('c', 'Billing question', 'The caller has a question about an invoice or a payment.'),
    ];
    const overlaps = triggerOverlaps(jobs);
    expect(overlaps.map((overlap) => overlap.jobIds)).toEqual([['a', 'b']]);
    expect(overlaps[0]?.closeness).toBeGreaterThan(0.8);
  });

  it('finds nothing among distinct jobs', () => {
    const jobs = [
      job('a', 'Book a visit', 'The caller wants a plumber to come over.'),
      job('b', 'Billing question', 'The caller has a question about an invoice or a payment.'),
      job('c', 'Water leak', 'Water is leaking from a pipe, the ceiling or the water heater.'),
    ];
    expect(triggerOverlaps(jobs)).toEqual([]);
  });

  it('answers again from memory only while the jobs read the same, even when a job is edited in place', () => {
    const message = job(
      'a',
      'Take a message',
      'The caller wants to leave a message for someone who is away.',
    );
    const other = job(
      'b',
      'Leave a message',
      'The caller wants to leave a message for a person who is away.',
    );
    expect(triggerOverlaps([message, other])).toHaveLength(1);
    expect(triggerOverlaps([message, other])).toHaveLength(1);

    other.trigger = 'The caller asks about an invoice or a payment.';
    other.name = 'Billing question';
    expect(triggerOverlaps([message, other])).toEqual([]);

    const restored = job(
      'b',
      'Leave a message',
      'The caller wants to leave a message for a person who is away.',
    );
    expect(triggerOverlaps([message, restored])).toHaveLength(1);
  });
});
