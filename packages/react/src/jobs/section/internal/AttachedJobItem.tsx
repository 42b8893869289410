import type { DragEvent } from 'react';
import { useId } from 'react';
import { useStore } from 'zustand';
import { formatMessage, isolate } from '../../../i18n';
import { useDesigner } from '../../../state';
import { JobsIcon } from '../../../ui';

export interface AttachedJobItemProps {
  jobId: string;
  index: number;
  count: number;
  editable: boolean;
  /** Where a dragged job would land: before or after this one. */
  dropSide: 'before' | 'after' | null;
  onMove(jobId: string, toIndex: number, via: 'up' | 'down'): void;
  onDetach(jobId: string, index: number): void;
  onEdit(jobId: string): void;
  onDragStart(event: DragEvent<HTMLLIElement>, jobId: string): void;
  onDragOver(event: DragEvent<HTMLLIElement>, index: number): void;
  onDrop(event: DragEvent<HTMLLIElement>, index: number): void;
  onDragEnd(): void;
}

/** One attached job: its place, name and trigger, and Move up / Move down / Edit / Detach. */
export function AttachedJobItem({
  jobId,
  index,
  count,
  editable,
  dropSide,
  onMove,
  onDetach,
  onEdit,
  onDragStart,
  onDragOver,
  onDrop,
  onDragEnd,
}: AttachedJobItemProps) {
  const { messages, workspace } = useDesigner();
  const text = messages.jobPicker;
  const job = useStore(workspace, (state) => state.jobs[jobId]);
  const missing = useStore(workspace, (state) => state.missingJobs[jobId] === true);
  const hintId = useId();
  const name = job?.name ?? (missing ? text.deletedJob : text.loadingItem);

  return (
    <li
      className="sona-attached__item"
      data-job-id={jobId}
      data-missing={missing || undefined}
      data-drop={dropSide ?? undefined}
      draggable={editable && count > 1}
      onDragStart={(event) => onDragStart(event, jobId)}
      onDragOver={(event) => onDragOver(event, index)}
      onDrop={(event) => onDrop(event, index)}
      onDragEnd={onDragEnd}
    >
      {editable && count > 1 ? (
        <span className="sona-attached__grip" aria-hidden="true">
          <JobsIcon name="grip" size={14} />
        </span>
      ) : null}
      <span className="sona-attached__index" aria-hidden="true">
        {index + 1}
      </span>
      <span className="sona-attached__text">
        <span className="sona-attached__name">{name}</span>
        {missing ? (
          <span id={hintId} className="sona-attached__detail">
            {text.deletedJobHint}
          </span>
        ) : null}
      </span>
      {editable ? (
        <span className="sona-attached__actions">
          {missing ? null : (
            <>
              <button
                type="button"
                className="sona-icon-button sona-attached__action"
                data-action="up"
                aria-label={formatMessage(text.moveUp, { name })}
                title={formatMessage(text.moveUp, { name: isolate(name) })}
                disabled={index === 0}
                onClick={() => onMove(jobId, index - 1, 'up')}
              >
                <JobsIcon name="up" size={14} />
              </button>
              <button
                type="button"
                className="sona-icon-button sona-attached__action"
                data-action="down"
                aria-label={formatMessage(text.moveDown, { name })}
                title={formatMessage(text.moveDown, { name: isolate(name) })}
                disabled={index === count - 1}
                onClick={() => onMove(jobId, index + 1, 'down')}
              >
                <JobsIcon name="down" size={14} />
              </button>
              <button
                type="button"
                className="sona-icon-button sona-attached__action"
                data-action="edit"
                aria-label={formatMessage(text.editNamed, { name })}
                title={formatMessage(text.editNamed, { name: isolate(name) })}
                disabled={!job}
                onClick={() => onEdit(jobId)}
              >
                <JobsIcon name="edit" size={14} />
              </button>
            </>
          )}
          <button
            type="button"
            className="sona-icon-button sona-attached__action sona-attached__detach"
            data-action="detach"
            aria-label={formatMessage(text.detachNamed, { name })}
            aria-describedby={missing ? hintId : undefined}
            title={formatMessage(text.detachNamed, { name: isolate(name) })}
            onClick={() => onDetach(jobId, index)}
          >
            <JobsIcon name="close" size={14} />
          </button>
        </span>
      ) : null}
    </li>
  );
}
