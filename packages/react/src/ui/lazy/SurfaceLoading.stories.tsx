import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { en } from '../../i18n';
import { fr } from '../../i18n/locales/fr';
import { SurfaceLoading } from './SurfaceLoading';

/** What a panel shows for the moment its code is still loading (rare: the designer preloads it when idle). */
const meta = {
  title: 'Shared/SurfaceLoading',
  component: SurfaceLoading,
  args: { label: en.inspector.loadingItem },
} satisfies Meta<typeof SurfaceLoading>;

export default meta;
type Story = StoryObj<typeof meta>;

export const English: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(en.inspector.loadingItem);
  },
};

export const French: Story = {
  args: { label: fr.inspector.loadingItem },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Chargement…');
  },
};
