import { useEffect, useId, useRef, useState } from 'react';
import { useDesigner } from '../../../state';
import { SimulatorIcon } from './icons';
import { TraceDetails } from './TraceDetails';
import type { CallTurn } from './useSimulatedCall';

/** One thing Sona said, with its trace behind a "Why?" toggle. */
export function AgentTurn({ turn }: { turn: CallTurn }) {
  const text = useDesigner().messages.simulator;
  const [open, setOpen] = useState(false);
  const traceId = useId();
  const traceRef = useRef<HTMLDivElement>(null);
  // An opened trace at the bottom of the transcript scrolls into view.
  useEffect(() => {
    if (open) traceRef.current?.scrollIntoView({ block: 'nearest' });
  }, [open]);
  return (
    <li className="sona-simulator__turn" data-speaker="sona">
      <span className="sona-simulator__speaker">{text.sona}</span>
      <p className="sona-simulator__bubble">{turn.text}</p>
      {turn.trace ? (
        <>
          <button
            type="button"
            className="sona-simulator__why"
            aria-expanded={open}
            aria-controls={traceId}
            onClick={() => setOpen(!open)}
          >
            <SimulatorIcon name="why" size={14} />
            {text.why}
            <span className="sona-simulator__chevron" data-open={open || undefined}>
              <SimulatorIcon name="chevron" size={14} />
            </span>
          </button>
          {open ? (
            <div ref={traceRef} className="sona-simulator__trace">
              <TraceDetails id={traceId} trace={turn.trace} />
            </div>
          ) : null}
        </>
      ) : null}
    </li>
  );
}
