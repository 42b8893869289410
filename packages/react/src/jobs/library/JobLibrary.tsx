import type { ChangeEvent, Job, JobSort } from '@sona-designer/core';
import { useCallback, useMemo, useState } from 'react';
import { useDesigner } from '../../state';
import { LibraryJobsIcon as JobsIcon } from '../../ui';
import { LazyJobEditor } from '../editor/lazy';
import { JobRow } from './internal/JobRow';
import { LibraryFrame } from './internal/LibraryFrame';
import type { LibraryColumn } from './internal/LibraryTable';
import { useBatchedRequest } from './internal/useBatchedRequest';
import { useLibraryController } from './internal/useLibraryController';

const PAGE_SIZE = 200;

export type JobLibrarySort = Extract<JobSort, 'name' | 'updated' | 'usage'>;

export interface JobLibraryProps {
  className?: string;
}

const jobChange = (event: ChangeEvent) =>
  event.type === 'job-created' ||
  event.type === 'job-updated' ||
  event.type === 'job-deleted' ||
  event.type === 'workspace-imported';

const countChange = (event: ChangeEvent) =>
  event.type === 'job-created' || event.type === 'job-deleted' || event.type === 'workspace-imported';

/**
 * Every job of the workspace, for hosts that manage jobs outside a call flow: search, sort, usage per job, create,
 * edit and delete (a job still used by a Sona step cannot be deleted: the dialog lists where and how to free it).
 * Pages through the adapter and renders only the rows on screen, so 10,000 jobs stay fast. Fills its container's
 * height. Needs a `DesignerProvider` only.
 */
export function JobLibrary({ className }: JobLibraryProps) {
  const { adapter, messages, workspace } = useDesigner();
  const text = messages.library;
  const [sort, setSort] = useState<JobLibrarySort>('name');
  const fetchPage = useCallback(
    (query: string, cursor: string | undefined, limit: number) =>
      adapter.listJobs({ ...(query ? { query } : {}), sort, ...(cursor ? { cursor } : {}), limit }),
    [adapter, sort],
  );
  const library = useLibraryController<Job>({
    adapter,
    text,
    fetchPage,
    extraKey: sort,
    pageSize: PAGE_SIZE,
    countAll: () => adapter.listJobs({ limit: 1 }).then((page) => page.total),
    refreshOn: (event) => jobChange(event) || (sort === 'usage' && event.type.startsWith('call-flow-')),
    countOn: countChange,
    nameOf: (job) => job.name,
    onSavedItem: (job) => workspace.getState().putJob(job),
  });
  const { list, editor } = library;
  const requestUsage = useBatchedRequest((ids) => workspace.getState().ensureJobUsage(ids));
  const { onEdit, onDelete } = library;

  const columns = useMemo<LibraryColumn[]>(
    () => [
      { key: 'name', label: text.columnName },
      { key: 'trigger', label: text.columnTrigger },
      { key: 'usage', label: text.columnUsage },
      { key: 'updated', label: text.columnUpdated },
      { key: 'actions', label: text.columnActions, hiddenLabel: true },
    ],
    [text],
  );

  const renderCells = useCallback(
    (job: Job) => (
      <JobRow
        job={job}
        isNew={list.pinnedIds.has(job.id)}
        onEdit={onEdit}
        onDelete={onDelete}
        requestUsage={requestUsage}
      />
    ),
    [list.pinnedIds, onEdit, onDelete, requestUsage],
  );

  return (
    <LibraryFrame<Job>
      kind="job"
      library={library}
      className={className ? `sona-library sona-job-library ${className}` : 'sona-library sona-job-library'}
      title={text.jobsTitle}
      totalMessage={text.jobsTotal}
      createLabel={text.createJob}
      icon={<JobsIcon />}
      bodyText={{
        loading: text.loadingJobs,
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
      controls={
        <label className="sona-library__sort">
          <span>{text.sortLabel}</span>
          <select
            className="sona-library__select"
            value={sort}
            onChange={(event) => setSort(event.target.value as JobLibrarySort)}
          >
            <option value="name">{text.sortName}</option>
            <option value="updated">{text.sortUpdated}</option>
            <option value="usage">{text.sortUsage}</option>
          </select>
        </label>
      }
      columns={columns}
      renderCells={renderCells}
      editor={
        <LazyJobEditor
          key={editor.session}
          open={editor.open}
          onOpenChange={library.setEditorOpen}
          {...(editor.itemId ? { jobId: editor.itemId } : {})}
          onSaved={library.onSaved}
        />
      }
    />
  );
}
