import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

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
      entry: { index: 'src/index.ts', styles: 'src/styles.css' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@sona-designer\/core($|\/)/, /^zod($|\/)/],
    },
  },
});
