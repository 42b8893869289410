import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import '../../test/registerFrench';
import { LibraryFrame as Frame } from '../../test/libraryFrame';
import type { PagedList } from '../list/usePagedList';
import { LibraryBody, type LibraryBodyProps } from './LibraryBody';

interface Row {
  id: string;
  name: string;
}

const rows: Row[] = [
  { id: 'job-1', name: 'Book an appointment' },
  { id: 'job-2', name: 'Check an order' },
];

function pagedList(overrides: Partial<PagedList<Row>>): PagedList<Row> {
  return {
    status: 'ready',
    rows: [],
    total: 0,
    loadedKey: '',
    pinnedIds: new Set(),
    hasMore: false,
    refreshing: false,
    loadingMore: false,
    moreError: null,
    error: null,
    loadMore: fn(),
    reload: fn(),
    retry: fn(),
    refresh: fn(),
    pin: fn(),
    replace: fn(),
    remove: fn(),
    ...overrides,
  };
}

const baseArgs: LibraryBodyProps<Row> = {
  list: pagedList({ status: 'loading', loadedKey: null }),
  query: '',
  text: {
    loading: 'Loading jobs…',
    loadFailed: 'The jobs could not be loaded.',
    retry: 'Retry',
    emptyTitle: 'No jobs yet',
    emptyBody: 'Jobs you create appear here.',
    noResultsTitle: 'No jobs match “{query}”',
    noResultsBody: 'Try another name.',
    clearSearch: 'Clear search',
    listLabel: 'Jobs',
  },
  icon: null,
  createButton: (
    <button type="button" className="sona-button sona-button--primary">
      New job
    </button>
  ),
  onClearSearch: fn(),
  columns: [{ key: 'name', label: 'Name' }],
  renderCells: (row) => <td className="sona-library__cell--name">{row.name}</td>,
  resetKey: '',
};

/** What a library shows below its header: loading, failed with Retry, empty, no results, or the rows. */
const meta = {
  title: 'Fields/LibraryBody',
  component: LibraryBody<Row>,
  args: baseArgs,
  render: (args, { globals }) => (
    <Frame height="24rem" theme={globals.theme === 'dark' ? 'dark' : 'light'}>
      <div className="sona-library" style={{ height: '100%' }}>
        <LibraryBody<Row> {...args} />
      </div>
    </Frame>
  ),
} satisfies Meta<typeof LibraryBody<Row>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The first page is on its way. */
export const Loading: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Loading jobs…')).toBeInTheDocument();
  },
};

/** The first page failed: an alert, and Retry starts over. */
export const Failed: Story = {
  args: { list: pagedList({ status: 'error', error: new Error('Network down'), loadedKey: null }) },
  play: async ({ args, canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('The jobs could not be loaded.');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.list.retry).toHaveBeenCalledTimes(1);
  },
};

/** The workspace holds none yet: the create button is offered. */
export const Empty: Story = {
  args: { list: pagedList({}) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No jobs yet')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'New job' })).toBeVisible();
  },
};

/** A search that matches nothing: Clear search empties it. */
export const NoResults: Story = {
  args: { list: pagedList({}), query: 'refund', resetKey: 'refund' },
  play: async ({ args, canvas }) => {
    await expect(canvas.getByText('No jobs match “refund”')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Clear search' }));
    await expect(args.onClearSearch).toHaveBeenCalledTimes(1);
  },
};

/** The rows, in a table named for the library. */
export const Rows: Story = {
  args: { list: pagedList({ rows, total: rows.length }) },
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: /Jobs/ });
    await expect(table).toBeVisible();
    await expect(canvas.getByRole('cell', { name: 'Book an appointment' })).toBeVisible();
    await expect(canvas.getByRole('cell', { name: 'Check an order' })).toBeVisible();
  },
};

/** The rows in the dark theme. */
export const RowsDark: Story = {
  ...Rows,
  globals: { theme: 'dark' },
};
