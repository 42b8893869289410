import { detachJob, LIMITS, reorderJob } from '@sona-designer/core';
import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { formatMessage, formatNumber, selectPlural } from '../../i18n';
import { useDesigner, useFlowStoreApi } from '../../state';
import { JobsIcon } from '../../ui';
import { LazyJobEditor } from '../editor/lazy';
import { refocusIfLost } from '../picker/internal/focusReturn';
import { useAttachedJobIds, useCanEditAttachments } from '../picker/internal/useAttachments';
import { LazyJobPicker } from '../picker/lazy';
import { AttachedJobItem } from './internal/AttachedJobItem';

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
  const [pickerOpen, setPickerOpen] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [drag, setDrag] = useState<{ jobId: string; over: number; side: 'before' | 'after' } | null>(null);
  const headingId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void workspace.getState().ensureJobs(jobIds);
  }, [workspace, jobIds]);

  const max = LIMITS.jobsPerSonaStep;
  const count = jobIds.length;
  const state = count > max ? 'over' : count === max ? 'full' : 'normal';
  const params = { count: formatNumber(locale, count), max: formatNumber(locale, max) };

  function focusLater(find: () => HTMLElement | null | undefined) {
    requestAnimationFrame(() => (find() ?? addRef.current ?? headingRef.current)?.focus());
  }

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
    focusLater(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('[data-action="detach"]') ?? [];
      return buttons[Math.min(index, buttons.length - 1)];
    });
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
    <section className="sona-inspector__section sona-attached" aria-labelledby={headingId}>
      <div className="sona-inspector__section-head">
        <h3 id={headingId} ref={headingRef} className="sona-inspector__heading" tabIndex={-1}>
          {text.jobsHeading}
        </h3>
        <p className="sona-count" data-state={state}>
          <span aria-hidden="true">{formatMessage(text.count, params)}</span>
          <span className="sona-visually-hidden">
            {formatMessage(selectPlural(locale, text.countLabel, count), params)}
          </span>
        </p>
      </div>
      {count > 0 ? <p className="sona-attached__hint">{text.jobsHint}</p> : null}
      {state !== 'normal' ? (
        <p className="sona-attached__warning">
          <JobsIcon name="warning" size={14} />
          <span>{text.jobsFull}</span>
        </p>
      ) : null}
      {count === 0 ? (
        <p className="sona-attached__empty">{text.jobsEmpty}</p>
      ) : (
        <ol ref={listRef} className="sona-attached__list" data-dragging={drag ? true : undefined}>
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
        </ol>
      )}
      {editable ? (
        <button
          ref={addRef}
          type="button"
          className="sona-button sona-attached__add"
          onClick={() => setPickerOpen(true)}
        >
          <JobsIcon name="add" />
          {text.addJob}
        </button>
      ) : null}
      <p className="sona-visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {editable ? <LazyJobPicker open={pickerOpen} onOpenChange={setPickerOpen} stepId={stepId} /> : null}
      {editingId ? (
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
      ) : null}
    </section>
  );
}
