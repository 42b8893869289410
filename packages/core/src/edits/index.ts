// Pure edits of a draft graph: the same ones the designer's canvas and inspector make, so a backend can apply them
// too. Their own entry point (`@sona-designer/core/edits`), like the router's: a host that only stores and checks
// drafts does not load them.
export { type CopiedSteps, copySteps, pasteSteps } from './clipboard';
export { connect, removeEdges } from './connections';
export { freshId } from './freshId';
export { editPhoneMenu } from './phoneMenu';
export { insertStep, nextStepPosition, removeSteps, setPositions, updateStep } from './steps';
