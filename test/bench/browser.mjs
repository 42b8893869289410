// Browser benchmarks in headless Chromium: our canvas and job picker against baselines measured in the same run
// (bare React Flow, culled and not; a plain list), in alternating rounds, reporting medians and ratios. Main-thread
// time comes from the DevTools protocol (Performance.getMetrics TaskDuration, in thread CPU time, so other work on
// a shared machine counts less). Run with `pnpm bench` or `node test/bench/browser.mjs [--quick] [--only canvas|picker]`
// (BENCH_ROUNDS=7 and BENCH_SIZES=100,500,1000,2000 by default).
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build, preview } from 'vite';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (quick ? 3 : 7));
const SIZES = process.env.BENCH_SIZES
  ? process.env.BENCH_SIZES.split(',').map(Number)
  : quick
    ? [1000]
    : [100, 500, 1000, 2000];
/** Pointer moves measured per drag and per pan; each waits for the frame it causes. */
const MOVES = 30;
const VIEWPORT = { width: 1280, height: 800 };
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const CONFIG = fileURLToPath(new URL('./browser/vite.config.ts', import.meta.url));
const RESULTS = new URL('./results/latest.json', import.meta.url);

function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Main-thread busy time so far, in ms. */
async function mainThreadMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** Waits until the page has drawn a frame and run the tasks after it. */
function frame(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

async function openPage(browser, baseUrl, query) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(`${baseUrl}?${query}`);
  await page.waitForFunction(() => window.bench || window.benchError);
  const error = await page.evaluate(() => window.benchError);
  if (error) throw new Error(`The page ${query} failed to start:\n${error}`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, cdp };
}

/** Presses at `from`, moves a few pixels to start the gesture, then measures MOVES moves of `step` each. */
async function measureGesture(page, cdp, from, step, beforeMeasure) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 3; i++) {
    await page.mouse.move(from.x + step.x * i, from.y + step.y * i);
    await frame(page);
  }
  await beforeMeasure?.();
  const start = await mainThreadMs(cdp);
  for (let i = 4; i < 4 + MOVES; i++) {
    await page.mouse.move(from.x + step.x * i, from.y + step.y * i);
    await frame(page);
  }
  const perMove = ((await mainThreadMs(cdp)) - start) / MOVES;
  await page.mouse.up();
  await frame(page);
  await sleep(200);
  return perMove;
}

async function runCanvas(browser, baseUrl, variant, steps) {
  const query =
    variant === 'ours'
      ? `page=canvas-ours&steps=${steps}`
      : `page=canvas-bare&steps=${steps}&cull=${variant === 'bare-culled' ? 1 : 0}`;
  const { page, cdp } = await openPage(browser, baseUrl, query);
  try {
    const before = await mainThreadMs(cdp);
    const mountMs = await page.evaluate(() => window.bench.mount());
    const mountMainMs = (await mainThreadMs(cdp)) - before;
    const rendered = await page.evaluate(() => window.bench.rendered());
    const graph = await page.evaluate(() => window.bench.graph);
    let renders = null;
    const dragFrom = await page.evaluate(() => window.bench.dragPoint());
    const dragMs = await measureGesture(page, cdp, dragFrom, { x: 4, y: 3 }, async () => {
      if (variant === 'ours') await page.evaluate(() => window.bench.renders.reset());
    });
    if (variant === 'ours') renders = await page.evaluate(() => window.bench.renders.read());
    const panFrom = await page.evaluate(() => window.bench.panPoint());
    const panMs = await measureGesture(page, cdp, panFrom, { x: -6, y: -5 });
    return { mountMs, mountMainMs, dragMs, panMs, rendered, graph, renders };
  } finally {
    await page.close();
  }
}

const KEYSTROKE_WORDS = ['bo', 'wa', 'ki', 'la'];

async function runPicker(browser, baseUrl, variant) {
  const { page, cdp } = await openPage(browser, baseUrl, `page=picker-${variant}`);
  try {
    await page.evaluate(() => window.bench.mount());
    // Nobody clicks within a few milliseconds of the page showing; the picker's code loads in that idle moment.
    await sleep(500);
    let before = await mainThreadMs(cdp);
    const openMs = await page.evaluate(() => window.bench.open());
    await sleep(300);
    const openMainMs = (await mainThreadMs(cdp)) - before;
    let rows = await page.evaluate(() => window.bench.rows());
    const keystrokes = [];
    for (const word of KEYSTROKE_WORDS) {
      await page.evaluate(() => window.bench.clear());
      await sleep(300);
      await page.focus('input[type="search"]');
      for (const key of word) {
        await page.evaluate(() => window.bench.beforeKeystroke());
        before = await mainThreadMs(cdp);
        await page.keyboard.press(key);
        const timing = await page.evaluate(() => window.bench.afterKeystroke());
        const atResults = await mainThreadMs(cdp);
        // Work the keystroke sets off after the results show (e.g. usage of the rows in view), counted apart.
        await sleep(300);
        keystrokes.push({
          ...timing,
          mainMs: atResults - before,
          followUpMs: (await mainThreadMs(cdp)) - atResults,
        });
        rows = Math.max(rows, await page.evaluate(() => window.bench.rows()));
      }
    }
    return {
      openMs,
      openMainMs,
      rows,
      keystrokeMainMs: median(keystrokes.map((k) => k.mainMs)),
      keystrokeFollowUpMs: median(keystrokes.map((k) => k.followUpMs)),
      keystrokeResultsMs: median(keystrokes.map((k) => k.resultsMs)),
      keystrokeFrameMs: median(keystrokes.map((k) => k.frameMs)),
    };
  } finally {
    await page.close();
  }
}

/** Runs each variant once per round, alternating which goes first, and keeps every round's figures. */
async function alternate(variants, run) {
  const rounds = Object.fromEntries(variants.map((variant) => [variant, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? variants : [...variants].reverse();
    for (const variant of order) rounds[variant].push(await run(variant));
  }
  return rounds;
}

function medianOf(runs, key) {
  return median(runs.map((run) => run[key]));
}

const round2 = (value) => Math.round(value * 100) / 100;

async function benchCanvas(browser, baseUrl) {
  const results = [];
  for (const steps of SIZES) {
    process.stdout.write(`canvas, ${steps} steps: `);
    const runs = await alternate(['ours', 'bare-culled', 'bare'], async (variant) => {
      const result = await runCanvas(browser, baseUrl, variant, steps);
      process.stdout.write('.');
      return result;
    });
    process.stdout.write('\n');
    const figures = {};
    for (const [variant, list] of Object.entries(runs)) {
      figures[variant] = {
        mountMs: round2(medianOf(list, 'mountMs')),
        mountMainMs: round2(medianOf(list, 'mountMainMs')),
        dragMsPerMove: round2(medianOf(list, 'dragMs')),
        panMsPerFrame: round2(medianOf(list, 'panMs')),
        nodesInDom: list[0].rendered.nodes,
        edgesInDom: list[0].rendered.edges,
      };
    }
    const renders = runs.ours.map((run) => run.renders);
    results.push({
      steps,
      edges: runs.ours[0].graph.edges,
      ...figures,
      dragRenders: {
        perMove: round2(median(renders.map((r) => r.total / MOVES))),
        distinctNodes: Math.max(...renders.map((r) => r.distinct)),
      },
    });
  }
  return results;
}

async function benchPicker(browser, baseUrl) {
  process.stdout.write('job picker, 10,000 jobs: ');
  const runs = await alternate(['ours', 'plain'], async (variant) => {
    const result = await runPicker(browser, baseUrl, variant);
    process.stdout.write('.');
    return result;
  });
  process.stdout.write('\n');
  const figures = {};
  for (const [variant, list] of Object.entries(runs)) {
    figures[variant] = {
      openMs: round2(medianOf(list, 'openMs')),
      openMainMs: round2(medianOf(list, 'openMainMs')),
      keystrokeMainMs: round2(medianOf(list, 'keystrokeMainMs')),
      keystrokeFollowUpMs: round2(medianOf(list, 'keystrokeFollowUpMs')),
      keystrokeResultsMs: round2(medianOf(list, 'keystrokeResultsMs')),
      keystrokeFrameMs: round2(medianOf(list, 'keystrokeFrameMs')),
      rowsInDom: Math.max(...list.map((run) => run.rows)),
    };
  }
  return { jobs: 10_000, ...figures };
}

const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : '–');
const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

function printCanvas(results) {
  console.log(
    '\ncanvas (ms; main thread per event, median of rounds) | ours | bare culled | bare | ours ÷ culled',
  );
  console.log('--- | ---: | ---: | ---: | ---:');
  for (const r of results) {
    const rows = [
      ['drag, per pointer move', 'dragMsPerMove'],
      ['pan, per frame', 'panMsPerFrame'],
      ['initial mount (to the last frame that changes)', 'mountMs'],
    ];
    for (const [label, key] of rows) {
      console.log(
        `${r.steps} steps, ${label} | ${ms(r.ours[key])} | ${ms(r['bare-culled'][key])} | ${ms(r.bare[key])} | ${ratio(r.ours[key], r['bare-culled'][key])}`,
      );
    }
    console.log(
      `${r.steps} steps, nodes in the DOM | ${r.ours.nodesInDom} | ${r['bare-culled'].nodesInDom} | ${r.bare.nodesInDom} |`,
    );
    console.log(
      `${r.steps} steps, step nodes re-rendered per drag move | ${r.dragRenders.perMove} (${r.dragRenders.distinctNodes} distinct) | | |`,
    );
  }
}

function printPicker(r) {
  console.log('\njob picker, 10,000 jobs (ms) | ours | plain list | ratio');
  console.log('--- | ---: | ---: | ---:');
  const rows = [
    ['open, to the first frame with rows', 'openMs'],
    ['open, main thread', 'openMainMs'],
    ['keystroke → new results shown, main thread', 'keystrokeMainMs'],
    ['then, main thread (ours: usage of the rows in view)', 'keystrokeFollowUpMs'],
    ['keystroke → frame with new results (ours waits for a 150 ms pause in typing)', 'keystrokeResultsMs'],
    ['keystroke → next frame (typing lag)', 'keystrokeFrameMs'],
    ['rows in the DOM', 'rowsInDom'],
  ];
  for (const [label, key] of rows) {
    console.log(`${label} | ${ms(r.ours[key])} | ${ms(r.plain[key])} | ${ratio(r.ours[key], r.plain[key])}`);
  }
}

function mergeBySize(previous = [], current = []) {
  const measured = new Set(current.map((result) => result.steps));
  return [...previous.filter((result) => !measured.has(result.steps)), ...current].sort(
    (a, b) => a.steps - b.steps,
  );
}

function readResults() {
  try {
    return JSON.parse(readFileSync(RESULTS, 'utf8'));
  } catch {
    return {};
  }
}

async function main() {
  console.log('Building the benchmark pages (production build)…');
  await build({ configFile: CONFIG, logLevel: 'warn' });
  const server = await preview({
    configFile: CONFIG,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 4190, strictPort: false, open: false },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('vite preview did not report its address.');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const canvas = only && only !== 'canvas' ? undefined : await benchCanvas(browser, baseUrl);
    const picker = only && only !== 'picker' ? undefined : await benchPicker(browser, baseUrl);
    if (canvas) printCanvas(canvas);
    if (picker) printPicker(picker);
    const previous = readResults();
    const browserResults = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      viewport: VIEWPORT,
      rounds: ROUNDS,
      movesPerGesture: MOVES,
      // Sizes not measured this time (BENCH_SIZES) keep their last figures.
      canvas: mergeBySize(previous.browser?.canvas, canvas),
      picker: picker ?? previous.browser?.picker,
    };
    writeFileSync(
      RESULTS,
      `${JSON.stringify(
        {
          ...previous,
          machine: {
            cpus: os.cpus().length,
            model: os.cpus()[0]?.model,
            memoryGiB: Math.round(os.totalmem() / 2 ** 30),
            node: process.version,
            platform: `${os.type()} ${os.release()}`,
          },
          browser: browserResults,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nWritten to ${fileURLToPath(RESULTS)}`);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
}

await main();
