// A PostCSS plugin that scopes React Flow's stylesheet under `.sona-root` (the element `DesignerProvider` renders), so
// the package's stylesheet never styles a host's own `.react-flow*` elements. Used by the package build
// (vite.config.ts) and, through the root postcss.config.mjs, by the demo, Storybook and the browser tests, so that
// they show what ships.
//
// - Every selector naming a `.react-flow…` class, and every selector of React Flow's own stylesheet, gets the prefix
//   `:where(.sona-root) ` (a descendant selector: React Flow's root element sits inside `.sona-root`). `:where()`
//   adds no specificity, so the package's own overrides (`.sona-root .react-flow__…`) win exactly as before.
//   Selectors already starting with `.sona-root` are left as they are.
// - React Flow's keyframes get a `sona-` prefix (keyframe names are global), and the animations using them follow.

const SCOPE = ':where(.sona-root)';
const SCOPED = /^(?::where\(\.sona-root\)|\.sona-root)(?![\w-])/;
const REACT_FLOW_CLASS = /\.react-flow/;
const FROM_REACT_FLOW = /[\\/]@xyflow[\\/]/;

/** @param {import('postcss').Node} node */
const fromReactFlow = (node) => FROM_REACT_FLOW.test(node.source?.input.file ?? '');

/** @param {import('postcss').Rule} rule */
function insideKeyframes(rule) {
  for (let parent = rule.parent; parent; parent = parent.parent) {
    if (
      parent.type === 'atrule' &&
      /keyframes$/i.test(/** @type {import('postcss').AtRule} */ (parent).name)
    ) {
      return true;
    }
  }
  return false;
}

/** @type {import('postcss').PluginCreator<void>} */
export const scopeReactFlowCss = () => ({
  postcssPlugin: 'sona-scope-react-flow',
  Once(root) {
    /** @type {Map<string, string>} */
    const keyframes = new Map();
    root.walkAtRules(/keyframes$/i, (atRule) => {
      if (!fromReactFlow(atRule) || atRule.params.startsWith('sona-')) return;
      keyframes.set(atRule.params, `sona-${atRule.params}`);
      atRule.params = `sona-${atRule.params}`;
    });
    root.walkRules((rule) => {
      if (insideKeyframes(rule)) return;
      const all = fromReactFlow(rule);
      const selectors = rule.selectors.map((selector) =>
        (all || REACT_FLOW_CLASS.test(selector)) && !SCOPED.test(selector)
          ? `${SCOPE} ${selector}`
          : selector,
      );
      if (selectors.some((selector, index) => selector !== rule.selectors[index])) rule.selectors = selectors;
    });
    if (keyframes.size === 0) return;
    root.walkDecls(/^(-webkit-)?animation(-name)?$/i, (decl) => {
      decl.value = decl.value.replace(/[\w-]+/g, (name) => keyframes.get(name) ?? name);
    });
  },
});
scopeReactFlowCss.postcss = true;
