import { expect, test } from '@playwright/test';

const focusedTag = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active === document.body || active === null
      ? 'body'
      : `${active.tagName.toLowerCase()}.${active.className}`;
  });

test('opening a flow from the list puts the focus in the new page, and Publish leaves it on the status', async ({
  page,
}) => {
  await page.goto('./');
  const link = page.getByRole('link', { name: 'Main line' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Main line' })).toBeVisible();
  // Not the document: the main region, so the next Tab starts inside the page that was opened.
  await expect.poll(() => focusedTag(page)).toMatch(/^main\.demo-main/);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(
    true,
  );

  const publish = page.getByRole('button', { name: 'Publish', exact: true });
  await publish.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.sona-publish-status[data-status="published"]')).toBeFocused();

  // Back to the list by keyboard: the focus moves into the list page, not to the document.
  await page.getByRole('link', { name: 'Call flows', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedTag(page)).toMatch(/^main\.demo-main/);
});
