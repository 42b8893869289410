import type { KnowledgePage } from '@sona-designer/core';
import { memo } from 'react';
import { useStore } from 'zustand';
import { EditedAt, RowActions, UsageSummary } from '../../../jobs';
import { useDesigner } from '../../../state';

export interface KnowledgeRowProps {
  page: KnowledgePage;
  isNew: boolean;
  onEdit(page: KnowledgePage): void;
  onDelete(page: KnowledgePage): void;
  requestUsage(id: string): () => void;
}

/** The first line of text of a page, for the list (pages often start with a blank line or a heading). */
export function firstLine(content: string): string {
  for (const line of content.split('\n')) {
    const trimmed = line.replace(/^#+\s*/, '').trim();
    if (trimmed) return trimmed;
  }
  return '';
}

/** The cells of one knowledge page: title, first line of content, usage, last edited, Edit and Delete. */
export const KnowledgeRow = memo(function KnowledgeRow({
  page,
  isNew,
  onEdit,
  onDelete,
  requestUsage,
}: KnowledgeRowProps) {
  const { messages, workspace } = useDesigner();
  const text = messages.library;
  const usage = useStore(workspace, (state) => state.knowledgeUsage[page.id]);
  const line = firstLine(page.content.slice(0, 2000));
  return (
    <>
      <td className="sona-library__cell sona-library__cell--name">
        <span className="sona-library__name" title={page.title}>
          {page.title}
        </span>
        {isNew ? <span className="sona-library__badge">{text.newBadge}</span> : null}
      </td>
      <td className="sona-library__cell sona-library__cell--content">
        {line ? (
          <span className="sona-library__clip">{line}</span>
        ) : (
          <span className="sona-library__muted sona-library__none">{text.noContent}</span>
        )}
      </td>
      <td className="sona-library__cell sona-library__cell--usage">
        <UsageSummary id={page.id} places={usage} request={requestUsage} />
      </td>
      <td className="sona-library__cell sona-library__cell--updated">
        <EditedAt iso={page.updatedAt} />
      </td>
      <RowActions name={page.title} onEdit={() => onEdit(page)} onDelete={() => onDelete(page)} />
    </>
  );
});
