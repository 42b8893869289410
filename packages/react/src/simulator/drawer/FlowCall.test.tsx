import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../styles.css';
import '../../test/registerFrench';
import { createFlowCallAdapter, FLOW_CALL_FLOW } from '../../test/flowCallFixtures';
import { SimulatorFixture, type SimulatorFixtureProps } from '../../test/SimulatorFixture';

async function openIncoming(props: SimulatorFixtureProps = {}, labels = EN) {
  const screen = await render(<SimulatorFixture {...props} />);
  const publishing = screen.getByRole('region', { name: labels.publishing });
  await expect.element(publishing).toBeVisible();
  await publishing.getByRole('button', { name: labels.testCall }).click();
  const drawer = screen.getByRole('dialog', { name: labels.title });
  await drawer.getByRole('radio', { name: labels.incoming }).click();
  return { screen, drawer };
}

const EN = {
  publishing: 'Publishing',
  testCall: 'Test call',
  title: 'Simulated call',
  incoming: 'From the incoming call',
};

const holidayLine = { makeAdapter: createFlowCallAdapter, flowId: FLOW_CALL_FLOW };

function pathNodes() {
  return document.querySelectorAll('.react-flow__node:is(.sona-flow-node--taken, .sona-flow-node--current)');
}

describe('Simulated call from the incoming call', () => {
  test('Christmas 10:00 on hours closed for Christmas goes after hours, to voicemail', async () => {
    const { drawer } = await openIncoming(holidayLine);
    await drawer.getByRole('button', { name: 'Christmas 10:00' }).click();

    const path = drawer.getByRole('list', { name: 'Path of the call' });
    await expect.element(path.getByText(/25 is a holiday: \u2068Christmas\u2069/)).toBeVisible();
    await expect.element(path.getByText('Voicemail: the caller leaves a message')).toBeVisible();
    await expect.element(drawer.getByText('Went to voicemail')).toBeVisible();
    const steps = path
      .getByRole('listitem')
      .all()
      .map((item) => item.element().querySelector('bdi')?.textContent);
    expect(steps).toEqual(['Incoming call', 'Business hours', 'Closed message', 'Voicemail']);
    await expect
      .element(drawer.getByText(/Read in America\/Toronto, the time zone of \u2068Business hours\u2069/))
      .toBeVisible();
  });

  test('a weekday-morning call on the main line reaches the front desk conversation', async () => {
    const { drawer } = await openIncoming();
    await drawer.getByRole('button', { name: 'Monday 10:00' }).click();

    const path = drawer.getByRole('list', { name: 'Path of the call' });
    await expect
      .element(path.getByText(/Monday 10:00 is within business hours \(07:30–17:30\)/))
      .toBeVisible();
    await expect.element(drawer.getByText(/Are you calling about a visit or something new\?/)).toBeVisible();
    const box = drawer.getByRole('textbox', { name: 'Caller message' });
    await userEvent.type(box, 'I got a bill and I think I was charged twice{Enter}');
    await expect.element(drawer.getByText(/invoice number/)).toBeVisible();
  });

  test('the keypad picks the menu branch, by click and by keyboard', { timeout: 30_000 }, async () => {
    const { drawer } = await openIncoming(holidayLine);
    await drawer.getByRole('button', { name: 'Monday 10:00' }).click();

    const keypad = drawer.getByRole('group', { name: /which key do they press/ });
    await expect.element(keypad).toBeVisible();
    await expect.element(keypad.getByRole('button', { name: 'Press 1' })).toHaveFocus();
    await expect
      .element(
        drawer
          .getByRole('list', { name: 'Path of the call' })
          .getByText('Waiting for the caller to press a key'),
      )
      .toBeVisible();
    await keypad.getByRole('button', { name: 'Press 2' }).click();
    const path = drawer.getByRole('list', { name: 'Path of the call' });
    await expect.element(path.getByText('Pressed 2: \u2068Support\u2069')).toBeVisible();
    await expect.element(drawer.getByText('Hello! Tell me what is going on and I will help.')).toBeVisible();
    await expect.element(drawer.getByRole('textbox', { name: 'Caller message' })).toHaveFocus();

    // Another moment is another call, from scratch: the keypad asks again; typing 1 rings sales.
    await drawer.getByRole('button', { name: 'Saturday 20:00' }).click();
    await expect.element(path.getByText(/Saturday 20:00 is outside business hours/)).toBeVisible();
    await drawer.getByRole('button', { name: 'Monday 10:00' }).click();
    await expect.element(keypad.getByRole('button', { name: 'Press 1' })).toHaveFocus();
    await userEvent.keyboard('1');
    await expect.element(path.getByText('Pressed 1: \u2068Sales\u2069')).toBeVisible();
    await expect.element(path.getByText(/Nobody answered after \d+ s: next step/)).toBeVisible();
    await expect.element(path.getByText('Forwarded to \u2068+15145550100\u2069')).toBeVisible();
  });

  test('when Sona ends the conversation itself, the call goes on in the flow: after hours, then voicemail', {
    timeout: 40_000,
  }, async () => {
    const { drawer } = await openIncoming();
    await drawer.getByRole('button', { name: 'Christmas 10:00' }).click();
    // The after-hours menu: a key it does not use takes its no-input branch, to the after-hours Sona step.
    const keypad = drawer.getByRole('group', { name: /which key do they press/ });
    await keypad.getByRole('button', { name: 'Press 9' }).click();
    const box = drawer.getByRole('textbox', { name: 'Caller message' });
    await expect.element(box).toHaveFocus();
    for (const said of [
      'I would like to leave a message for Sophie',
      'For Sophie Tremblay',
      'Jean Gagnon, 514 555 0188',
      'Please call me back about the quote for my bathroom',
      'Yes',
      'No, that is all. Thanks!',
    ]) {
      await expect.element(box).toBeEnabled();
      await userEvent.type(box, `${said}{Enter}`);
    }
    const path = drawer.getByRole('list', { name: 'Path of the call' });
    await expect.element(path.getByText('Voicemail', { exact: true })).toBeVisible();
    await expect.element(drawer.getByText('Went to voicemail')).toBeVisible();
    // The conversation stays on screen, and the canvas now ends at voicemail.
    await expect.element(drawer.getByRole('log')).toBeVisible();
    await expect
      .poll(() =>
        document.querySelector('.react-flow__node.sona-flow-node--current')?.getAttribute('data-id'),
      )
      .toBe('voicemail');
  });

  test('the canvas highlights the path, the current step apart, and clears it when the drawer closes', async () => {
    const { screen, drawer } = await openIncoming(holidayLine);
    await drawer.getByRole('button', { name: 'Christmas 10:00' }).click();
    await expect.element(drawer.getByText('Went to voicemail')).toBeVisible();

    await expect.poll(() => pathNodes().length).toBe(4);
    const current = document.querySelectorAll('.react-flow__node.sona-flow-node--current');
    expect(current).toHaveLength(1);
    expect(current[0]?.getAttribute('data-id')).toBe('vm');
    expect(document.querySelectorAll('.react-flow__edge.sona-flow-edge--taken')).toHaveLength(3);

    await drawer.getByRole('button', { name: 'Close' }).click();
    await expect.element(screen.getByRole('dialog', { name: 'Simulated call' })).not.toBeInTheDocument();
    await expect.poll(() => pathNodes().length).toBe(0);
    expect(document.querySelectorAll('.react-flow__edge.sona-flow-edge--taken')).toHaveLength(0);
  });

  test('in French, Noël 10 h answers in French', async () => {
    const { drawer } = await openIncoming(
      { ...holidayLine, locale: 'fr' },
      {
        publishing: 'Publication',
        testCall: 'Tester un appel',
        title: 'Appel simulé',
        incoming: 'À l’appel entrant',
      },
    );
    await drawer.getByRole('button', { name: 'Noël 10 h' }).click();
    const path = drawer.getByRole('list', { name: 'Parcours de l’appel' });
    await expect
      .element(path.getByText(/25 décembre est un jour férié : \u2068Christmas\u2069/))
      .toBeVisible();
    await expect.element(path.getByText('Boîte vocale : l’appelant laisse un message')).toBeVisible();
    await expect.element(drawer.getByText('Appel d’un numéro inconnu')).toBeVisible();
  });
});
