import { act, type ComponentType, type ReactNode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, onTestFinished, test, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { DesignerProvider } from '../../state';
import { createFixtureAdapter } from '../../test/fixtures';
import { lazyDialog, lazySurface } from './lazyComponent';

/** A loader the test resolves by hand, counting how often the code was asked for. */
function controlledLoader<P extends object>(component: ComponentType<P>) {
  let resolve: (() => void) | null = null;
  const load = vi.fn(
    () =>
      new Promise<ComponentType<P>>((done) => {
        resolve = () => done(component);
      }),
  );
  return { load, arrive: () => resolve?.() };
}

interface NoteDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
}

/** Stands in for a dialog: shows while open, keeps a draft in state, and counts its mounts. */
let mounts = 0;
function NoteDialog({ open, onOpenChange }: NoteDialogProps) {
  // Counted when committed: React may start a render it then throws away (e.g. around a suspension).
  const [mountNumber, setMountNumber] = useState(0);
  useEffect(() => setMountNumber(++mounts), []);
  const [note, setNote] = useState('');
  if (!open) return <p data-testid="closed-dialog" hidden />;
  return (
    <div role="dialog" aria-label="Note">
      <p>Mount {mountNumber}</p>
      <label>
        Note
        <input value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <button type="button" onClick={() => onOpenChange(false)}>
        Close
      </button>
    </div>
  );
}

function DialogHost({ Dialog }: { Dialog: ComponentType<NoteDialogProps> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Write a note
      </button>
      <Dialog open={open} onOpenChange={setOpen} />
    </>
  );
}

/** A dialog with nothing to remember, for tests that only care about loading. */
function HelpDialog({ open }: NoteDialogProps) {
  return open ? <div role="dialog" aria-label="Help" /> : null;
}

interface BannerProps {
  message: string | null;
}

/** Stands in for a dialog opened from a store rather than an `open` prop. */
function Banner({ message }: BannerProps) {
  return <p role="alert">{message}</p>;
}

function BannerHost({ Banner: Shown }: { Banner: ComponentType<BannerProps> }) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <button type="button" onClick={() => setMessage('Saved elsewhere')}>
        Conflict
      </button>
      <Shown message={message} />
    </>
  );
}

interface PanelProps {
  title: string;
}

function Panel({ title }: PanelProps) {
  return <section aria-label={title}>Rows of {title}</section>;
}

function PanelLoading({ title }: PanelProps) {
  return (
    <section aria-label={title} aria-busy="true">
      <p role="status">Loading {title}…</p>
    </section>
  );
}

/** Commits `ui` at once: whatever suspends shows its fallback in the returned DOM. */
function renderSynchronously(ui: ReactNode): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  // A synchronous act flushes the render but does not wait for anything that suspends.
  const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const actEnvironment = scope.IS_REACT_ACT_ENVIRONMENT;
  scope.IS_REACT_ACT_ENVIRONMENT = true;
  act(() => root.render(ui));
  scope.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  onTestFinished(() => {
    root.unmount();
    host.remove();
  });
  return host;
}

describe('lazyDialog', () => {
  test('mounted closed, it fetches its code in the next idle moment, so the first open shows at once', async () => {
    const { load, arrive } = controlledLoader(HelpDialog);
    const LazyHelp = lazyDialog(load);
    const screen = await render(<DialogHost Dialog={LazyHelp} />);

    await expect.poll(() => load.mock.calls.length, { timeout: 3000 }).toBe(1);
    arrive();
    await LazyHelp.preload();
    await screen.getByRole('button', { name: 'Write a note' }).click();
    // Already loaded: the dialog is in the very next render, without a Suspense frame.
    expect(screen.container.querySelector('[role="dialog"]')).not.toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('renders and loads nothing before it opens, then shows, and stays mounted once closed', async () => {
    mounts = 0;
    const { load, arrive } = controlledLoader(NoteDialog);
    const LazyNote = lazyDialog(load);
    const screen = await render(<DialogHost Dialog={LazyNote} />);

    await expect.element(screen.getByRole('button', { name: 'Write a note' })).toBeVisible();
    expect(load).not.toHaveBeenCalled();
    expect(screen.container.querySelector('[data-testid="closed-dialog"]')).toBeNull();

    await screen.getByRole('button', { name: 'Write a note' }).click();
    expect(load).toHaveBeenCalledTimes(1);
    // Nothing stands in while the code loads (a frame, once preloaded).
    expect(screen.container.querySelector('[role="dialog"]')).toBeNull();

    arrive();
    const dialog = screen.getByRole('dialog', { name: 'Note' });
    await expect.element(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Call back Marc');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    // Still mounted, closed: what the dialog holds survives, and reopening loads nothing more.
    expect(screen.container.querySelector('[data-testid="closed-dialog"]')).not.toBeNull();
    await screen.getByRole('button', { name: 'Write a note' }).click();
    await expect.element(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('Call back Marc');
    await expect.element(screen.getByText('Mount 1')).toBeVisible();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('opens in the same commit, without suspending, when its code was preloaded', async () => {
    const { load, arrive } = controlledLoader(NoteDialog);
    const LazyNote = lazyDialog(load);
    const preloaded = LazyNote.preload();
    arrive();
    await preloaded;

    const dom = renderSynchronously(<LazyNote open onOpenChange={() => {}} />);

    expect(dom.querySelector('[role="dialog"]')).not.toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('two wrappers of one named dialog share its download: the second opens at once once the first preloaded', async () => {
    const { load, arrive } = controlledLoader(NoteDialog);
    const otherLoad = vi.fn(() => Promise.resolve(NoteDialog));
    // The public wrapper and the one a surface keeps beside it (see jobs/lazy.tsx).
    const Public = lazyDialog({ name: 'Test.SharedNote', load });
    const FromSurface = lazyDialog({ name: 'Test.SharedNote', load: otherLoad });
    const preloaded = Public.preload();
    arrive();
    await preloaded;

    const dom = renderSynchronously(<FromSurface open onOpenChange={() => {}} />);

    expect(dom.querySelector('[role="dialog"]')).not.toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
    expect(otherLoad).not.toHaveBeenCalled();
  });

  test('follows its own open test when the dialog has no open prop', async () => {
    const load = vi.fn(() => Promise.resolve(Banner));
    const LazyBanner = lazyDialog(load, (props: BannerProps) => props.message !== null);
    const screen = await render(<BannerHost Banner={LazyBanner} />);
    await expect.element(screen.getByRole('button', { name: 'Conflict' })).toBeVisible();
    expect(load).not.toHaveBeenCalled();

    await screen.getByRole('button', { name: 'Conflict' }).click();

    await expect.element(screen.getByRole('alert')).toHaveTextContent('Saved elsewhere');
  });

  test('tries again after a failed preload', async () => {
    const load = vi
      .fn<() => Promise<ComponentType<NoteDialogProps>>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(NoteDialog);
    const LazyNote = lazyDialog(load);
    await expect(LazyNote.preload()).rejects.toThrow('offline');

    const screen = await render(<DialogHost Dialog={LazyNote} />);
    await screen.getByRole('button', { name: 'Write a note' }).click();

    await expect.element(screen.getByRole('dialog', { name: 'Note' })).toBeVisible();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('lazySurface', () => {
  test('shows the fallback, given the same props, until the code is there', async () => {
    const { load, arrive } = controlledLoader(Panel);
    const LazyPanel = lazySurface(load, PanelLoading);
    const screen = await render(<LazyPanel title="Jobs" />);

    await expect.element(screen.getByRole('status')).toHaveTextContent('Loading Jobs…');
    await expect.element(screen.getByRole('region', { name: 'Jobs' })).toHaveAttribute('aria-busy', 'true');

    arrive();

    await expect.element(screen.getByText('Rows of Jobs')).toBeVisible();
    await expect.element(screen.getByRole('status')).not.toBeInTheDocument();
  });

  test('a failed download says so in place, and Retry loads it', async () => {
    let attempts = 0;
    const load = vi.fn(() =>
      ++attempts === 1
        ? Promise.reject(new Error('offline'))
        : Promise.resolve<ComponentType<PanelProps>>(Panel),
    );
    const LazyPanel = lazySurface(load, PanelLoading);
    // React reports the caught error on the console: expected here.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    onTestFinished(() => consoleError.mockRestore());
    const screen = await render(
      <DesignerProvider adapter={createFixtureAdapter()}>
        <p>Rest of the designer</p>
        <LazyPanel title="Jobs" />
      </DesignerProvider>,
    );

    await expect.element(screen.getByRole('alert')).toHaveTextContent('This part couldn’t load');
    await expect.element(screen.getByText('Rest of the designer')).toBeVisible();

    await screen.getByRole('button', { name: 'Retry' }).click();

    await expect.element(screen.getByText('Rows of Jobs')).toBeVisible();
    await expect.element(screen.getByRole('alert')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  test('skips the fallback when preloaded', async () => {
    const LazyPanel = lazySurface(() => Promise.resolve(Panel), PanelLoading);
    await LazyPanel.preload();

    const dom = renderSynchronously(<LazyPanel title="Pages" />);

    expect(dom.textContent).toBe('Rows of Pages');
  });
});
