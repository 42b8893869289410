import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Locale } from '../../i18n';
import { createFixtureAdapter, FIXTURE_FLOWS, FixtureDesigner } from '../../test/fixtures';
import { FlowCanvas } from '../FlowCanvas';
import { StepPalette } from './StepPalette';

interface PaletteStoryProps {
  flowId?: string;
  locale?: Locale;
  theme?: 'light' | 'dark';
  readOnly?: boolean;
  withCanvas?: boolean;
}

function PaletteStory({
  flowId = FIXTURE_FLOWS.main,
  locale,
  theme,
  readOnly,
  withCanvas,
}: PaletteStoryProps) {
  const [adapter] = useState(() => createFixtureAdapter());
  return (
    <FixtureDesigner
      adapter={adapter}
      flowId={flowId}
      {...(locale ? { locale } : {})}
      {...(theme ? { theme } : {})}
      {...(readOnly ? { readOnly } : {})}
    >
      <div style={{ display: 'grid', gridTemplateColumns: withCanvas ? '220px 1fr' : '220px', height: 700 }}>
        <StepPalette />
        {withCanvas && <FlowCanvas height={700} />}
      </div>
    </FixtureDesigner>
  );
}

const meta = {
  title: 'Designer/StepPalette',
  component: PaletteStory,
  // The toolbar's theme applies to the designer's own root too.
  render: (args, { globals }) => (
    <PaletteStory {...args} theme={args.theme ?? (globals.theme === 'dark' ? 'dark' : 'light')} />
  ),
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The steps that can be added to a call flow (`StepPalette`, beside the `FlowCanvas`). Drag one onto the canvas, or press Enter on it to add it below the selected step, connected from that step’s first free output. Shows nothing in read-only mode.',
      },
    },
  },
} satisfies Meta<typeof PaletteStory>;

export default meta;
type Story = StoryObj<typeof meta>;

const KINDS = [
  'Business hours',
  'Phone menu',
  'Ring users',
  'Sona',
  'Voicemail',
  'Play audio',
  'Forward',
  'End call',
];

export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('region', { name: 'Add a step' })).toBeVisible();
    for (const name of KINDS) await expect(canvas.getByRole('button', { name })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sona' })).toHaveAccessibleDescription(
      /Sona talks with the caller/,
    );
  },
};

/** Select a step, then press Enter on a kind: the new step appears below it, connected, with focus. */
export const AddByKeyboard: Story = {
  args: { withCanvas: true },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('group', { name: 'Sona step: After hours' }));
    canvas.getByRole('button', { name: 'Play audio' }).focus();
    await userEvent.keyboard('{Enter}');
    const added = await canvas.findByRole('group', { name: 'Play audio step: Play audio' });
    await waitFor(() => expect(added).toHaveFocus());
    await expect(
      canvas.getByRole('group', { name: 'Connection from After hours (Hand-off) to Play audio' }),
    ).toBeInTheDocument();
    await expect(within(added).getByText('No message yet')).toBeVisible();
  },
};

/** Read only: nothing can be added, so the palette is not shown. */
export const ReadOnly: Story = {
  args: { readOnly: true, withCanvas: true },
  play: async ({ canvas }) => {
    await canvas.findByRole('group', { name: 'Sona step: Front desk' });
    await expect(canvas.queryByRole('region', { name: 'Add a step' })).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Voicemail' })).toBeNull();
  },
};

export const French: Story = {
  args: { locale: 'fr' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('region', { name: 'Ajouter une étape' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Heures d’ouverture' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Messagerie vocale' })).toBeVisible();
  },
};

export const Dark: Story = {
  args: { theme: 'dark', withCanvas: true },
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Sona' })).toBeVisible();
  },
};
