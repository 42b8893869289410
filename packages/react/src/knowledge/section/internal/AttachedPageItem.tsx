import { useId } from 'react';
import { useStore } from 'zustand';
import { formatMessage, isolate } from '../../../i18n';
import { useDesigner } from '../../../state';
import { JobsIcon } from '../../../ui';

/** One attached knowledge page: its title (or "Deleted page") and Detach. */
export function AttachedPageItem({
  pageId,
  editable,
  onDetach,
}: {
  pageId: string;
  editable: boolean;
  onDetach(): void;
}) {
  const { messages, workspace } = useDesigner();
  const text = messages.jobPicker;
  const page = useStore(workspace, (state) => state.knowledge[pageId]);
  const missing = useStore(workspace, (state) => state.missingKnowledge[pageId] === true);
  const hintId = useId();
  const title = page?.title ?? (missing ? text.deletedPage : text.loadingItem);
  return (
    <li className="sona-attached__item" data-missing={missing || undefined}>
      <span className="sona-attached__icon" aria-hidden="true">
        <JobsIcon name="page" size={14} />
      </span>
      <span className="sona-attached__text">
        <span className="sona-attached__name">{title}</span>
        {missing ? (
          <span id={hintId} className="sona-attached__detail">
            {text.deletedPageHint}
          </span>
        ) : null}
      </span>
      {editable ? (
        <span className="sona-attached__actions">
          <button
            type="button"
            className="sona-icon-button sona-attached__action sona-attached__detach"
            data-action="detach"
            aria-label={formatMessage(text.detachNamed, { name: title })}
            aria-describedby={missing ? hintId : undefined}
            title={formatMessage(text.detachNamed, { name: isolate(title) })}
            onClick={onDetach}
          >
            <JobsIcon name="close" size={14} />
          </button>
        </span>
      ) : null}
    </li>
  );
}
