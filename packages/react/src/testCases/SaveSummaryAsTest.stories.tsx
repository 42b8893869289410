import type { CallSummary, DesignerAdapter } from '@sona-designer/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Locale } from '../i18n';
import { createCallSummariesAdapter } from '../test/callSummaryFixtures';
import { LibraryFrame } from '../test/libraryFrame';
import { SaveSummaryAsTest } from './SaveSummaryAsTest';

interface Loaded {
  adapter: DesignerAdapter;
  summary: CallSummary;
}

/** Opens Save as test on a recorded call, as the call summaries page does, and says what was saved. */
function Opener({ summary }: { summary: CallSummary }) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState('');
  return (
    <div style={{ padding: 16 }}>
      <button type="button" className="sona-button" onClick={() => setOpen(true)}>
        Save as test
      </button>
      <p role="status">{saved}</p>
      <SaveSummaryAsTest summary={summary} open={open} onOpenChange={setOpen} onSaved={setSaved} />
    </div>
  );
}

const meta = {
  title: 'Tests/SaveSummaryAsTest',
  // A recorded call of the main line's front desk (a billing question), replayed from the incoming call.
  loaders: [
    async () => {
      const adapter = await createCallSummariesAdapter();
      const { items } = await adapter.listCallSummaries({ callFlowId: 'flow-main' });
      const summary = items.find((item) => item.caller.includes('Gagnon')) ?? items[0];
      return { adapter, summary };
    },
  ],
  parameters: {
    docs: {
      description: {
        component:
          '**Save as test** from a recorded call (the call summaries page): the caller’s words are replayed from the flow’s incoming call, with the menus’ keys and a moment the business hours let through to the step the call was recorded on; what the draft does with them is pre-filled as checks.',
      },
    },
  },
  render: (_args, { loaded, parameters, globals }) => (
    <LibraryFrame
      adapter={(loaded as Loaded).adapter}
      locale={(parameters.locale as Locale | undefined) ?? 'en'}
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
    >
      <Opener summary={(loaded as Loaded).summary} />
    </LibraryFrame>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const play: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Save as test' }));
  const dialog = within(await canvas.findByRole('dialog', { name: 'Save as test' }, { timeout: 5000 }));
  await expect(dialog.getByRole('checkbox', { name: /^Reaches / })).toBeChecked();
  await userEvent.click(dialog.getByRole('button', { name: 'Save test' }));
  // The saved test's name, as the page says it.
  await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/\S/));
};

/** The checks pre-filled from the recorded call, then saved. */
export const FromARecordedCall: Story = { play };

/** The same in the dark theme. */
export const FromARecordedCallDark: Story = { globals: { theme: 'dark' }, play };
