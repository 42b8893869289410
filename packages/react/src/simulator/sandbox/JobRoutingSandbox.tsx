import { useAttachedJobIds } from '../../jobs';
import { useMessages } from '../../state';
import { CollapsibleSection } from '../../ui';
import { LazySandboxPanel } from './lazy';

/** Props of `JobRoutingSandbox`. */
export interface JobRoutingSandboxProps {
  /** A Sona step of the flow being designed. */
  stepId: string;
}

/**
 * "Which job would fire?": the user types what a caller might say and sees the step's attached jobs ranked by the
 * local router, live, with the matched words. It changes nothing, so it stays usable read only. Needs the flow store.
 * The section's content loads when it is first opened.
 */
export function JobRoutingSandbox({ stepId }: JobRoutingSandboxProps) {
  const text = useMessages().sandbox;
  const jobIds = useAttachedJobIds(stepId);
  return (
    <CollapsibleSection
      title={text.title}
      className="sona-sandbox"
      empty={jobIds.length === 0 ? text.noJobs : null}
    >
      <LazySandboxPanel stepId={stepId} />
    </CollapsibleSection>
  );
}
