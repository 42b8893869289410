import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default defineConfig({
  build: {
    target: 'node20',
    ssr: true,
    sourcemap: true,
    minify: false,
    lib: {
      entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [
        ...nodeBuiltins,
        /^@sona-designer\/core/,
        /^@electric-sql\/pglite/,
        /^@hono\//,
        /^hono/,
        /^jose/,
        /^postgres/,
        /^zod/,
      ],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
