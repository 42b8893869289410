import { detachJob, LIMITS } from '@sona-designer/core';
import { useEffect, useId, useRef } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { useFlow, useFlowStoreApi } from '../flow/FlowContext';
import { formatMessage, formatNumber, selectPlural } from '../i18n/messages';
import { useDesigner } from '../provider/DesignerContext';
import { AttachmentList } from './AttachmentList';

const NO_IDS: readonly string[] = [];

export interface SonaJobsSummaryProps {
  stepId: string;
}

/**
 * The jobs attached to a Sona step, in order, with the `n of 10` count and a Detach button each.
 * A placeholder the jobs UI replaces with its own section (reorder, Add job).
 */
export function SonaJobsSummary({ stepId }: SonaJobsSummaryProps) {
  const { messages, locale, workspace } = useDesigner();
  const text = messages.inspector;
  const store = useFlowStoreApi();
  const readOnly = useFlow((state) => state.readOnly);
  const jobIds = useFlow((state) => {
    const step = state.stepsById[stepId];
    return step?.kind === 'sona' ? step.jobIds : NO_IDS;
  });
  // A name, null for a job that no longer exists, undefined while loading.
  const names = useStore(
    workspace,
    useShallow((state) =>
      jobIds.map((id) => state.jobs[id]?.name ?? (state.missingJobs[id] ? null : undefined)),
    ),
  );
  useEffect(() => {
    void workspace.getState().ensureJobs(jobIds);
  }, [workspace, jobIds]);

  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const max = LIMITS.jobsPerSonaStep;
  const count = jobIds.length;
  const state = count > max ? 'over' : count === max ? 'full' : 'normal';
  const params = { count: formatNumber(locale, count), max: formatNumber(locale, max) };

  return (
    <section className="sona-inspector__section" aria-labelledby={headingId}>
      <div className="sona-inspector__section-head">
        <h3 id={headingId} ref={headingRef} className="sona-inspector__heading" tabIndex={-1}>
          {text.jobsHeading}
        </h3>
        <p className="sona-count" data-state={state}>
          <span aria-hidden="true">{formatMessage(text.jobsCount, params)}</span>
          <span className="sona-visually-hidden">
            {formatMessage(selectPlural(locale, text.jobsCountLabel, count), params)}
          </span>
        </p>
      </div>
      {state !== 'normal' ? (
        <p className="sona-inspector__note sona-inspector__note--warning">{text.jobsFull}</p>
      ) : null}
      <AttachmentList
        items={jobIds.map((id, index) => ({
          id,
          name: names[index] ?? (names[index] === null ? formatMessage(text.missingJob, { id }) : undefined),
          missing: names[index] === null,
        }))}
        empty={text.jobsEmpty}
        readOnly={readOnly}
        fallbackFocus={headingRef}
        onDetach={(id) =>
          store
            .getState()
            .change(messages.designer.historyLabels.detachJob, (graph) => detachJob(graph, stepId, id))
        }
      />
    </section>
  );
}
