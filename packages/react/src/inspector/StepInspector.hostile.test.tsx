// The trigger-overlap warning in the inspector with hostile job names: a right-to-left override, a long unbroken word.
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { createFixtureAdapter } from '../test/fixtures';
import { InspectorFixture } from '../test/InspectorFixture';
import { StepInspector } from './StepInspector';

const RLO = '\u202e';
const LONG_NAME = 'x'.repeat(100);
const TRIGGER = 'The caller wants a refund for a bill they think was charged twice.';

describe('StepInspector with hostile job names', () => {
  test('the overlap warning keeps each name isolated, and it wraps inside the panel', async () => {
    const adapter = createFixtureAdapter();
    const a = await adapter.createJob({
      name: `${RLO}Billing refund`,
      instructions: '1. Ask.',
      trigger: TRIGGER,
    });
    const b = await adapter.createJob({ name: LONG_NAME, instructions: '1. Ask.', trigger: TRIGGER });
    const flow = await adapter.getCallFlow('flow-every-kind');
    const graph = {
      ...flow.draft,
      steps: flow.draft.steps.map((step) => (step.id === 'sona' ? { ...step, jobIds: [a.id, b.id] } : step)),
    };
    await adapter.saveDraft(flow.id, graph, flow.version);

    const screen = await render(
      <InspectorFixture stepId="sona" adapter={adapter}>
        <StepInspector />
      </InspectorFixture>,
    );
    const warning = screen.getByText(/start on almost the same words/);
    await expect.element(warning).toBeVisible();
    // The override ends at its PDI: “and”, the other name and the product's advice read as written.
    expect(warning.element().textContent).toBe(
      `“\u2068${RLO}Billing refund\u2069” and “\u2068${LONG_NAME}\u2069” in “\u2068Support desk\u2069” start on almost the same words: Sona cannot tell them apart. Make one trigger more specific.`,
    );
    const panel = warning.element().closest('.sona-inspector');
    if (!panel) throw new Error('The warning is in the inspector.');
    expect(panel.scrollWidth).toBeLessThanOrEqual(panel.clientWidth + 1);
    const scroller = panel.parentElement as HTMLElement;
    expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth + 1);
  });
});
