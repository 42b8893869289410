import {
  createStep,
  type FlowEdge,
  type Job,
  type Step,
  type StepKind,
  stepOutputs,
} from '@sona-designer/core';
import { demoWorkspace, JOB_IDS, KNOWLEDGE_IDS } from '@sona-designer/core/demo';
import { createInMemoryAdapter } from '@sona-designer/core/memory';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import { expect, within } from 'storybook/test';
import type { Locale } from '../../i18n';
import { useFlow, useMessages } from '../../state';
import { FixtureDesigner } from '../../test/fixtures';
import { nodeTypes } from '../elementTypes';
import { stepNodeName } from './labels';
import type { StepFlowNode } from './types';

const FLOW_ID = 'flow-node';

/** A flow where the step is reached from the start and each output leads to an end, so it has no problems of its own. */
function adapterFor(step: Step, connected: boolean, extraJobs: readonly Job[] = []) {
  const steps: Step[] = [step];
  const edges: FlowEdge[] = [];
  if (step.kind !== 'incoming-call') {
    steps.push(createStep('incoming-call', 'start', { x: 0, y: -200 }));
    if (connected) edges.push({ id: 'e-start', source: 'start', output: 'next', target: step.id });
  }
  if (connected) {
    for (const output of stepOutputs(step)) {
      steps.push(createStep('end', `end-${output.id}`, { x: 0, y: 400 }));
      edges.push({ id: `e-${output.id}`, source: step.id, output: output.id, target: `end-${output.id}` });
    }
  }
  const stamp = '2026-02-01T09:00:00.000Z';
  return createInMemoryAdapter({
    seed: {
      ...demoWorkspace,
      jobs: [...(demoWorkspace.jobs ?? []), ...extraJobs],
      callFlows: [
        {
          id: FLOW_ID,
          name: 'One step',
          phoneNumber: '+15145550142',
          version: 1,
          draft: { steps, edges },
          published: null,
          revisions: [],
          createdAt: stamp,
          updatedAt: stamp,
        },
      ],
    },
  });
}

function Stage({ step, selected }: { step: Step; selected: boolean }) {
  const messages = useMessages();
  const ready = useFlow((state) => state.loadState === 'ready');
  const nodes: StepFlowNode[] = [
    {
      id: step.id,
      type: 'step',
      position: { x: 0, y: 0 },
      data: { stepId: step.id },
      selected,
      ariaLabel: stepNodeName(messages, step),
      domAttributes: { 'aria-roledescription': messages.canvas.nodeRole },
    },
  ];
  if (!ready) return null;
  return (
    <ReactFlowProvider>
      <ReactFlow
        nodes={nodes}
        edges={[]}
        nodeTypes={nodeTypes}
        fitView
        fitViewOptions={{ padding: 0.2, maxZoom: 1.25, minZoom: 1.25 }}
        nodesDraggable={false}
        nodesConnectable={false}
        panOnDrag={false}
        zoomOnScroll={false}
        proOptions={{ hideAttribution: true }}
      />
    </ReactFlowProvider>
  );
}

interface StepNodeStoryProps {
  step: Step;
  selected?: boolean;
  /** Connect the step so it has no problems (off: a lone step with its warnings). */
  connected?: boolean;
  locale?: Locale;
  theme?: 'light' | 'dark';
  /** Jobs added to the demo workspace's. */
  jobs?: readonly Job[];
}

function StepNodeStory({
  step,
  selected = false,
  connected = true,
  locale,
  theme,
  jobs,
}: StepNodeStoryProps) {
  const [adapter] = useState(() => adapterFor(step, connected, jobs));
  return (
    <FixtureDesigner
      adapter={adapter}
      flowId={FLOW_ID}
      {...(locale ? { locale } : {})}
      {...(theme ? { theme } : {})}
    >
      <div className="sona-flow-canvas" style={{ width: 420, height: 520 }}>
        <Stage step={step} selected={selected} />
      </div>
    </FixtureDesigner>
  );
}

function step<K extends StepKind>(kind: K, title?: string) {
  return createStep(kind, `${kind}-step`, { x: 0, y: 0 }, title);
}

const frontDesk: Step = {
  ...step('sona', 'Front desk'),
  greeting: 'Dupont Plomberie & Chauffage, bonjour! Hello! Are you calling about a visit or something new?',
  jobIds: [JOB_IDS.bookService, JOB_IDS.takeMessage, JOB_IDS.quoteRequest, JOB_IDS.reschedule],
  knowledgeIds: [KNOWLEDGE_IDS.hours, KNOWLEDGE_IDS.prices],
};

const meta = {
  title: 'Designer/StepNode',
  component: StepNodeStory,
  // The toolbar's theme applies to the designer's own root too.
  render: (args, { globals }) => (
    <StepNodeStory {...args} theme={args.theme ?? (globals.theme === 'dark' ? 'dark' : 'light')} />
  ),
  args: { step: frontDesk },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof StepNodeStory>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Sona: Story = {
  play: async ({ canvas }) => {
    const node = await canvas.findByRole('group', { name: 'Sona step: Front desk' });
    await expect(within(node).getByText('4 / 10')).toBeVisible();
    await expect(await within(node).findByText('Book a service visit')).toBeVisible();
    await expect(within(node).getByText('2 knowledge pages')).toBeVisible();
    await expect(within(node).getByText('Done')).toBeVisible();
    await expect(within(node).getByText('Hand-off')).toBeVisible();
  },
};

/** Ten jobs is the most a Sona step holds: the count turns to the warning colour and says "Full". */
export const SonaFull: Story = {
  args: {
    step: {
      ...frontDesk,
      title: 'Support',
      jobIds: [
        JOB_IDS.waterHeater,
        JOB_IDS.noHeat,
        JOB_IDS.cloggedDrain,
        JOB_IDS.leak,
        JOB_IDS.warranty,
        JOB_IDS.escalate,
        JOB_IDS.complaint,
        JOB_IDS.paymentLink,
        JOB_IDS.billing,
        JOB_IDS.takeMessage,
      ],
    },
  },
  play: async ({ canvas }) => {
    const node = await canvas.findByRole('group', { name: 'Sona step: Support' });
    await expect(within(node).getByText('10 / 10')).toBeVisible();
    await expect(within(node).getByText('Full')).toBeVisible();
    await expect(within(node).getByText('+4 more')).toBeVisible();
    await expect(within(node).getByText('10 of 10 jobs attached')).toBeInTheDocument();
  },
};

/** A job deleted elsewhere stays visible as a chip that says so, with the problem on the node. */
export const SonaMissingJob: Story = {
  args: { step: { ...frontDesk, jobIds: [JOB_IDS.takeMessage, 'job-deleted-elsewhere'] } },
  play: async ({ canvas }) => {
    const node = await canvas.findByRole('group', { name: 'Sona step: Front desk' });
    await expect(await within(node).findByText('Missing job')).toBeVisible();
    await expect(await within(node).findByText('Uses a job that no longer exists: detach it.')).toBeVisible();
    await expect(within(node).getByText('1 error')).toBeInTheDocument();
  },
};

export const SonaEmpty: Story = {
  args: { step: step('sona') },
  play: async ({ canvas }) => {
    const node = await canvas.findByRole('group', { name: 'Sona step: Sona' });
    await expect(within(node).getByText('No greeting yet')).toBeVisible();
    await expect(within(node).getByText('No jobs attached')).toBeVisible();
    await expect(
      within(node).getByText('No jobs and no knowledge: Sona can only take messages.'),
    ).toBeVisible();
  },
};

export const Selected: Story = {
  args: { selected: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.sona-step-node[data-selected]')).not.toBeNull();
  },
};

/** A lone step: nothing reaches it and its outputs lead nowhere. */
export const WithProblems: Story = {
  args: { step: { ...step('forward', 'Office line') }, connected: false },
  play: async ({ canvas }) => {
    const node = await canvas.findByRole('group', { name: 'Forward step: Office line' });
    await expect(within(node).getByText('No number yet')).toBeVisible();
    await expect(within(node).getByText('1 error, 1 warning')).toBeInTheDocument();
    await expect(
      within(node).getByText('No number to forward to: enter one with its country code.'),
    ).toBeVisible();
  },
};

export const IncomingCall: Story = {
  args: { step: step('incoming-call') },
  play: async ({ canvas }) => {
    const node = await canvas.findByRole('group', { name: 'Incoming call step: Incoming call' });
    await expect(within(node).getByText('Calls to +1 514-555-0142')).toBeVisible();
    await expect(within(node).getByText('Next')).toBeVisible();
  },
};

export const BusinessHours: Story = {
  args: {
    step: {
      ...step('business-hours'),
      schedule: {
        timeZone: 'America/Toronto',
        days: {
          mon: [{ start: '07:30', end: '17:30' }],
          tue: [{ start: '07:30', end: '17:30' }],
          wed: [{ start: '07:30', end: '17:30' }],
          thu: [{ start: '07:30', end: '17:30' }],
          fri: [{ start: '07:30', end: '17:30' }],
          sat: [{ start: '09:00', end: '13:00' }],
          sun: [],
        },
        holidays: [{ date: '2026-06-24', name: 'Fête nationale du Québec' }],
      },
    },
  },
  play: async ({ canvas }) => {
    const node = await canvas.findByRole('group', { name: 'Business hours step: Business hours' });
    await expect(within(node).getByText('Mon–Fri 07:30–17:30')).toBeVisible();
    await expect(within(node).getByText('America / Toronto')).toBeVisible();
    await expect(within(node).getByText('During hours')).toBeVisible();
    await expect(within(node).getByText('After hours')).toBeVisible();
  },
};

export const PhoneMenu: Story = {
  args: {
    step: {
      ...step('phone-menu', 'Main menu'),
      prompt: 'For service press 1, for billing press 2, for anything else press 0.',
      options: [
        { digit: '1', label: 'Service' },
        { digit: '2', label: 'Billing' },
        { digit: '0', label: 'Reception' },
      ],
    },
  },
  play: async ({ canvas }) => {
    const node = await canvas.findByRole('group', { name: 'Phone menu step: Main menu' });
    await expect(within(node).getByText('Billing')).toBeVisible();
    await expect(within(node).getAllByText('Press 0')).toHaveLength(2);
    await expect(within(node).getByText('No input')).toBeVisible();
  },
};

export const RingUsers: Story = {
  args: {
    step: {
      ...step('ring-users', 'Technicians'),
      strategy: 'random-batches',
      batchSize: 2,
      ringSeconds: 25,
      targets: [
        { id: 'u1', name: 'Marc Dupont' },
        { id: 'u2', name: 'Sophie Tremblay' },
        { id: 'u3', name: 'Karim Haddad' },
      ],
    },
  },
  play: async ({ canvas }) => {
    const node = await canvas.findByRole('group', { name: 'Ring users step: Technicians' });
    await expect(within(node).getByText('Random batches · 2 at a time · 25 s')).toBeVisible();
    // Each name is its own <bdi>, so the line is read as a whole.
    await expect(node.querySelector('.sona-step-node__line')).toHaveTextContent(
      'Marc Dupont, Sophie Tremblay +1',
    );
  },
};

export const Voicemail: Story = {
  args: {
    step: { ...step('voicemail'), greeting: 'Laissez un message après le signal. Please leave a message.' },
  },
  play: async ({ canvas }) => {
    const node = await canvas.findByRole('group', { name: 'Voicemail step: Voicemail' });
    await expect(within(node).getByText(/Laissez un message/)).toBeVisible();
  },
};

export const PlayAudio: Story = {
  args: { step: { ...step('play-audio', 'Holiday notice'), message: 'We are closed for the holidays.' } },
  play: async ({ canvas }) => {
    const node = await canvas.findByRole('group', { name: 'Play audio step: Holiday notice' });
    await expect(within(node).getByText('We are closed for the holidays.')).toBeVisible();
  },
};

export const Forward: Story = {
  args: { step: { ...step('forward', 'Office line'), phoneNumber: '+15145550100' } },
  play: async ({ canvas }) => {
    const node = await canvas.findByRole('group', { name: 'Forward step: Office line' });
    await expect(within(node).getByText('+1 514-555-0100')).toBeVisible();
  },
};

export const End: Story = {
  args: { step: step('end') },
  play: async ({ canvas }) => {
    const node = await canvas.findByRole('group', { name: 'End step: End call' });
    await expect(within(node).getByText('The call ends here')).toBeVisible();
  },
};

export const French: Story = {
  args: { locale: 'fr' },
  play: async ({ canvas }) => {
    const node = await canvas.findByRole('group', { name: 'Étape Sona : Front desk' });
    await expect(within(node).getByText('Tâches')).toBeVisible();
    await expect(within(node).getByText('2 pages de connaissances')).toBeVisible();
    await expect(within(node).getByText('Relais')).toBeVisible();
  },
};

export const Dark: Story = {
  args: { theme: 'dark', selected: true },
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('group', { name: 'Sona step: Front desk' })).toBeVisible();
  },
};

const RLO = '\u202e';
/** Two jobs with the same trigger (so the step warns that they overlap): one named with a right-to-left override, one
 * with the longest name a job takes as a single unbroken word. */
const hostileJobs: Job[] = (() => {
  const base = demoWorkspace.jobs?.find((job) => job.id === JOB_IDS.billing);
  if (!base) throw new Error('The demo workspace has the billing job.');
  return [
    { ...base, id: 'job-rlo', name: `${RLO}Billing refund` },
    { ...base, id: 'job-long', name: 'x'.repeat(100) },
  ];
})();

/**
 * Names that try to spoof or break the card: the overlap warning keeps each name isolated (the override reverses
 * only its own name, not “and … start on almost the same words”), and a 400-character greeting or a 100-character
 * job name wraps or is cut short (with the whole text as a tooltip) without widening or lengthening the card.
 */
export const HostileNames: Story = {
  args: {
    step: {
      ...frontDesk,
      greeting: 'g'.repeat(400),
      jobIds: ['job-rlo', 'job-long'],
    },
    jobs: hostileJobs,
  },
  play: async ({ canvas }) => {
    const node = await canvas.findByRole('group', { name: 'Sona step: Front desk' });
    const warning = await within(node).findByText(/start on almost the same words/);
    await expect(warning.textContent).toBe(
      `“\u2068${RLO}Billing refund\u2069” and “\u2068${'x'.repeat(100)}\u2069” start on almost the same words: make one trigger more specific.`,
    );
    await expect(warning.getAttribute('title')).toBe(warning.textContent);
    const card = node.querySelector('.sona-step-node');
    if (!card) throw new Error('The node draws its card.');
    // Nothing sticks out of the card sideways, and the clamped texts keep it short.
    await expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth + 1);
    for (const element of card.querySelectorAll('*')) {
      await expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(
        card.getBoundingClientRect().right + 1,
      );
    }
    await expect(card.getBoundingClientRect().height).toBeLessThan(420);
    const greeting = within(node).getByText('g'.repeat(400));
    await expect(greeting.getAttribute('title')).toBe('g'.repeat(400));
    await expect(within(node).getByText('x'.repeat(100)).getAttribute('title')).toBe('x'.repeat(100));
  },
};
