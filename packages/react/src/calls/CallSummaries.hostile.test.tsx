// Names and texts that try to spoof or break the layout: a right-to-left override, and very long unbroken words.
import { JOB_IDS } from '@sona-designer/core/demo';
import { callSummaryInput } from '@sona-designer/core/testing';
import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { createFixtureAdapter } from '../test/fixtures';
import { LibraryFrame } from '../test/libraryFrame';
import { CallSummaries } from './CallSummaries';

const RLO = '\u202e';
const WORD = 'x'.repeat(400);

function expectNoHorizontalOverflow(element: Element) {
  expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth + 1);
}

describe('CallSummaries with hostile texts', () => {
  test('a job name with an override stays isolated in the row and the Open button, and long words wrap', async () => {
    const adapter = createFixtureAdapter();
    const job = await adapter.getJob(JOB_IDS.commercialLead);
    const name = `${RLO}Qualify ${'y'.repeat(90)}`;
    await adapter.updateJob(job.id, { name }, job.version);
    await adapter.recordCallSummary(
      callSummaryInput('flow-sales', 'sales', {
        caller: `${RLO}Mallory ${'z'.repeat(190)}`,
        intent: WORD,
        jobId: job.id,
        collected: { company: WORD },
        actions: [{ type: 'sms', detail: WORD }],
        transcript: [{ speaker: 'caller', text: WORD }],
      }),
    );
    await page.viewport(900, 800);
    const screen = await render(
      <LibraryFrame adapter={adapter} height="800px">
        <CallSummaries onOpenJob={() => {}} />
      </LibraryFrame>,
    );
    const row = screen.getByRole('list', { name: 'Calls' }).getByRole('button').first();
    await expect.element(row).toHaveTextContent(/Mallory/);
    const place = row.element().querySelector('.sona-calls__item-place');
    // Each name is isolated: the override in the job name cannot reach the flow or step names, or the separators.
    expect(place?.textContent).toBe(`\u2068Sales line\u2069 · \u2068Sales\u2069 · \u2068${name}\u2069`);
    expect(row.element().querySelector('.sona-calls__item-intent')?.getAttribute('title')).toBe(WORD);

    await row.click();
    const detail = screen.getByRole('region', { name: /Mallory/ });
    await expect.element(detail.getByRole('button', { name: `Open “\u2068${name}\u2069”` })).toBeVisible();

    const root = document.querySelector('.sona-calls');
    if (!root) throw new Error('CallSummaries renders its root.');
    expectNoHorizontalOverflow(root);
    for (const element of root.querySelectorAll('.sona-calls__item, .sona-calls__detail')) {
      expectNoHorizontalOverflow(element);
    }
  });
});
