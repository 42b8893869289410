import type { DesignerAdapter, SonaStep } from '@sona-designer/core';
import { JOB_IDS } from '@sona-designer/core/demo';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../styles.css';
import type { FlowStore } from '../../state';
import { createFixtureAdapter } from '../../test/fixtures';
import { createLargeWorkspaceAdapter } from '../../test/jobsFixtures';
import { FRONT_DESK, PickerHarness, SUPPORT_DESK } from '../../test/jobsHarness';
import { renderWithStore } from '../../test/renderWithStore';

function jobsOf(store: FlowStore, stepId = FRONT_DESK): string[] {
  return (store.getState().stepsById[stepId] as SonaStep).jobIds;
}

async function renderPicker(options: Parameters<typeof renderWithStore>[1] & { stepId?: string } = {}) {
  const { stepId = FRONT_DESK, ...rest } = options;
  const rendered = await renderWithStore(<PickerHarness stepId={stepId} />, rest);
  const dialog = rendered.screen.getByRole('dialog', { name: 'Add job' });
  await expect.element(dialog).toBeVisible();
  return { ...rendered, dialog };
}

/** Create job → Start from scratch, then "Gas smell" saved in the editor. */
async function createGasSmellJob(dialog: Picker['dialog'], screen: Picker['screen']) {
  await dialog.getByRole('button', { name: 'Create job' }).click();
  await screen.getByRole('button', { name: 'Start from scratch' }).click();
  const editor = screen.getByRole('dialog', { name: 'New job' });
  await expect.element(editor).toBeVisible();
  await editor.getByRole('textbox', { name: 'Name' }).fill('Gas smell');
  await editor.getByRole('textbox', { name: 'Instructions' }).fill('Tell the caller to leave the house.');
  await editor.getByRole('button', { name: 'Save job' }).click();
}

type Picker = Awaited<ReturnType<typeof renderPicker>>;

describe('JobPicker', () => {
  test('attaching up to ten disables every other job and says how to free a place; the 11th is refused aloud', async () => {
    const { dialog, store } = await renderPicker();
    await expect.element(dialog.getByText('6 of 10', { exact: true })).toBeVisible();

    for (const name of [
      'After-hours emergency',
      'Backflow test certificate',
      'Clogged drain',
      'Frozen pipes',
    ]) {
      await dialog.getByRole('checkbox', { name }).click();
    }

    await expect.element(dialog.getByText('10 of 10', { exact: true })).toBeVisible();
    expect(jobsOf(store)).toHaveLength(10);
    expect(jobsOf(store).slice(6)).toEqual([
      JOB_IDS.emergency,
      JOB_IDS.backflow,
      JOB_IDS.cloggedDrain,
      JOB_IDS.frozenPipes,
    ]);
    const eleventh = dialog.getByRole('checkbox', { name: 'Complaint about completed work' });
    await expect.element(eleventh).toBeDisabled();
    await expect.element(dialog.getByRole('checkbox', { name: 'Clogged drain' })).toBeEnabled();
    await expect
      .element(dialog.getByRole('status'))
      .toHaveTextContent(
        /holds 10 jobs, the most it can\. To attach another, free a place: uncheck a job here, or detach one in the step’s Jobs section\./,
      );

    // A click on a full row changes nothing and says why.
    await dialog.getByText('Complaint about completed work').click({ force: true });
    await expect
      .element(dialog.getByText(/Not attached: this Sona step already holds 10 jobs/))
      .toBeVisible();
    expect(jobsOf(store)).toHaveLength(10);
    expect(store.getState().past.at(-1)?.label).toBe('Attach job');
  });

  test('detaching one at ten frees a place for another', async () => {
    const { dialog, store } = await renderPicker({ flowId: 'flow-support', stepId: SUPPORT_DESK });
    await expect.element(dialog.getByText('10 of 10', { exact: true })).toBeVisible();
    await expect.element(dialog.getByRole('checkbox', { name: 'Frozen pipes' })).toBeDisabled();

    await dialog.getByRole('checkbox', { name: 'Billing question' }).click();

    await expect.element(dialog.getByText('9 of 10', { exact: true })).toBeVisible();
    expect(jobsOf(store, SUPPORT_DESK)).not.toContain(JOB_IDS.billing);
    expect(store.getState().past.at(-1)?.label).toBe('Detach job');
    await dialog.getByRole('checkbox', { name: 'Frozen pipes' }).click();
    await expect.element(dialog.getByText('10 of 10', { exact: true })).toBeVisible();
    expect(jobsOf(store, SUPPORT_DESK).at(-1)).toBe(JOB_IDS.frozenPipes);
    // Each toggle is its own undo step.
    store.getState().undo();
    await expect.element(dialog.getByText('9 of 10', { exact: true })).toBeVisible();
    await expect.element(dialog.getByRole('checkbox', { name: 'Frozen pipes' })).not.toBeChecked();
  });

  test('with 10,000 jobs the list stays small in the DOM, pages as it scrolls, and the search narrows it', async () => {
    const { dialog } = await renderPicker({ adapter: createLargeWorkspaceAdapter(10_000) });
    await expect.element(dialog.getByText('10,000 jobs')).toBeVisible();
    const rows = () => dialog.getByRole('listitem').elements();
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThanOrEqual(60);
    expect(rows()[0]?.getAttribute('aria-setsize')).toBe('10000');

    // Scrolling to the end of what is loaded asks for the next page.
    const scroller = dialog.getByRole('list', { name: 'Jobs of the workspace' }).element().parentElement;
    if (!scroller) throw new Error('The list scrolls inside its own box.');
    for (let page = 0; page < 3; page++) {
      scroller.scrollTop = scroller.scrollHeight;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await expect
      .poll(() => Math.max(...rows().map((row) => Number(row.getAttribute('aria-posinset') ?? 0))))
      .toBeGreaterThan(200);
    expect(rows().length).toBeLessThanOrEqual(60);

    await userEvent.fill(dialog.getByRole('searchbox', { name: 'Search jobs' }), 'sump pump laval');
    await expect.element(dialog.getByText('10 jobs match')).toBeVisible();
    const boxes = dialog.getByRole('checkbox').elements();
    expect(boxes).toHaveLength(10);
    for (const box of boxes) {
      expect(box.getAttribute('aria-labelledby')).toBeTruthy();
      expect(document.getElementById(box.getAttribute('aria-labelledby') ?? '')?.textContent).toMatch(
        /sump pump installation — Laval/,
      );
    }
    expect(rows().length).toBeLessThanOrEqual(60);
  });

  test('the previous results stay in view while a search loads', async () => {
    const { dialog } = await renderPicker();
    await expect.element(dialog.getByText('26 jobs')).toBeVisible();
    await userEvent.type(dialog.getByRole('searchbox', { name: 'Search jobs' }), 'lea');
    // Right after typing, before the debounce fires, the rows are still there.
    expect(dialog.getByRole('checkbox').elements().length).toBeGreaterThan(3);
    await expect.element(dialog.getByText(/jobs? match/)).toBeVisible();
    await expect.element(dialog.getByRole('checkbox', { name: 'Water leak' })).toBeVisible();
  });

  test('clearing the search shows every job again, and the picker opens again with an empty search', async () => {
    const { dialog, screen } = await renderPicker();
    await expect.element(dialog.getByText('26 jobs')).toBeVisible();
    const search = dialog.getByRole('searchbox', { name: 'Search jobs' });
    await userEvent.type(search, 'backflow');
    await expect.element(dialog.getByText('1 job matches')).toBeVisible();

    await userEvent.clear(search);
    await expect.element(dialog.getByText('26 jobs')).toBeVisible();

    await userEvent.type(search, 'backflow');
    await expect.element(dialog.getByText('1 job matches')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
    await screen.getByRole('button', { name: 'Open the job picker' }).click();
    const reopened = screen.getByRole('dialog', { name: 'Add job' });
    await expect.element(reopened.getByRole('searchbox', { name: 'Search jobs' })).toHaveValue('');
    await expect.element(reopened.getByText('26 jobs')).toBeVisible();
  });

  test('an answer to an older search never replaces the newer one', async () => {
    const fixture = createFixtureAdapter();
    const adapter: DesignerAdapter = {
      ...fixture,
      // The answer for “lea” arrives long after the one for “leak”.
      listJobs: async (query = {}) => {
        if (query.query === 'lea') await new Promise((resolve) => setTimeout(resolve, 700));
        return fixture.listJobs(query);
      },
    };
    const { dialog } = await renderPicker({ adapter });
    await expect.element(dialog.getByText('26 jobs')).toBeVisible();
    const search = dialog.getByRole('searchbox', { name: 'Search jobs' });
    await userEvent.type(search, 'lea');
    // The slow search is on its way: the list says so, and the previous results stay.
    const list = dialog.getByRole('list', { name: 'Jobs of the workspace' });
    await expect.poll(() => list.element().parentElement?.getAttribute('aria-busy')).toBe('true');
    expect(dialog.getByRole('checkbox').elements().length).toBeGreaterThan(3);
    await userEvent.type(search, 'k');
    const lead = dialog.getByRole('checkbox', { name: 'Bathroom or kitchen renovation lead' });
    await expect.element(dialog.getByRole('checkbox', { name: 'Water leak' })).toBeVisible();
    await expect.element(lead).not.toBeInTheDocument();

    // Once the answer for “lea” (which lists the renovation lead) has come and gone, “leak” still shows.
    await new Promise((resolve) => setTimeout(resolve, 900));
    await expect.element(dialog.getByRole('checkbox', { name: 'Water leak' })).toBeVisible();
    await expect.element(lead).not.toBeInTheDocument();
  });

  test('arrow keys move between jobs, Space toggles, Escape closes', async () => {
    const { dialog, store, screen } = await renderPicker();
    await expect.element(dialog.getByText('26 jobs')).toBeVisible();
    await expect.element(dialog.getByRole('searchbox', { name: 'Search jobs' })).toHaveFocus();

    await userEvent.keyboard('{ArrowDown}');
    await expect.element(dialog.getByRole('checkbox', { name: 'After-hours emergency' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect
      .element(dialog.getByRole('checkbox', { name: 'Bathroom or kitchen renovation lead' }))
      .toHaveFocus();
    await userEvent.keyboard(' ');
    await expect.element(dialog.getByText('7 of 10', { exact: true })).toBeVisible();
    expect(jobsOf(store)).toContain(JOB_IDS.renovationLead);
    await userEvent.keyboard('{End}');
    await expect.element(dialog.getByRole('checkbox', { name: 'Water leak' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('dialog')).not.toBeInTheDocument();
  });

  test('Start from scratch opens an empty editor, and the saved job is attached', async () => {
    const { dialog, screen, store, adapter } = await renderPicker();
    await expect.element(dialog.getByText('6 of 10', { exact: true })).toBeVisible();

    await createGasSmellJob(dialog, screen);

    await expect.element(screen.getByRole('dialog', { name: 'New job' })).not.toBeInTheDocument();
    await expect
      .element(dialog.getByText('“Gas smell” was created and attached to this step.'))
      .toBeVisible();
    await expect.element(dialog.getByText('7 of 10', { exact: true })).toBeVisible();
    await expect.element(dialog.getByRole('button', { name: 'Create job' })).toHaveFocus();
    const created = (await adapter.listJobs({ query: 'Gas smell' })).items.find(
      (job) => job.name === 'Gas smell',
    );
    expect(created).toBeDefined();
    expect(jobsOf(store).at(-1)).toBe(created?.id);
    await userEvent.fill(dialog.getByRole('searchbox', { name: 'Search jobs' }), 'gas');
    await expect.element(dialog.getByRole('checkbox', { name: 'Gas smell' })).toBeChecked();
  });

  test('a job created while the step is full is kept but not attached, and the picker says so', async () => {
    const { dialog, screen, store } = await renderPicker({ flowId: 'flow-support', stepId: SUPPORT_DESK });
    await expect.element(dialog.getByText('10 of 10', { exact: true })).toBeVisible();

    await createGasSmellJob(dialog, screen);

    await expect
      .element(dialog.getByText(/“Gas smell” was created but not attached: this step already holds 10 jobs/))
      .toBeVisible();
    expect(jobsOf(store, SUPPORT_DESK)).toHaveLength(10);
    await userEvent.fill(dialog.getByRole('searchbox', { name: 'Search jobs' }), 'gas');
    await expect.element(dialog.getByRole('checkbox', { name: 'Gas smell' })).toBeDisabled();
  });

  test('Start from a template: the job made from the template is attached, and focus comes back to Create job', async () => {
    const { dialog, screen, store } = await renderPicker();
    await expect.element(dialog.getByText('26 jobs')).toBeVisible();

    await dialog.getByRole('button', { name: 'Create job' }).click();
    await screen.getByRole('button', { name: 'Start from a template' }).click();
    const gallery = screen.getByRole('dialog', { name: 'Templates' });
    await gallery.getByRole('radio', { name: 'Request a callback' }).click();
    await gallery.getByRole('button', { name: 'Use template' }).click();

    await expect.element(screen.getByRole('dialog', { name: 'Templates' })).not.toBeInTheDocument();
    await expect
      .element(dialog.getByText('“Request a callback” was created and attached to this step.'))
      .toBeVisible();
    expect(jobsOf(store)).toHaveLength(7);
    await expect.element(dialog.getByRole('button', { name: 'Create job' })).toHaveFocus();
  });
});
