import type { Step } from '@sona-designer/core';
import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo, useContext, useLayoutEffect, useRef } from 'react';
import { TestCallButton } from '../../simulator';
import { useFlow, useMessages } from '../../state';
import { stepNodeWidth } from '../nodeSize';
import { IssueBadge } from './internal/IssueBadge';
import { IssueList } from './internal/IssueList';
import { StepIcon } from './internal/StepIcon';
import { StepOutputs } from './internal/StepOutputs';
import { StepSummary } from './internal/StepSummary';
import { StepNodeRenderProbe } from './renderProbe';
import type { StepFlowNode } from './types';

const FOCUSABLE = 'button, a[href], input, select, textarea, [tabindex]';

/**
 * The canvas node of one step, whatever its kind: icon, kind and title, a summary of its settings, its problems
 * and one labelled handle per output. It reads its own step from the flow store, so it re-renders only when that
 * step (or its problems) change. The accessible name ("Sona step: Front desk") is set on React Flow's focusable
 * wrapper by the canvas.
 */
export const StepNode = memo(
  function StepNode({ data, selected, isConnectable }: NodeProps<StepFlowNode>) {
    const { stepId } = data;
    useContext(StepNodeRenderProbe)?.(stepId);
    const step = useStepContent(stepId);
    const issues = useFlow((state) => state.issuesByStep[stepId]);
    const messages = useMessages();
    const card = useRef<HTMLDivElement>(null);
    // Roving focus: the canvas is one tab stop, so the card's own buttons (Test call, problems) are not tab stops; by
    // keyboard they are reached from the selected step (the publish bar's Test call, the inspector).
    useLayoutEffect(() => {
      for (const element of card.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []) {
        if (element.tabIndex !== -1) element.tabIndex = -1;
      }
    });
    if (!step) return null;
    const severity = issues?.some((issue) => issue.severity === 'error')
      ? 'error'
      : issues?.length
        ? 'warning'
        : undefined;

    return (
      <div
        ref={card}
        className="sona-step-node"
        data-kind={step.kind}
        data-selected={selected || undefined}
        data-severity={severity}
        style={{ width: stepNodeWidth(step) }}
      >
        {step.kind !== 'incoming-call' && (
          <Handle
            type="target"
            position={Position.Top}
            isConnectable={isConnectable}
            className="sona-handle sona-handle--target"
            title={isConnectable ? messages.canvas.dropHere : undefined}
          />
        )}
        <div className="sona-step-node__header">
          <span className="sona-step-node__icon">
            <StepIcon kind={step.kind} />
          </span>
          <span className="sona-step-node__heading">
            <span className="sona-step-node__kind">{messages.stepKinds.kindLabel[step.kind]}</span>
            <span className="sona-step-node__title" title={step.title}>
              {step.title}
            </span>
          </span>
          {issues && issues.length > 0 && <IssueBadge issues={issues} />}
          {step.kind === 'sona' && (
            <TestCallButton stepId={stepId} compact className="sona-test-call--node nodrag nopan" />
          )}
        </div>
        <div className="sona-step-node__body">
          <StepSummary step={step} />
          {issues && issues.length > 0 && <IssueList issues={issues} />}
        </div>
        <StepOutputs step={step} connectable={isConnectable} />
      </div>
    );
  },
  // React Flow passes the node's position and drag state as props on every pointer move; the card shows neither (React
  // Flow moves its wrapper), so only these props re-render it.
  (before, after) =>
    before.data.stepId === after.data.stepId &&
    before.selected === after.selected &&
    before.isConnectable === after.isConnectable,
);

/** The step as the card shows it: a change of position alone keeps the previous object, so a drag re-renders nothing. */
function useStepContent(stepId: string): Step | undefined {
  const shown = useRef<Step | undefined>(undefined);
  return useFlow((state) => {
    const step = state.stepsById[stepId];
    const previous = shown.current;
    if (previous && step && previous !== step && sameButPosition(previous, step)) return previous;
    shown.current = step;
    return step;
  });
}

function sameButPosition(a: Step, b: Step): boolean {
  const keys = Object.keys(a) as Array<keyof Step>;
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key === 'position' || a[key] === b[key]);
}
