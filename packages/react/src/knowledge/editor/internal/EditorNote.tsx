import { useStore } from 'zustand';
import { formatMessage } from '../../../i18n';
import { libraryPlurals, usageParams } from '../../../records';
import { useDesigner } from '../../../state';
import { NoteIcon } from '../../../ui';

/** Content edits are live, attachments wait for publish; and how many steps this page reaches now. */
export function EditorNote({
  pageId,
  descriptionId,
}: {
  /** The page edited; undefined for a new page. */
  pageId: string | undefined;
  /** The id of the note, which describes the dialog. */
  descriptionId: string;
}) {
  const { messages, locale, workspace } = useDesigner();
  const text = messages.library;
  const usage = useStore(workspace, (state) => (pageId ? state.knowledgeUsage[pageId] : undefined));
  return (
    <div className="sona-knowledge-editor__notice" data-tone="info">
      <span className="sona-knowledge-editor__info-icon">
        <NoteIcon />
      </span>
      <div>
        <p id={descriptionId} className="sona-knowledge-editor__notice-body">
          {text.editorLiveNote}
        </p>
        {pageId && usage ? (
          <p className="sona-knowledge-editor__usage">
            {usage.length > 0
              ? formatMessage(text.editorUsage, usageParams(usage, locale, libraryPlurals(text)))
              : text.editorNotUsed}
          </p>
        ) : null}
      </div>
    </div>
  );
}
