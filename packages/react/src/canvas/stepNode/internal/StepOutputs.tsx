import { type Step, stepOutputs } from '@sona-designer/core';
import { Handle, Position } from '@xyflow/react';
import { formatMessage, outputLabel } from '../../../i18n';
import { useMessages } from '../../../state';

/** One labelled source handle per named output, side by side along the bottom edge of the node. */
export function StepOutputs({ step, connectable }: { step: Step; connectable: boolean }) {
  const messages = useMessages();
  const outputs = stepOutputs(step);
  if (outputs.length === 0) return null;
  return (
    <div
      className="sona-step-node__outputs"
      style={{ gridTemplateColumns: `repeat(${outputs.length}, 1fr)` }}
    >
      {outputs.map((output) => {
        const label = outputLabel(messages, output.id);
        return (
          <div
            key={output.id}
            className="sona-step-node__output"
            data-optional={output.optional || undefined}
          >
            <span className="sona-step-node__output-label">{label}</span>
            <Handle
              type="source"
              position={Position.Bottom}
              id={output.id}
              isConnectable={connectable}
              className="sona-handle sona-handle--source"
              title={connectable ? formatMessage(messages.canvas.dragToConnect, { output: label }) : label}
            />
          </div>
        );
      })}
    </div>
  );
}
