import type { GraphIssue } from '@sona-designer/core';
import { formatMessage, selectPlural } from '../../../i18n';
import { useDesigner } from '../../../state';
import { issueText } from '../labels';

/** The count of a step's problems in the error or warning colour; hovering lists them. */
export function IssueBadge({ issues }: { issues: readonly GraphIssue[] }) {
  const { locale, messages } = useDesigner();
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  const words = [
    errors > 0 ? formatMessage(selectPlural(locale, messages.canvas.errors, errors), { count: errors }) : '',
    warnings > 0
      ? formatMessage(selectPlural(locale, messages.canvas.warnings, warnings), { count: warnings })
      : '',
  ].filter(Boolean);
  return (
    <span
      className="sona-issue-badge"
      data-severity={errors > 0 ? 'error' : 'warning'}
      title={issues.map((issue) => issueText(messages, issue)).join('\n')}
    >
      <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
        {errors > 0 ? (
          <path
            fill="currentColor"
            d="M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm-.9 3.5.2 5h1.4l.2-5Zm.9 6.3a1 1 0 1 0 0 2 1 1 0 0 0 0-2Z"
          />
        ) : (
          <path
            fill="currentColor"
            d="M8 1.5 15 14H1Zm-.8 4 .2 4.5h1.2l.2-4.5Zm.8 5.6a.9.9 0 1 0 0 1.8.9.9 0 0 0 0-1.8Z"
          />
        )}
      </svg>
      <span aria-hidden="true">{issues.length}</span>
      <span className="sona-visually-hidden">{words.join(', ')}</span>
    </span>
  );
}
