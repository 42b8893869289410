import { type DesignerAdapter, DesignerError } from '@sona-designer/core';
import { exportFileName, type WorkspaceExport } from '@sona-designer/core/io';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { createFixtureAdapter } from '../test/fixtures';
import { LibraryFrame } from '../test/libraryFrame';
import type { ExportedFile } from './exportFile';
import { WorkspaceTransfer } from './WorkspaceTransfer';

beforeEach(async () => {
  await page.viewport(1280, 800);
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function renderTransfer(adapter: DesignerAdapter, options: { readOnly?: boolean } = {}) {
  const exported: ExportedFile[] = [];
  const screen = await render(
    <LibraryFrame adapter={adapter} height="760px" readOnly={options.readOnly ?? false}>
      <WorkspaceTransfer workspaceName="Café Lumière" onExport={(file) => void exported.push(file)} />
    </LibraryFrame>,
  );
  return { screen, exported };
}

function jsonFile(document: unknown, name = 'backup.json'): File {
  return new File([JSON.stringify(document)], name, { type: 'application/json' });
}

/**
 * Opens the dialog and chooses `file` through its file input, as the browser's file chooser does after Choose a
 * file (set in the page: sending a 50 MB file through the test driver would take longer than the test).
 */
async function importFile(
  screen: Awaited<ReturnType<typeof renderTransfer>>['screen'],
  file: File,
  how: 'choose' | 'drop' = 'choose',
) {
  await screen.getByRole('button', { name: 'Import…' }).click();
  const dialog = screen.getByRole('dialog', { name: 'Import into the workspace' });
  await expect.element(dialog.getByRole('button', { name: 'Choose a file' })).toHaveFocus();
  const transfer = new DataTransfer();
  transfer.items.add(file);
  if (how === 'drop') {
    const zone = dialog.element().querySelector('.sona-import__drop');
    zone?.dispatchEvent(
      new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: transfer }),
    );
    expect(zone?.getAttribute('data-state')).toBe('dragging');
    zone?.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    return dialog;
  }
  const input = dialog.element().querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('The dialog has a file input');
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return dialog;
}

describe('Export workspace', () => {
  test('hands over the whole workspace as a JSON file named after the workspace and the day', async () => {
    const adapter = createFixtureAdapter();
    const { screen, exported } = await renderTransfer(adapter);
    await screen.getByRole('button', { name: 'Export workspace' }).click();
    await expect.poll(() => exported.length).toBe(1);
    const [file] = exported as [ExportedFile];
    expect(file.fileName).toBe(exportFileName('Café Lumière', new Date(), 'workspace'));
    expect(file.fileName).toMatch(/^cafe-lumiere-\d{4}-\d{2}-\d{2}\.json$/);
    const document = JSON.parse(file.text) as WorkspaceExport;
    expect(document.jobs.length).toBe((await adapter.listJobs({ limit: 1 })).total);
    expect(document.callFlows.map((flow) => flow.id)).toContain('flow-main');
    await expect.element(screen.getByRole('status').filter({ hasText: 'Downloaded' })).toBeInTheDocument();
  });

  test('without a host handler the browser downloads the file', async () => {
    const clicked: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    const screen = await render(
      <LibraryFrame adapter={createFixtureAdapter()} height="200px">
        <WorkspaceTransfer />
      </LibraryFrame>,
    );
    await screen.getByRole('button', { name: 'Export workspace' }).click();
    await expect.poll(() => clicked.length).toBe(1);
    expect(clicked[0]?.download).toMatch(/^workspace-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await (await fetch(clicked[0]?.href ?? '')).text();
    expect(JSON.parse(text).format).toBe('sona-designer/workspace');
  });

  test('a failed export says why and tries again', async () => {
    const adapter = createFixtureAdapter();
    let failures = 1;
    const flaky: DesignerAdapter = {
      ...adapter,
      exportWorkspace: () =>
        failures-- > 0
          ? Promise.reject(new DesignerError('UNAVAILABLE', 'The workspace could not be reached.'))
          : adapter.exportWorkspace(),
    };
    const { screen, exported } = await renderTransfer(flaky);
    await screen.getByRole('button', { name: 'Export workspace' }).click();
    const alert = screen.getByRole('alert');
    await expect.element(alert).toHaveTextContent('Couldn’t export: The workspace could not be reached.');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => exported.length).toBe(1);
    await expect.element(screen.getByRole('alert')).not.toBeInTheDocument();
  });
});

describe('Import', () => {
  test('merge: the preview names what is added and copied; importing adds it and says what happened', async () => {
    const source = createFixtureAdapter();
    const document = await source.exportWorkspace();
    const newJob = { ...document.jobs[0], id: 'job-from-file', name: 'Imported job from the file' };
    const adapter = createFixtureAdapter();
    const before = (await adapter.listJobs({ limit: 1 })).total;
    const { screen } = await renderTransfer(adapter);

    const dialog = await importFile(
      screen,
      jsonFile({ ...document, jobs: [newJob], callFlows: [], knowledge: [] }),
    );

    const table = dialog.getByRole('table', { name: 'What the import will change, by kind of record' });
    await expect.element(table.getByRole('row', { name: /^Jobs 1 1/ })).toBeVisible();
    await expect.element(dialog.getByRole('radio', { name: /Add to the workspace/ })).toBeChecked();
    // Nothing has changed yet.
    expect((await adapter.listJobs({ limit: 1 })).total).toBe(before);

    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.element(dialog.getByText('Imported', { exact: true })).toBeVisible();
    await expect
      .element(dialog.getByText(/The workspace now has the file’s 1 job, 0 knowledge pages/))
      .toBeVisible();
    expect((await adapter.getJob('job-from-file')).name).toBe('Imported job from the file');
    expect((await adapter.listJobs({ limit: 1 })).total).toBe(before + 1);
    await expect.element(dialog.getByRole('button', { name: 'Close' }).last()).toHaveFocus();
  });

  test('replace: the preview names what is deleted, asks before, and Back changes nothing', async () => {
    const adapter = createFixtureAdapter();
    const document = await adapter.exportWorkspace();
    const kept = document.jobs.slice(0, 2);
    const { screen } = await renderTransfer(adapter);
    // The flows go too: they use jobs that the file no longer has.
    const dialog = await importFile(
      screen,
      jsonFile({ ...document, jobs: kept, callFlows: [], callSummaries: [] }),
    );
    await dialog.getByRole('radio', { name: /Replace the workspace/ }).click();

    const deleted = document.jobs.length - 2;
    const table = dialog.getByRole('table');
    await expect
      .element(table.getByRole('row', { name: new RegExp(`^Jobs 2 — — ${deleted} 2$`) }))
      .toBeVisible();
    await expect
      .element(dialog.getByText(new RegExp(`^Jobs · Deleted: .* and ${deleted - 5} more$`)))
      .toBeVisible();

    await dialog.getByRole('button', { name: 'Replace workspace' }).click();
    const warning = dialog.getByRole('alert');
    await expect.element(warning).toHaveTextContent('Replace the workspace?');
    await expect
      .element(warning)
      .toHaveTextContent(
        `This deletes or overwrites ${deleted} jobs and ${document.callFlows.length} call flows.`,
      );
    await expect.element(dialog.getByRole('button', { name: 'Back' })).toHaveFocus();
    await dialog.getByRole('button', { name: 'Back' }).click();
    expect((await adapter.listJobs({ limit: 1 })).total).toBe(document.jobs.length);

    await dialog.getByRole('button', { name: 'Replace workspace' }).click();
    await dialog.getByRole('button', { name: 'Replace workspace' }).click();
    await expect.element(dialog.getByText('Imported', { exact: true })).toBeVisible();
    const jobs = await adapter.listJobs({ limit: 100 });
    expect(jobs.items.map((job) => job.id).sort()).toEqual(kept.map((job) => job.id).sort());
  });

  test('a broken file lists each problem with its JSON path, and imports nothing', async () => {
    const adapter = createFixtureAdapter();
    const document = await adapter.exportWorkspace();
    const [first, second, ...rest] = document.jobs;
    const broken = { ...document, jobs: [{ ...first, name: '' }, { ...second, version: -1 }, ...rest] };
    const { screen } = await renderTransfer(adapter);
    const dialog = await importFile(screen, jsonFile(broken, 'broken.json'));

    await expect.element(dialog.getByText('2 problems: nothing was imported')).toBeVisible();
    const problems = dialog.getByRole('list', { name: 'Problems in the file' }).getByRole('listitem');
    await expect.element(problems.first()).toHaveTextContent('$.jobs[0].name');
    await expect.element(problems.nth(1)).toHaveTextContent('$.jobs[1].version');
    expect(await adapter.exportWorkspace()).toMatchObject({ jobs: document.jobs });

    await dialog.getByRole('button', { name: 'Choose another file' }).click();
    await expect.element(dialog.getByRole('button', { name: 'Choose a file' })).toHaveFocus();
  });

  test('a file over the bound is refused before it is read', async () => {
    const read = vi.spyOn(FileReader.prototype, 'readAsText');
    const { screen } = await renderTransfer(createFixtureAdapter());
    const huge = new File([new Uint8Array(50_000_001)], 'huge.json', { type: 'application/json' });
    const dialog = await importFile(screen, huge);
    await expect
      .element(dialog.getByRole('alert'))
      .toHaveTextContent('This file is 50 MB; at most 50 MB can be imported.');
    expect(read).not.toHaveBeenCalled();
  });

  test('not JSON: the parser’s problem is shown at $', async () => {
    const { screen } = await renderTransfer(createFixtureAdapter());
    const dialog = await importFile(
      screen,
      new File(['{"format": '], 'cut.json', { type: 'application/json' }),
    );
    await expect.element(dialog.getByText('1 problem: nothing was imported')).toBeVisible();
    await expect.element(dialog.getByRole('listitem').first()).toHaveTextContent(/^Where: \$/);
  });

  test('an adapter that fails keeps the file and the choice; Try again imports', async () => {
    const adapter = createFixtureAdapter();
    const document = await adapter.exportWorkspace();
    let failures = 1;
    const flaky: DesignerAdapter = {
      ...adapter,
      importWorkspace: (input, options) =>
        failures-- > 0
          ? Promise.reject(new DesignerError('UNAVAILABLE', 'The workspace could not be reached.'))
          : adapter.importWorkspace(input, options),
    };
    const { screen } = await renderTransfer(flaky);
    const dialog = await importFile(
      screen,
      jsonFile({ ...document, jobs: [...document.jobs, { ...document.jobs[0], id: 'job-x' }] }),
    );
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .element(dialog.getByRole('alert'))
      .toHaveTextContent(
        'The import did not go through, and nothing changed: The workspace could not be reached.',
      );
    await dialog.getByRole('button', { name: 'Try again' }).click();
    await expect.element(dialog.getByText('Imported', { exact: true })).toBeVisible();
    expect((await adapter.getJob('job-x')).id).toBe('job-x');
  });

  test('Escape closes the dialog and gives focus back to Import…; a read-only workspace offers no import', async () => {
    const { screen } = await renderTransfer(createFixtureAdapter());
    await screen.getByRole('button', { name: 'Import…' }).click();
    await expect.element(screen.getByRole('dialog')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    await expect.element(screen.getByRole('button', { name: 'Import…' })).toHaveFocus();
    screen.unmount();

    const readOnly = await renderTransfer(createFixtureAdapter(), { readOnly: true });
    await expect.element(readOnly.screen.getByRole('button', { name: 'Export workspace' })).toBeVisible();
    await expect.element(readOnly.screen.getByRole('button', { name: 'Import…' })).not.toBeInTheDocument();
  });
});
