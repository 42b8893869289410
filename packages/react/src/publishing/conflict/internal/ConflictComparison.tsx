import { type CallFlow, diffGraphs } from '@sona-designer/core';
import { useId, useMemo } from 'react';
import { useDesigner, useFlow } from '../../../state';
import { describeChanges } from '../../pendingChanges/describeChanges';
import { ChangeList } from '../../pendingChanges/internal/ChangeList';
import { useChangeNames } from '../../pendingChanges/useChangeNames';

export interface ConflictComparisonProps {
  theirs: CallFlow;
  /** Lines shown before "…and N more differences". */
  limit?: number;
}

/** How their saved draft differs from the local one, step by step, with both values of simple settings. */
export function ConflictComparison({ theirs, limit = 8 }: ConflictComparisonProps) {
  const { messages, locale } = useDesigner();
  const yours = useFlow((state) => state.draft);
  const graphs = useMemo(() => [theirs.draft, yours], [theirs, yours]);
  const { names, jobName, knowledgeName } = useChangeNames(graphs);
  const headingId = useId();
  const groups = useMemo(
    () =>
      describeChanges(
        diffGraphs(theirs.draft, yours, names),
        theirs.draft,
        yours,
        { locale, messages, jobName, knowledgeName },
        'conflict',
      ),
    [theirs, yours, names, locale, messages, jobName, knowledgeName],
  );

  return (
    <section className="sona-conflict-comparison" aria-labelledby={headingId}>
      <h3 id={headingId} className="sona-conflict-comparison__heading">
        {messages.designer.conflictDiffHeading}
      </h3>
      {groups.length === 0 ? (
        <p className="sona-conflict-comparison__same">{messages.designer.conflictNoDifference}</p>
      ) : (
        <ChangeList groups={groups} headingLevel={4} limit={limit} />
      )}
    </section>
  );
}
