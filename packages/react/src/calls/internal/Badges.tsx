import type { CallOutcome, CallSummary } from '@sona-designer/core';
import type { CallSummariesMessages } from '../../i18n';

const OUTCOME_TONES: Record<CallOutcome, 'success' | 'info' | 'warning'> = {
  'appointment-booked': 'success',
  'lead-qualified': 'success',
  resolved: 'success',
  'message-taken': 'info',
  transferred: 'info',
  abandoned: 'warning',
  'no-match': 'warning',
};

export function OutcomeBadge({ outcome, text }: { outcome: CallOutcome; text: CallSummariesMessages }) {
  return (
    <span className="sona-calls__badge" data-tone={OUTCOME_TONES[outcome]}>
      {text.outcomes[outcome]}
    </span>
  );
}

/** Whether the call ran on the draft (tested before publishing) or on the published version. */
export function SourceBadge({
  source,
  text,
}: {
  source: CallSummary['source'];
  text: CallSummariesMessages;
}) {
  return (
    <span className="sona-calls__badge" data-tone={source === 'draft' ? 'draft' : 'neutral'}>
      {source === 'draft' ? text.draft : text.published}
    </span>
  );
}
