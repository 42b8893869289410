import { createStep, type DesignerAdapter, type FlowEdge, type Step } from '@sona-designer/core';
import { demoWorkspace, JOB_IDS } from '@sona-designer/core/demo';
import { createInMemoryAdapter } from '@sona-designer/core/memory';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Locale } from '../i18n';
import { createFixtureAdapter, FIXTURE_FLOWS, FixtureDesigner, type FixtureOptions } from '../test/fixtures';
import { FlowCanvas } from './FlowCanvas';

interface CanvasStoryProps {
  flowId: string;
  locale?: Locale;
  theme?: 'light' | 'dark';
  readOnly?: boolean;
  adapterOptions?: FixtureOptions;
  makeAdapter?: () => DesignerAdapter;
}

function CanvasStory({ flowId, locale, theme, readOnly, adapterOptions, makeAdapter }: CanvasStoryProps) {
  const [adapter] = useState(() => makeAdapter?.() ?? createFixtureAdapter(adapterOptions));
  return (
    <FixtureDesigner
      adapter={adapter}
      flowId={flowId}
      {...(locale ? { locale } : {})}
      {...(theme ? { theme } : {})}
      {...(readOnly ? { readOnly } : {})}
    >
      <FlowCanvas height={700} />
    </FixtureDesigner>
  );
}

const LARGE_COLUMNS = 6;
const LARGE_OUTPUT = { 'play-audio': 'next', sona: 'done', 'ring-users': 'no-answer' } as const;

/** A 300-step flow in rows of six: one long path from the incoming call to an end. */
function largeFlowAdapter(): DesignerAdapter {
  const steps: Step[] = [createStep('incoming-call', 'start', { x: 0, y: 0 })];
  const edges: FlowEdge[] = [];
  let previous: { id: string; output: string } = { id: 'start', output: 'next' };
  for (let i = 1; i < 300; i++) {
    const id = `step-${i}`;
    const position = {
      x: ((i - 1) % LARGE_COLUMNS) * 320,
      y: (Math.floor((i - 1) / LARGE_COLUMNS) + 1) * 320,
    };
    const kind = i === 299 ? 'end' : ((['play-audio', 'sona', 'ring-users'] as const)[i % 3] ?? 'play-audio');
    const step: Step =
      kind === 'sona'
        ? {
            ...createStep('sona', id, position, `Sona ${i}`),
            greeting: 'Hello, how can I help?',
            jobIds: [JOB_IDS.takeMessage],
          }
        : kind === 'ring-users'
          ? {
              ...createStep('ring-users', id, position, `Team ${i}`),
              targets: [{ id: 'user-marc', name: 'Marc Dupont' }],
            }
          : createStep(kind, id, position, kind === 'end' ? 'End call' : `Message ${i}`);
    steps.push(step);
    edges.push({ id: `e-${id}`, source: previous.id, output: previous.output, target: id });
    if (kind !== 'end') previous = { id, output: LARGE_OUTPUT[kind] };
  }
  const stamp = '2026-02-01T09:00:00.000Z';
  return createInMemoryAdapter({
    seed: {
      ...demoWorkspace,
      callFlows: [
        {
          id: 'flow-large',
          name: 'Large flow',
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

const meta = {
  title: 'Designer/FlowCanvas',
  component: CanvasStory,
  // The toolbar's theme applies to the designer's own root too.
  render: (args, { globals }) => (
    <CanvasStory {...args} theme={args.theme ?? (globals.theme === 'dark' ? 'dark' : 'light')} />
  ),
  args: { flowId: FIXTURE_FLOWS.main },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The call flow’s canvas (`FlowCanvas`, inside a `FlowProvider`): one node per step, connections, minimap, zoom and Tidy up. Drag to move and connect; by keyboard, the canvas is one Tab stop: arrows move focus along the connections, `.` goes to a step’s connections, Enter opens a step, Shift+arrows move it, `?` lists the shortcuts, Delete removes, Ctrl/Cmd+D duplicates and Ctrl/Cmd+C/V copy and paste. Past 150 steps only the visible nodes are drawn.',
      },
    },
  },
} satisfies Meta<typeof CanvasStory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The demo's main line: business hours, two Sona steps with their jobs, an end and a voicemail. */
export const RealisticFlow: Story = {
  play: async ({ canvas }) => {
    const frontDesk = await canvas.findByRole('group', { name: 'Sona step: Front desk' });
    await expect(frontDesk).toBeVisible();
    await expect(within(frontDesk).getByText('6 / 10')).toBeVisible();
    await expect(await within(frontDesk).findByText('Book a service visit')).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'Business hours step: Business hours' })).toBeVisible();
    await expect(canvas.getByText('Mon–Fri 07:30–17:30')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Tidy up' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  },
};

/** A new call flow: the incoming call connected to an empty Sona step. */
export const NewFlow: Story = {
  args: { flowId: FIXTURE_FLOWS.fresh },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('group', { name: 'Incoming call step: Incoming call' }),
    ).toBeVisible();
    const sona = canvas.getByRole('group', { name: 'Sona step: Sona' });
    await expect(within(sona).getByText('No jobs attached')).toBeVisible();
    await expect(within(sona).getByText('0 / 10')).toBeVisible();
  },
};

/** One step of every kind, each with its summary and labelled outputs. */
export const EveryStepKind: Story = {
  args: { flowId: FIXTURE_FLOWS.everyKind },
  play: async ({ canvas }) => {
    await canvas.findByRole('group', { name: 'Sona step: Support desk' });
    for (const name of [
      'Incoming call step: Incoming call',
      'Business hours step: Business hours',
      'Phone menu step: Main menu',
      'Ring users step: Ring sales',
      'Voicemail step: Voicemail',
      'Play audio step: Closed message',
      'Forward step: Office line',
      'End step: End call',
    ]) {
      await expect(canvas.getByRole('group', { name })).toBeVisible();
    }
    const menu = canvas.getByRole('group', { name: 'Phone menu step: Main menu' });
    await expect(within(menu).getByText('Sales')).toBeVisible();
    await expect(within(menu).getByText('No input')).toBeVisible();
    await expect(within(menu).getAllByText('Press 2')).toHaveLength(2);
    await expect(canvas.getByText('+1 514-555-0100')).toBeVisible();
  },
};

/** Problems appear on the steps they concern, in words and as a badge. */
export const ValidationErrors: Story = {
  args: { flowId: FIXTURE_FLOWS.errors },
  play: async ({ canvas }) => {
    const forward = await canvas.findByRole('group', { name: 'Forward step: Office line' });
    await expect(
      within(forward).getByText('No number to forward to: enter one with its country code.'),
    ).toBeVisible();
    await expect(within(forward).getByText('1 error')).toBeInTheDocument();
    const orphan = canvas.getByRole('group', { name: 'Play audio step: Old promo' });
    await expect(
      within(orphan).getByText('No call can reach this step: connect a step to it or delete it.'),
    ).toBeVisible();
  },
};

/** Read only: nothing can be moved, connected or deleted, and there is no "Tidy up". */
export const ReadOnly: Story = {
  args: { readOnly: true },
  play: async ({ canvas }) => {
    await canvas.findByRole('group', { name: 'Sona step: Front desk' });
    await expect(canvas.queryByRole('button', { name: 'Tidy up' })).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Fit the flow to the screen' })).toBeVisible();
  },
};

export const Dark: Story = {
  args: { theme: 'dark', flowId: FIXTURE_FLOWS.everyKind },
  globals: { theme: 'dark' },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('group', { name: 'Sona step: Support desk' })).toBeVisible();
    await expect(canvasElement.querySelector('.sona-root[data-theme="dark"]')).not.toBeNull();
  },
};

export const French: Story = {
  args: { locale: 'fr' },
  play: async ({ canvas }) => {
    const frontDesk = await canvas.findByRole('group', { name: 'Étape Sona : Front desk' });
    await expect(within(frontDesk).getByText('Tâches')).toBeVisible();
    await expect(within(frontDesk).getByText('Terminé')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Réorganiser' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Zoom avant' })).toBeVisible();
  },
};

/** While a slow backend answers, the canvas says it is loading. */
export const Loading: Story = {
  args: { adapterOptions: { latencyMs: 1500 } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the call flow…');
  },
};

/** When loading fails, the canvas says so and offers to retry. */
export const LoadFailed: Story = {
  args: { adapterOptions: { failureRate: 1 } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The call flow could not be loaded.');
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

/** 300 steps: only the nodes in view are rendered, so panning and dragging stay smooth. */
export const LargeFlow: Story = {
  args: { flowId: 'flow-large', makeAdapter: largeFlowAdapter },
  play: async ({ canvas, canvasElement }) => {
    await expect(
      await canvas.findByRole('group', { name: 'Incoming call step: Incoming call' }),
    ).toBeVisible();
    await waitFor(() => {
      const rendered = canvasElement.querySelectorAll('.react-flow__node').length;
      expect(rendered).toBeGreaterThan(0);
      expect(rendered).toBeLessThan(300);
    });
  },
};

/**
 * By keyboard the canvas is one Tab stop: arrows move focus along the connections (here from the incoming call to
 * Business hours), and `?` opens the list of keyboard shortcuts.
 */
export const KeyboardFocus: Story = {
  play: async ({ canvas }) => {
    const start = await canvas.findByRole('group', { name: 'Incoming call step: Incoming call' });
    await expect(start).toHaveAttribute('tabindex', '0');
    start.focus();
    await userEvent.keyboard('{ArrowDown}');
    const hours = canvas.getByRole('group', { name: 'Business hours step: Business hours' });
    await waitFor(() => expect(hours).toHaveFocus());
    await expect(hours).toHaveAttribute('tabindex', '0');
    await expect(start).toHaveAttribute('tabindex', '-1');
    await userEvent.keyboard('?');
    const dialog = await canvas.findByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
  },
};
