import { DesignerError } from '@sona-designer/core';
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
    await expect.element(screen.getByRole('button', { name: /should fire/ }).first()).not.toBeInTheDocument();
    expect(store.getState().past).toHaveLength(before);
    expect(store.getState().saveState).toBe('saved');
  });

  test('teaching a job a sentence that fired none adds it to its trigger, and Undo takes it back', async () => {
    const { screen, adapter } = await renderSandbox();
    const sentence = 'the tank in the basement makes a racket at night';
    const before = (await adapter.getJob('job-book-service')).trigger;
    await userEvent.type(screen.getByRole('textbox', { name: 'Caller says' }), sentence);
    await expect.element(screen.getByText(/^No job would fire/)).toBeVisible();

    await screen
      .getByRole('button', { name: 'Book a service visit should fire: add the sentence to its trigger' })
      .click();
    await expect
      .element(screen.getByRole('status'))
      .toHaveTextContent('Added to the trigger of \u2068Book a service visit\u2069: it fires now.');
    expect((await adapter.getJob('job-book-service')).trigger).toBe(`${before} For example: “${sentence}”.`);
    const results = screen.getByRole('region', { name: 'Routing results' });
    await expect.element(results.getByRole('listitem').first()).toHaveTextContent('Would fire');
    await expect.element(results.getByRole('listitem').first()).toHaveTextContent('Book a service visit');

    await screen.getByRole('button', { name: 'Undo' }).click();
    await expect
      .element(screen.getByRole('status'))
      .toHaveTextContent('Removed from the trigger of \u2068Book a service visit\u2069.');
    expect((await adapter.getJob('job-book-service')).trigger).toBe(before);
    await expect.element(screen.getByText(/^No job would fire/)).toBeVisible();
  });

  test('a job changed elsewhere is not overwritten: the latest version shows, and teaching again works', async () => {
    const { screen, adapter } = await renderSandbox();
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Caller says' }),
      'the tank in the basement makes a racket',
    );
    const job = await adapter.getJob('job-book-service');
    // Another editor saves the job just before this save reaches the adapter.
    const update = adapter.updateJob.bind(adapter);
    let raced = false;
    adapter.updateJob = async (id, patch, version) => {
      if (raced) return update(id, patch, version);
      raced = true;
      const current = await update(id, { trigger: 'Caller wants a plumber to come over.' }, version);
      throw new DesignerError('CONFLICT', 'Changed elsewhere.', { current });
    };

    const teach = screen.getByRole('button', {
      name: 'Book a service visit should fire: add the sentence to its trigger',
    });
    await teach.click();
    await expect.element(screen.getByRole('alert')).toHaveTextContent(/was changed elsewhere meanwhile/);
    expect((await adapter.getJob(job.id)).trigger).toBe('Caller wants a plumber to come over.');

    await teach.click();
    await expect.element(screen.getByRole('status')).toHaveTextContent(/it fires now/);
    expect((await adapter.getJob(job.id)).trigger).toBe(
      'Caller wants a plumber to come over. For example: “the tank in the basement makes a racket”.',
    );
  });
});
