import { detachKnowledge } from '@sona-designer/core';
import { useEffect } from 'react';
import { formatMessage, formatNumber, jobPickerEn, provideEnglish, selectPlural } from '../../i18n';
import {
  AttachedSection,
  useAttachedFocus,
  useAttachedKnowledgeIds,
  useCanEditAttachments,
} from '../../records';
import { useDesigner, useFlowStoreApi } from '../../state';
import { LazyKnowledgePicker } from '../picker/lazy';
import { AttachedPageItem } from './internal/AttachedPageItem';

// The pickers' English texts come with their code, not with the package's first download.
provideEnglish('jobPicker', jobPickerEn);

/** Props of `KnowledgeSection`. */
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
  const focus = useAttachedFocus();

  useEffect(() => {
    void workspace.getState().ensureKnowledge(pageIds);
  }, [workspace, pageIds]);

  const count = pageIds.length;

  function detach(pageId: string, index: number) {
    store.getState().change(labels.detachKnowledge, (graph) => detachKnowledge(graph, stepId, pageId));
    focus.focusDetachAt(index);
  }

  return (
    <AttachedSection
      focus={focus}
      heading={text.knowledgeHeading}
      count={formatMessage(selectPlural(locale, text.knowledgeCount, count), {
        count: formatNumber(locale, count),
      })}
      itemCount={count}
      hint={text.knowledgeHint}
      empty={text.knowledgeEmpty}
      editable={editable}
      addLabel={text.addKnowledge}
      renderPicker={(open, onOpenChange) => (
        <LazyKnowledgePicker open={open} onOpenChange={onOpenChange} stepId={stepId} />
      )}
    >
      {pageIds.map((pageId, index) => (
        <AttachedPageItem
          key={pageId}
          pageId={pageId}
          editable={editable}
          onDetach={() => detach(pageId, index)}
        />
      ))}
    </AttachedSection>
  );
}
