import type { DesignerAdapter, FlowGraph, TestCaseInput } from '@sona-designer/core';
import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import '../test/registerFrench';
import { createFixtureAdapter, FIXTURE_FLOWS } from '../test/fixtures';
import { SimulatorFixture } from '../test/SimulatorFixture';

const BOOK = 'job-book-service';

/** A weekday-morning call on the main line asking for a visit: the front desk books it. */
function bookingTest(name = 'Booking a visit'): TestCaseInput {
  return {
    callFlowId: FIXTURE_FLOWS.main,
    name,
    call: {
      at: '2026-03-03T10:00:00-05:00',
      callerNumber: '+15145550100',
      keys: [],
      answered: false,
      messages: ['My water heater is leaking, I need a plumber to come and look at it'],
    },
    expectations: [
      { kind: 'reaches-step', stepId: 'front-desk' },
      { kind: 'job-fires', jobId: BOOK, turn: 1 },
    ],
  };
}

async function withTests(tests: TestCaseInput[]) {
  const adapter = createFixtureAdapter();
  for (const input of tests) await adapter.createTestCase(input);
  return adapter;
}

async function renderDesigner(adapter: DesignerAdapter, locale: 'en' | 'fr' = 'en') {
  const screen = await render(<SimulatorFixture makeAdapter={() => adapter} locale={locale} />);
  const publishing = screen.getByRole('region', { name: locale === 'en' ? 'Publishing' : 'Publication' });
  await expect.element(publishing).toBeVisible();
  return { screen, publishing };
}

describe('Saved tests', () => {
  test('the publish bar counts the tests run on the draft and opens them', async () => {
    const adapter = await withTests([bookingTest(), bookingTest('Second booking')]);
    const { screen, publishing } = await renderDesigner(adapter);
    const count = publishing.getByRole('button', { name: 'Tests: 2 tests · all passing' });
    await expect.element(count).toBeVisible();
    await count.click();
    const drawer = screen.getByRole('dialog', { name: 'Simulated call' });
    await expect.element(drawer.getByRole('radio', { name: 'Tests' })).toBeChecked();
    await expect.element(drawer.getByText('Draft: 2 of 2 pass')).toBeVisible();
    await expect.element(drawer.getByRole('button', { name: /Booking a visit/ })).toBeVisible();
  });

  test('detaching the job a test expects makes it fail at its turn, and the count says so', async () => {
    const adapter = await withTests([bookingTest()]);
    const flow = await adapter.getCallFlow(FIXTURE_FLOWS.main);
    const { screen, publishing } = await renderDesigner(adapter);
    await expect
      .element(publishing.getByRole('button', { name: 'Tests: 1 test · all passing' }))
      .toBeVisible();

    // Another editor detaches "Book a service visit" from the front desk.
    const draft: FlowGraph = {
      ...flow.draft,
      steps: flow.draft.steps.map((step) =>
        step.kind === 'sona' && step.id === 'front-desk'
          ? { ...step, jobIds: step.jobIds.filter((id) => id !== BOOK) }
          : step,
      ),
    };
    await adapter.saveDraft(flow.id, draft, flow.version);

    const failing = publishing.getByRole('button', { name: 'Tests: 1 test · 1 failing' });
    await expect.element(failing).toBeVisible();
    await failing.click();
    const drawer = screen.getByRole('dialog', { name: 'Simulated call' });
    // Opened on the failing test, at the turn where it failed.
    const turn = drawer.getByRole('listitem', { name: 'Fails at turn 1' });
    await expect.element(turn).toHaveFocus();
    await expect
      .element(drawer.getByText(/^Expected job \u2068Book a service visit\u2069 to fire/))
      .toBeVisible();
    await expect.element(drawer.getByText('Broken by the draft')).toBeVisible();
    // Detached, the job could not fire whatever its trigger says: nothing to teach.
    await expect.element(drawer.getByRole('button', { name: /^Teach / })).not.toBeInTheDocument();
    // The canvas shows where the call went.
    expect(
      document.querySelectorAll('.sona-flow-node--taken, .sona-flow-node--current').length,
    ).toBeGreaterThan(1);

    await drawer.getByRole('button', { name: 'All tests' }).click();
    await expect.element(drawer.getByRole('button', { name: /Booking a visit/ })).toHaveFocus();
    await drawer.getByRole('radio', { name: 'Failing (1)' }).click();
    await expect.element(drawer.getByRole('button', { name: /Booking a visit/ })).toBeVisible();
  });

  test('a test whose expected job was not chosen teaches it the sentence, passes, and Undo takes it back', async () => {
    const sentence = 'the tank in the basement makes a racket at night';
    const missed = bookingTest('Racket in the basement');
    const adapter = await withTests([
      {
        ...missed,
        call: { ...missed.call, messages: [sentence] },
        expectations: [{ kind: 'job-fires', jobId: BOOK, turn: 1 }],
      },
    ]);
    const before = (await adapter.getJob(BOOK)).trigger;
    const { screen, publishing } = await renderDesigner(adapter);
    await publishing.getByRole('button', { name: 'Tests: 1 test · 1 failing' }).click();
    const drawer = screen.getByRole('dialog', { name: 'Simulated call' });

    await drawer.getByRole('button', { name: 'Teach Book a service visit this sentence' }).click();
    await expect
      .element(drawer.getByRole('status').filter({ hasText: /trigger/ }))
      .toHaveTextContent('Added to the trigger of \u2068Book a service visit\u2069: the test runs again.');
    expect((await adapter.getJob(BOOK)).trigger).toBe(`${before} For example: “${sentence}”.`);
    // The suite runs the test again by itself: the check is met now.
    await expect
      .element(drawer.getByText('Met: Turn 1: Job \u2068Book a service visit\u2069 fires'))
      .toBeInTheDocument();

    await drawer.getByRole('button', { name: 'Undo' }).click();
    await expect
      .element(
        drawer.getByText('Not met: Turn 1: Job \u2068Book a service visit\u2069 fires', { exact: false }),
      )
      .toBeInTheDocument();
    expect((await adapter.getJob(BOOK)).trigger).toBe(before);
    await userEvent.keyboard('{Escape}');
    await expect.element(publishing.getByRole('button', { name: 'Tests: 1 test · 1 failing' })).toBeVisible();
  });

  test('requiring passing tests holds Publish and says why', async () => {
    const adapter = await withTests([
      {
        ...bookingTest('Expects a missing step'),
        expectations: [{ kind: 'reaches-step', stepId: 'nowhere' }],
      },
    ]);
    const { screen, publishing } = await renderDesigner(adapter);
    await publishing.getByRole('button', { name: 'Tests: 1 test · 1 failing' }).click();
    const drawer = screen.getByRole('dialog', { name: 'Simulated call' });
    await drawer.getByRole('button', { name: 'All tests' }).click();
    await drawer.getByRole('switch', { name: 'Require passing tests before publishing' }).click();
    await userEvent.keyboard('{Escape}');

    const publish = publishing.getByRole('button', { name: 'Publish', exact: true });
    await expect.element(publish).toBeDisabled();
    await expect
      .element(publish)
      .toHaveAccessibleDescription('Publishing needs every test to pass: 1 test fails on the draft.');
    // The setting is an edit of the draft: Undo takes it back, and Publish is free again.
    await screen.getByRole('button', { name: /^Undo/ }).click();
    await expect.element(publish).toBeEnabled();
  });

  test('Save as test from a call at the front desk saves the call from the incoming call, with its checks', async () => {
    const adapter = await withTests([]);
    const { screen, publishing } = await renderDesigner(adapter);
    await expect.element(publishing.getByRole('button', { name: 'Tests: Tests' })).toBeVisible();
    await publishing.getByRole('button', { name: 'Test call' }).click();
    const drawer = screen.getByRole('dialog', { name: 'Simulated call' });
    const box = drawer.getByRole('textbox', { name: 'Caller message' });
    await box.fill('My water heater is leaking, I need a plumber to come and look at it');
    await userEvent.keyboard('{Enter}');
    await drawer.getByRole('button', { name: 'Save as test' }).click();

    const dialog = screen.getByRole('dialog', { name: 'Save as test' });
    await expect
      .element(dialog.getByRole('checkbox', { name: 'Reaches \u2068Front desk\u2069' }))
      .toBeChecked();
    await expect
      .element(dialog.getByRole('checkbox', { name: 'Turn 1: Job \u2068Book a service visit\u2069 fires' }))
      .toBeChecked();
    const name = dialog.getByRole('textbox', { name: 'Name' });
    await name.fill('');
    await dialog.getByRole('button', { name: 'Save test' }).click();
    await expect.element(dialog.getByText(/Name the test/)).toBeVisible();
    await name.fill('Leaking water heater');
    await dialog
      .getByRole('textbox', { name: 'Also check that Sona says (optional)' })
      .fill('What the problem is');
    await dialog.getByRole('button', { name: 'Save test' }).click();

    await expect.element(drawer.getByText(/Test \u2068Leaking water heater\u2069 saved/)).toBeVisible();
    const saved = await adapter.listTestCases(FIXTURE_FLOWS.main);
    expect(saved.map((testCase) => testCase.name)).toEqual(['Leaking water heater']);
    // Placed from the incoming call, at a moment the business hours let through to the front desk.
    expect(saved[0]?.call.messages).toEqual([
      'My water heater is leaking, I need a plumber to come and look at it',
    ]);
    // The check added by hand, besides those filled in from the call (and it passes: Sona asked it).
    expect(saved[0]?.expectations).toContainEqual({ kind: 'reply-contains', text: 'What the problem is' });
    await userEvent.keyboard('{Escape}');
    await expect
      .element(publishing.getByRole('button', { name: 'Tests: 1 test · all passing' }))
      .toBeVisible();
  });

  test('editing a test changes what a kept check compares with, and refuses an empty reply check', async () => {
    const withReply = bookingTest();
    const adapter = await withTests([
      {
        ...withReply,
        expectations: [...withReply.expectations, { kind: 'reply-contains', text: 'What the problem is' }],
      },
    ]);
    const { screen, publishing } = await renderDesigner(adapter);
    await publishing.getByRole('button', { name: 'Tests: 1 test · all passing' }).click();
    const drawer = screen.getByRole('dialog', { name: 'Simulated call' });
    await drawer.getByRole('button', { name: /Booking a visit/ }).click();
    await drawer.getByRole('button', { name: 'Edit' }).click();

    const dialog = screen.getByRole('dialog', { name: 'Edit test' });
    const says = dialog.getByRole('textbox', { name: 'Sona says', exact: true });
    await expect.element(says).toHaveValue('What the problem is');
    await says.fill('');
    await dialog.getByRole('button', { name: 'Save test' }).click();
    await expect.element(says).toHaveAccessibleDescription(/Say what Sona must say/);
    await expect.element(says).toHaveFocus();
    expect((await adapter.listTestCases(FIXTURE_FLOWS.main))[0]?.expectations).toContainEqual({
      kind: 'reply-contains',
      text: 'What the problem is',
    });

    await says.fill('  the address ');
    // The check's words follow what is typed.
    await expect
      .element(dialog.getByRole('checkbox', { name: 'Sona says \u2068the address\u2069' }))
      .toBeChecked();
    await dialog.getByRole('button', { name: 'Save test' }).click();
    await expect.element(dialog).not.toBeInTheDocument();
    const [saved] = await adapter.listTestCases(FIXTURE_FLOWS.main);
    expect(saved?.expectations).toContainEqual({ kind: 'reply-contains', text: 'the address' });
    expect(saved?.expectations).not.toContainEqual({ kind: 'reply-contains', text: 'What the problem is' });
  });

  test('a failed save keeps the name and checks, and says why', async () => {
    const adapter = await withTests([]);
    adapter.createTestCase = () => Promise.reject(new Error('network down'));
    const { screen, publishing } = await renderDesigner(adapter);
    await publishing.getByRole('button', { name: 'Test call' }).click();
    const drawer = screen.getByRole('dialog', { name: 'Simulated call' });
    await drawer.getByRole('textbox', { name: 'Caller message' }).fill('I want to book a visit');
    await userEvent.keyboard('{Enter}');
    await drawer.getByRole('button', { name: 'Save as test' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Save as test' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Kept name');
    await dialog.getByRole('button', { name: 'Save test' }).click();
    await expect.element(dialog.getByRole('alert')).toHaveTextContent(/Couldn’t save the test/);
    await expect.element(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Kept name');
    // Escape with changes asks before throwing them away.
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('alertdialog', { name: 'Discard this test?' })).toBeVisible();
  });

  test('in French', async () => {
    const adapter = await withTests([bookingTest('Réserver une visite')]);
    const { screen, publishing } = await renderDesigner(adapter, 'fr');
    const count = publishing.getByRole('button', { name: 'Tests : 1 test · tous réussis' });
    await expect.element(count).toBeVisible();
    await count.click();
    const drawer = screen.getByRole('dialog', { name: 'Appel simulé' });
    await expect.element(drawer.getByText('Brouillon : 1 sur 1 réussis')).toBeVisible();
  });
});
