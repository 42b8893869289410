import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, fn, userEvent } from 'storybook/test';
import { DesignerProvider } from '../../state';
import { createFixtureAdapter } from '../../test/fixtures';
import { LoadFailure } from './LoadFailure';

/** What a part loaded on demand shows when its code cannot be downloaded (offline, or files replaced by a deploy). */
function InProvider({ locale, onRetry }: { locale: 'en' | 'fr'; onRetry(): void }) {
  const adapter = useMemo(() => createFixtureAdapter(), []);
  return (
    <DesignerProvider adapter={adapter} locale={locale}>
      <LoadFailure onRetry={onRetry} />
    </DesignerProvider>
  );
}

const meta = {
  title: 'Shared/LoadFailure',
  component: InProvider,
  args: { locale: 'en', onRetry: fn() },
} satisfies Meta<typeof InProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

export const English: Story = {
  play: async ({ canvas, args }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('This part couldn’t load');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

export const French: Story = {
  args: { locale: 'fr' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Cette partie n’a pas pu se charger');
    await expect(canvas.getByRole('button', { name: 'Réessayer' })).toBeVisible();
  },
};
