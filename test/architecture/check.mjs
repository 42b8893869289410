// The architecture check of `pnpm test`: dependency-cruiser applies the rules of rules.mjs to the packages' sources,
// then the features' own graph is checked for cycles (feature A using B using A, even through public entries).
// Usage: `node test/architecture/check.mjs` (exit 1 with the list of violations).
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';
import { architectureRules } from './rules.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A production module: not a test, a story or a test fixture (those only ever import; nothing imports them). */
const isProduction = (path) => !/\.(test|stories)\.tsx?$/.test(path) && !path.includes('/test/');

/**
 * The cycles of the graph whose nodes are the features (top-level folders of `react`), drawn from production
 * modules. Each cycle is given once, as the list of its features.
 */
export function featureCycles(modules, react) {
  const featureOf = (path) => path.match(new RegExp(`^${react}/([^/]+)/`))?.[1] ?? null;
  const edges = new Map();
  for (const module of modules) {
    const from = featureOf(module.source);
    if (!from || !isProduction(module.source)) continue;
    for (const dependency of module.dependencies) {
      const to = featureOf(dependency.resolved);
      if (!to || to === from || !isProduction(dependency.resolved)) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from).add(to);
    }
  }
  // Tarjan's strongly connected components: every component of more than one feature is a cycle.
  let index = 0;
  const indices = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (node) => {
    indices.set(node, index);
    low.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), indices.get(next)));
    }
    if (low.get(node) === indices.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!indices.has(node)) visit(node);
  return { cycles, edges };
}

/**
 * Checks the sources under `react` and `core` (paths relative to `cwd`). Returns the rule violations and the
 * feature cycles; both empty when the architecture holds.
 */
export async function checkArchitecture({
  cwd = ROOT,
  react = 'packages/react/src',
  core = 'packages/core/src',
} = {}) {
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const result = await cruise(
      [react, core],
      {
        validate: true,
        ruleSet: { forbidden: architectureRules({ react, core }) },
        doNotFollow: { path: 'node_modules' },
        exclude: { path: ['node_modules', '/dist/'] },
        tsPreCompilationDeps: true,
        combinedDependencies: false,
        enhancedResolveOptions: {
          conditionNames: ['@sona-designer/source', 'import', 'types', 'default'],
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.css'],
        },
      },
      undefined,
      undefined,
    );
    const output = result.output;
    const violations = output.summary.violations
      .filter((violation) => violation.rule.severity === 'error')
      .map((violation) => ({
        rule: violation.rule.name,
        from: violation.from,
        to: violation.to,
        cycle: violation.cycle?.map((step) => step.name),
      }));
    const { cycles, edges } = featureCycles(output.modules, react);
    return { violations, featureCycles: cycles, featureEdges: edges, modules: output.modules.length };
  } finally {
    process.chdir(previous);
  }
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  const started = performance.now();
  const { violations, featureCycles: cycles, featureEdges, modules } = await checkArchitecture();
  if (process.argv.includes('--graph')) {
    // Which features each feature uses: the map in docs/architecture.md is drawn from this.
    for (const [from, to] of [...featureEdges].sort()) console.log(`${from} → ${[...to].sort().join(', ')}`);
  }
  for (const violation of violations) {
    const through = violation.cycle ? `\n    cycle: ${violation.cycle.join(' → ')}` : '';
    console.error(`✗ ${violation.rule}: ${violation.from} → ${violation.to}${through}`);
  }
  for (const cycle of cycles) console.error(`✗ feature-cycle: ${cycle.join(' ↔ ')}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (violations.length > 0 || cycles.length > 0) {
    console.error(
      `\nArchitecture check failed: ${violations.length} forbidden imports, ${cycles.length} feature cycles (${modules} modules, ${seconds} s). See docs/architecture.md.`,
    );
    process.exit(1);
  }
  console.log(`Architecture check passed: ${modules} modules, no forbidden import, no cycle (${seconds} s).`);
}
