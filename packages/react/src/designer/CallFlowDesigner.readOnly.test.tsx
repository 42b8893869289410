import { beforeEach, expect, test, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { createFixtureAdapter } from '../test/fixtures';
import { CallFlowDesigner } from './CallFlowDesigner';

beforeEach(async () => {
  await page.viewport(1280, 800);
});

test('read-only, without the palette, the canvas takes the palette’s place instead of squeezing into it', async () => {
  const screen = await render(
    <div style={{ height: 600, width: 1200 }}>
      <CallFlowDesigner adapter={createFixtureAdapter()} flowId="flow-main" readOnly />
    </div>,
  );
  await expect.element(screen.getByRole('heading', { name: 'Main line' })).toBeVisible();
  const canvas = await vi.waitUntil(() =>
    screen.container.querySelector<HTMLElement>('section.sona-designer__canvas'),
  );
  expect(screen.container.querySelector('.sona-designer__palette')).toBeNull();
  const body = screen.container.querySelector('.sona-designer__body')?.getBoundingClientRect();
  const box = canvas.getBoundingClientRect();
  expect(box.left).toBe(body?.left);
  // Everything but the inspector's column.
  expect(box.width).toBeGreaterThan(800);
});
