import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent } from 'storybook/test';
import { jobEditorEn } from '../../i18n';
import { fr } from '../../i18n/locales/fr';
import { conflictFieldText } from '../../jobs';
import { ConflictField, type ConflictFieldProps, type ConflictFieldText } from './ConflictField';
import type { Choice } from './conflictChoices';

/** The wording the job editor gives the field (the knowledge editor passes its own). */
function jobEditorText(locale: 'en' | 'fr'): ConflictFieldText {
  return conflictFieldText(locale === 'fr' ? fr.jobEditor : jobEditorEn);
}

const THEIRS = [
  '1. Ask for the caller’s name.',
  '2. Ask for the address of the visit.',
  '3. Offer the next morning or afternoon window.',
].join('\n');
const YOURS = [
  '1. Ask for the caller’s name.',
  '2. Ask for the address of the visit and the door code.',
  '3. Offer the next morning or afternoon window.',
].join('\n');

type FieldArgs = Omit<ConflictFieldProps, 'choice' | 'onChoose' | 'text'> & {
  initial: Choice;
  locale?: 'en' | 'fr';
};

/** The field keeps its own choice here; in the editors the conflict view holds it. */
function Field({ initial, locale = 'en', ...props }: FieldArgs) {
  const [choice, setChoice] = useState<Choice>(initial);
  return (
    <div style={{ maxWidth: 760 }}>
      <ConflictField {...props} text={jobEditorText(locale)} choice={choice} onChoose={setChoice} />
      <p>Saved version: {choice}</p>
    </div>
  );
}

const meta = {
  title: 'Fields/ConflictField',
  component: Field,
  args: { label: 'Instructions', theirs: THEIRS, yours: YOURS, change: 'both', initial: 'yours' },
} satisfies Meta<typeof Field>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Both of you changed it: the lines that differ are marked, and the person picks a version. */
export const ChangedByBoth: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Changed by both of you')).toBeVisible();
    await userEvent.click(canvas.getByRole('radio', { name: 'Keep theirs' }));
    await expect(canvas.getByText('Saved version: theirs')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Copy yours' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Copy theirs' })).toBeVisible();
  },
};

/** Only they changed it: theirs is chosen. */
export const ChangedByThem: Story = {
  args: { change: 'them', initial: 'theirs' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Changed by them')).toBeVisible();
    await expect(canvas.getByRole('radio', { name: 'Keep theirs' })).toBeChecked();
  },
};

/** The same on both sides: no choice to make, a short preview. */
export const SameInBoth: Story = {
  args: { theirs: THEIRS, yours: THEIRS, change: 'same' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Same in both')).toBeVisible();
    await expect(canvas.queryByRole('radio')).toBeNull();
  },
};

/** One side is empty: it says so rather than showing a blank box. */
export const EmptySide: Story = {
  args: { label: 'Trigger', theirs: '', yours: 'The caller wants a plumber.', change: 'you' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('(empty)')).toBeVisible();
  },
};

export const French: Story = {
  args: { label: 'Instructions', locale: 'fr' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Modifié des deux côtés')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Copier la vôtre' })).toBeVisible();
  },
};
