import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../../test/registerFrench';
import { formatMessage, jobEditorEn } from '../../i18n';
import { fr } from '../../i18n/locales/fr';
import { conflictFieldText } from '../../jobs';
import { FixtureStory } from '../../test/FixtureStory';
import type { SaveConflict } from '../editor/useRecordSave';
import type { RecordValues, VersionedRecord } from '../recordKind';
import type { Choice } from './conflictChoices';
import { RecordConflictView } from './RecordConflictView';

type Field = 'name' | 'instructions';
type Job = VersionedRecord & RecordValues<Field>;

const base: Job = {
  id: 'job-1',
  version: 1,
  updatedAt: '2026-01-12T09:00:00.000Z',
  name: 'Book an appointment',
  instructions: '1. Ask for the caller’s name.\n2. Ask for the address of the visit.',
};
const theirs: Job = {
  ...base,
  version: 2,
  updatedAt: '2026-01-12T10:42:00.000Z',
  name: 'Book a visit',
};
const yours: RecordValues<Field> = {
  name: 'Book an appointment',
  instructions: '1. Ask for the caller’s name.\n2. Ask for the address of the visit and the door code.',
};

/** The conflict view keeps the choices here; in the editors the save hook holds them. */
function ConflictStory({ locale = 'en' }: { locale?: 'en' | 'fr' }) {
  const text = locale === 'fr' ? fr.jobEditor : jobEditorEn;
  const [choices, setChoices] = useState<Record<Field, Choice>>({ name: 'theirs', instructions: 'yours' });
  const conflict: SaveConflict<Job, Field> = {
    base,
    theirs,
    yours,
    changes: { name: 'them', instructions: 'you' },
    choices,
  };
  return (
    <div style={{ maxWidth: 760, padding: '1rem' }}>
      <RecordConflictView<Field>
        conflict={conflict}
        fields={['name', 'instructions']}
        labelOf={(field) => text.fields[field]}
        text={conflictFieldText(text)}
        title={text.conflictTitle}
        body={(savedAt) => `${text.conflictBody} ${formatMessage(text.conflictSavedAt, { time: savedAt })}`}
        block="sona-job-editor"
        className="sona-job-editor__conflict"
        toneMark="modifier"
        onChoose={(field, choice) => setChoices((current) => ({ ...current, [field]: choice }))}
      />
    </div>
  );
}

/**
 * A stale save: a focused warning that someone saved first, then theirs and yours field by field with a choice for
 * each field that differs.
 */
const meta = {
  title: 'Fields/RecordConflictView',
  component: ConflictStory,
  render: (args, { globals }) => (
    <FixtureStory
      {...(args.locale ? { locale: args.locale } : {})}
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
    >
      <ConflictStory {...args} />
    </FixtureStory>
  ),
} satisfies Meta<typeof ConflictStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The warning takes focus; each differing field offers its two versions. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const heading = await canvas.findByRole('heading', { name: 'Someone else changed this job' });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(canvas.getAllByRole('radio', { name: 'Keep theirs' }).length).toBeGreaterThan(0);
    const takeYours = canvas.getAllByRole('radio', { name: 'Take yours' });
    await userEvent.click(takeYours[0] as HTMLElement);
    await expect(takeYours[0]).toBeChecked();
  },
};

/** The dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Someone else changed this job' })).toBeVisible();
  },
};

/** In French. */
export const French: Story = {
  args: { locale: 'fr' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: fr.jobEditor.conflictTitle })).toBeVisible();
  },
};
