import { DesignerError } from '@sona-designer/core';
import { createInMemoryAdapter } from '@sona-designer/core/memory';
import { beforeEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import '../test/registerFrench';
import { createFixtureAdapter } from '../test/fixtures';
import { CallFlowDesigner } from './CallFlowDesigner';

beforeEach(async () => {
  await page.viewport(1280, 800);
});

describe('CallFlowDesigner', () => {
  test('a flow id that does not exist says what happened and what to do, with no Retry that cannot work', async () => {
    const screen = await render(
      <div style={{ height: 600 }}>
        <CallFlowDesigner adapter={createInMemoryAdapter()} flowId="flow-main" />
      </div>,
    );
    const alert = screen.getByRole('alert');
    await expect.element(alert).toHaveTextContent('This call flow doesn’t exist');
    await expect
      .element(alert)
      .toHaveTextContent('There is no call flow with the id “\u2068flow-main\u2069”');
    await expect.element(alert).not.toHaveTextContent('someone may have deleted it');
    await expect.element(screen.getByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  test('in French, the missing flow and an outage are both said in French', async () => {
    const screen = await render(
      <div style={{ height: 600 }}>
        <CallFlowDesigner adapter={createInMemoryAdapter()} flowId="flow-x" locale="fr" />
      </div>,
    );
    await expect.element(screen.getByRole('alert')).toHaveTextContent('Ce flux d’appels n’existe pas');
    screen.unmount();

    const adapter = createFixtureAdapter();
    let failures = 1;
    const down = {
      ...adapter,
      getCallFlow: (id: string) =>
        failures-- > 0
          ? Promise.reject(new DesignerError('UNAVAILABLE', 'The workspace could not be reached.'))
          : adapter.getCallFlow(id),
    };
    const outage = await render(
      <div style={{ height: 600 }}>
        <CallFlowDesigner adapter={down} flowId="flow-main" locale="fr" />
      </div>,
    );
    const alert = outage.getByRole('alert');
    await expect.element(alert).toHaveTextContent('L’espace de travail est injoignable.');
    await expect.element(alert).not.toHaveTextContent('could not be reached');
    await outage.getByRole('button', { name: 'Réessayer' }).click();
    await expect.element(outage.getByRole('heading', { name: 'Main line' })).toBeVisible();
  });
});
