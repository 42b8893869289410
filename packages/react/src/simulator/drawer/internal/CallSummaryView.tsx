import type { CallSummaryInput, JobAction, SimulatedSonaStep } from '@sona-designer/core';
import type { ReactNode, RefObject } from 'react';
import { useId } from 'react';
import { callerName } from '../../../calls';
import {
  callSummariesEn,
  formatMessage,
  formatNumber,
  isolate,
  provideEnglish,
  selectPlural,
} from '../../../i18n';
import { useDesigner } from '../../../state';
import { CheckIcon, ErrorIcon, SpinnerIcon } from '../../../ui';
import { describeAction } from './describeAction';
import type { RecordingState } from './useSummaryRecording';

// The call summary's English texts come with the drawer's code.
provideEnglish('callSummaries', callSummariesEn);

export interface CallSummaryViewProps {
  summary: CallSummaryInput;
  step: SimulatedSonaStep;
  actions: readonly JobAction[];
  versionLabel: string;
  recording: RecordingState & { retry(): void };
  headingRef: RefObject<HTMLHeadingElement | null>;
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="sona-call-summary__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The end of a simulated call: who called, what for, which job ran, what was collected, what fired, the outcome. */
export function CallSummaryView({
  summary,
  step,
  actions,
  versionLabel,
  recording,
  headingRef,
}: CallSummaryViewProps) {
  const { messages, locale } = useDesigner();
  const text = messages.simulator;
  const headingId = useId();
  const collected = Object.entries(summary.collected);
  const job = summary.jobId ? step.jobs.find((candidate) => candidate.id === summary.jobId) : undefined;

  return (
    <section className="sona-call-summary" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="sona-call-summary__title">
        {text.summaryTitle}
      </h3>
      <p className="sona-call-summary__intro">
        {formatMessage(text.summaryIntro, { version: versionLabel, step: isolate(step.title) })}
      </p>
      <dl className="sona-call-summary__list">
        <Item label={text.summaryCaller}>
          {callerName(summary.caller, messages.callSummaries.unknownCaller)}
        </Item>
        <Item label={text.summaryIntent}>{summary.intent}</Item>
        <Item label={text.summaryJob}>
          {summary.jobId ? (
            (job?.name ?? text.deletedJob)
          ) : (
            <span className="sona-trace__none">{text.noJob}</span>
          )}
        </Item>
        <Item label={text.summaryCollected}>
          {collected.length > 0 ? (
            <ul className="sona-call-summary__fields">
              {collected.map(([field, value]) => (
                <li key={field}>
                  <bdi className="sona-trace__field">{field}</bdi> <bdi>{value}</bdi>
                </li>
              ))}
            </ul>
          ) : (
            <span className="sona-trace__none">{text.nothingCollected}</span>
          )}
        </Item>
        <Item label={text.summaryActions}>
          {actions.length > 0 ? (
            <ul className="sona-call-summary__actions">
              {actions.map((action, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the same action may fire twice in a call.
                <li key={index}>{describeAction(text, action)}</li>
              ))}
            </ul>
          ) : (
            <span className="sona-trace__none">{text.noActions}</span>
          )}
        </Item>
        <Item label={text.summaryOutcome}>
          <span className="sona-call-summary__outcome" data-outcome={summary.outcome}>
            {messages.callSummaries.outcomes[summary.outcome]}
          </span>
        </Item>
        <Item label={text.summaryTurns}>
          {formatMessage(selectPlural(locale, text.turnCount, summary.turns), {
            count: formatNumber(locale, summary.turns),
          })}
        </Item>
      </dl>
      <div className="sona-call-summary__saving" role="status" data-status={recording.status}>
        {recording.status === 'saving' ? (
          <>
            <SpinnerIcon />
            {text.saving}
          </>
        ) : recording.status === 'saved' ? (
          <>
            <CheckIcon />
            {text.saved}
          </>
        ) : recording.status === 'read-only' ? (
          text.notSavedReadOnly
        ) : recording.status === 'error' ? (
          <>
            <ErrorIcon />
            <span>{formatMessage(text.saveFailed, { message: recording.message })}</span>
            <button type="button" className="sona-button" onClick={recording.retry}>
              {text.retrySave}
            </button>
          </>
        ) : null}
      </div>
    </section>
  );
}
