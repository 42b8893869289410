import * as Dialog from '@radix-ui/react-dialog';
import { isDesignerError, type KnowledgeInput, type KnowledgePage } from '@sona-designer/core';
import { type RefObject, useId, useRef, useState } from 'react';
import { ErrorIcon, SpinnerIcon } from '../icons/icons';
import { CloseIcon } from '../JobLibrary/internal/icons';
import { useDesigner, useMessages } from '../provider/DesignerContext';
import { useFocusReturn } from '../provider/useFocusReturn';
import { usePortalContainer } from '../provider/usePortalContainer';
import { DiscardConfirm } from '../shared/internal/DiscardConfirm';
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
  const [portalRef, container] = usePortalContainer();
  const messages = useMessages();
  const [confirming, setConfirming] = useState(false);
  const changesRef = useRef<() => boolean>(() => false);
  const descriptionId = useId();
  const contentRef = useRef<HTMLDivElement>(null);
  const focusReturn = useFocusReturn();

  const requestClose = () => {
    if (changesRef.current()) setConfirming(true);
    else onOpenChange(false);
  };

  return (
    <>
      <span hidden ref={portalRef} />
      {/* Mounted once the themed root is known, so the dialog never renders outside it first. */}
      {container ? (
        <Dialog.Root open={open} onOpenChange={(next) => (next ? onOpenChange(true) : requestClose())}>
          <Dialog.Portal container={container}>
            <Dialog.Overlay className="sona-modal-overlay" />
            <Dialog.Content
              ref={contentRef}
              className="sona-modal sona-knowledge-editor"
              aria-describedby={descriptionId}
              onOpenAutoFocus={(event) => {
                focusReturn.remember();
                // The form focuses its first field once the page is loaded; until then, the dialog itself.
                event.preventDefault();
                contentRef.current?.focus();
              }}
              onCloseAutoFocus={focusReturn.onCloseAutoFocus}
            >
              <EditorBody
                key={pageId ?? 'new'}
                pageId={pageId}
                initial={initial}
                descriptionId={descriptionId}
                changesRef={changesRef}
                onSaved={onSaved}
                onDone={() => {
                  changesRef.current = () => false;
                  onOpenChange(false);
                }}
                onCancel={requestClose}
              />
              <DiscardConfirm
                open={confirming}
                container={container}
                messages={messages.library}
                onKeep={() => setConfirming(false)}
                onDiscard={() => {
                  setConfirming(false);
                  changesRef.current = () => false;
                  onOpenChange(false);
                }}
              />
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      ) : null}
    </>
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
