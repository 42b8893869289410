import type { CallSummary } from '@sona-designer/core';
import { type Ref, useId, useState } from 'react';
import type { CallSummariesMessages } from '../../i18n';
import { errorText, formatMessage, formatNumber, isolate, type Locale, selectPlural } from '../../i18n';
import { useMessages } from '../../state';
import { LazySaveSummaryAsTest } from '../../testCases/lazy';
import { OutcomeBadge, SourceBadge } from './Badges';
import { callerName } from './callerName';
import type { SummaryNames } from './useSummaryNames';

export interface SummaryDetailProps {
  summary: CallSummary | null;
  names: SummaryNames;
  formatDate(iso: string): string;
  onOpenJob: ((jobId: string) => void) | undefined;
  headingRef: Ref<HTMLHeadingElement>;
  locale: Locale;
  text: CallSummariesMessages;
  /** Offers Save as test (not to a read-only person, nor for a flow that no longer exists). */
  canSaveTest: boolean;
}

/** Everything recorded about one call: who, what for, which job, what was collected and fired, and the transcript. */
export function SummaryDetail({
  summary,
  names,
  formatDate,
  onOpenJob,
  headingRef,
  locale,
  text,
  canSaveTest,
}: SummaryDetailProps) {
  const id = useId();
  const [savingTest, setSavingTest] = useState(false);
  const [saved, setSaved] = useState<{ summaryId: string; text: string } | null>(null);
  const messages = useMessages();
  if (!summary) {
    return (
      <section className="sona-calls__detail" aria-label={text.detailLabel}>
        <p className="sona-calls__placeholder">{text.detailPlaceholder}</p>
      </section>
    );
  }
  const collected = Object.entries(summary.collected);
  const jobName = names.jobName(summary.jobId);

  return (
    <section className="sona-calls__detail" aria-labelledby={`${id}-heading`}>
      <header className="sona-calls__detail-head">
        <p className="sona-calls__eyebrow">{text.detailLabel}</p>
        <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="sona-calls__detail-title">
          {callerName(summary.caller, text.unknownCaller)}
        </h3>
        <p className="sona-calls__detail-badges">
          <OutcomeBadge outcome={summary.outcome} text={text} />
          <SourceBadge source={summary.source} text={text} />
          <span className="sona-calls__badge" data-tone="neutral">
            {summary.simulated ? text.simulated : text.realCall}
          </span>
        </p>
        {canSaveTest ? (
          <div className="sona-calls__detail-actions">
            <button type="button" className="sona-button" onClick={() => setSavingTest(true)}>
              {text.saveAsTest}
            </button>
            <p className="sona-calls__saved" role="status">
              {saved?.summaryId === summary.id ? saved.text : ''}
            </p>
            <LazySaveSummaryAsTest
              key={summary.id}
              summary={summary}
              open={savingTest}
              onOpenChange={setSavingTest}
              onSaved={(name) =>
                setSaved({
                  summaryId: summary.id,
                  text: formatMessage(text.testSaved, { name: isolate(name) }),
                })
              }
              onFailed={(error) =>
                setSaved({
                  summaryId: summary.id,
                  text: formatMessage(text.testFailed, { message: errorText(messages, error) }),
                })
              }
            />
          </div>
        ) : null}
      </header>
      <dl className="sona-calls__facts">
        <div>
          <dt>{text.intentLabel}</dt>
          <dd>{summary.intent}</dd>
        </div>
        <div>
          <dt>{text.flowLabel}</dt>
          <dd>{names.flowName(summary.callFlowId)}</dd>
        </div>
        <div>
          <dt>{text.stepLabel}</dt>
          <dd>{names.stepTitle(summary.callFlowId, summary.stepId)}</dd>
        </div>
        <div>
          <dt>{text.jobLabel}</dt>
          <dd className="sona-calls__job">
            <span>{jobName}</span>
            {onOpenJob && summary.jobId && names.jobExists(summary.jobId) ? (
              <button
                type="button"
                className="sona-button sona-calls__open-job"
                onClick={() => summary.jobId && onOpenJob(summary.jobId)}
              >
                {formatMessage(text.openJob, { name: isolate(jobName) })}
              </button>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{text.dateLabel}</dt>
          <dd>
            <time dateTime={summary.createdAt}>{formatDate(summary.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{text.lengthLabel}</dt>
          <dd>
            {formatMessage(selectPlural(locale, text.turns, summary.turns), {
              count: formatNumber(locale, summary.turns),
            })}
          </dd>
        </div>
      </dl>

      <h4 className="sona-calls__subheading">{text.collectedHeading}</h4>
      {collected.length === 0 ? (
        <p className="sona-calls__none">{text.nothingCollected}</p>
      ) : (
        <dl className="sona-calls__collected">
          {collected.map(([field, value]) => (
            <div key={field}>
              <dt>{field}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}

      <h4 className="sona-calls__subheading">{text.actionsHeading}</h4>
      {summary.actions.length === 0 ? (
        <p className="sona-calls__none">{text.noActions}</p>
      ) : (
        <ul className="sona-calls__actions">
          {summary.actions.map((action, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a recorded call never changes; actions may repeat.
            <li key={index} data-type={action.type}>
              <span className="sona-calls__action-type">
                {action.type === 'sms' ? text.actionSms : text.actionTransfer}
              </span>
              <span>{action.detail}</span>
            </li>
          ))}
        </ul>
      )}

      <h4 id={`${id}-transcript`} className="sona-calls__subheading">
        {text.transcriptHeading}
      </h4>
      {summary.transcript.length === 0 ? (
        <p className="sona-calls__none">{text.emptyTranscript}</p>
      ) : (
        <ol className="sona-calls__transcript" aria-labelledby={`${id}-transcript`}>
          {summary.transcript.map((turn, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a recorded transcript never changes.
            <li key={index} className="sona-calls__turn" data-speaker={turn.speaker}>
              <span className="sona-calls__speaker">
                {turn.speaker === 'caller' ? text.speakerCaller : text.speakerSona}
              </span>
              <span className="sona-calls__said">{turn.text}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
