import type { Job } from '@sona-designer/core';
import { memo } from 'react';
import { useStore } from 'zustand';
import { useDesigner } from '../../../state';
import { EditedAt } from './EditedAt';
import { RowActions } from './RowActions';
import { UsageSummary } from './UsageSummary';

export interface JobRowProps {
  job: Job;
  isNew: boolean;
  onEdit(job: Job): void;
  onDelete(job: Job): void;
  requestUsage(id: string): () => void;
}

/** The cells of one job: name, trigger on one line, usage, last edited, Edit and Delete. */
export const JobRow = memo(function JobRow({ job, isNew, onEdit, onDelete, requestUsage }: JobRowProps) {
  const { messages, workspace } = useDesigner();
  const text = messages.library;
  const usage = useStore(workspace, (state) => state.jobUsage[job.id]);
  const trigger = job.trigger.replace(/\s+/g, ' ').trim();
  return (
    <>
      <td className="sona-library__cell sona-library__cell--name">
        <span className="sona-library__name" title={job.name}>
          {job.name}
        </span>
        {isNew ? <span className="sona-library__badge">{text.newBadge}</span> : null}
      </td>
      <td className="sona-library__cell sona-library__cell--trigger">
        {trigger ? (
          <span className="sona-library__clip" title={job.trigger}>
            {trigger}
          </span>
        ) : (
          <span className="sona-library__muted sona-library__none">{text.noTrigger}</span>
        )}
      </td>
      <td className="sona-library__cell sona-library__cell--usage">
        <UsageSummary id={job.id} places={usage} request={requestUsage} />
      </td>
      <td className="sona-library__cell sona-library__cell--updated">
        <EditedAt iso={job.updatedAt} />
      </td>
      <RowActions name={job.name} onEdit={() => onEdit(job)} onDelete={() => onDelete(job)} />
    </>
  );
});
