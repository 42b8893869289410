import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A fresh browser config per project: projects sharing one object would all report under one name.
 * One test file at a time keeps a single Chromium page busy on this 2-core machine.
 */
function chromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
      },
    }),
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
  };
}

const browserResolve = { conditions: ['@sona-designer/source', ...defaultClientConditions] };

// Pre-bundled up front: discovering them mid-run makes Vite reload the page and fail the first test of a cold run.
const optimizeDeps = {
  // These are the library's own dependencies (not the root's), hence the `parent > dependency` form.
  include: [
    '@xyflow/react',
    '@dagrejs/dagre',
    '@radix-ui/react-dialog',
    '@radix-ui/react-popover',
    '@tanstack/react-virtual',
    'react-hook-form',
    '@hookform/resolvers/zod',
    'zod',
    'zustand',
    'zustand/vanilla',
    'zustand/shallow',
    'zustand/react/shallow',
  ].map((dependency) => `@sona-designer/react > ${dependency}`),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { conditions: ['@sona-designer/source'] },
        ssr: { resolve: { conditions: ['@sona-designer/source'] } },
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'packages/core/src/**/*.test.ts',
            'packages/react/src/**/*.test.ts',
            'apps/demo/src/**/*.test.ts',
            'test/architecture/**/*.test.ts',
            'test/consumers/**/*.test.ts',
            'test/api/**/*.test.ts',
          ],
        },
      },
      {
        resolve: { conditions: ['@sona-designer/source'] },
        ssr: { resolve: { conditions: ['@sona-designer/source'] } },
        test: {
          name: 'server',
          environment: 'node',
          include: ['packages/server/src/**/*.test.ts', 'test/server/**/*.test.ts'],
          // Each file opens its own embedded Postgres (PGlite: seconds and hundreds of MB to open): one file at a time.
          fileParallelism: false,
          maxWorkers: 1,
          // Opening an embedded Postgres takes seconds, and far more while the other projects share the 2 cores.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        plugins: [react()],
        resolve: browserResolve,
        optimizeDeps,
        test: {
          name: 'browser',
          include: ['packages/react/src/**/*.test.tsx'],
          // French ships on demand; tests register it up front so French renders in the first frame.
          setupFiles: ['packages/react/src/test/registerFrench.ts'],
          browser: chromium(),
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
      {
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('.storybook', import.meta.url)) })],
        resolve: browserResolve,
        optimizeDeps,
        test: {
          name: 'storybook',
          browser: chromium(),
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
    ],
  },
});
