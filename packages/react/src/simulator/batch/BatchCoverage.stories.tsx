import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { InspectorFixture, type InspectorFixtureProps } from '../../test/InspectorFixture';
import { BatchCoverage } from './BatchCoverage';

type Fixture = Omit<InspectorFixtureProps, 'children' | 'theme'>;

const meta = {
  title: 'Simulator/BatchCoverage',
  component: BatchCoverage,
  args: { stepId: 'front-desk' },
  parameters: { fixture: { flowId: 'flow-main' } },
  render: (args, { parameters, globals }) => (
    <InspectorFixture
      {...((parameters.fixture ?? {}) as Fixture)}
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
    >
      <div style={{ padding: '0 1rem 1rem' }}>
        <BatchCoverage {...args} />
      </div>
    </InspectorFixture>
  ),
} satisfies Meta<typeof BatchCoverage>;

export default meta;
type Story = StoryObj<typeof meta>;

const EN = {
  title: 'Batch test',
  field: 'Caller sentences (one per line)',
  run: 'Run',
  results: 'Batch results',
};
const FR = {
  title: 'Test par lot',
  field: 'Phrases de l’appelant (une par ligne)',
  run: 'Lancer',
  results: 'Résultats du lot',
};

/** Opens the panel, pastes the sentences and runs them; returns the results region. */
async function runBatch(canvasElement: HTMLElement, sentences: string[], names = EN) {
  const canvas = within(canvasElement);
  await userEvent.click(await canvas.findByRole('button', { name: names.title }));
  await userEvent.click(await canvas.findByRole('textbox', { name: names.field }));
  await userEvent.paste(sentences.join('\n'));
  await userEvent.click(canvas.getByRole('button', { name: names.run }));
  return within(await canvas.findByRole('region', { name: names.results }));
}

const MIXED = [
  'I need to book a plumber for Tuesday',
  'I think I was charged twice on my last invoice',
  '',
  'Do you sell garden gnomes?',
];

const EVERY_JOB = [
  'I need to book a plumber for Tuesday',
  'Can I leave a message for Marc?',
  'How much would it cost to replace my water heater?',
  'I need to move my appointment to next week',
  'I think I was charged twice on my last invoice',
  'When will the technician arrive?',
  'Je voudrais un rendez-vous avec un plombier mardi',
];

/** The Front desk's six jobs against three sentences: four jobs are never triggered. */
export const UncoveredJobs: Story = {
  play: async ({ canvasElement }) => {
    const results = await runBatch(canvasElement, MIXED);
    await expect(results.getByText('2 of 3 sentences triggered a job.')).toBeVisible();
    const rows = results.getAllByRole('row').slice(1);
    await expect(rows).toHaveLength(3);
    await expect(rows[0]).toHaveTextContent('Book a service visit');
    await expect(rows[1]).toHaveTextContent('Billing question');
    await expect(rows[2]).toHaveTextContent('No job — would be answered from knowledge or a message taken');
    const uncovered = within(results.getByRole('list', { name: 'Jobs no sentence triggered' }));
    await expect(uncovered.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Take a message',
      'Request a quote',
      'Reschedule or cancel a visit',
      'Technician arrival time',
    ]);
  },
};

/** One sentence per job (and one in French): every attached job was triggered. */
export const AllCovered: Story = {
  play: async ({ canvasElement }) => {
    const results = await runBatch(canvasElement, EVERY_JOB);
    await expect(results.getByText('7 of 7 sentences triggered a job.')).toBeVisible();
    await expect(results.getByText('Every attached job was triggered at least once.')).toBeVisible();
    await expect(results.queryByRole('list', { name: 'Jobs no sentence triggered' })).toBeNull();
  },
};

/** More than 200 lines: the batch refuses to run and says how many lines to remove. */
export const TooManySentences: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: EN.title }));
    await userEvent.click(await canvas.findByRole('textbox', { name: EN.field }));
    await userEvent.paste(
      Array.from({ length: 203 }, (_, index) => `Caller sentence ${index + 1}`).join('\n'),
    );
    await userEvent.click(canvas.getByRole('button', { name: EN.run }));
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'A batch holds at most 200 sentences and this list has 203: remove 3 lines, then run again.',
    );
    await expect(canvas.getByRole('textbox', { name: EN.field })).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.queryByRole('region', { name: EN.results })).toBeNull();
  },
};

/** The French designer: the results and the untriggered jobs in French (job names are the workspace's). */
export const French: Story = {
  parameters: { fixture: { flowId: 'flow-main', locale: 'fr' } },
  play: async ({ canvasElement }) => {
    const results = await runBatch(canvasElement, MIXED, FR);
    await expect(results.getByText('2 phrases sur 3 ont déclenché une tâche.')).toBeVisible();
    await expect(
      results.getByText('Aucune tâche — Sona répondrait avec ses connaissances ou prendrait un message'),
    ).toBeVisible();
    await expect(
      results.getByRole('heading', { name: 'Tâches qu’aucune phrase n’a déclenchées' }),
    ).toBeVisible();
  },
};

/** Dark theme, with uncovered jobs and a sentence no job covers. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const results = await runBatch(canvasElement, MIXED);
    await expect(results.getByRole('list', { name: 'Jobs no sentence triggered' })).toBeVisible();
  },
};

/** A new flow's Sona step has no jobs: nothing to test yet. */
export const NoJobs: Story = {
  args: { stepId: 'sona-1' },
  parameters: { fixture: { flowId: 'flow-new' } },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: EN.title }));
    await expect(await canvas.findByText(/No jobs are attached to this step/)).toBeVisible();
    await expect(canvas.queryByRole('textbox', { name: EN.field })).toBeNull();
  },
};
