import type { KnowledgePage } from '@sona-designer/core';
import { useMemo } from 'react';
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
import { BookIcon, withClassName } from '../../ui';
import { LazyKnowledgeEditor } from '../editor/lazy';
import { knowledgeKind } from '../knowledgeKind';

// The library's English texts come with its code, not with the package's first download.
provideEnglish('library', libraryEn);

/** Pages can hold 20,000 characters each: smaller pages than the job library's. */
const PAGE_SIZE = 100;

/** Props of `KnowledgeLibrary`. */
export interface KnowledgeLibraryProps {
  /** Added to the page's own classes. */
  className?: string;
}

/** The first line of text of a page, for the list (pages often start with a blank line or a heading). */
function firstLine(content: string): string {
  for (const line of content.split('\n')) {
    const trimmed = line.replace(/^#+\s*/, '').trim();
    if (trimmed) return trimmed;
  }
  return '';
}

/** A page's first line of content (looked for in its first 2,000 characters). */
function contentOf(page: KnowledgePage, text: LibraryMessages): RowDetail {
  return { column: 'content', text: firstLine(page.content.slice(0, 2000)), none: text.noContent };
}

/**
 * The workspace's knowledge pages, for hosts that manage them outside a call flow: search, usage per page, create,
 * edit (in `KnowledgeEditor`) and delete (a page still used by a Sona step cannot be deleted: the dialog lists where
 * and how to free it). Says that content edits are live while attachments wait for publish. Fills its container's
 * height. Needs a `DesignerProvider` only.
 */
export function KnowledgeLibrary({ className }: KnowledgeLibraryProps) {
  const { messages } = useDesigner();
  const text = messages.library;
  const library = useLibraryController({ kind: knowledgeKind, pageSize: PAGE_SIZE });
  const { editor } = library;

  const columns = useMemo(
    () => libraryColumns(text, text.columnTitle, { key: 'content', label: text.columnContent }),
    [text],
  );

  const renderCells = useLibraryRows(knowledgeKind, library, contentOf);

  return (
    <LibraryFrame
      kind={knowledgeKind}
      library={library}
      deleteWording={{
        confirm: text.deleteKnowledgeConfirm,
        body: text.deleteKnowledgeBody,
        inUse: text.inUseKnowledge,
        inUseHowTo: text.inUseHowToKnowledge,
      }}
      className={withClassName('sona-library sona-knowledge-library', className)}
      title={text.knowledgeTitle}
      totalMessage={text.knowledgeTotal}
      note={text.knowledgeLiveNote}
      createLabel={text.newPage}
      icon={<BookIcon />}
      bodyText={{
        loading: messages.designer.loadingKnowledge,
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
