import type { DesignerAdapter } from '@sona-designer/core';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../styles.css';
import { FIXTURE_FLOWS } from '../../test/fixtures';
import { SimulatorFixture, type SimulatorFixtureProps } from '../../test/SimulatorFixture';
import { createTransferAdapter, TRANSFER_FLOW } from '../../test/simulatorEngines';

async function renderDesigner(props: SimulatorFixtureProps = {}) {
  let adapter: DesignerAdapter | undefined;
  const screen = await render(
    <SimulatorFixture
      {...props}
      onAdapter={(created) => {
        adapter = created;
      }}
    />,
  );
  await expect.element(screen.getByRole('region', { name: 'Publishing' })).toBeVisible();
  return { screen, adapter: adapter as DesignerAdapter };
}

type Screen = Awaited<ReturnType<typeof renderDesigner>>['screen'];

async function openFromPublishBar(screen: Screen) {
  const testCall = screen
    .getByRole('region', { name: 'Publishing' })
    .getByRole('button', { name: 'Test call' });
  await testCall.click();
  const drawer = screen.getByRole('dialog', { name: 'Simulated call' });
  const log = drawer.getByRole('log', { name: 'Transcript' });
  // Sona speaks first: the greeting comes with its own "Why?".
  await expect.element(log.getByRole('button', { name: 'Why?' }).first()).toBeVisible();
  return { testCall, drawer, log };
}

async function say(drawer: ReturnType<Screen['getByRole']>, sentence: string) {
  const whys = drawer.getByRole('log').getByRole('button', { name: 'Why?' });
  const before = whys.all().length;
  await userEvent.type(drawer.getByRole('textbox', { name: 'Caller message' }), `${sentence}{Enter}`);
  await expect.poll(() => whys.all().length).toBe(before + 1);
}

describe('SimulatorDrawer', () => {
  test('“Why?” says which general intent it heard in the caller’s words', async () => {
    const { screen } = await renderDesigner();
    const { drawer, log } = await openFromPublishBar(screen);
    await say(drawer, 'I was charged twice on my last bill');
    await log.getByRole('button', { name: 'Why?' }).last().click();
    const heard = log.getByRole('term').filter({ hasText: /^Heard$/ });
    await expect.element(heard).toBeVisible();
    await expect
      .element(log.getByRole('definition').filter({ hasText: /^Billing and payment$/ }))
      .toBeVisible();
  });

  test('a full call on the draft ends with a summary recorded in the call summaries', async () => {
    const { screen, adapter } = await renderDesigner();
    const before = await adapter.listCallSummaries({ callFlowId: FIXTURE_FLOWS.main, source: 'draft' });
    const { drawer, log } = await openFromPublishBar(screen);
    await expect.element(log.getByText(/Are you calling about a visit or something new\?/)).toBeVisible();

    await say(drawer, 'Hi, I need a plumber to come fix a leaking pipe under my kitchen sink');
    await log.getByRole('button', { name: 'Why?' }).last().click();
    await expect.element(log.getByText('Book a service visit', { exact: true })).toBeVisible();
    await say(drawer, 'It started yesterday');

    await drawer.getByRole('button', { name: 'End call' }).click();
    const summary = drawer.getByRole('region', { name: 'Call summary' });
    await expect.element(summary.getByRole('heading', { name: 'Call summary' })).toHaveFocus();
    await expect.element(summary.getByText('Book a service visit', { exact: true })).toBeVisible();
    await expect.element(summary.getByText('Saved to call summaries')).toBeVisible();

    const recorded = await adapter.listCallSummaries({ callFlowId: FIXTURE_FLOWS.main, source: 'draft' });
    expect(recorded.total).toBe(before.total + 1);
    const ours = recorded.items.find((item) =>
      item.transcript.some((turn) => /leaking pipe/.test(turn.text)),
    );
    expect(ours).toMatchObject({
      callFlowId: FIXTURE_FLOWS.main,
      stepId: 'front-desk',
      source: 'draft',
      jobId: 'job-book-service',
      simulated: true,
      outcome: 'abandoned',
    });
    expect(ours?.transcript[0]?.speaker).toBe('sona');
  });

  test('a transfer ends the call by itself and says where the call went', async () => {
    const { screen } = await renderDesigner({ makeAdapter: createTransferAdapter, flowId: TRANSFER_FLOW });
    const { drawer, log } = await openFromPublishBar(screen);

    await say(drawer, 'Help, my basement is flooding!');
    await say(drawer, 'From the water heater in the corner');
    // Sona asks before transferring; the caller agrees.
    await expect.element(log.getByText(/Shall I transfer you now\?/)).toBeVisible();
    await say(drawer, 'Yes please');

    await expect
      .element(log.getByText('Sona transferred the call to \u2068Marc Dupont\u2069. Sona has left the call.'))
      .toBeVisible();
    await expect.element(drawer.getByRole('textbox', { name: 'Caller message' })).not.toBeInTheDocument();
    await expect.element(drawer.getByRole('button', { name: 'End call' })).not.toBeInTheDocument();
    await drawer.getByRole('button', { name: 'See call summary' }).click();
    await expect.element(drawer.getByText('Transferred')).toBeVisible();
    await expect.element(drawer.getByText('Transfer to team member \u2068Marc Dupont\u2069')).toBeVisible();
    await expect.element(drawer.getByText('Saved to call summaries')).toBeVisible();
  });

  test('switching to the published version mid-call asks first, then starts over on the published greeting', async () => {
    const { screen } = await renderDesigner();
    const { drawer, log } = await openFromPublishBar(screen);
    await say(drawer, 'I got a bill and I think I was charged twice');

    await drawer.getByRole('radio', { name: 'Published' }).click();
    const confirm = screen.getByRole('alertdialog', { name: 'Restart the call?' });
    await confirm.getByRole('button', { name: 'Keep this call' }).click();
    await expect.element(confirm).not.toBeInTheDocument();
    await expect.element(drawer.getByRole('radio', { name: 'Draft' })).toBeChecked();
    await expect.element(log.getByText('I got a bill and I think I was charged twice')).toBeVisible();

    await drawer.getByRole('radio', { name: 'Published' }).click();
    await screen
      .getByRole('alertdialog', { name: 'Restart the call?' })
      .getByRole('button', { name: 'Switch and restart' })
      .click();
    await expect.element(drawer.getByRole('radio', { name: 'Published' })).toBeChecked();
    await expect.element(log.getByText(/How can I help you today\?/)).toBeVisible();
    await expect
      .element(log.getByText('I got a bill and I think I was charged twice'))
      .not.toBeInTheDocument();
  });

  test('Restart starts the call over from the greeting', async () => {
    const { screen } = await renderDesigner();
    const { drawer, log } = await openFromPublishBar(screen);
    await say(drawer, 'I got a bill and I think I was charged twice');
    await expect.element(log.getByText(/invoice number/)).toBeVisible();

    await drawer.getByRole('button', { name: 'Restart' }).click();

    await expect
      .element(log.getByText('I got a bill and I think I was charged twice'))
      .not.toBeInTheDocument();
    await expect.poll(() => log.getByRole('button', { name: 'Why?' }).all().length).toBe(1);
    await expect.element(drawer.getByRole('textbox', { name: 'Caller message' })).toHaveFocus();
  });

  test('Escape closes the drawer and gives focus back to Test call', async () => {
    const { screen } = await renderDesigner();
    const { testCall, drawer } = await openFromPublishBar(screen);
    await expect.element(drawer.getByRole('textbox', { name: 'Caller message' })).toHaveFocus();

    await userEvent.keyboard('{Escape}');

    await expect.element(screen.getByRole('dialog', { name: 'Simulated call' })).not.toBeInTheDocument();
    await expect.element(testCall).toHaveFocus();
  });
});
