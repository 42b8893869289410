import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        'memory/index': 'src/memory/index.ts',
        'io/index': 'src/io/index.ts',
        'backend/index': 'src/backend/index.ts',
        'http/index': 'src/http/index.ts',
        'routing/index': 'src/routing/index.ts',
        'edits/index': 'src/edits/index.ts',
        'simulator/engine/index': 'src/simulator/engine/index.ts',
        'templates/index': 'src/templates/index.ts',
        'testing/index': 'src/testing/index.ts',
        'demo/index': 'src/demo/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^zod/, /^vitest/, /^fast-check/],
      // One file per module, so host bundlers tree-shake what they do not use (templates load on demand).
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
