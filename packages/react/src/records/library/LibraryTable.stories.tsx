import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { libraryEn, provideEnglish } from '../../i18n';
import { LibraryFrame } from '../../test/libraryFrame';
import { LibraryTable, type LibraryTableProps } from './LibraryTable';

// The table's words come with the library's code, which a page of these parts alone does not load.
provideEnglish('library', libraryEn);

interface Row {
  id: string;
  name: string;
}

const rows: Row[] = Array.from({ length: 40 }, (_, index) => ({
  id: `job-${index}`,
  name: `Job ${index + 1}`,
}));

const args: LibraryTableProps<Row> = {
  label: 'Jobs',
  columns: [
    { key: 'name', label: 'Name' },
    { key: 'actions', label: 'Actions', hiddenLabel: true },
  ],
  rows,
  total: 40,
  hasMore: false,
  loadingMore: false,
  moreFailed: false,
  onLoadMore: fn(),
  renderCells: (row) => (
    <>
      <td className="sona-library__cell sona-library__cell--name">{row.name}</td>
      <td className="sona-library__cell sona-library__cell--actions">
        <button type="button" className="sona-button sona-library__small">
          Edit {row.name}
        </button>
      </td>
    </>
  ),
  resetKey: '',
  busy: false,
};

const meta = {
  title: 'Records/Library parts/LibraryTable',
  render: (_args, { parameters, globals }) => (
    <LibraryFrame height="420px" theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <LibraryTable {...args} {...((parameters.table ?? {}) as Partial<LibraryTableProps<Row>>)} />
    </LibraryFrame>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Only the rows on screen are in the page; each keeps its place in the whole list for screen readers. */
export const Rows: Story = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: 'Jobs' });
    await expect(within(table).getByText('Job 1')).toBeVisible();
    await expect(within(table).getAllByRole('row').length).toBeLessThan(41);
  },
};

/** The next page failed: Retry loads it. */
export const MoreFailed: Story = {
  parameters: {
    table: { rows: rows.slice(0, 3), total: 80, hasMore: true, moreFailed: true, onLoadMore: fn() },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Couldn’t load more.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
  },
};

/** The dark theme. */
export const RowsDark: Story = { globals: { theme: 'dark' }, play: Rows.play };
