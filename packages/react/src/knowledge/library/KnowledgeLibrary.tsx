import type { ChangeEvent, KnowledgePage } from '@sona-designer/core';
import { useCallback, useMemo } from 'react';
import type { LibraryColumn } from '../../jobs';
import { LibraryFrame, useBatchedRequest, useLibraryController } from '../../jobs';
import { useDesigner } from '../../state';
import { BookIcon } from '../../ui';
import { LazyKnowledgeEditor } from '../editor/lazy';
import { KnowledgeRow } from './internal/KnowledgeRow';

/** Pages can hold 20,000 characters each: smaller pages than the job library's. */
const PAGE_SIZE = 100;

export interface KnowledgeLibraryProps {
  className?: string;
}

const knowledgeChange = (event: ChangeEvent) =>
  event.type === 'knowledge-created' ||
  event.type === 'knowledge-updated' ||
  event.type === 'knowledge-deleted' ||
  event.type === 'workspace-imported';

const countChange = (event: ChangeEvent) =>
  event.type === 'knowledge-created' ||
  event.type === 'knowledge-deleted' ||
  event.type === 'workspace-imported';

/**
 * The workspace's knowledge pages, for hosts that manage them outside a call flow: search, usage per page, create,
 * edit (in `KnowledgeEditor`) and delete (a page still used by a Sona step cannot be deleted: the dialog lists where
 * and how to free it). Says that content edits are live while attachments wait for publish. Fills its container's
 * height. Needs a `DesignerProvider` only.
 */
export function KnowledgeLibrary({ className }: KnowledgeLibraryProps) {
  const { adapter, messages, workspace } = useDesigner();
  const text = messages.library;
  const fetchPage = useCallback(
    (query: string, cursor: string | undefined, limit: number) =>
      adapter.listKnowledge({ ...(query ? { query } : {}), ...(cursor ? { cursor } : {}), limit }),
    [adapter],
  );
  const library = useLibraryController<KnowledgePage>({
    adapter,
    text,
    fetchPage,
    pageSize: PAGE_SIZE,
    countAll: () => adapter.listKnowledge({ limit: 1 }).then((page) => page.total),
    refreshOn: knowledgeChange,
    countOn: countChange,
    nameOf: (page) => page.title,
  });
  const { list, editor, onEdit, onDelete } = library;
  const requestUsage = useBatchedRequest((ids) => workspace.getState().ensureKnowledgeUsage(ids));

  const columns = useMemo<LibraryColumn[]>(
    () => [
      { key: 'name', label: text.columnTitle },
      { key: 'content', label: text.columnContent },
      { key: 'usage', label: text.columnUsage },
      { key: 'updated', label: text.columnUpdated },
      { key: 'actions', label: text.columnActions, hiddenLabel: true },
    ],
    [text],
  );

  const renderCells = useCallback(
    (page: KnowledgePage) => (
      <KnowledgeRow
        page={page}
        isNew={list.pinnedIds.has(page.id)}
        onEdit={onEdit}
        onDelete={onDelete}
        requestUsage={requestUsage}
      />
    ),
    [list.pinnedIds, onEdit, onDelete, requestUsage],
  );

  return (
    <LibraryFrame<KnowledgePage>
      kind="knowledge"
      library={library}
      className={
        className ? `sona-library sona-knowledge-library ${className}` : 'sona-library sona-knowledge-library'
      }
      title={text.knowledgeTitle}
      totalMessage={text.knowledgeTotal}
      note={text.knowledgeLiveNote}
      createLabel={text.newPage}
      icon={<BookIcon />}
      bodyText={{
        loading: text.loadingKnowledge,
        loadFailed: text.loadKnowledgeFailed,
        retry: text.retry,
        emptyTitle: text.knowledgeEmptyTitle,
        emptyBody: text.knowledgeEmptyBody,
        noResultsTitle: text.knowledgeNoResultsTitle,
        noResultsBody: text.knowledgeNoResultsBody,
        clearSearch: text.clearSearch,
        listLabel: text.knowledgeListLabel,
      }}
      searchLabel={text.searchKnowledge}
      searchPlaceholder={text.searchKnowledgePlaceholder}
      columns={columns}
      renderCells={renderCells}
      editor={
        <LazyKnowledgeEditor
          key={editor.session}
          open={editor.open}
          onOpenChange={library.setEditorOpen}
          {...(editor.itemId ? { pageId: editor.itemId } : {})}
          onSaved={library.onSaved}
        />
      }
    />
  );
}
