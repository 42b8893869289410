import type { GraphIssue } from '@sona-designer/core';
import { useId } from 'react';
import { useMessages } from '../../state';

/** The validation problems of the step, errors first, at the top of the panel. */
export function StepIssues({ issues }: { issues: GraphIssue[] }) {
  const text = useMessages().inspector;
  const headingId = useId();
  const sorted = [...issues].sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'));
  return (
    <section className="sona-issues" aria-labelledby={headingId}>
      <h3 id={headingId} className="sona-visually-hidden">
        {text.issuesHeading}
      </h3>
      <ul className="sona-issues__list">
        {sorted.map((issue) => (
          <li
            key={`${issue.code}:${issue.edgeId ?? ''}:${issue.message}`}
            className="sona-issue"
            data-severity={issue.severity}
          >
            <span className="sona-issue__severity">{text.severity[issue.severity]}</span>
            <span className="sona-issue__message">{issue.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
