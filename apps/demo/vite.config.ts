import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  // Relative asset paths: the static build works from any folder.
  base: './',
  plugins: [react()],
  // Workspace packages are used from their sources: no library build needed to run the demo.
  resolve: { conditions: ['@sona-designer/source', ...defaultClientConditions] },
  build: { target: 'es2022' },
});
