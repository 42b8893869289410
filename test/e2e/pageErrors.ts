import { test as base, expect } from '@playwright/test';

// A test that uses this `test` fails on any uncaught error or unhandled promise rejection in any of its pages: a
// failure of the adapter must be shown (or retried) where it happens, never left to the console.

declare global {
  interface Window {
    __sonaUnhandled?: string[];
  }
}

/** `test` whose browser context records every page's uncaught errors and unhandled rejections, and fails on any. */
export const test = base.extend({
  context: async ({ context }, use) => {
    const errors: string[] = [];
    // Before any script of the page: rejections of the first load count too.
    await context.addInitScript(() => {
      window.__sonaUnhandled = [];
      window.addEventListener('unhandledrejection', (event) => {
        const reason = event.reason as { stack?: string } | undefined;
        window.__sonaUnhandled?.push(`unhandled rejection: ${reason?.stack ?? String(event.reason)}`);
      });
    });
    const watch = (page: import('@playwright/test').Page) =>
      page.on('pageerror', (error) =>
        errors.push(`page error in ${page.url()}: ${error.stack ?? error.message}`),
      );
    for (const page of context.pages()) watch(page);
    context.on('page', watch);

    await use(context);

    for (const page of context.pages()) {
      if (page.isClosed()) continue;
      const recorded = await page.evaluate(() => window.__sonaUnhandled ?? []).catch(() => [] as string[]);
      errors.push(...recorded.map((entry) => `${page.url()}: ${entry}`));
    }
    expect(errors, 'uncaught errors and unhandled rejections in the pages').toEqual([]);
  },
});

/** The unhandled rejections a page recorded so far (to fail early, inside a test). */
export function unhandledIn(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => window.__sonaUnhandled ?? []);
}

export { expect };
