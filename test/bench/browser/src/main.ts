// Picks the page named by `?page=` and exposes it as `window.bench` for the driver.
import type { CanvasBench, PickerBench, TypingBench } from './benchApi';

type PageFactory = (root: HTMLElement, params: URLSearchParams) => CanvasBench | PickerBench | TypingBench;

const PAGES: Record<string, () => Promise<{ createBench: PageFactory }>> = {
  'canvas-ours': () => import('./canvasOurs'),
  'canvas-bare': () => import('./canvasBare'),
  'picker-ours': () => import('./pickerOurs'),
  'picker-plain': () => import('./pickerPlain'),
  typing: () => import('./typingDesigner'),
};

async function start() {
  const params = new URLSearchParams(location.search);
  const name = params.get('page') ?? '';
  const load = PAGES[name];
  const root = document.getElementById('root');
  if (!load || !root) throw new Error(`Unknown page “${name}”: use ?page=${Object.keys(PAGES).join('|')}.`);
  const { createBench } = await load();
  window.bench = createBench(root, params);
}

start().catch((error: unknown) => {
  window.benchError = error instanceof Error ? (error.stack ?? error.message) : String(error);
});
