import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { InspectorFixture, type InspectorFixtureProps } from '../../test/InspectorFixture';
import { JobRoutingSandbox } from './JobRoutingSandbox';

type Fixture = Omit<InspectorFixtureProps, 'children' | 'theme'>;

const meta = {
  title: 'Simulator/JobRoutingSandbox',
  component: JobRoutingSandbox,
  args: { stepId: 'front-desk' },
  parameters: { fixture: { flowId: 'flow-main' } },
  render: (args, { parameters, globals }) => (
    <InspectorFixture
      {...((parameters.fixture ?? {}) as Fixture)}
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
    >
      <div style={{ padding: '0 1rem 1rem' }}>
        <JobRoutingSandbox {...args} />
      </div>
    </InspectorFixture>
  ),
} satisfies Meta<typeof JobRoutingSandbox>;

export default meta;
type Story = StoryObj<typeof meta>;

async function ask(canvasElement: HTMLElement, sentence: string, names = EN) {
  const canvas = within(canvasElement);
  await userEvent.click(await canvas.findByRole('button', { name: names.title }));
  await userEvent.type(await canvas.findByRole('textbox', { name: names.field }), sentence);
  return within(canvas.getByRole('region', { name: names.results }));
}

const EN = { title: 'Which job would fire?', field: 'Caller says', results: 'Routing results' };
const FR = {
  title: 'Quelle tâche se déclencherait ?',
  field: 'L’appelant dit',
  results: 'Résultats du routage',
};

/** The Front desk of the main line: a booking request fires "Book a service visit". */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const results = await ask(canvasElement, 'I need to book a plumber for Tuesday');
    const [first] = await results.findAllByRole('listitem');
    await expect(first).toHaveTextContent('Book a service visit');
    await expect(first).toHaveTextContent('Would fire');
    await expect(within(first as HTMLElement).getByRole('list', { name: 'Matched words' })).toHaveTextContent(
      /plumber/,
    );
    await expect(results.getByText(/confidence$/)).toBeVisible();
  },
};

/** A French caller, in the French designer: the router guesses the language from the sentence. */
export const FrenchSentence: Story = {
  parameters: { fixture: { flowId: 'flow-main', locale: 'fr' } },
  play: async ({ canvasElement }) => {
    const results = await ask(canvasElement, 'Je voudrais un rendez-vous avec un plombier mardi', FR);
    const [first] = await results.findAllByRole('listitem');
    await expect(first).toHaveTextContent('Book a service visit');
    await expect(first).toHaveTextContent('Se déclencherait');
  },
};

/** Nothing the jobs cover: Sona would answer from knowledge or take a message. */
export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    const results = await ask(canvasElement, 'what is the meaning of life');
    await expect(
      await results.findByText('No job would fire: Sona would answer from knowledge or take a message.'),
    ).toBeVisible();
    await expect(results.queryByText('Would fire', { exact: true })).toBeNull();
  },
};

/** A new flow's Sona step has no jobs yet. */
export const NoJobs: Story = {
  args: { stepId: 'sona-1' },
  parameters: { fixture: { flowId: 'flow-new' } },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Which job would fire?' }));
    await expect(await canvas.findByText(/No jobs are attached to this step/)).toBeVisible();
    await expect(canvas.queryByRole('textbox', { name: 'Caller says' })).toBeNull();
  },
};

/** Dark theme, with a winner and runners-up. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const results = await ask(canvasElement, 'I got a bill and I think I was charged twice');
    await expect(await results.findByText(/confidence$/)).toBeVisible();
  },
};

/** Read only: the sandbox still works, since it changes nothing. */
export const ReadOnly: Story = {
  parameters: { fixture: { flowId: 'flow-main', readOnly: true } },
  play: async ({ canvasElement }) => {
    const results = await ask(canvasElement, 'I need to book a plumber for Tuesday');
    const [first] = await results.findAllByRole('listitem');
    await expect(first).toHaveTextContent('Book a service visit');
  },
};

/**
 * Teaching: a sentence no job fires is added to the trigger of the job that should have fired it ("Should fire"),
 * which then fires; Undo takes it back.
 */
export const Teach: Story = {
  play: async ({ canvasElement }) => {
    const results = await ask(canvasElement, 'the tank in the basement makes a racket at night');
    await expect(within(canvasElement).getByText(/^No job would fire/)).toBeVisible();
    await userEvent.click(
      results.getByRole('button', {
        name: 'Book a service visit should fire: add the sentence to its trigger',
      }),
    );
    const status = await within(canvasElement).findByRole('status');
    await expect(status).toHaveTextContent(/it fires now/);
    const [first] = await results.findAllByRole('listitem');
    await expect(first).toHaveTextContent('Would fire');
  },
};

/** Teaching, in French and the dark theme. */
export const TeachFrenchDark: Story = {
  globals: { theme: 'dark' },
  parameters: { fixture: { flowId: 'flow-main', locale: 'fr' } },
  play: async ({ canvasElement }) => {
    const results = await ask(canvasElement, 'le réservoir au sous-sol fait un boucan la nuit', FR);
    await userEvent.click(
      results.getByRole('button', {
        name: 'Book a service visit devrait se déclencher : ajouter la phrase à son déclencheur',
      }),
    );
    await expect(await within(canvasElement).findByRole('status')).toHaveTextContent(
      /Ajoutée au déclencheur/,
    );
  },
};
