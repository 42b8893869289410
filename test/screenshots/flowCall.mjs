// Screenshots of the simulated call from the incoming call in the built demo: the drawer in that mode and the path
// highlighted on the canvas, light and dark, English and French, at 1280×800. Usage: `pnpm build:demo`, a
// `vite preview` of it on port 4173, then `node test/screenshots/flowCall.mjs [out-folder]` (default
// .shots/flowcall).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';

const out = process.argv[2] ?? '.shots/flowcall';
mkdirSync(out, { recursive: true });
const base = process.env.DEMO_URL ?? 'http://127.0.0.1:4173/';

const NAMES = {
  en: {
    testCall: 'Test call',
    incoming: 'From the incoming call',
    picks: ['Saturday 20:00', 'Christmas 10:00'],
  },
  fr: { testCall: 'Tester un appel', incoming: 'À l’appel entrant', picks: ['Samedi 20 h', 'Noël 10 h'] },
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  for (const theme of ['light', 'dark']) {
    for (const locale of ['en', 'fr']) {
      const names = NAMES[locale];
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(base);
      if (locale === 'fr') await page.getByRole('radio', { name: 'Français' }).check();
      if (theme === 'dark') await page.getByRole('radio', { name: /^(Dark|Sombre)$/ }).check();
      await page.evaluate(() => {
        window.location.hash = '#/flows/flow-main';
      });
      const publish = page.getByRole('button', { name: names.testCall }).last();
      await publish.waitFor();
      await publish.click();
      const drawer = page.getByRole('dialog');
      await drawer.getByRole('radio', { name: names.incoming }).check({ force: true });
      for (const [index, pick] of names.picks.entries()) {
        await drawer.getByRole('button', { name: pick }).click();
        await page.waitForTimeout(1500);
        await page.screenshot({
          path: `${out}/${index === 0 ? 'saturday' : 'christmas'}-${theme}-${locale}.png`,
        });
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
}
