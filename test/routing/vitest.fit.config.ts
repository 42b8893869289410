import { defineConfig } from 'vitest/config';

/** Runs the routing weights' fit alone (test/routing/fitWeights.run.ts); not part of the test suite. */
export default defineConfig({
  resolve: { conditions: ['@sona-designer/source'] },
  ssr: { resolve: { conditions: ['@sona-designer/source'] } },
  test: { include: ['test/routing/fitWeights.run.ts'], environment: 'node' },
});
