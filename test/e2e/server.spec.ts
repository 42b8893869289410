import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { type ServerProcess, startServerProcess } from '../support/serverProcess';

// The demo on the reference server (`@sona-designer/server`, PGlite on disk, seeded), as `pnpm demo:server` runs it:
// two separate browsers (not two tabs of one) share the workspace through the server's change feed, meet the
// server's CONFLICT, a viewer cannot write, and an outage of the server loses no edit.

test.describe.configure({ mode: 'serial' });

const SECRET = 'e2e-server-secret-0123456789abcdef';
let dataDir: string;
let port: number;
let server: ServerProcess;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function start() {
  return startServerProcess({ DATABASE_URL: dataDir, SONA_JWT_SECRET: SECRET, PORT: String(port) }, [
    '--seed',
  ]);
}

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sona-e2e-server-'));
  port = await freePort();
  server = await start();
});

test.afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function demoUrl(role: 'editor' | 'viewer', hash: string) {
  const token = role === 'editor' ? server.tokens.editor : server.tokens.viewer;
  return `./?server=${encodeURIComponent(server.url)}&token=${encodeURIComponent(token ?? '')}#${hash}`;
}

/** A page in a browser of its own: separate processes, cookies and storage, like a teammate's machine. */
async function pageIn(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return context.newPage();
}

async function openSupport(page: Page, role: 'editor' | 'viewer' = 'editor') {
  await page.goto(demoUrl(role, '/flows/flow-support'));
  await expect(page.getByText(/Data: server 127\.0\.0\.1:\d+ · (editor|viewer)/)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Sona step: Support' })).toBeVisible({ timeout: 15_000 });
}

async function addBelowSupport(page: Page, kind: 'Voicemail' | 'Play audio') {
  await page.getByRole('group', { name: 'Sona step: Support' }).focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('button', { name: new RegExp(`^${kind}`) })
    .first()
    .press('Enter');
}

test('two browsers on the server see each other’s edits, and the slower save meets the conflict view', async ({
  browser,
  playwright,
}) => {
  const otherBrowser = await playwright.chromium.launch(test.info().project.use.launchOptions);
  try {
    const first = await pageIn(browser);
    const second = await pageIn(otherBrowser);
    await openSupport(first);
    await openSupport(second);

    // An edit in the first browser reaches the second through the server's change feed.
    await addBelowSupport(first, 'Play audio');
    await expect(first.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible({ timeout: 15_000 });
    await expect(second.getByRole('group', { name: 'Play audio step: Play audio' })).toHaveCount(1, {
      timeout: 10_000,
    });
    await first.screenshot({ path: test.info().outputPath('server-first-browser.png') });
    await second.screenshot({ path: test.info().outputPath('server-second-browser.png') });

    // The second browser's next save is held back until the first has saved over the same version.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await second.route('**/v1/call-flows/flow-support/draft', async (route) => {
      await held;
      await route.continue();
    });
    await addBelowSupport(second, 'Voicemail');
    const firstSaved = first.waitForResponse(
      (response) => response.url().endsWith('/v1/call-flows/flow-support/draft') && response.status() === 200,
    );
    await addBelowSupport(first, 'Voicemail');
    await firstSaved;
    release();
    const dialog = second.getByRole('dialog', { name: 'Someone else changed this call flow' });
    await expect(dialog).toBeVisible({ timeout: 20_000 });
    await second.screenshot({ path: test.info().outputPath('server-conflict.png') });
  } finally {
    await otherBrowser.close();
  }
});

test('a viewer reads the workspace but has no way to change it', async ({ browser }) => {
  const page = await pageIn(browser);
  await openSupport(page, 'viewer');
  await expect(page.getByText(/· viewer$/)).toBeVisible();
  // The designer says so too, and offers no way to write.
  await expect(page.getByText('Read only', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Reset demo data' })).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('server-viewer.png') });
});

test('the server stopped and started again while someone edits: every edit is kept and saved once it is back', async ({
  browser,
}) => {
  const page = await pageIn(browser);
  await openSupport(page);
  const before = await page.getByRole('group', { name: /^Voicemail step/ }).count();
  await server.stop();

  await addBelowSupport(page, 'Voicemail');
  await expect(page.getByRole('status').filter({ hasText: 'Couldn’t save' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByRole('group', { name: /^Voicemail step/ })).toHaveCount(before + 1);
  await page.screenshot({ path: test.info().outputPath('server-down.png') });

  server = await start();
  // No click: the designer tries the save again by itself and the server takes it.
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(page.getByRole('group', { name: 'Sona step: Support' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('group', { name: /^Voicemail step/ })).toHaveCount(before + 1);
});
