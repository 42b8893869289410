import type { DesignerAdapter, PhoneMenuStep, RingUsersStep, SonaStep } from '@sona-designer/core';
import { Profiler } from 'react';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import type { FlowStore } from '../state';
import { useFlowStoreApi } from '../state';
import { createFixtureAdapter } from '../test/fixtures';
import { InspectorFixture, type InspectorFixtureProps } from '../test/InspectorFixture';
import { StepInspector } from './StepInspector';

function StoreProbe({ onStore }: { onStore(store: FlowStore): void }) {
  onStore(useFlowStoreApi());
  return null;
}

async function renderInspector(props: Omit<InspectorFixtureProps, 'children'>) {
  const holder: { store: FlowStore | null } = { store: null };
  const screen = await render(
    <InspectorFixture {...props}>
      <StepInspector />
      <StoreProbe
        onStore={(store) => {
          holder.store = store;
        }}
      />
    </InspectorFixture>,
  );
  if (props.stepId) await expect.element(screen.getByRole('textbox', { name: 'Title' })).toBeVisible();
  const store = holder.store as FlowStore | null;
  if (!store) throw new Error('The flow store was not rendered.');
  return { screen, store };
}

function stepOf<T>(store: FlowStore, id: string): T {
  return store.getState().stepsById[id] as T;
}

describe('StepInspector', () => {
  test('typing a Sona title updates the draft as you type, and quick typing is one undo step', async () => {
    const { screen, store } = await renderInspector({ stepId: 'sona' });
    const title = screen.getByRole('textbox', { name: 'Title' });
    const historyBefore = store.getState().past.length;

    await userEvent.type(title, ' team');

    await expect.poll(() => stepOf<SonaStep>(store, 'sona').title).toBe('Support desk team');
    expect(store.getState().past.length).toBe(historyBefore + 1);
    expect(store.getState().past.at(-1)?.label).toBe('Edit \u2068Support desk\u2069');

    store.getState().undo();

    expect(stepOf<SonaStep>(store, 'sona').title).toBe('Support desk');
    // The form follows the draft when it changes from outside.
    await expect.element(title).toHaveValue('Support desk');
  });

  test('an invalid ring time shows the core’s message, stays in the field and leaves the draft alone', async () => {
    const { screen, store } = await renderInspector({ stepId: 'ring' });
    const seconds = screen.getByRole('spinbutton', { name: 'Ring time (seconds)' });
    const draftBefore = store.getState().draft;

    await seconds.fill('400');

    await expect.element(screen.getByText('Ring time is at most 300 seconds.')).toBeVisible();
    await expect.element(seconds).toHaveAttribute('aria-invalid', 'true');
    await expect.element(seconds).toHaveValue(400);
    expect(store.getState().draft).toBe(draftBefore);
    expect(stepOf<RingUsersStep>(store, 'ring').ringSeconds).toBe(30);

    await seconds.fill('45');

    await expect.poll(() => stepOf<RingUsersStep>(store, 'ring').ringSeconds).toBe(45);
    await expect.element(seconds).not.toHaveAttribute('aria-invalid');
  });

  test('a second range of hours on Monday is saved to the draft', async () => {
    const { screen, store } = await renderInspector({ stepId: 'hours' });
    const monday = screen.getByRole('group', { name: 'Monday' });

    await monday.getByRole('button', { name: 'Add hours on Monday' }).click();
    await monday.getByLabelText('Monday, hours 1: to').fill('12:00');
    await monday.getByLabelText('Monday, hours 2: from').fill('13:00');
    await monday.getByLabelText('Monday, hours 2: to').fill('17:30');

    await expect
      .poll(
        () =>
          (store.getState().stepsById.hours as { schedule: { days: { mon: unknown } } }).schedule.days.mon,
      )
      .toEqual([
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '17:30' },
      ]);
  });

  test('overlapping ranges are refused with the core’s message until fixed', async () => {
    const { screen, store } = await renderInspector({ stepId: 'hours' });
    const monday = screen.getByRole('group', { name: 'Monday' });

    await monday.getByRole('button', { name: 'Add hours on Monday' }).click();
    await monday.getByLabelText('Monday, hours 2: from').fill('16:00');

    await expect
      .element(monday.getByText('The ranges 09:00–17:00 and 16:00–20:00 overlap: merge them or move one.'))
      .toBeVisible();
    await expect
      .poll(() => store.getState().draft.steps.find((s) => s.id === 'hours'))
      .toMatchObject({
        schedule: {
          days: {
            mon: [
              { start: '09:00', end: '17:00' },
              { start: '18:00', end: '20:00' },
            ],
          },
        },
      });
  });

  test('"Copy Monday to weekdays" copies the ranges to Tuesday–Friday', async () => {
    const { screen, store } = await renderInspector({ stepId: 'hours' });
    await screen.getByRole('group', { name: 'Monday' }).getByLabelText('Monday, hours 1: from').fill('08:00');

    await screen.getByRole('button', { name: 'Copy Monday to weekdays' }).click();

    await expect
      .element(screen.getByRole('group', { name: 'Friday' }).getByLabelText('Friday, hours 1: from'))
      .toHaveValue('08:00');
    await expect
      .poll(
        () =>
          (store.getState().stepsById.hours as { schedule: { days: { thu: unknown } } }).schedule.days.thu,
      )
      .toEqual([{ start: '08:00', end: '17:00' }]);
  });

  test('choosing where an output goes connects the steps, and Nowhere disconnects them', async () => {
    const { screen, store } = await renderInspector({ stepId: 'sona' });
    const handOff = screen.getByRole('combobox', { name: 'Hand-off: goes to' });

    await handOff.selectOptions('Office line');

    await expect
      .poll(() =>
        store.getState().draft.edges.find((edge) => edge.source === 'sona' && edge.output === 'transfer'),
      )
      .toMatchObject({ target: 'fwd' });

    await handOff.selectOptions('Nowhere — the call hangs up');

    await expect
      .poll(() =>
        store.getState().draft.edges.some((edge) => edge.source === 'sona' && edge.output === 'transfer'),
      )
      .toBe(false);
  });

  test('detaching a job removes it from the Sona step and keeps focus in the list', async () => {
    const { screen, store } = await renderInspector({ stepId: 'sona' });
    await expect.element(screen.getByText('3 of 10', { exact: true })).toBeVisible();

    await screen.getByRole('button', { name: 'Detach Water leak' }).click();

    await expect.element(screen.getByText('2 of 10', { exact: true })).toBeVisible();
    expect(stepOf<SonaStep>(store, 'sona').jobIds).not.toContain('job-leak');
    expect(store.getState().past.at(-1)?.label).toBe('Detach job');
    await expect.element(screen.getByRole('button', { name: 'Detach Take a message' })).toHaveFocus();
  });

  test('changing the key of a menu option moves its connection to the new key', async () => {
    const { screen, store } = await renderInspector({ stepId: 'menu' });

    await screen.getByRole('combobox', { name: 'Key of option 2' }).selectOptions('5');

    await expect.poll(() => stepOf<PhoneMenuStep>(store, 'menu').options[1]?.digit).toBe('5');
    expect(store.getState().draft.edges.find((edge) => edge.id === 'e5')?.output).toBe('option-5');
    await expect
      .element(screen.getByRole('combobox', { name: 'Press 5: goes to' }))
      .toHaveDisplayValue('Support desk');
  });

  test('a change from outside does not clobber a field being typed in', async () => {
    const { screen, store } = await renderInspector({ stepId: 'fwd' });
    const number = screen.getByRole('textbox', { name: 'Phone number' });
    await number.fill('+1 514');
    await expect.element(number).toHaveAttribute('aria-invalid', 'true');

    store.getState().updateStep('fwd', { title: 'Front office' }, 'Rename');

    await expect.element(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Front office');
    await expect.element(number).toHaveValue('+1 514');
    expect(stepOf<{ phoneNumber: string }>(store, 'fwd').phoneNumber).toBe('+15145550100');
  });

  test('adding a person gives them an id and removing them takes them out of groups', async () => {
    const { screen, store } = await renderInspector({ stepId: 'ring' });
    await screen.getByRole('radio', { name: /Custom groups/ }).click();
    await screen.getByRole('textbox', { name: 'Name of the person to add' }).fill('Élise Côté');
    await screen.getByRole('button', { name: 'Add person' }).click();
    await screen.getByRole('button', { name: 'Add group' }).click();
    await screen.getByRole('checkbox', { name: 'Élise Côté' }).click();

    await expect
      .poll(() => stepOf<RingUsersStep>(store, 'ring').groups)
      .toEqual([{ name: 'Group 1', targetIds: ['person-elise-cote'] }]);
    expect(stepOf<RingUsersStep>(store, 'ring').targets.at(-1)).toEqual({
      id: 'person-elise-cote',
      name: 'Élise Côté',
    });

    await screen.getByRole('button', { name: 'Remove Élise Côté' }).click();

    await expect.poll(() => stepOf<RingUsersStep>(store, 'ring').groups[0]?.targetIds).toEqual([]);
    expect(stepOf<RingUsersStep>(store, 'ring').targets).toHaveLength(2);
  });

  test('read only: fields are disabled and nothing changes the draft', async () => {
    const { screen, store } = await renderInspector({ stepId: 'menu', readOnly: true });
    await expect.element(screen.getByRole('textbox', { name: 'Prompt' })).toBeDisabled();
    await expect.element(screen.getByRole('combobox', { name: 'Key of option 1' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Add option' }).query()).toBeNull();
    expect(screen.getByRole('button', { name: /Remove option/ }).query()).toBeNull();
    expect(store.getState().past).toHaveLength(0);
  });

  test('the close button empties the panel', async () => {
    const { screen, store } = await renderInspector({ stepId: 'end' });

    await screen.getByRole('button', { name: 'Close step settings' }).click();

    expect(store.getState().inspectedStepId).toBeNull();
    await expect.element(screen.getByText('Select a step to see its settings')).toBeVisible();
  });

  test('the conversation-history switch writes to the draft', async () => {
    const { screen, store } = await renderInspector({ stepId: 'sona' });
    const history = screen.getByRole('switch', { name: 'Conversation history' });

    await history.click();

    await expect.element(history).toHaveAttribute('aria-checked', 'false');
    expect(stepOf<SonaStep>(store, 'sona').conversationHistory).toBe(false);
  });

  test('dragging the inspected step on the canvas does not re-render the panel', async () => {
    let renders = 0;
    const holder: { store: FlowStore | null } = { store: null };
    const screen = await render(
      <InspectorFixture stepId="sona">
        <Profiler id="inspector" onRender={() => renders++}>
          <StepInspector />
        </Profiler>
        <StoreProbe
          onStore={(store) => {
            holder.store = store;
          }}
        />
      </InspectorFixture>,
    );
    await expect.element(screen.getByRole('button', { name: 'Detach Water leak' })).toBeVisible();
    const store = holder.store as FlowStore | null;
    if (!store) throw new Error('The flow store was not rendered.');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const before = renders;

    for (let x = 1; x <= 20; x++) store.getState().moveSteps({ sona: { x, y: 460 } }, 'drag', 'Move');
    store.getState().moveSteps({ sona: { x: 20, y: 460 } }, 'end', 'Move');
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(renders).toBe(before);
    store.getState().updateStep('sona', { title: 'Help desk' }, 'Rename');
    await expect.element(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Help desk');
    expect(renders).toBeGreaterThan(before);
  });

  test('the form follows a step changed elsewhere (another tab)', async () => {
    const adapter: DesignerAdapter = createFixtureAdapter();
    const { screen } = await renderInspector({ stepId: 'vm', adapter });
    const flow = await adapter.getCallFlow('flow-every-kind');
    await adapter.saveDraft(
      'flow-every-kind',
      {
        ...flow.draft,
        steps: flow.draft.steps.map((step) =>
          step.id === 'vm' ? { ...step, greeting: 'Nous sommes fermés. We are closed.' } : step,
        ),
      },
      flow.version,
    );

    await expect
      .element(screen.getByRole('textbox', { name: 'Voicemail greeting' }))
      .toHaveValue('Nous sommes fermés. We are closed.');
  });
});
