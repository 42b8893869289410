import type { GraphIssue } from '@sona-designer/core';
import { formatMessage } from '../../../i18n';
import { useMessages } from '../../../state';
import { issueText } from '../labels';

const SHOWN = 2;

/** A step's problems in words, on the node itself; the rest of a long list is left to screen readers and the badge. */
export function IssueList({ issues }: { issues: readonly GraphIssue[] }) {
  const messages = useMessages();
  const sorted = [...issues].sort(
    (a, b) => (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1),
  );
  return (
    <ul className="sona-step-node__issues" aria-label={messages.canvas.issueList}>
      {sorted.map((issue, index) => (
        <li
          // biome-ignore lint/suspicious/noArrayIndexKey: issues have no id, and one code may repeat.
          key={`${issue.code}-${index}`}
          data-severity={issue.severity}
          className={index < SHOWN ? undefined : 'sona-visually-hidden'}
          // Clamped on the card: the whole text stays in the tooltip.
          title={issueText(messages, issue)}
        >
          {issueText(messages, issue)}
        </li>
      ))}
      {issues.length > SHOWN && (
        <li aria-hidden="true" className="sona-step-node__issues-more">
          {formatMessage(messages.canvas.moreNames, { count: issues.length - SHOWN })}
        </li>
      )}
    </ul>
  );
}
