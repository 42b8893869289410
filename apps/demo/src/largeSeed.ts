// Loaded only when the Large workspace switch is on, so the demo's first load never carries the generator.
export { largeWorkspace } from '@sona-designer/core/demo';
