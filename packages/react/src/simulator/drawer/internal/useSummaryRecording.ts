import type { CallSummaryInput } from '@sona-designer/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDesigner } from '../../../state';

export type RecordingState =
  | { status: 'idle' | 'saving' | 'saved' | 'read-only' }
  | { status: 'error'; message: string };

/**
 * Records the summary of each ended call once (`callId` tells calls apart) through the adapter, with a retry after
 * a failure. Read only, nothing is written.
 */
export function useSummaryRecording(
  summary: CallSummaryInput | null,
  callId: number,
): RecordingState & { retry(): void } {
  const { adapter, readOnly } = useDesigner();
  const [state, setState] = useState<{ callId: number } & RecordingState>({ callId, status: 'idle' });
  const recorded = useRef<number | null>(null);
  const latestCall = useRef(callId);
  latestCall.current = callId;

  const record = useCallback(
    (input: CallSummaryInput, id: number) => {
      setState({ callId: id, status: 'saving' });
      adapter.recordCallSummary(input).then(
        () => {
          if (latestCall.current === id) setState({ callId: id, status: 'saved' });
        },
        (error: unknown) => {
          if (latestCall.current === id)
            setState({
              callId: id,
              status: 'error',
              message: error instanceof Error ? error.message : String(error),
            });
        },
      );
    },
    [adapter],
  );

  useEffect(() => {
    if (!summary || recorded.current === callId) return;
    recorded.current = callId;
    if (readOnly) setState({ callId, status: 'read-only' });
    else record(summary, callId);
  }, [summary, callId, readOnly, record]);

  const retry = useCallback(() => {
    if (summary) record(summary, callId);
  }, [summary, callId, record]);

  const shown: RecordingState = state.callId === callId ? state : { status: 'idle' };
  return { ...shown, retry };
}
