import { afterEach, describe, expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../styles.css';
import { CallFlowDesigner } from '../../designer';
import { LazyJobEditor, LazyJobPicker } from '../../jobs/lazy';
import { LazyPendingChanges } from '../../publishing/lazy';
import { LazySimulatorDrawer } from '../../simulator/lazy';
import { createFixtureAdapter, FIXTURE_FLOWS } from '../../test/fixtures';
import { preloadWhenIdle } from './idlePreload';

/** A preloadable item whose load the test finishes by hand. */
function item(log: string[], name: string, outcome: 'ok' | 'fail' = 'ok') {
  let finish = () => {};
  const preload = vi.fn(() => {
    log.push(name);
    return new Promise<void>((resolve, reject) => {
      finish = () => (outcome === 'ok' ? resolve() : reject(new Error(`${name} failed`)));
    });
  });
  return { preload, finish: () => finish() };
}

describe('preloadWhenIdle', () => {
  test('loads nothing at once, then one item after the other in idle moments, past a failure', async () => {
    const log: string[] = [];
    const picker = item(log, 'picker', 'fail');
    const editor = item(log, 'editor');
    const history = item(log, 'history');

    preloadWhenIdle([picker, editor, history]);
    expect(log).toEqual([]);

    await expect.poll(() => log).toEqual(['picker']);
    picker.finish();
    await expect.poll(() => log).toEqual(['picker', 'editor']);
    editor.finish();
    await expect.poll(() => log).toEqual(['picker', 'editor', 'history']);
  });

  test('stops the loads not started yet', async () => {
    const log: string[] = [];
    const picker = item(log, 'picker');
    const editor = item(log, 'editor');

    const stop = preloadWhenIdle([picker, editor]);
    await expect.poll(() => log).toEqual(['picker']);
    stop();
    picker.finish();

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(log).toEqual(['picker']);
  });
});

describe('the designer', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('preloads its dialogs once the canvas shows, so Add job opens without waiting on a fetch', async () => {
    const spies = [LazyJobPicker, LazyJobEditor, LazyPendingChanges, LazySimulatorDrawer].map((component) =>
      vi.spyOn(component, 'preload'),
    );
    const screen = await render(
      <div style={{ height: 760 }}>
        <CallFlowDesigner adapter={createFixtureAdapter()} flowId={FIXTURE_FLOWS.main} />
      </div>,
    );
    await expect.element(screen.getByRole('group', { name: /Sona step: Front desk/ })).toBeVisible();

    // One after the other, each in an idle moment or after 2 s on a page that is never idle (a saturated CI run).
    for (const spy of spies)
      await expect.poll(() => spy.mock.calls.length, { timeout: 30_000 }).toBeGreaterThan(0);
    await Promise.all(spies.map((spy) => spy.mock.results[0]?.value));

    (screen.getByRole('group', { name: /Sona step: Front desk/ }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await screen
      .getByRole('region', { name: 'Step settings' })
      .getByRole('button', { name: 'Add job' })
      .click();
    await expect.element(screen.getByRole('dialog', { name: 'Add job' })).toBeVisible();
  });
});
