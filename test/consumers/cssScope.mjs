// What the scoping of the package's stylesheet promises, checked on a built stylesheet: every selector naming a
// React Flow class (`.react-flow…`) applies only inside `.sona-root`, the element `DesignerProvider` renders.
import postcss from 'postcss';

const SCOPED = /^(?::where\(\.sona-root\)|\.sona-root)(?![\w-])/;

/**
 * The selectors of `css` that name a `.react-flow…` class without starting with `.sona-root` (or
 * `:where(.sona-root)`), and the number of selectors naming one (to tell an empty stylesheet from a scoped one).
 */
export function reactFlowSelectors(css) {
  const unscoped = [];
  let count = 0;
  postcss.parse(css).walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test(rule.parent.name)) return;
    for (const selector of rule.selectors) {
      if (!selector.includes('.react-flow')) continue;
      count++;
      if (!SCOPED.test(selector)) unscoped.push(selector);
    }
  });
  return { count, unscoped };
}
