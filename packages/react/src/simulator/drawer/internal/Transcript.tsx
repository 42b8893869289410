import type { JobAction } from '@sona-designer/core';
import { useEffect, useRef } from 'react';
import { formatMessage, isolate } from '../../../i18n';
import { useDesigner } from '../../../state';
import { ErrorIcon, SpinnerIcon } from '../../../ui';
import { AgentTurn } from './AgentTurn';
import type { SimulatedCall } from './useSimulatedCall';

export interface TranscriptProps {
  call: SimulatedCall;
  onCancel(): void;
  onRetry(): void;
}

function lastTransfer(actions: readonly JobAction[] | undefined) {
  return actions?.findLast((action) => action.type === 'transfer');
}

/**
 * The conversation as a log (screen readers hear each new line), Sona's typing indicator with Cancel while a turn
 * is in flight, what went wrong with Retry, and how the call ended.
 */
export function Transcript({ call, onCancel, onRetry }: TranscriptProps) {
  const text = useDesigner().messages.simulator;
  const log = useRef<HTMLDivElement>(null);
  const busy = call.phase === 'starting' || call.phase === 'waiting';
  const transfer = call.endedBy === 'engine' ? lastTransfer(call.state?.actions) : undefined;

  // New lines scroll into view; opening a trace does not.
  const lines = call.turns.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new line, the typing indicator or a failure scrolls.
  useEffect(() => {
    const element = log.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [lines, busy, call.phase]);

  return (
    <div ref={log} className="sona-simulator__log" role="log" aria-label={text.transcript}>
      <ol className="sona-simulator__turns">
        {call.turns.map((turn) =>
          turn.speaker === 'sona' ? (
            <AgentTurn key={turn.id} turn={turn} />
          ) : (
            <li
              key={turn.id}
              className="sona-simulator__turn"
              data-speaker="caller"
              data-failed={turn.failed || undefined}
            >
              <span className="sona-simulator__speaker">{text.caller}</span>
              <p className="sona-simulator__bubble">{turn.text}</p>
            </li>
          ),
        )}
      </ol>
      {call.phase === 'preparing' ? (
        <p className="sona-simulator__preparing">
          <SpinnerIcon />
          {text.preparing}
        </p>
      ) : null}
      {busy ? (
        <div className="sona-simulator__typing">
          <span className="sona-simulator__dots" aria-hidden="true">
            <span className="sona-simulator__dot" />
            <span className="sona-simulator__dot" />
            <span className="sona-simulator__dot" />
          </span>
          <span>{text.typing}</span>
          {call.phase === 'waiting' ? (
            <button type="button" className="sona-button sona-simulator__cancel" onClick={onCancel}>
              {text.cancel}
            </button>
          ) : null}
        </div>
      ) : null}
      {call.phase === 'failed' && call.failure ? (
        <div className="sona-simulator__failure">
          <span className="sona-simulator__failure-icon">
            <ErrorIcon />
          </span>
          <p>
            {formatMessage(call.failure.kind === 'start' ? text.startFailed : text.turnFailed, {
              message: call.failure.message,
            })}
          </p>
          <button type="button" className="sona-button" onClick={onRetry}>
            {text.retry}
          </button>
        </div>
      ) : null}
      {call.phase === 'ended' && call.endedBy === 'engine' ? (
        <p className="sona-simulator__ended">
          {transfer && transfer.type === 'transfer'
            ? formatMessage(text.transferred, { destination: isolate(transfer.destination) })
            : text.callOver}
        </p>
      ) : null}
    </div>
  );
}
