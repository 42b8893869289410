// Screenshots of the built demo's main screens (and the routing sandbox teaching a job), light and dark, English and French, at 1280×800, to look at before
// calling a UI change done. Usage: `pnpm build:demo && node test/screenshots/demo.mjs <out-folder>` (serves the build
// itself with `vite preview` on port 4174).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';

const out = process.argv[2] ?? 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const port = 4174;
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
  cwd: new URL('../../apps/demo/', import.meta.url),
  stdio: 'ignore',
  // Its own process group, so stopping it stops vite too, not only npx (a failed run left vite holding the port).
  detached: true,
});
const base = `http://127.0.0.1:${port}/`;

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('vite preview did not start');
}

const pages = [
  { name: 'overview', hash: '' },
  { name: 'designer', hash: '#/flows/flow-main' },
  { name: 'jobs', hash: '#/jobs' },
  { name: 'knowledge', hash: '#/knowledge' },
  { name: 'summaries', hash: '#/summaries' },
];

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  for (const theme of ['light', 'dark']) {
    for (const locale of ['en', 'fr']) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(base);
      if (locale === 'fr') await page.getByRole('radio', { name: 'Français' }).check();
      if (theme === 'dark') await page.getByRole('radio', { name: /^(Dark|Sombre)$/ }).check();
      for (const { name, hash } of pages) {
        await page.evaluate((next) => {
          window.location.hash = next;
        }, hash);
        await page.waitForTimeout(1200);
        await page.screenshot({ path: `${out}/${name}-${theme}-${locale}.png` });
      }
      // The designer with the main line's Sona step selected, so the inspector shows jobs and knowledge.
      await page.evaluate(() => {
        window.location.hash = '#/flows/flow-main';
      });
      await page.waitForTimeout(800);
      // The front desk (not the palette's Sona item, which would add a step).
      const sona = page
        .locator('.react-flow__node')
        .filter({ hasText: /Front desk/ })
        .first();
      if (await sona.count()) {
        await sona.click();
        await page.waitForTimeout(600);
        await page.screenshot({ path: `${out}/designer-sona-${theme}-${locale}.png` });
        // "Which job would fire?": a sentence no job fires, taught to the first job offered.
        await page
          .getByRole('button', { name: /^(Which job would fire\?|Quelle tâche se déclencherait \?)$/ })
          .click();
        await page
          .getByRole('textbox', { name: /^(Caller says|L’appelant dit)$/ })
          .fill(
            locale === 'fr'
              ? 'le réservoir au sous-sol fait un boucan'
              : 'the tank in the basement makes a racket',
          );
        await page
          .getByRole('button', { name: /should fire|devrait se déclencher/ })
          .first()
          .click();
        await page
          .getByRole('status')
          .filter({ hasText: /trigger|déclencheur/ })
          .waitFor();
        await page
          .getByRole('status')
          .filter({ hasText: /trigger|déclencheur/ })
          .scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${out}/sandbox-teach-${theme}-${locale}.png` });
      }
      await page.close();
    }
  }
  await browser.close();
} finally {
  if (server.pid) process.kill(-server.pid);
}
