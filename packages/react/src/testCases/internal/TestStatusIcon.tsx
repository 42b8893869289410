import { LineIcon } from '../../ui';

/** Where a test stands on the draft: passing, failing, or not run yet (added, or the draft just changed). */
export type TestStatus = 'pass' | 'fail' | 'pending';

const PATHS: Record<TestStatus, string> = {
  pass: 'M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13ZM5.2 8.2l1.9 1.9 3.7-4',
  fail: 'M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13ZM5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4',
  pending: 'M8 14.5a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13ZM8 4.5V8l2.3 1.5',
};

/** The status's icon; decorative, since the status is also said in words beside it (colour is never the only cue). */
export function TestStatusIcon({ status }: { status: TestStatus }) {
  return (
    <span className="sona-tests__icon" data-status={status}>
      <LineIcon d={PATHS[status]} size={16} strokeWidth={1.6} />
    </span>
  );
}
