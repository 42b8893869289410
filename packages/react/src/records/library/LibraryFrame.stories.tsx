import type { Job } from '@sona-designer/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import '../../test/registerFrench';
import { useDesigner } from '../../state';
import { createEmptyWorkspaceAdapter, withFailingLists } from '../../test/jobsFixtures';
import { LibraryFrame as Frame, type LibraryFixture } from '../../test/libraryFrame';
import { jobKind } from '../../test/recordKinds';
import { JobSheetIcon } from '../../ui';
import { LibraryFrame } from './LibraryFrame';
import { libraryColumns } from './LibraryTable';
import { useLibraryController } from './useLibraryController';
import { useLibraryRows } from './useLibraryRows';

/** The shared layout of a library, over jobs, with a plain editor slot. */
function JobsInFrame() {
  const { messages } = useDesigner();
  const text = messages.library;
  const library = useLibraryController({ kind: jobKind, pageSize: 50 });
  const renderCells = useLibraryRows(jobKind, library, (job: Job) => ({
    column: 'trigger',
    text: job.trigger,
    title: job.trigger,
    none: text.noTrigger,
  }));
  return (
    <LibraryFrame
      kind={jobKind}
      library={library}
      deleteWording={{
        confirm: text.deleteJobConfirm,
        body: text.deleteJobBody,
        inUse: text.inUseJob,
        inUseHowTo: text.inUseHowToJob,
      }}
      className="sona-library sona-job-library"
      title={text.jobsTitle}
      totalMessage={text.jobsTotal}
      createLabel={text.createJob}
      icon={<JobSheetIcon />}
      bodyText={{
        loading: messages.designer.loadingJobs,
        loadFailed: text.loadJobsFailed,
        retry: text.retry,
        emptyTitle: text.jobsEmptyTitle,
        emptyBody: text.jobsEmptyBody,
        noResultsTitle: text.jobsNoResultsTitle,
        noResultsBody: text.jobsNoResultsBody,
        clearSearch: text.clearSearch,
        listLabel: text.jobsListLabel,
      }}
      searchLabel={text.searchJobs}
      searchPlaceholder={text.searchJobsPlaceholder}
      columns={libraryColumns(text, text.columnName, { key: 'trigger', label: text.columnTrigger })}
      renderCells={renderCells}
      editor={null}
    />
  );
}

/** The layout both libraries share: header with total and create, search toolbar, body and delete dialog. */
const meta = {
  title: 'Fields/LibraryFrame',
  component: JobsInFrame,
  render: (_args, { parameters, globals }) => (
    <Frame
      {...((parameters.fixture ?? {}) as LibraryFixture)}
      theme={globals.theme === 'dark' ? 'dark' : 'light'}
    >
      <JobsInFrame />
    </Frame>
  ),
} satisfies Meta<typeof JobsInFrame>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The demo workspace: heading, total, create button, search and the rows. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Job library' })).toBeVisible();
    await expect(await canvas.findByText('26 jobs')).toBeVisible();
    const table = await canvas.findByRole('table', { name: 'Jobs' });
    await expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    await expect(canvas.getByRole('button', { name: 'Create job' })).toBeEnabled();
    await expect(canvas.getByRole('searchbox', { name: 'Search jobs' })).toBeVisible();
  },
};

/** The dark theme. */
export const Dark: Story = {
  ...Default,
  globals: { theme: 'dark' },
};

/** An empty workspace: no search, and the create button is offered in the body. */
export const EmptyWorkspace: Story = {
  parameters: { fixture: { makeAdapter: createEmptyWorkspaceAdapter } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Create job' })).toBeVisible();
    await expect(canvas.queryByRole('searchbox')).toBeNull();
  },
};

/** The list failed to load: an alert and Retry, no search. */
export const LoadFailed: Story = {
  parameters: { fixture: { makeAdapter: () => withFailingLists(undefined, 100) } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};
