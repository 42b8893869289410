import { detachKnowledge } from '@sona-designer/core';
import { useEffect, useId, useRef, useState } from 'react';
import { formatMessage, formatNumber, selectPlural } from '../../i18n';
import { useAttachedKnowledgeIds, useCanEditAttachments } from '../../jobs';
import { useDesigner, useFlowStoreApi } from '../../state';
import { JobsIcon } from '../../ui';
import { LazyKnowledgePicker } from '../picker/lazy';
import { AttachedPageItem } from './internal/AttachedPageItem';

export interface KnowledgeSectionProps {
  /** A Sona step of the flow being designed. */
  stepId: string;
}

/**
 * The Knowledge section of a Sona step's settings: the attached pages with Detach, and Add knowledge (the
 * `KnowledgePicker`). Page edits are live; attachments wait for publishing, and the section says so. Needs the flow store.
 */
export function KnowledgeSection({ stepId }: KnowledgeSectionProps) {
  const { messages, locale, workspace } = useDesigner();
  const text = messages.jobPicker;
  const labels = messages.designer.historyLabels;
  const store = useFlowStoreApi();
  const pageIds = useAttachedKnowledgeIds(stepId);
  const editable = useCanEditAttachments(stepId);
  const [pickerOpen, setPickerOpen] = useState(false);
  const headingId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void workspace.getState().ensureKnowledge(pageIds);
  }, [workspace, pageIds]);

  const count = pageIds.length;

  function detach(pageId: string, index: number) {
    store.getState().change(labels.detachKnowledge, (graph) => detachKnowledge(graph, stepId, pageId));
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('[data-action="detach"]') ?? [];
      (buttons[Math.min(index, buttons.length - 1)] ?? addRef.current ?? headingRef.current)?.focus();
    });
  }

  return (
    <section className="sona-inspector__section sona-attached" aria-labelledby={headingId}>
      <div className="sona-inspector__section-head">
        <h3 id={headingId} ref={headingRef} className="sona-inspector__heading" tabIndex={-1}>
          {text.knowledgeHeading}
        </h3>
        <p className="sona-count">
          {formatMessage(selectPlural(locale, text.knowledgeCount, count), {
            count: formatNumber(locale, count),
          })}
        </p>
      </div>
      {count > 0 ? <p className="sona-attached__hint">{text.knowledgeHint}</p> : null}
      {count === 0 ? (
        <p className="sona-attached__empty">{text.knowledgeEmpty}</p>
      ) : (
        <ol ref={listRef} className="sona-attached__list">
          {pageIds.map((pageId, index) => (
            <AttachedPageItem
              key={pageId}
              pageId={pageId}
              editable={editable}
              onDetach={() => detach(pageId, index)}
            />
          ))}
        </ol>
      )}
      {editable ? (
        <button
          ref={addRef}
          type="button"
          className="sona-button sona-attached__add"
          onClick={() => setPickerOpen(true)}
        >
          <JobsIcon name="add" />
          {text.addKnowledge}
        </button>
      ) : null}
      {editable ? (
        <LazyKnowledgePicker open={pickerOpen} onOpenChange={setPickerOpen} stepId={stepId} />
      ) : null}
    </section>
  );
}
