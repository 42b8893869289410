import { useStore } from 'zustand';
import { formatMessage } from '../../../i18n';
import { usageParams } from '../../../jobs';
import { useDesigner } from '../../../state';
import { LibraryInfoIcon as InfoIcon } from '../../../ui';

/** Content edits are live, attachments wait for publish; and how many steps this page reaches now. */
export function EditorNote({ pageId, descriptionId }: { pageId: string | undefined; descriptionId: string }) {
  const { messages, locale, workspace } = useDesigner();
  const text = messages.library;
  const usage = useStore(workspace, (state) => (pageId ? state.knowledgeUsage[pageId] : undefined));
  return (
    <div className="sona-knowledge-editor__notice" data-tone="info">
      <span className="sona-knowledge-editor__info-icon">
        <InfoIcon />
      </span>
      <div>
        <p id={descriptionId} className="sona-knowledge-editor__notice-body">
          {text.editorLiveNote}
        </p>
        {pageId && usage ? (
          <p className="sona-knowledge-editor__usage">
            {usage.length > 0
              ? formatMessage(text.editorUsage, usageParams(usage, locale, text))
              : text.editorNotUsed}
          </p>
        ) : null}
      </div>
    </div>
  );
}
