// React Flow's stylesheet ships scoped under `.sona-root` (packages/react/build/scopeReactFlowCss.mjs): checked on
// the stylesheet the package's own Vite config produces from the sources (no build needed), and on dist/styles.css
// when a build is there. The consumer suite (run.mjs) checks the published tarball's copy too.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preprocessCSS, resolveConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { reactFlowSelectors } from './cssScope.mjs';

const reactDir = fileURLToPath(new URL('../../packages/react/', import.meta.url));
const source = `${reactDir}src/styles.css`;
const dist = `${reactDir}dist/styles.css`;

describe('the stylesheet of @sona-designer/react', () => {
  it('scopes every React Flow rule under .sona-root', async () => {
    const config = await resolveConfig(
      { root: reactDir, configFile: `${reactDir}vite.config.ts`, logLevel: 'silent' },
      'build',
    );
    const { code } = await preprocessCSS(readFileSync(source, 'utf8'), source, config);
    const { count, unscoped } = reactFlowSelectors(code);
    // React Flow's own stylesheet is in (it has well over 100 such selectors), and none of them leaks out.
    expect(count).toBeGreaterThan(100);
    expect(unscoped).toEqual([]);
    expect(code).not.toMatch(/@keyframes dashdraw\b/);
  });

  it.runIf(existsSync(dist))('scopes them in dist/styles.css too', () => {
    const { count, unscoped } = reactFlowSelectors(readFileSync(dist, 'utf8'));
    expect(count).toBeGreaterThan(100);
    expect(unscoped).toEqual([]);
  });

  it('finds a selector that is not scoped', () => {
    const css = '.sona-root .react-flow__node {} :where(.sona-root) .react-flow {} .react-flow__panel, .x {}';
    expect(reactFlowSelectors(css)).toEqual({ count: 3, unscoped: ['.react-flow__panel'] });
  });
});
