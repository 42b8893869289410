/** The dataTransfer type the step palette drags onto the canvas: its value is a step kind. */
export const STEP_KIND_MIME = 'application/x-sona-step-kind';
