import * as Dialog from '@radix-ui/react-dialog';
import { isDesignerError, type KnowledgeInput, type KnowledgePage } from '@sona-designer/core';
import { type RefObject, useId } from 'react';
import { useDesigner, useMessages } from '../../state';
import { LibraryCloseIcon as CloseIcon, EditorDialog, ErrorIcon, SpinnerIcon } from '../../ui';
import { KnowledgeForm } from './internal/KnowledgeForm';
import { useKnowledgeLoader } from './internal/useKnowledgeLoader';

export interface KnowledgeEditorProps {
  open: boolean;
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

interface EditorBodyProps {
  pageId: string | undefined;
  initial: Partial<KnowledgeInput> | undefined;
  descriptionId: string;
  changesRef: RefObject<() => boolean>;
  onSaved: ((page: KnowledgePage) => void) | undefined;
  onDone(): void;
  onCancel(): void;
}

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
  const { load, retry } = useKnowledgeLoader(pageId);
  const title = pageId ? (readOnly ? text.editorViewTitle : text.editorEditTitle) : text.editorNewTitle;

  return (
    <>
      <div className="sona-modal__header sona-knowledge-editor__header">
        <Dialog.Title className="sona-modal__title">{title}</Dialog.Title>
        <Dialog.Close className="sona-icon-button sona-knowledge-editor__close" aria-label={text.close}>
          <CloseIcon />
        </Dialog.Close>
      </div>
      {load.status === 'ready' ? (
        <KnowledgeForm
          page={load.page}
          initial={initial}
          descriptionId={descriptionId}
          changesRef={changesRef}
          onSaved={onSaved}
          onDone={onDone}
          onCancel={onCancel}
        />
      ) : (
        <>
          <div className="sona-knowledge-editor__scroll sona-knowledge-editor__placeholder">
            {load.status === 'loading' ? (
              <p id={descriptionId} className="sona-knowledge-editor__loading" role="status">
                <SpinnerIcon />
                {text.loadingPage}
              </p>
            ) : (
              <div id={descriptionId} className="sona-knowledge-editor__failure" role="alert">
                <ErrorIcon />
                <span>
                  {isDesignerError(load.error, 'NOT_FOUND') ? text.pageNotFound : text.loadPageFailed}
                </span>
                {isDesignerError(load.error, 'NOT_FOUND') ? null : (
                  <button type="button" className="sona-button" onClick={retry}>
                    {text.retry}
                  </button>
                )}
              </div>
            )}
          </div>
          <div className="sona-knowledge-editor__footer">
            <span />
            <div className="sona-library-dialog__footer">
              <button type="button" className="sona-button" onClick={onCancel}>
                {text.close}
              </button>
            </div>
          </div>
        </>
      )}
    </>
  );
}
