import { describe, expect, it } from 'vitest';
import { JobInputSchema } from '../model/job';
import {
  getJobTemplate,
  JOB_TEMPLATES,
  listJobTemplates,
  TEMPLATE_CATEGORIES,
  type TemplateLocale,
  templateToJobInput,
} from './index';

const LOCALES: readonly TemplateLocale[] = ['en', 'fr'];
const STEP = /^(\d+)\. \S/;

function stepLines(instructions: string): string[] {
  return instructions.split('\n');
}

describe('built-in job templates', () => {
  it('offers at least 10 templates with unique ids and known categories', () => {
    expect(JOB_TEMPLATES.length).toBeGreaterThanOrEqual(10);
    const ids = JOB_TEMPLATES.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const template of JOB_TEMPLATES) {
      expect(template.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(TEMPLATE_CATEGORIES).toContain(template.category);
    }
  });

  describe.each(LOCALES)('in %s', (locale) => {
    it.each(listJobTemplates(locale).map((template) => [template.id, template] as const))(
      '%s becomes a valid job exactly as written',
      (_id, template) => {
        const input = templateToJobInput(template);
        const parsed = JobInputSchema.safeParse(input);
        expect(parsed.error?.issues ?? []).toEqual([]);
        expect(parsed.data).toEqual(input);
      },
    );

    it('numbers every instruction line 1..n without gaps, with 5 to 9 steps', () => {
      for (const template of listJobTemplates(locale)) {
        const numbers = stepLines(template.instructions).map((line) => Number(STEP.exec(line)?.[1]));
        expect(numbers.length, template.id).toBeGreaterThanOrEqual(5);
        expect(numbers.length, template.id).toBeLessThanOrEqual(9);
        expect(numbers, template.id).toEqual(numbers.map((_, index) => index + 1));
      }
    });

    it('puts a transfer only in the last step, since Sona cannot come back to the call after it', () => {
      const transfer = locale === 'en' ? /transfer the call/i : /transférez l’appel/i;
      for (const template of listJobTemplates(locale)) {
        const lines = stepLines(template.instructions);
        lines.slice(0, -1).forEach((line) => {
          expect(line, template.id).not.toMatch(transfer);
        });
      }
    });
  });

  it('has the same number of steps in English and French, and French text that is really translated', () => {
    for (const definition of JOB_TEMPLATES) {
      const { en, fr } = definition.text;
      expect(stepLines(fr.instructions).length, definition.id).toBe(stepLines(en.instructions).length);
      for (const field of ['name', 'description', 'trigger', 'instructions'] as const) {
        expect(fr[field], `${definition.id} ${field}`).not.toBe(en[field]);
      }
    }
  });

  it('lists templates with names in the requested language', () => {
    const english = listJobTemplates('en');
    const french = listJobTemplates('fr');
    expect(english.find((template) => template.id === 'take-a-message')?.name).toBe('Take a message');
    expect(french.find((template) => template.id === 'take-a-message')?.name).toBe('Prendre un message');
    expect(french.every((template) => template.locale === 'fr')).toBe(true);
    expect(french.map((template) => template.id)).toEqual(english.map((template) => template.id));
  });

  it('keeps French punctuation on the same line as the word before it', () => {
    for (const template of listJobTemplates('fr')) {
      const text = [template.name, template.description, template.trigger, template.instructions].join('\n');
      expect(text, template.id).not.toMatch(/ [:;!?»]|« /);
    }
  });

  it('finds a template by id in the requested language, and nothing for an unknown id', () => {
    expect(getJobTemplate('book-an-appointment', 'fr')).toMatchObject({
      id: 'book-an-appointment',
      locale: 'fr',
      name: 'Prendre un rendez-vous',
    });
    expect(getJobTemplate('no-such-template', 'en')).toBeUndefined();
  });

  it('records the template a job starts from', () => {
    const template = getJobTemplate('billing-question', 'en');
    expect(template).toBeDefined();
    if (!template) return;
    expect(templateToJobInput(template)).toEqual({
      name: 'Billing question',
      description: template.description,
      trigger: template.trigger,
      instructions: template.instructions,
      templateId: 'billing-question',
    });
  });

  it('hands out copies, so editing a listed template does not change the built-in one', () => {
    const [first] = listJobTemplates('en');
    if (!first) throw new Error('no templates');
    first.name = 'Changed';
    expect(listJobTemplates('en')[0]?.name).not.toBe('Changed');
  });
});
