import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { createFixtureAdapter } from '../../test/fixtures';
import { DesignerProvider } from '../DesignerProvider';
import { useFlow } from './FlowContext';
import { FlowProvider } from './FlowProvider';

/** What a host component built on the flow store could show. */
function FlowFacts() {
  const loadState = useFlow((state) => state.loadState);
  const name = useFlow((state) => state.flow?.name);
  const steps = useFlow((state) => state.stepIds.length);
  const problems = useFlow((state) => state.issues.length);
  if (loadState !== 'ready') return <p>{loadState}</p>;
  return (
    <dl>
      <dt>Call flow</dt>
      <dd>{name}</dd>
      <dt>Steps</dt>
      <dd>{steps}</dd>
      <dt>Problems</dt>
      <dd>{problems}</dd>
    </dl>
  );
}

const meta = {
  title: 'Designer/FlowProvider',
  component: FlowProvider,
  parameters: {
    docs: {
      description: {
        component:
          'Loads one call flow and keeps its draft saved; every designer component of that flow reads it through `useFlow(selector)`.',
      },
    },
  },
  decorators: [
    (Story) => (
      <DesignerProvider adapter={createFixtureAdapter()}>
        <Story />
      </DesignerProvider>
    ),
  ],
  argTypes: { children: { control: false } },
} satisfies Meta<typeof FlowProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

export const LoadsAFlow: Story = {
  args: { flowId: 'flow-every-kind', children: <FlowFacts /> },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Every step kind')).toBeVisible();
    await expect(canvas.getByText('9')).toBeVisible();
  },
};

export const FlowWithProblems: Story = {
  args: { flowId: 'flow-errors', children: <FlowFacts /> },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Flow with problems')).toBeVisible();
    await expect(canvas.getByText('Problems')).toBeVisible();
  },
};
