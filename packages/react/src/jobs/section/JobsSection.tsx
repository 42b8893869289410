import { detachJob, LIMITS, reorderJob } from '@sona-designer/core';
import { type DragEvent, useEffect, useState } from 'react';
import { formatMessage, formatNumber, jobPickerEn, provideEnglish, selectPlural } from '../../i18n';
import { AttachedSection, useAttachedFocus, useAttachedJobIds, useCanEditAttachments } from '../../records';
import { useDesigner, useFlowStoreApi } from '../../state';
import { JobsIcon, refocusIfLost } from '../../ui';
import { LazyJobEditor } from '../editor/lazy';
import { LazyJobPicker } from '../picker/lazy';
import { AttachedJobItem } from './internal/AttachedJobItem';

// The pickers' English texts come with their code, not with the package's first download.
provideEnglish('jobPicker', jobPickerEn);

/** Props of `JobsSection`. */
export interface JobsSectionProps {
  /** A Sona step of the flow being designed. */
  stepId: string;
}

const DRAG_TYPE = 'application/x-sona-job';

/**
 * The Jobs section of a Sona step's settings: the attached jobs in the order Sona considers them, with the count
 * `n of 10`, Move up / Move down (or drag), Edit, Detach, and Add job (the `JobPicker`). Read only: the list alone.
 * Needs the flow store.
 */
export function JobsSection({ stepId }: JobsSectionProps) {
  const { messages, locale, workspace } = useDesigner();
  const text = messages.jobPicker;
  const labels = messages.designer.historyLabels;
  const store = useFlowStoreApi();
  const jobIds = useAttachedJobIds(stepId);
  const editable = useCanEditAttachments(stepId);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [drag, setDrag] = useState<{ jobId: string; over: number; side: 'before' | 'after' } | null>(null);
  const focus = useAttachedFocus();
  const { listRef, focusLater } = focus;

  useEffect(() => {
    void workspace.getState().ensureJobs(jobIds);
  }, [workspace, jobIds]);

  const max = LIMITS.jobsPerSonaStep;
  const count = jobIds.length;
  const state = count > max ? 'over' : count === max ? 'full' : 'normal';
  const params = { count: formatNumber(locale, count), max: formatNumber(locale, max) };

  function move(jobId: string, toIndex: number, via: 'up' | 'down') {
    store.getState().change(labels.reorderJobs, (graph) => reorderJob(graph, stepId, jobId, toIndex));
    const position = Math.max(0, Math.min(count - 1, toIndex));
    setAnnouncement(
      formatMessage(text.moved, {
        name: workspace.getState().jobs[jobId]?.name ?? text.deletedJob,
        position: formatNumber(locale, position + 1),
        count: formatNumber(locale, count),
      }),
    );
    // Focus follows the job; at either end its button is disabled, so the other direction takes it.
    focusLater(() => {
      const item = listRef.current?.querySelector(`[data-job-id="${CSS.escape(jobId)}"]`);
      const same = item?.querySelector<HTMLButtonElement>(`[data-action="${via}"]`);
      if (same && !same.disabled) return same;
      return item?.querySelector<HTMLButtonElement>(`[data-action="${via === 'up' ? 'down' : 'up'}"]`);
    });
  }

  function detach(jobId: string, index: number) {
    store.getState().change(labels.detachJob, (graph) => detachJob(graph, stepId, jobId));
    setAnnouncement('');
    // The row goes away: focus the Detach button of the row that takes its place.
    focus.focusDetachAt(index);
  }

  function onDragStart(event: DragEvent<HTMLLIElement>, jobId: string) {
    event.dataTransfer.setData(DRAG_TYPE, jobId);
    event.dataTransfer.effectAllowed = 'move';
    setDrag({ jobId, over: -1, side: 'before' });
  }

  function onDragOver(event: DragEvent<HTMLLIElement>, index: number) {
    if (!drag) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const box = event.currentTarget.getBoundingClientRect();
    const side = event.clientY < box.top + box.height / 2 ? 'before' : 'after';
    if (drag.over !== index || drag.side !== side) setDrag({ ...drag, over: index, side });
  }

  function onDrop(event: DragEvent<HTMLLIElement>, index: number) {
    if (!drag) return;
    event.preventDefault();
    const from = jobIds.indexOf(drag.jobId);
    let to = drag.side === 'before' ? index : index + 1;
    if (from < to) to--;
    setDrag(null);
    if (from >= 0 && to !== from) move(drag.jobId, to, to < from ? 'up' : 'down');
  }

  return (
    <AttachedSection
      focus={focus}
      heading={text.jobsHeading}
      count={
        <>
          <span aria-hidden="true">{formatMessage(text.count, params)}</span>
          <span className="sona-visually-hidden">
            {formatMessage(selectPlural(locale, text.countLabel, count), params)}
          </span>
        </>
      }
      countState={state}
      itemCount={count}
      hint={text.jobsHint}
      empty={text.jobsEmpty}
      notice={
        state !== 'normal' ? (
          <p className="sona-attached__warning">
            <JobsIcon name="warning" size={14} />
            <span>{text.jobsFull}</span>
          </p>
        ) : null
      }
      editable={editable}
      dragging={drag !== null}
      addLabel={text.addJob}
      renderPicker={(open, onOpenChange) => (
        <LazyJobPicker open={open} onOpenChange={onOpenChange} stepId={stepId} />
      )}
      live={
        <p className="sona-visually-hidden" aria-live="polite">
          {announcement}
        </p>
      }
      dialogs={
        editingId ? (
          <LazyJobEditor
            open
            onOpenChange={(open) => {
              if (open) return;
              const jobId = editingId;
              setEditingId(null);
              refocusIfLost(() =>
                listRef.current
                  ?.querySelector(`[data-job-id="${CSS.escape(jobId)}"]`)
                  ?.querySelector<HTMLElement>('[data-action="edit"]'),
              );
            }}
            jobId={editingId}
            onSaved={(job) => workspace.getState().putJob(job)}
          />
        ) : null
      }
    >
      {jobIds.map((jobId, index) => (
        <AttachedJobItem
          key={jobId}
          jobId={jobId}
          index={index}
          count={count}
          editable={editable}
          dropSide={drag && drag.over === index && drag.jobId !== jobId ? drag.side : null}
          onMove={move}
          onDetach={detach}
          onEdit={setEditingId}
          onDragStart={onDragStart}
          onDragOver={onDragOver}
          onDrop={onDrop}
          onDragEnd={() => setDrag(null)}
        />
      ))}
    </AttachedSection>
  );
}
