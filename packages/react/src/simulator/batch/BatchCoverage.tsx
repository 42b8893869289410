import { useAttachedJobIds } from '../../jobs';
import { useMessages } from '../../state';
import { CollapsibleSection } from '../../ui';
import { LazyBatchPanel } from './lazy';

/** Props of `BatchCoverage`. */
export interface BatchCoverageProps {
  /** A Sona step of the flow being designed. */
  stepId: string;
}

/**
 * "Batch test": the user pastes sample caller sentences (one per line, at most 200), runs them against the step's
 * attached jobs with the local router, and sees which job each one triggered and which jobs none triggered. It
 * changes nothing, so it stays usable read only. Needs the flow store. The section's content loads when it is first
 * opened.
 */
export function BatchCoverage({ stepId }: BatchCoverageProps) {
  const text = useMessages().batchCoverage;
  const jobIds = useAttachedJobIds(stepId);
  return (
    <CollapsibleSection
      title={text.title}
      className="sona-batch"
      empty={jobIds.length === 0 ? text.noJobs : null}
    >
      <LazyBatchPanel stepId={stepId} />
    </CollapsibleSection>
  );
}
