import { pendingChanges } from '@sona-designer/core';
import { useMemo } from 'react';
import { useDesigner, useFlow } from '../../state';
import { withClassName } from '../../ui';
import { describeChanges } from './describeChanges';
import { ChangeList } from './internal/ChangeList';
import { useChangeNames } from './useChangeNames';

/** Props of `PendingChanges`. */
export interface PendingChangesProps {
  /** Heading level of the step titles in the list (`h3` by default), to fit the outline of your page. */
  headingLevel?: 3 | 4 | 5;
  /** Added to the list's root element. */
  className?: string;
}

/**
 * What publishing will change, in words, grouped by step: the difference between the local draft and what real
 * calls use now. Job and knowledge content edits are live already, so the view says they are not part of it.
 */
export function PendingChanges({ headingLevel = 3, className }: PendingChangesProps) {
  const { messages, locale } = useDesigner();
  const text = messages.publish;
  const draft = useFlow((state) => state.draft);
  const published = useFlow((state) => state.flow?.published ?? null);
  const graphs = useMemo(() => [draft, published?.graph], [draft, published]);
  const { names, jobName, knowledgeName } = useChangeNames(graphs);

  const groups = useMemo(() => {
    const changes = pendingChanges({ draft, published }, names);
    const before = published?.graph ?? { steps: [], edges: [] };
    return describeChanges(changes, before, draft, { locale, messages, jobName, knowledgeName }, 'publish');
  }, [draft, published, names, locale, messages, jobName, knowledgeName]);

  return (
    <div className={withClassName('sona-pending-changes', className)}>
      {groups.length === 0 ? (
        <p className="sona-pending-changes__empty">{text.noChanges}</p>
      ) : (
        <>
          <p className="sona-pending-changes__intro">{text.changesIntro}</p>
          <ChangeList groups={groups} headingLevel={headingLevel} />
        </>
      )}
      <p className="sona-pending-changes__live-note">
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M10 9v5M10 6.2v.1" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <span>{text.liveNote}</span>
      </p>
    </div>
  );
}
