import type { Job } from '@sona-designer/core';
import { formatMessage, formatNumber, type Locale, selectPlural } from '@sona-designer/react';
import type { DemoMessages } from './i18n';

interface JobLibraryProps {
  jobs: Job[];
  total: number;
  locale: Locale;
  text: DemoMessages;
}

export function JobLibrary({ jobs, total, locale, text }: JobLibraryProps) {
  return (
    <section className="demo-panel demo-panel--wide" aria-labelledby="job-library-heading">
      <header className="demo-panel__header">
        <h2 id="job-library-heading">{text.jobLibrary}</h2>
        <p className="demo-panel__count">
          {formatMessage(selectPlural(locale, text.jobCount, total), { count: formatNumber(locale, total) })}
        </p>
      </header>
      <p className="demo-panel__hint">
        {text.jobLibraryHint}{' '}
        <a className="demo-link" href="#/jobs">
          {text.manageJobs}
        </a>
      </p>
      <ul className="demo-jobs" aria-labelledby="job-library-heading">
        {jobs.map((job) => (
          <li key={job.id} className="demo-job">
            <span className="demo-job__name" title={job.name}>
              {job.name}
            </span>
            {job.description && (
              <span className="demo-job__description" title={job.description}>
                {job.description}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
