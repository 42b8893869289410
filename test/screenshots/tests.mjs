// Screenshots of the saved tests in the built demo: Save as test from a call at the front desk, the publish bar's
// count, a test broken by detaching its job (opened at its failing turn), the list and a test's edit dialog, light and dark, English and
// French, at 1280×800. Usage: `pnpm build:demo`, a `vite preview` of it on port 4173, then
// `node test/screenshots/tests.mjs [out-folder]` (default .shots/tests).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';

const out = process.argv[2] ?? '.shots/tests';
mkdirSync(out, { recursive: true });
const base = process.env.DEMO_URL ?? 'http://127.0.0.1:4173/';

const NAMES = {
  en: {
    testCall: 'Test call',
    message: 'Caller message',
    say: 'My water heater is leaking, I need a plumber to come and look at it',
    save: 'Save as test',
    saveTest: 'Save test',
    frontDesk: /Front desk/,
    detach: 'Detach Book a service visit',
    tests: /^Tests: /,
    all: 'All tests',
    edit: 'Edit',
  },
  fr: {
    testCall: 'Tester un appel',
    message: 'Message de l’appelant',
    say: 'Mon chauffe-eau fuit, j’ai besoin d’un plombier pour venir voir',
    save: 'Enregistrer comme test',
    saveTest: 'Enregistrer le test',
    frontDesk: /Front desk/,
    detach: 'Retirer Book a service visit',
    tests: /^Tests : /,
    all: 'Tous les tests',
    edit: 'Modifier',
  },
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  for (const theme of ['light', 'dark']) {
    for (const locale of ['en', 'fr']) {
      const names = NAMES[locale];
      const shot = (name) => page.screenshot({ path: `${out}/${name}-${theme}-${locale}.png` });
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(base);
      if (locale === 'fr') await page.getByRole('radio', { name: 'Français' }).check();
      if (theme === 'dark') await page.getByRole('radio', { name: /^(Dark|Sombre)$/ }).check();
      await page.evaluate(() => {
        window.location.hash = '#/flows/flow-main';
      });
      const bar = page.getByRole('region', { name: /^(Publishing|Publication)$/ });
      await bar.getByRole('button', { name: names.tests }).waitFor();
      await shot('count');

      // Save as test from a call at the front desk.
      await bar.getByRole('button', { name: names.testCall }).click();
      const drawer = page.getByRole('dialog').first();
      await drawer.getByRole('textbox', { name: names.message }).fill(names.say);
      await page.keyboard.press('Enter');
      await drawer.getByRole('button', { name: names.save }).click();
      await page.waitForTimeout(400);
      await shot('save-dialog');
      await page.getByRole('button', { name: names.saveTest }).click();
      await page.waitForTimeout(400);
      await shot('saved');
      await page.keyboard.press('Escape');

      // Detach the job the tests expect: the count turns red, and the test opens at its failing turn.
      await page.locator('.react-flow__node').filter({ hasText: names.frontDesk }).first().click();
      await page.getByRole('button', { name: names.detach }).click();
      await page.waitForTimeout(1200);
      await shot('failing-count');
      await bar.getByRole('button', { name: names.tests }).click();
      await page.waitForTimeout(800);
      await shot('failing-test');
      await page.getByRole('button', { name: names.all }).click();
      await page.waitForTimeout(300);
      await shot('list');

      // Edit a test: the SMS check shows the text it compares with, to change it.
      await page.getByRole('button', { name: /Booking a visit on a weekday/ }).click();
      await page.getByRole('button', { name: names.edit }).click();
      await page.waitForTimeout(400);
      await shot('edit-dialog');
      await page.close();
    }
  }
} finally {
  await browser.close();
}
