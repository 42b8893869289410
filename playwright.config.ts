import { defineConfig, devices } from '@playwright/test';

const DEMO_URL = 'http://127.0.0.1:4173';

/**
 * End-to-end tests of the built demo. `pnpm test:e2e` builds the demo first; the web server here only serves
 * that build with `vite preview`, so a stale or missing build is never rebuilt behind the tests' back.
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: DEMO_URL,
    viewport: { width: 1280, height: 800 },
    screenshot: 'on',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'pnpm --filter @sona-designer/demo preview',
    url: DEMO_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
