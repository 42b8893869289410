import { BaseEdge, type EdgeProps, getSmoothStepPath } from '@xyflow/react';
import { memo } from 'react';

/** A connection between an output and the next step: right angles with rounded corners, as flow charts draw them. */
export const ConnectionEdge = memo(function ConnectionEdge({
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  markerEnd,
  selected,
  interactionWidth,
}: EdgeProps) {
  const [path] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 14,
    offset: 24,
  });
  return (
    <BaseEdge
      path={path}
      markerEnd={markerEnd}
      className={selected ? 'sona-connection sona-connection--selected' : 'sona-connection'}
      interactionWidth={interactionWidth ?? 24}
    />
  );
});
