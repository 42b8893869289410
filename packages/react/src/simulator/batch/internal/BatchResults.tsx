import type { Job } from '@sona-designer/core';
import { useId } from 'react';
import { formatMessage, formatNumber, type Locale, selectPlural } from '../../../i18n';
import { useDesigner } from '../../../state';
import type { BatchOutcome } from '../batchRun';

export interface BatchResultsProps {
  outcome: BatchOutcome;
  /** The sentences were edited since the run. */
  stale: boolean;
  jobsById: Record<string, Job>;
}

function percent(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** The result table of a batch, then the attached jobs that no sentence triggered. */
export function BatchResults({ outcome, stale, jobsById }: BatchResultsProps) {
  const { messages, locale } = useDesigner();
  const text = messages.batchCoverage;
  const total = outcome.rows.length;
  const untriggered = outcome.untriggeredJobIds;
  const coverageId = useId();

  return (
    <section className="sona-batch__results" aria-label={text.resultsLabel}>
      <p className="sona-batch__summary" role="status">
        {formatMessage(selectPlural(locale, text.summary, outcome.triggered), {
          triggered: formatNumber(locale, outcome.triggered),
          total: formatNumber(locale, total),
        })}
      </p>
      {stale ? <p className="sona-batch__stale">{text.stale}</p> : null}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="sona-batch__table-wrap" aria-label={text.tableLabel} tabIndex={0}>
        <table className="sona-batch__table">
          <caption className="sona-visually-hidden">{text.tableLabel}</caption>
          <thead>
            <tr>
              <th scope="col" className="sona-batch__sentence">
                {text.columnSentence}
              </th>
              <th scope="col">{text.columnJob}</th>
            </tr>
          </thead>
          <tbody>
            {outcome.rows.map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same sentence may appear twice; rows never move.
              <tr key={index} data-verdict={row.jobId ? 'job' : 'none'}>
                <td className="sona-batch__sentence">{row.sentence}</td>
                <td className="sona-batch__job">
                  {row.jobId ? (
                    <>
                      <span className="sona-batch__job-name">
                        {jobsById[row.jobId]?.name ?? text.deletedJob}
                      </span>
                      <span className="sona-batch__confidence">
                        {formatMessage(text.confidence, { percent: percent(locale, row.confidence) })}
                      </span>
                    </>
                  ) : (
                    <span className="sona-batch__job-name">{text.noJob}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div className="sona-batch__coverage">
        <h4 id={coverageId} className="sona-batch__coverage-heading">
          {text.uncoveredHeading}
        </h4>
        {untriggered.length === 0 ? (
          <p className="sona-batch__all-covered">{text.allCovered}</p>
        ) : (
          <ul className="sona-batch__uncovered" aria-labelledby={coverageId}>
            {untriggered.map((jobId) => (
              <li key={jobId}>{jobsById[jobId]?.name ?? text.deletedJob}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
