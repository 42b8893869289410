// PostCSS for every Vite of the workspace that has no config of its own (the demo, Storybook, the browser tests):
// the same scoping of React Flow's stylesheet as the package build, so they show the CSS that ships.
import { scopeReactFlowCss } from './packages/react/build/scopeReactFlowCss.mjs';

export default { plugins: [scopeReactFlowCss()] };
