import type { ChangeEvent, Job, JobSort } from '@sona-designer/core';
import { useCallback, useMemo, useState } from 'react';
import type { LibraryMessages } from '../../i18n';
import { libraryEn, provideEnglish } from '../../i18n';
import {
  LibraryFrame,
  libraryColumns,
  type RowDetail,
  useLibraryController,
  useLibraryRows,
} from '../../records';
import { useDesigner } from '../../state';
import { WorkspaceTransfer } from '../../transfer';
import { JobSheetIcon, withClassName } from '../../ui';
import { LazyJobEditor } from '../editor/lazy';
import { jobKind } from '../jobKind';

// The library's English texts come with its code, not with the package's first download.
provideEnglish('library', libraryEn);

const PAGE_SIZE = 200;

/** The orders the job library offers. */
export type JobLibrarySort = Extract<JobSort, 'name' | 'updated' | 'usage'>;

/** Props of `JobLibrary`. */
export interface JobLibraryProps {
  /** Added to the page's own classes. */
  className?: string;
  /**
   * Shows "Export workspace" and "Import…" in the header (default true): the workspace's JSON backup and the way to
   * bring work from another workspace. Import is hidden when read-only.
   */
  transfer?: boolean;
  /** Names exported files (`<name>-<date>.json`). */
  workspaceName?: string;
}

/** A job's trigger on one line, the whole of it as a tooltip. */
function triggerOf(job: Job, text: LibraryMessages): RowDetail {
  return {
    column: 'trigger',
    text: job.trigger.replace(/\s+/g, ' ').trim(),
    title: job.trigger,
    none: text.noTrigger,
  };
}

/**
 * Every job of the workspace, for hosts that manage jobs outside a call flow: search, sort, usage per job, create,
 * edit and delete (a job still used by a Sona step cannot be deleted: the dialog lists where and how to free it).
 * Pages through the adapter and renders only the rows on screen, so 10,000 jobs stay fast. Fills its container's
 * height. Needs a `DesignerProvider` only.
 */
export function JobLibrary({ className, transfer = true, workspaceName }: JobLibraryProps) {
  const { adapter, messages } = useDesigner();
  const text = messages.library;
  const [sort, setSort] = useState<JobLibrarySort>('name');
  const fetchPage = useCallback(
    (query: string, cursor: string | undefined, limit: number) =>
      adapter.listJobs({ ...(query ? { query } : {}), sort, ...(cursor ? { cursor } : {}), limit }),
    [adapter, sort],
  );
  const library = useLibraryController({
    kind: jobKind,
    fetchPage,
    extraKey: sort,
    pageSize: PAGE_SIZE,
    // Sorted by usage, the order follows the call flows.
    alsoRefreshOn: (event: ChangeEvent) => sort === 'usage' && event.type.startsWith('call-flow-'),
  });
  const { editor } = library;

  const columns = useMemo(
    () => libraryColumns(text, text.columnName, { key: 'trigger', label: text.columnTrigger }),
    [text],
  );

  const renderCells = useLibraryRows(jobKind, library, triggerOf);

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
      className={withClassName('sona-library sona-job-library', className)}
      title={text.jobsTitle}
      totalMessage={text.jobsTotal}
      createLabel={text.createJob}
      headerTools={transfer ? <WorkspaceTransfer {...(workspaceName ? { workspaceName } : {})} /> : null}
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
