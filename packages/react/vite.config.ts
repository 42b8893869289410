import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { scopeReactFlowCss } from './build/scopeReactFlowCss.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
// Every dependency stays external: the host's bundler dedupes and tree-shakes them.
const externals = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }).map(
  (name) => new RegExp(`^${name.replace(/[/.]/g, '\\$&')}($|/)`),
);

/**
 * Puts `'use client'` on top of every emitted module, so that a React Server Component (Next.js App Router) importing
 * the package gets client references instead of pulling hooks into the server graph. The plain catalogues (the
 * modules the given entries import, e.g. `./locales/fr`) stay unmarked: a server can read them as data.
 * A banner, not a directive in the sources: the bundler drops module-level directives of the modules it bundles.
 */
function markClientModules(plainEntries: string[]): Plugin {
  const plain = new Set<string>();
  return {
    name: 'sona-use-client',
    buildEnd() {
      const queue = plainEntries.map((entry) => fileURLToPath(new URL(entry, import.meta.url)));
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
        if (plain.has(id)) continue;
        plain.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
    banner(chunk) {
      const plainChunk = chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => plain.has(id));
      return plainChunk ? '' : "'use client';";
    },
  };
}

export default defineConfig({
  plugins: [react(), markClientModules(['./src/i18n/locales/fr.ts'])],
  resolve: { conditions: ['@sona-designer/source'] },
  // React Flow's stylesheet ships scoped under `.sona-root` (see build/scopeReactFlowCss.mjs).
  css: { postcss: { plugins: [scopeReactFlowCss()] } },
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false,
    // The stylesheet is its own entry, so it needs its own CSS file.
    cssCodeSplit: true,
    lib: {
      entry: { index: 'src/index.ts', 'i18n/locales/fr': 'src/i18n/locales/fr.ts', styles: 'src/styles.css' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^react($|\/)/, ...externals],
      // One file per module, so host bundlers drop the components they do not use (e.g. an app with only the
      // job picker leaves the canvas and React Flow out).
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
