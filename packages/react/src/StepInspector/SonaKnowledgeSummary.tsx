import { detachKnowledge } from '@sona-designer/core';
import { useEffect, useId, useRef } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { useFlow, useFlowStoreApi } from '../flow/FlowContext';
import { formatMessage, formatNumber, selectPlural } from '../i18n/messages';
import { useDesigner } from '../provider/DesignerContext';
import { AttachmentList } from './AttachmentList';

const NO_IDS: readonly string[] = [];

export interface SonaKnowledgeSummaryProps {
  stepId: string;
}

/** The knowledge pages attached to a Sona step, with a Detach button each. The jobs UI replaces it later. */
export function SonaKnowledgeSummary({ stepId }: SonaKnowledgeSummaryProps) {
  const { messages, locale, workspace } = useDesigner();
  const text = messages.inspector;
  const store = useFlowStoreApi();
  const readOnly = useFlow((state) => state.readOnly);
  const knowledgeIds = useFlow((state) => {
    const step = state.stepsById[stepId];
    return step?.kind === 'sona' ? step.knowledgeIds : NO_IDS;
  });
  const titles = useStore(
    workspace,
    useShallow((state) =>
      knowledgeIds.map((id) => state.knowledge[id]?.title ?? (state.missingKnowledge[id] ? null : undefined)),
    ),
  );
  useEffect(() => {
    void workspace.getState().ensureKnowledge(knowledgeIds);
  }, [workspace, knowledgeIds]);

  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const count = knowledgeIds.length;

  return (
    <section className="sona-inspector__section" aria-labelledby={headingId}>
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
      <AttachmentList
        items={knowledgeIds.map((id, index) => ({
          id,
          name:
            titles[index] ??
            (titles[index] === null ? formatMessage(text.missingKnowledge, { id }) : undefined),
          missing: titles[index] === null,
        }))}
        empty={text.knowledgeEmpty}
        readOnly={readOnly}
        fallbackFocus={headingRef}
        onDetach={(id) =>
          store
            .getState()
            .change(messages.designer.historyLabels.detachKnowledge, (graph) =>
              detachKnowledge(graph, stepId, id),
            )
        }
      />
    </section>
  );
}
