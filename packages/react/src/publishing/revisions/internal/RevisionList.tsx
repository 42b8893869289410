import { useMemo } from 'react';
import { useDesigner, useFlow } from '../../../state';
import { useChangeNames } from '../../pendingChanges/useChangeNames';
import { RevisionItem } from './RevisionItem';

export interface RevisionListProps {
  onRestore(revision: number): void;
}

/** The flow's published revisions, newest first, or the empty state. */
export function RevisionList({ onRestore }: RevisionListProps) {
  const { messages, locale } = useDesigner();
  const revisions = useFlow((state) => state.flow?.revisions);
  const liveRevision = useFlow((state) => state.flow?.published?.revision ?? null);
  const draft = useFlow((state) => state.draft);
  const canRestore = useFlow((state) => !state.readOnly && state.loadState === 'ready');
  const graphs = useMemo(() => (revisions ?? []).map((revision) => revision.graph), [revisions]);
  const names = useChangeNames(graphs);
  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    [locale],
  );
  if (!revisions || revisions.length === 0)
    return <p className="sona-revision-history__empty">{messages.publish.historyEmpty}</p>;
  const newestFirst = revisions
    .map((revision, index) => ({ revision, previous: revisions[index - 1] }))
    .reverse();
  return (
    <ol className="sona-revision-history__list">
      {newestFirst.map(({ revision, previous }) => (
        <RevisionItem
          key={revision.revision}
          revision={revision}
          previous={previous}
          live={revision.revision === liveRevision}
          draft={draft}
          names={names}
          dateFormat={dateFormat}
          canRestore={canRestore}
          onRestore={onRestore}
        />
      ))}
    </ol>
  );
}
