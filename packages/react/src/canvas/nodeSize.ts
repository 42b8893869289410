import { type Step, stepOutputs } from '@sona-designer/core';

export const STEP_NODE_WIDTH = 260;
/** Width of one output slot at the bottom of a node: a node with many outputs grows wider. */
const OUTPUT_SLOT_WIDTH = 64;

export interface Size {
  width: number;
  height: number;
}

/** The width a step's node is drawn at (a phone menu with many keys is wider than the rest). */
export function stepNodeWidth(step: Step): number {
  return Math.max(STEP_NODE_WIDTH, stepOutputs(step).length * OUTPUT_SLOT_WIDTH);
}

/** A step node's height before it is measured, close enough to place new steps and lay out a flow. */
export function estimateStepHeight(step: Step): number {
  switch (step.kind) {
    case 'sona':
      // Greeting, jobs (two chips a row, six shown at most) and knowledge.
      return 210 + Math.ceil(Math.min(step.jobIds.length, 7) / 2) * 26;
    case 'business-hours':
      return 170;
    case 'phone-menu':
      return 150 + Math.min(step.options.length, 5) * 22;
    case 'ring-users':
      return 160;
    case 'incoming-call':
    case 'end':
    case 'forward':
      return 110;
    default:
      return 140;
  }
}
