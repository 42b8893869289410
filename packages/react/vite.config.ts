import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
// Every dependency stays external: the host's bundler dedupes and tree-shakes them.
const externals = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }).map(
  (name) => new RegExp(`^${name.replace(/[/.]/g, '\\$&')}($|/)`),
);

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@sona-designer/source'] },
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
