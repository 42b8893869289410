// The Sona card on the canvas with hostile texts: a right-to-left override in a job name, long unbroken words.
import { JOB_IDS } from '@sona-designer/core/demo';
import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../styles.css';
import { createFixtureAdapter, FIXTURE_FLOWS } from '../../test/fixtures';
import { SimulatorFixture } from '../../test/SimulatorFixture';

const RLO = '\u202e';
const LONG_NAME = 'x'.repeat(100);
const LONG_WORD = 'g'.repeat(400);

describe('StepNode with hostile texts', () => {
  test('the overlap warning isolates each name, and the card neither widens nor grows past its clamps', async () => {
    await page.viewport(1280, 900);
    const adapter = createFixtureAdapter();
    const billing = await adapter.getJob(JOB_IDS.billing);
    const a = await adapter.createJob({
      name: `${RLO}Billing refund`,
      instructions: billing.instructions,
      trigger: billing.trigger,
    });
    const b = await adapter.createJob({
      name: LONG_NAME,
      instructions: billing.instructions,
      trigger: billing.trigger,
    });
    const flow = await adapter.getCallFlow(FIXTURE_FLOWS.main);
    const graph = {
      ...flow.draft,
      steps: flow.draft.steps.map((step) =>
        step.id === 'front-desk' && step.kind === 'sona'
          ? { ...step, greeting: LONG_WORD, jobIds: [a.id, b.id, ...step.jobIds.slice(0, 2)] }
          : step,
      ),
    };
    await adapter.saveDraft(flow.id, graph, flow.version);

    const screen = await render(<SimulatorFixture makeAdapter={() => adapter} />);
    const node = screen.getByRole('group', { name: 'Sona step: Front desk' });
    const warning = node.getByText(/start on almost the same words/);
    await expect.element(warning).toBeInTheDocument();
    expect(warning.element().textContent).toBe(
      `“\u2068${RLO}Billing refund\u2069” and “\u2068${LONG_NAME}\u2069” start on almost the same words: make one trigger more specific.`,
    );
    expect(warning.element().getAttribute('title')).toBe(warning.element().textContent);

    const card = node.element().querySelector('.sona-step-node');
    if (!card) throw new Error('The node draws its card.');
    expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth + 1);
    const right = card.getBoundingClientRect().right;
    for (const element of card.querySelectorAll('*')) {
      expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(right + 1);
    }
    // Greeting two lines, chips one line each, issues two lines each: the card stays short (zoom aside).
    const zoom = card.getBoundingClientRect().width / card.clientWidth;
    expect(card.getBoundingClientRect().height / zoom).toBeLessThan(420);
    // For a person to look at (test-results is ignored by git).
    await page.screenshot({
      path: '../../../../../test-results/hostile/sona-card.png',
      element: card as HTMLElement,
    });
  }, 60_000);
});
