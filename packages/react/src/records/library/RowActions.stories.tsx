import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { libraryEn, provideEnglish } from '../../i18n';
import { LibraryFrame } from '../../test/libraryFrame';
import { RowActions } from './RowActions';

// The row's words come with the library's code, which a page of these parts alone does not load.
provideEnglish('library', libraryEn);

const meta = {
  title: 'Records/Library parts/RowActions',
  component: RowActions,
  args: { name: 'Take a message', onEdit: fn(), onDelete: fn() },
  render: (args, { parameters, globals }) => (
    <LibraryFrame
      height="auto"
      readOnly={parameters.readOnly === true}
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
    >
      <table>
        <tbody>
          <tr>
            <RowActions {...args} />
          </tr>
        </tbody>
      </table>
    </LibraryFrame>
  ),
} satisfies Meta<typeof RowActions>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Edit and Delete, each named with the row's name. */
export const Editable: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Edit.*Take a message/ }));
    await expect(args.onEdit).toHaveBeenCalled();
    await userEvent.click(canvas.getByRole('button', { name: /Delete.*Take a message/ }));
    await expect(args.onDelete).toHaveBeenCalled();
  },
};

/** Read-only: View only. */
export const ReadOnly: Story = {
  parameters: { readOnly: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: /View.*Take a message/ })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /Delete/ })).toBeNull();
  },
};

/** The dark theme. */
export const EditableDark: Story = { globals: { theme: 'dark' }, play: Editable.play };
