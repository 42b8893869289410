export { ADDABLE_STEP_KINDS, StepPalette, type StepPaletteProps } from './StepPalette';
