import type { Job } from '@sona-designer/core';
import type { RouteResult } from '@sona-designer/core/routing';
import { formatMessage, type Locale } from '../../../i18n';
import { useDesigner } from '../../../state';
import { SpinnerIcon } from '../../../ui';

/** "Should fire": adds the sentence to a job that would not fire it. */
function TeachButton({
  job,
  pending,
  disabled,
  onTeach,
}: {
  job: Job;
  pending: boolean;
  disabled: boolean;
  onTeach(job: Job): void;
}) {
  const text = useDesigner().messages.teach;
  return (
    <button
      type="button"
      className="sona-button sona-button--small sona-sandbox__teach"
      aria-label={formatMessage(text.teachLabel, { job: job.name })}
      disabled={disabled}
      onClick={() => onTeach(job)}
    >
      {pending ? <SpinnerIcon /> : null}
      {pending ? text.teaching : text.teach}
    </button>
  );
}

export interface RoutingResultsProps {
  /** The router's answer, or null while the sentence is empty. */
  result: RouteResult | null;
  jobsById: Record<string, Job>;
  /** Teaching a job that would not fire the sentence; absent read only. */
  teach?: {
    /** The job being saved, if any: every teach button waits meanwhile. */
    pendingJobId: string | null;
    onTeach(job: Job): void;
  };
}

function percent(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/**
 * The ranked jobs in a polite live region. Raw scores have no fixed scale, so each bar is the job's score relative
 * to the best one, scaled by the router's confidence: the winner's bar is its confidence, the others in proportion.
 */
export function RoutingResults({ result, jobsById, teach }: RoutingResultsProps) {
  const { messages, locale } = useDesigner();
  const text = messages.sandbox;
  const top = result?.ranked[0]?.score ?? 0;
  const winner = result?.jobId ? jobsById[result.jobId] : undefined;

  return (
    <section className="sona-sandbox__results" aria-label={text.resultsLabel} aria-live="polite">
      {result === null ? (
        <p className="sona-sandbox__prompt">{text.prompt}</p>
      ) : (
        <>
          {result.jobId ? (
            <p className="sona-sandbox__verdict" data-verdict="fire">
              <strong>{text.wouldFire}</strong>
              <span className="sona-sandbox__verdict-name">{winner?.name ?? text.deletedJob}</span>
              <span className="sona-sandbox__verdict-confidence">
                {formatMessage(text.confidence, { percent: percent(locale, result.confidence) })}
              </span>
            </p>
          ) : (
            <p className="sona-sandbox__verdict" data-verdict="none">
              {text.noMatch}
            </p>
          )}
          <ol className="sona-sandbox__ranked">
            {result.ranked.map((ranked) => {
              const share = top > 0 ? (result.confidence * ranked.score) / top : 0;
              const fires = ranked.jobId === result.jobId;
              return (
                <li key={ranked.jobId} className="sona-sandbox__job" data-winner={fires || undefined}>
                  <div className="sona-sandbox__job-head">
                    <span className="sona-sandbox__job-name">
                      {jobsById[ranked.jobId]?.name ?? text.deletedJob}
                    </span>
                    {fires ? <span className="sona-sandbox__badge">{text.wouldFire}</span> : null}
                    <span className="sona-sandbox__score">
                      {formatMessage(text.scoreLabel, { percent: percent(locale, share) })}
                    </span>
                  </div>
                  <div className="sona-sandbox__bar" aria-hidden="true">
                    <div
                      className="sona-sandbox__bar-fill"
                      style={{ width: `${Math.round(share * 100)}%` }}
                    />
                  </div>
                  {teach && !fires && jobsById[ranked.jobId] ? (
                    <TeachButton
                      job={jobsById[ranked.jobId] as Job}
                      pending={teach.pendingJobId === ranked.jobId}
                      disabled={teach.pendingJobId !== null}
                      onTeach={teach.onTeach}
                    />
                  ) : null}
                  {ranked.matched.length > 0 ? (
                    <ul className="sona-sandbox__chips" aria-label={text.matchedLabel}>
                      {ranked.matched.map((word) => (
                        <li key={word} className="sona-sandbox__chip">
                          {word}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="sona-sandbox__no-words">{text.noMatchedWords}</p>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
