import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../styles.css';
import { createFixtureAdapter, FIXTURE_FLOWS } from '../../test/fixtures';
import { renderWithStore } from '../../test/renderWithStore';
import { withFailingPublish } from '../../test/saveFixtures';
import { PublishBar } from './PublishBar';

describe('PublishBar', () => {
  test('lists what publishing the main line changes, publishes it, and then shows the new revision', async () => {
    const { screen, adapter } = await renderWithStore(<PublishBar />);

    const pending = screen.getByRole('button', { name: /Unpublished changes/ });
    await expect.element(pending).toHaveAccessibleName('Unpublished changes (2 changes)');
    await pending.click();
    const view = screen.getByRole('dialog', { name: 'Changes to publish' });
    await expect.element(view.getByRole('heading', { name: /Front desk/ })).toBeVisible();
    await expect.element(view.getByText('Greeting changed')).toBeVisible();
    await expect.element(view.getByText('Job attached: “\u2068Technician arrival time\u2069”')).toBeVisible();
    await expect
      .element(view.getByText(/content of jobs and knowledge pages are already live/))
      .toBeVisible();
    await userEvent.keyboard('{Escape}');

    await screen.getByRole('button', { name: 'Publish', exact: true }).click();

    await expect.element(screen.getByText('Published · revision 2')).toBeVisible();
    await expect.element(screen.getByRole('status')).toHaveTextContent('Published revision 2');
    await expect.element(screen.getByRole('button', { name: /Unpublished changes/ })).not.toBeInTheDocument();
    await expect.element(screen.getByRole('button', { name: 'Publish', exact: true })).toBeDisabled();
    expect((await adapter.getCallFlow(FIXTURE_FLOWS.main)).published?.revision).toBe(2);
  });

  test('publishing by keyboard leaves the focus on the status that says so, not on the page', async () => {
    const { screen } = await renderWithStore(<PublishBar />);
    const publish = screen.getByRole('button', { name: 'Publish', exact: true });
    await expect.element(publish).toBeEnabled();
    (publish.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');

    const status = screen.getByText('Published · revision 2');
    await expect.element(status).toBeVisible();
    await expect.poll(() => document.activeElement?.textContent).toBe('Published · revision 2');
    expect(document.activeElement).not.toBe(document.body);
  });

  test('says the support line was never published and that publishing puts every step live', async () => {
    const { screen } = await renderWithStore(<PublishBar />, { flowId: FIXTURE_FLOWS.support });

    await screen.getByRole('button', { name: /Never published/ }).click();

    await expect
      .element(screen.getByRole('dialog', { name: 'Changes to publish' }))
      .toHaveTextContent(/First publish: all \d+ steps of the call flow go live/);
    await expect.element(screen.getByRole('button', { name: 'Publish', exact: true })).toBeEnabled();
  });

  test('blocks publishing while the draft has errors, and a problem brings its step into view', async () => {
    const { screen, store } = await renderWithStore(<PublishBar />, { flowId: FIXTURE_FLOWS.errors });

    const publish = screen.getByRole('button', { name: 'Publish', exact: true });
    await expect.element(publish).toBeDisabled();
    await expect.element(publish).toHaveAccessibleDescription('Fix 1 problem before publishing');
    await screen.getByRole('button', { name: 'Fix 1 problem before publishing' }).click();
    const problem = screen.getByRole('button', {
      name: /“\u2068Office line\u2069” has no number to forward to/,
    });

    await problem.click();

    expect(store.getState().inspectedStepId).toBe('fwd');
    expect(store.getState().focusRequest?.stepId).toBe('fwd');
    await expect.element(problem).not.toBeInTheDocument();
  });

  test('shows why publishing failed and lets the person try again', async () => {
    const { screen } = await renderWithStore(<PublishBar />, {
      adapter: withFailingPublish(createFixtureAdapter()),
    });

    await screen.getByRole('button', { name: 'Publish', exact: true }).click();

    const alert = screen.getByRole('alert');
    await expect.element(alert).toHaveTextContent('Couldn’t publish');
    await expect.element(alert).toHaveTextContent('The workspace could not be reached');
    await expect.element(screen.getByRole('button', { name: 'Publish', exact: true })).toBeEnabled();
    await screen.getByRole('button', { name: 'Dismiss' }).click();
    await expect.element(alert).not.toBeInTheDocument();
  });

  test('explains a publish refused for problems found by the backend', async () => {
    const adapter = createFixtureAdapter();
    const { screen, store } = await renderWithStore(<PublishBar />, { adapter });
    // The backend knows a rule the designer does not check yet: it refuses with INVALID_GRAPH.
    adapter.publishCallFlow = async () => {
      const { DesignerError } = await import('@sona-designer/core');
      throw new DesignerError('INVALID_GRAPH', 'Cannot publish.', {
        issues: [{ severity: 'error', code: 'SONA_EMPTY', message: 'x', stepId: 'front-desk' }],
      });
    };

    await screen.getByRole('button', { name: 'Publish', exact: true }).click();

    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('1 problem blocks publishing: fix it first.');
    await screen
      .getByRole('button', { name: /“\u2068Front desk\u2069” has no jobs and no knowledge/ })
      .click();
    expect(store.getState().inspectedStepId).toBe('front-desk');
  });

  test('is read-only: nothing can be published', async () => {
    const { screen } = await renderWithStore(<PublishBar />, { readOnly: true });

    await expect.element(screen.getByRole('button', { name: /Unpublished changes/ })).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Publish', exact: true })).toBeDisabled();
  });

  test('speaks French', async () => {
    const { screen } = await renderWithStore(<PublishBar />, { locale: 'fr', flowId: FIXTURE_FLOWS.sales });

    await expect.element(screen.getByText('Publié · révision 2')).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Publier', exact: true })).toBeDisabled();
    await expect.element(screen.getByRole('button', { name: 'Historique' })).toBeVisible();
  });
});
