import { LIMITS, type SonaStep } from '@sona-designer/core';
import { formatMessage, formatNumber, selectPlural } from '../../../i18n';
import { useDesigner } from '../../../state';
import { JobChip } from './JobChip';

const SHOWN_JOBS = 6;

export function SonaSummary({ step }: { step: SonaStep }) {
  const { locale, messages } = useDesigner();
  const text = messages.canvas;
  const count = step.jobIds.length;
  const max = LIMITS.jobsPerSonaStep;
  const params = { count: formatNumber(locale, count), max: formatNumber(locale, max) };
  const shown = step.jobIds.slice(0, SHOWN_JOBS);
  const more = count - shown.length;
  const knowledge = step.knowledgeIds.length;
  return (
    <div className="sona-step-node__section">
      {step.greeting ? (
        <p className="sona-step-node__quote" data-lines="2" title={step.greeting}>
          {step.greeting}
        </p>
      ) : (
        <p className="sona-step-node__empty">{text.noGreeting}</p>
      )}
      <div className="sona-step-node__jobs-head">
        <span className="sona-step-node__label">{text.jobs}</span>
        <span className="sona-jobs-count" data-state={count >= max ? 'full' : count > 0 ? 'some' : 'none'}>
          <span aria-hidden="true">{formatMessage(text.jobsCount, params)}</span>
          <span className="sona-visually-hidden">
            {formatMessage(selectPlural(locale, text.jobsCountSpoken, count), params)}
          </span>
          {count >= max && <span className="sona-jobs-count__full">{text.jobsFull}</span>}
        </span>
      </div>
      {count === 0 ? (
        <p className="sona-step-node__empty">{text.noJobs}</p>
      ) : (
        <ul className="sona-step-node__chips">
          {shown.map((jobId, index) => (
            // A job may be attached twice (an error the node shows), so the index keeps keys unique.
            // biome-ignore lint/suspicious/noArrayIndexKey: ids can repeat in an invalid draft.
            <JobChip key={`${jobId}-${index}`} jobId={jobId} />
          ))}
          {more > 0 && (
            <li className="sona-job-chip" data-state="more">
              {formatMessage(text.moreJobs, { count: more })}
            </li>
          )}
        </ul>
      )}
      <p className="sona-step-node__meta">
        {formatMessage(selectPlural(locale, text.knowledgeCount, knowledge), {
          count: formatNumber(locale, knowledge),
        })}
        {!step.conversationHistory && ` · ${text.conversationHistoryOff}`}
      </p>
    </div>
  );
}
