import * as Dialog from '@radix-ui/react-dialog';
import type { KnowledgeInput, KnowledgePage } from '@sona-designer/core';
import { useId } from 'react';
import { libraryEn, provideEnglish } from '../../i18n';
import { RecordLoadState, useRecordLoad } from '../../records';
import { useDesigner, useMessages } from '../../state';
import { DismissIcon, EditorDialog } from '../../ui';
import { knowledgeKind } from '../knowledgeKind';
import { KnowledgeForm, type KnowledgeFormProps } from './internal/KnowledgeForm';

// The editor's English texts (in the library section) come with its code.
provideEnglish('library', libraryEn);

/**
 * Props of `KnowledgeEditor`: a controlled dialog that creates a page (no `pageId`) or edits one (`pageId`).
 */
export interface KnowledgeEditorProps {
  /** Whether the dialog is open (controlled). */
  open: boolean;
  /** Asks to open or close; closing with unsaved changes asks the person first. */
  onOpenChange(open: boolean): void;
  /** Edits this page of the workspace (loaded from the adapter when the editor opens). */
  pageId?: string;
  /** A new page's starting text. Ignored with `pageId`. */
  initial?: Partial<KnowledgeInput>;
  /** After the page is stored (created or updated); the editor then closes. */
  onSaved?(page: KnowledgePage): void;
}

/**
 * The knowledge page editor dialog ("New knowledge page" / "Edit knowledge page"): Title and Content (up to 20,000
 * characters) with live counters, a note that content edits are live while attachments wait for publish, a
 * field-by-field conflict view when someone saved first, Retry after a failed save, and a confirmation before closing
 * with unsaved changes. Needs a `DesignerProvider` only.
 */
export function KnowledgeEditor({ open, onOpenChange, pageId, initial, onSaved }: KnowledgeEditorProps) {
  const messages = useMessages();
  const descriptionId = useId();
  return (
    <EditorDialog
      open={open}
      onOpenChange={onOpenChange}
      className="sona-knowledge-editor"
      describedBy={descriptionId}
      discardMessages={messages.library}
    >
      {({ changesRef, onDone, onCancel }) => (
        <EditorBody
          key={pageId ?? 'new'}
          pageId={pageId}
          initial={initial}
          descriptionId={descriptionId}
          changesRef={changesRef}
          onSaved={onSaved}
          onDone={onDone}
          onCancel={onCancel}
        />
      )}
    </EditorDialog>
  );
}

type EditorBodyProps = Omit<KnowledgeFormProps, 'page'> & {
  /** The page to load and edit; undefined for a new page. */
  pageId: string | undefined;
};

function EditorBody({
  pageId,
  initial,
  descriptionId,
  changesRef,
  onSaved,
  onDone,
  onCancel,
}: EditorBodyProps) {
  const { messages, readOnly } = useDesigner();
  const text = messages.library;
  const { load, retry } = useRecordLoad(knowledgeKind, pageId);
  const title = pageId ? (readOnly ? text.editorViewTitle : text.editorEditTitle) : text.editorNewTitle;

  return (
    <>
      <div className="sona-modal__header sona-knowledge-editor__header">
        <Dialog.Title className="sona-modal__title">{title}</Dialog.Title>
        <Dialog.Close className="sona-icon-button sona-knowledge-editor__close" aria-label={text.close}>
          <DismissIcon />
        </Dialog.Close>
      </div>
      {load.status === 'ready' ? (
        <KnowledgeForm
          page={load.record}
          initial={initial}
          descriptionId={descriptionId}
          changesRef={changesRef}
          onSaved={onSaved}
          onDone={onDone}
          onCancel={onCancel}
        />
      ) : (
        <RecordLoadState
          load={load}
          block="sona-knowledge-editor"
          actionsClassName="sona-library-dialog__footer"
          messageId={descriptionId}
          text={{
            loading: text.loadingPage,
            notFound: text.pageNotFound,
            loadFailed: text.loadPageFailed,
            retry: text.retry,
            close: text.close,
          }}
          onRetry={retry}
          onClose={onCancel}
        />
      )}
    </>
  );
}
