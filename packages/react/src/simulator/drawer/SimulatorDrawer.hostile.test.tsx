// The trace and the summary with hostile names: a right-to-left override in a job name, very long unbroken words.
import type { DesignerAdapter } from '@sona-designer/core';
import { JOB_IDS } from '@sona-designer/core/demo';
import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../styles.css';
import { createFixtureAdapter, FIXTURE_FLOWS } from '../../test/fixtures';
import { SimulatorFixture } from '../../test/SimulatorFixture';

const RLO = '\u202e';
/** The longest step title the product takes, as one unbroken word. */
const LONG_TITLE = 'x'.repeat(100);
const LONG_WORD = 'w'.repeat(400);

function expectNoHorizontalOverflow(element: Element | null) {
  if (!element) throw new Error('The surface is on the page.');
  expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth + 1);
}

async function hostileAdapter(): Promise<DesignerAdapter> {
  const adapter = createFixtureAdapter();
  const billing = await adapter.getJob(JOB_IDS.billing);
  await adapter.updateJob(billing.id, { name: `${RLO}${billing.name}` }, billing.version);
  const flow = await adapter.getCallFlow(FIXTURE_FLOWS.main);
  const graph = {
    ...flow.draft,
    steps: flow.draft.steps.map((step) => (step.id === 'front-desk' ? { ...step, title: LONG_TITLE } : step)),
  };
  await adapter.saveDraft(flow.id, graph, flow.version);
  return adapter;
}

describe('SimulatorDrawer with hostile names', () => {
  test('the “Why?” trace isolates the job name, and nothing in the trace or summary overflows', async () => {
    await page.viewport(1280, 900);
    const adapter = await hostileAdapter();
    const screen = await render(<SimulatorFixture makeAdapter={() => adapter} />);
    await screen
      .getByRole('region', { name: 'Publishing' })
      .getByRole('button', { name: 'Test call' })
      .click();
    const drawer = screen.getByRole('dialog', { name: 'Simulated call' });
    const log = drawer.getByRole('log', { name: 'Transcript' });
    await expect.element(log.getByRole('button', { name: 'Why?' }).first()).toBeVisible();

    const message = drawer.getByRole('textbox', { name: 'Caller message' });
    await message.fill(`I got a bill and I think I was charged twice ${LONG_WORD}`);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => log.getByRole('button', { name: 'Why?' }).all().length).toBe(2);
    await log.getByRole('button', { name: 'Why?' }).last().click();

    const why = log.element().querySelectorAll('.sona-trace__why');
    const explanation = why[why.length - 1]?.textContent ?? '';
    // “Chose “⁨‮Billing question⁩” with 90% confidence…”: the override ends at the PDI, before the closing quote.
    expect(explanation).toContain(`“\u2068${RLO}Billing question\u2069” with `);
    expect(explanation).toMatch(/^Chose “/);
    const job = log.element().querySelectorAll('.sona-trace__row dd strong bdi');
    expect(job[job.length - 1]?.textContent).toBe(`${RLO}Billing question`);
    for (const trace of log.element().querySelectorAll('.sona-trace')) expectNoHorizontalOverflow(trace);
    expectNoHorizontalOverflow(log.element());
    const traces = log.element().querySelectorAll<HTMLElement>('.sona-trace');
    await page.screenshot({
      path: '../../../../../test-results/hostile/simulator-trace.png',
      element: traces[traces.length - 1] as HTMLElement,
    });

    await drawer.getByRole('button', { name: 'End call' }).click();
    const summary = drawer.getByRole('region', { name: 'Call summary' });
    await expect.element(summary.getByRole('heading', { name: 'Call summary' })).toHaveFocus();
    const intro = summary.element().querySelector('.sona-call-summary__intro');
    expect(intro?.textContent).toBe(`Draft of \u2068${LONG_TITLE}\u2069`);
    expectNoHorizontalOverflow(summary.element());
    expectNoHorizontalOverflow(summary.element().closest('.sona-simulator__scroll'));
    // For a person to look at (test-results is ignored by git).
    await page.screenshot({
      path: '../../../../../test-results/hostile/simulator-summary.png',
      element: drawer.element() as HTMLElement,
    });
  }, 60_000);
});
