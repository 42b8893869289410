import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ComponentType, useMemo, useState } from 'react';
import { expect, userEvent } from 'storybook/test';
import { DesignerProvider } from '../../state';
import { createFixtureAdapter } from '../../test/fixtures';
import { lazyDialog, lazySurface } from './lazyComponent';
import { SurfaceLoading } from './SurfaceLoading';

/** Stands in for a panel whose code loads on demand. */
function NotesPanel({ title }: { title: string }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <p>Three notes from yesterday’s calls.</p>
    </section>
  );
}

function NotesLoading() {
  return <SurfaceLoading label="Loading…" />;
}

/** Stands in for a dialog whose code loads the first time it opens. */
function HelpDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  if (!open) return null;
  return (
    <div role="dialog" aria-label="Help">
      <p>Drag a step onto the canvas to add it.</p>
      <button type="button" onClick={() => onOpenChange(false)}>
        Close help
      </button>
    </div>
  );
}

type Behaviour = 'never arrives' | 'arrives' | 'fails once';

/** A loader for each story's behaviour; a failed attempt is followed by one that works (what Retry finds). */
function loaderFor<P extends object>(behaviour: Behaviour, component: ComponentType<P>) {
  let attempts = 0;
  return () => {
    attempts += 1;
    if (behaviour === 'never arrives') return new Promise<ComponentType<P>>(() => {});
    if (behaviour === 'fails once' && attempts === 1)
      return Promise.reject(new Error('Failed to fetch dynamically imported module'));
    return new Promise<ComponentType<P>>((resolve) => setTimeout(() => resolve(component), 300));
  };
}

function SurfaceDemo({ behaviour }: { behaviour: Behaviour }) {
  const adapter = useMemo(() => createFixtureAdapter(), []);
  const LazyNotes = useMemo(() => lazySurface(loaderFor(behaviour, NotesPanel), NotesLoading), [behaviour]);
  return (
    <DesignerProvider adapter={adapter}>
      <LazyNotes title="Notes" />
    </DesignerProvider>
  );
}

function DialogDemo() {
  const adapter = useMemo(() => createFixtureAdapter(), []);
  const LazyHelp = useMemo(() => lazyDialog(loaderFor('arrives', HelpDialog)), []);
  const [open, setOpen] = useState(false);
  return (
    <DesignerProvider adapter={adapter}>
      <button type="button" onClick={() => setOpen(true)}>
        Open help
      </button>
      <LazyHelp open={open} onOpenChange={setOpen} />
    </DesignerProvider>
  );
}

/** Parts of the designer whose code loads on demand: what shows while it loads, once it is in, and if it fails. */
const meta = {
  title: 'Shared/Loaded on demand',
  component: SurfaceDemo,
  args: { behaviour: 'arrives' },
} satisfies Meta<typeof SurfaceDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** While the code downloads, a panel says it is loading. */
export const Loading: Story = {
  args: { behaviour: 'never arrives' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('status')).toHaveTextContent('Loading…');
  },
};

/** Once the code is in, the real panel replaces the loading state. */
export const Loaded: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Notes' })).toBeVisible();
    await expect(canvas.queryByRole('status')).not.toBeInTheDocument();
  },
};

/** The download failed (offline, or files replaced by a deploy): the part says so and Retry loads it. */
export const FailedThenRetry: Story = {
  args: { behaviour: 'fails once' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('This part couldn’t load');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByRole('heading', { name: 'Notes' })).toBeVisible();
  },
};

/** A dialog renders nothing until it first opens, then shows once its code is in. */
export const Dialog: Story = {
  render: () => <DialogDemo />,
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Open help' }));
    await expect(await canvas.findByRole('dialog', { name: 'Help' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Close help' }));
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument();
  },
};
