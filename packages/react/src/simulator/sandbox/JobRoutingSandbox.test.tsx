import { describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../styles.css';
import { FIXTURE_FLOWS } from '../../test/fixtures';
import { renderWithStore } from '../../test/renderWithStore';
import { JobRoutingSandbox } from './JobRoutingSandbox';

async function renderSandbox(stepId = 'front-desk', flowId: string = FIXTURE_FLOWS.main) {
  const rendered = await renderWithStore(<JobRoutingSandbox stepId={stepId} />, { flowId });
  await rendered.screen.getByRole('button', { name: 'Which job would fire?' }).click();
  return rendered;
}

describe('JobRoutingSandbox', () => {
  test('typing a sentence ranks the expected job first and shows the matched words', async () => {
    const { screen } = await renderSandbox();
    await expect
      .element(screen.getByRole('button', { name: 'Which job would fire?' }))
      .toHaveAttribute('aria-expanded', 'true');

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Caller says' }),
      'I need to book a plumber for Tuesday',
    );

    const results = screen.getByRole('region', { name: 'Routing results' });
    await expect.element(results).toHaveAttribute('aria-live', 'polite');
    const first = results.getByRole('listitem').first();
    await expect.element(first).toHaveTextContent('Book a service visit');
    await expect.element(first).toHaveTextContent('Would fire');
    await expect.element(first.getByRole('list', { name: 'Matched words' })).toHaveTextContent(/plumber/);
    await expect.element(results.getByText(/confidence$/)).toBeVisible();
  });

  test('an unrelated sentence shows that no job would fire', async () => {
    const { screen } = await renderSandbox();

    await userEvent.type(screen.getByRole('textbox', { name: 'Caller says' }), 'what is the meaning of life');

    await expect
      .element(screen.getByText('No job would fire: Sona would answer from knowledge or take a message.'))
      .toBeVisible();
    await expect.element(screen.getByText('Would fire', { exact: true })).not.toBeInTheDocument();
  });

  test('a step without jobs says so and has no field', async () => {
    const { screen } = await renderSandbox('sona-1', FIXTURE_FLOWS.fresh);

    await expect.element(screen.getByText(/No jobs are attached to this step/)).toBeVisible();
    await expect.element(screen.getByRole('textbox', { name: 'Caller says' })).not.toBeInTheDocument();
  });

  test('read only, the sandbox still routes and changes nothing', async () => {
    const { screen, store } = await renderWithStore(<JobRoutingSandbox stepId="front-desk" />, {
      readOnly: true,
    });
    const before = store.getState().past.length;
    await screen.getByRole('button', { name: 'Which job would fire?' }).click();

    await userEvent.type(screen.getByRole('textbox', { name: 'Caller says' }), 'I want to pay my invoice');

    await expect.element(screen.getByText('Would fire', { exact: true }).first()).toBeVisible();
    expect(store.getState().past).toHaveLength(before);
    expect(store.getState().saveState).toBe('saved');
  });
});
