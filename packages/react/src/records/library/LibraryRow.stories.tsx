import type { Job } from '@sona-designer/core';
import { demoWorkspace, JOB_IDS } from '@sona-designer/core/demo';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { type LibraryMessages, libraryEn, provideEnglish } from '../../i18n';
import { LibraryFrame } from '../../test/libraryFrame';
import { jobKind } from '../../test/recordKinds';
import { LibraryRow, type RowDetail } from './LibraryRow';

// The row's words come with the library's code, which a page of these parts alone does not load.
provideEnglish('library', libraryEn);

const job = demoWorkspace.jobs?.find((candidate) => candidate.id === JOB_IDS.takeMessage) as Job;

function detailOf(record: Job, text: LibraryMessages): RowDetail {
  return { column: 'trigger', text: record.trigger, title: record.trigger, none: text.noTrigger };
}

const meta = {
  title: 'Records/Library parts/LibraryRow',
  render: (_args, { parameters, globals }) => (
    <LibraryFrame
      height="auto"
      readOnly={parameters.readOnly === true}
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
    >
      <table>
        <tbody>
          <tr>
            <LibraryRow
              kind={jobKind}
              record={job}
              isNew={parameters.isNew === true}
              detailOf={detailOf}
              onEdit={(parameters.onEdit as () => void) ?? fn()}
              onDelete={fn()}
              requestUsage={() => () => {}}
            />
          </tr>
        </tbody>
      </table>
    </LibraryFrame>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** A job's row: its name, trigger, usage, when it was edited, Edit and Delete. */
export const Job_: Story = {
  name: 'Job',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Take a message')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /Edit.*Take a message/ }));
  },
};

/** Created since the list loaded: the New badge, in the dark theme. */
export const NewDark: Story = {
  parameters: { isNew: true },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Take a message')).toBeVisible();
  },
};
