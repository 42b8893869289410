import { createRequire } from 'node:module';
import { expect, type Page, test } from '@playwright/test';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe-core (the engine of Storybook's a11y checks) on the whole page; returns the violations, described. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }>;
    }
    return (await axe.run(document)).violations;
  });
  return results.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

const PAGES = [
  ['call flows', './'],
  ['designer', './#/flows/flow-main'],
  ['job library', './#/jobs'],
  ['knowledge', './#/knowledge'],
  ['call summaries', './#/summaries'],
] as const;

for (const [name, url] of PAGES) {
  for (const theme of ['Light', 'Dark'] as const) {
    test(`the ${name} page has no accessibility violations (${theme.toLowerCase()})`, async ({ page }) => {
      await page.goto(url);
      await page.getByRole('radio', { name: theme }).check();
      await expect(page.getByRole('navigation', { name: 'Demo pages' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0);
      await page.waitForTimeout(600);
      expect(await violations(page)).toEqual([]);
    });
  }
}
