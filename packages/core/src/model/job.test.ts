import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import { JobInputSchema, JobPatchSchema } from './job';

const valid = { name: 'Take a message', instructions: '1. Ask for their name.' };

function errorsOf(input: unknown): Record<string, string> {
  const result = JobInputSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe('JobInputSchema', () => {
  it('trims and defaults the optional fields to empty', () => {
    expect(JobInputSchema.parse({ name: '  Take a message \n', instructions: '\n 1. Ask. ' })).toEqual({
      name: 'Take a message',
      description: '',
      trigger: '',
      instructions: '1. Ask.',
    });
  });

  it('requires a name and instructions that are not blank, and says what to do', () => {
    const errors = errorsOf({ name: '   ', instructions: '\n\t ' });
    expect(errors.name).toMatch(/^Name is required: give the job a short name/);
    expect(errors.instructions).toMatch(/^Instructions is required: write the steps/);
  });

  it.each([
    ['name', LIMITS.jobName],
    ['description', LIMITS.jobDescription],
    ['trigger', LIMITS.jobTrigger],
    ['instructions', LIMITS.jobInstructions],
  ] as const)('accepts %s at %i characters and rejects one more', (field, max) => {
    expect(errorsOf({ ...valid, [field]: 'a'.repeat(max) })).toEqual({});
    const errors = errorsOf({ ...valid, [field]: 'a'.repeat(max + 1) });
    expect(errors[field]).toContain(`${max + 1} characters, the limit is ${max}. Shorten it by 1.`);
  });

  it.each([
    ['a skin-toned emoji', '👍🏽'],
    ['a family emoji (zero-width joiners)', '👨‍👩‍👧'],
    ['e with a combining accent', 'e\u0301'],
    ['a flag', '🇫🇷'],
  ])('counts %s as one character', (_label, grapheme) => {
    expect(errorsOf({ ...valid, name: grapheme.repeat(LIMITS.jobName) })).toEqual({});
    expect(errorsOf({ ...valid, name: grapheme.repeat(LIMITS.jobName + 1) }).name).toContain(
      '101 characters',
    );
  });

  it('rejects control characters other than newline and tab, naming the position', () => {
    expect(errorsOf({ ...valid, instructions: '1. Ask.\n\t2. Confirm.' })).toEqual({});
    expect(errorsOf({ ...valid, description: 'Bell\u0007 here' }).description).toContain('position 5');
    expect(errorsOf({ ...valid, trigger: 'zero\u0000byte' }).trigger).toContain('control character');
  });

  it.each(['name', 'description', 'trigger', 'instructions'] as const)(
    'refuses half of an emoji in the %s (an unpaired surrogate), naming the position, even when short',
    (field) => {
      const errors = errorsOf({ ...valid, [field]: `A${'\udc00'.repeat(20)}` });
      expect(errors[field]).toContain('broken character at position 2');
      expect(errorsOf({ ...valid, [field]: 'Call 👍🏽 \ud83d' })[field]).toContain('position 11');
    },
  );

  it('refuses a huge field without counting all of it, and says by how much only when it counted', () => {
    // 500,000 Hangul syllables: before counting stopped at the limit, Node took minutes to refuse this.
    expect(errorsOf({ ...valid, name: '한'.repeat(500_000) }).name).toBe(
      'Name is far too long: the limit is 100 characters. Shorten it.',
    );
    expect(errorsOf({ ...valid, name: '한'.repeat(250) }).name).toBe(
      'Name is too long: more than 200 characters, the limit is 100. Shorten it.',
    );
    expect(errorsOf({ ...valid, name: '한'.repeat(150) }).name).toContain('150 characters, the limit is 100');
    // One letter under thousands of stacked accents is one character, but no name.
    expect(errorsOf({ ...valid, name: `e${'\u0301'.repeat(5000)}` }).name).toContain('far too long');
  });

  it('turns Windows line endings into newlines instead of rejecting them', () => {
    expect(JobInputSchema.parse({ ...valid, instructions: '1. Ask.\r\n2. Confirm.' }).instructions).toBe(
      '1. Ask.\n2. Confirm.',
    );
  });

  it('keeps a name on one line', () => {
    expect(errorsOf({ ...valid, name: 'Take\na message' }).name).toContain('one line');
  });

  it('says a field must be text when it is not', () => {
    expect(errorsOf({ ...valid, name: 42 }).name).toBe('Name must be text.');
  });
});

describe('JobPatchSchema', () => {
  it('validates only the fields a patch holds', () => {
    expect(JobPatchSchema.parse({ trigger: ' caller asks for a quote ' })).toEqual({
      trigger: 'caller asks for a quote',
    });
    expect(JobPatchSchema.safeParse({ name: '' }).success).toBe(false);
  });
});
