import { diffGraphs, type FlowGraph, type Revision } from '@sona-designer/core';
import { useId, useMemo } from 'react';
import { formatMessage, selectPlural } from '../../../i18n';
import { useDesigner } from '../../../state';
import { countDescribed, describeChanges } from '../../pendingChanges/describeChanges';
import { ChangeList } from '../../pendingChanges/internal/ChangeList';
import type { ChangeNames } from '../../pendingChanges/useChangeNames';

export interface RevisionItemProps {
  revision: Revision;
  /** The revision published before this one, to summarise what this one changed. */
  previous: Revision | undefined;
  live: boolean;
  draft: FlowGraph;
  names: ChangeNames;
  dateFormat: Intl.DateTimeFormat;
  canRestore: boolean;
  onRestore(revision: number): void;
}

/** One published revision: when, how many steps, what it changed since the one before, and Restore to draft. */
export function RevisionItem({
  revision,
  previous,
  live,
  draft,
  names,
  dateFormat,
  canRestore,
  onRestore,
}: RevisionItemProps) {
  const { messages, locale } = useDesigner();
  const text = messages.publish;
  const headingId = useId();
  const buttonId = useId();
  const groups = useMemo(
    () =>
      previous
        ? describeChanges(
            diffGraphs(previous.graph, revision.graph, names.names),
            previous.graph,
            revision.graph,
            { locale, messages, jobName: names.jobName, knowledgeName: names.knowledgeName },
            'publish',
          )
        : [],
    [previous, revision, names, locale, messages],
  );
  const sameAsDraft = useMemo(() => diffGraphs(draft, revision.graph).length === 0, [draft, revision]);
  const changeCount = countDescribed(groups);
  const steps = revision.graph.steps.length;
  const summary = previous
    ? changeCount === 0
      ? formatMessage(text.revisionSameAsPrevious, { previous: previous.revision })
      : formatMessage(selectPlural(locale, text.revisionChanges, changeCount), {
          count: changeCount,
          previous: previous.revision,
        })
    : text.revisionFirst;

  return (
    <li className="sona-revision" data-live={live || undefined}>
      <div className="sona-revision__header">
        <h3 className="sona-revision__title" id={headingId}>
          {formatMessage(text.revisionTitle, { revision: revision.revision })}
        </h3>
        {live ? <span className="sona-revision__badge">{text.revisionLive}</span> : null}
        {sameAsDraft ? (
          <span className="sona-revision__badge sona-revision__badge--muted">
            {text.revisionMatchesDraft}
          </span>
        ) : null}
        <button
          type="button"
          id={buttonId}
          className="sona-button sona-revision__restore"
          aria-labelledby={`${buttonId} ${headingId}`}
          disabled={!canRestore || sameAsDraft}
          onClick={() => onRestore(revision.revision)}
        >
          {text.restore}
        </button>
      </div>
      <p className="sona-revision__meta">
        <time dateTime={revision.publishedAt}>{dateFormat.format(new Date(revision.publishedAt))}</time>
        <span aria-hidden="true"> · </span>
        <span>{formatMessage(selectPlural(locale, text.revisionSteps, steps), { count: steps })}</span>
      </p>
      {changeCount > 0 ? (
        <details className="sona-revision__changes">
          <summary>{summary}</summary>
          <ChangeList groups={groups} headingLevel={4} />
        </details>
      ) : (
        <p className="sona-revision__summary">{summary}</p>
      )}
    </li>
  );
}
