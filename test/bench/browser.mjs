// Browser benchmarks in headless Chromium: our canvas and job picker against baselines measured in the same run
// (bare React Flow, culled and not; a plain list), in alternating rounds, reporting medians and ratios. Main-thread
// time comes from the DevTools protocol (Performance.getMetrics TaskDuration, in thread CPU time, so other work on
// a shared machine counts less). Typing in the whole designer while its saved tests re-run after every edit is
// measured against the same page with no tests. Run with `pnpm bench` or
// `node test/bench/browser.mjs [--quick] [--only canvas|picker|typing] [--control]` (BENCH_ROUNDS=7 and
// BENCH_SIZES=100,500,1000,2000 by default; --control adds the typing benchmark's control, a suite run in one task).
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { build, preview } from 'vite';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const control = args.includes('--control');
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

/** Saved tests of the support line in the typing benchmark (the baseline has none). */
const TYPING_TESTS = 200;
/** Typed into the Sona step's greeting: 40 characters, five words of eight. */
const TYPED = ' but we will get you sorted out quickly.';
const WORD_LENGTH = 8;
/** Long tasks are counted until this long after the last key (longer if the suite's last run ends later). */
const AFTER_TYPING_MS = 1_500;

/**
 * The same delays in every run: 60–80 ms between keys, and after each word a pause of 305–335 ms, just past the
 * suite's 300 ms pause after an edit, so the next word's first key lands while the suite runs (at 60–80 ms between
 * keys alone, the suite would only run after the last key, and no key could show whether a run blocks typing).
 */
function typingDelays() {
  let state = 7;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return [...TYPED].map((_, index) =>
    (index + 1) % WORD_LENGTH === 0 ? 305 + next() * 30 : 60 + next() * 20,
  );
}

function percentile(values, p) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Waits until the count shows the page's tests and a run has finished: after `after` (page clock), it went from
 * running to done; at first, it shows failing tests (some of the generated ones always fail, and before the first
 * run none does — the first run can start and end between two of React's commits, so "running" may never show).
 */
async function countSettled(page, tests, after) {
  await page.waitForFunction(
    ({ tests, after }) => {
      const name = window.bench.countName();
      if (!name.startsWith('Tests: ') || name.includes('running')) return false;
      // With no tests the count never says "running".
      if (tests === 0) return true;
      if (!name.includes(`${tests} tests`)) return false;
      return after === undefined ? /\d+ failing/.test(name) : window.bench.settledAt() > after;
    },
    { tests, after },
    { timeout: 120_000, polling: 20 },
  );
}

async function runTyping(browser, baseUrl, variant) {
  const tests = variant === 'baseline' ? 0 : TYPING_TESTS;
  const query = `page=typing&tests=${tests}${variant === 'control' ? '&control=sync-suite' : ''}`;
  const { page } = await openPage(browser, baseUrl, query);
  try {
    await page.evaluate(() => window.bench.mount());
    await countSettled(page, tests);
    // What the designer loads in idle moments once the canvas shows.
    await sleep(1_000);
    await page.getByRole('group', { name: /^Sona step: / }).click();
    const greeting = page
      .getByRole('region', { name: 'Step settings' })
      .getByRole('textbox', { name: 'Greeting' });
    await greeting.focus();
    await page.keyboard.press('Control+End');
    const before = await greeting.inputValue();
    await sleep(500);
    await page.evaluate(() => window.bench.startRecording());
    const delays = typingDelays();
    let due = performance.now();
    for (const [index, character] of [...TYPED].entries()) {
      await page.keyboard.type(character);
      due += delays[index];
      if (index < TYPED.length - 1) await sleep(Math.max(0, due - performance.now()));
    }
    const typed = (await greeting.inputValue()).slice(before.length);
    if (typed !== TYPED) throw new Error(`The greeting got “${typed}” instead of “${TYPED}”.`);
    // The keys' frames, then the suite's run after the last edit.
    await sleep(100);
    const lastKeyAt = await page.evaluate(() => {
      const bench = window.bench;
      return bench.stopRecording(bench.now()).keys.at(-1)?.at ?? 0;
    });
    await countSettled(page, tests, lastKeyAt);
    const settledAt = await page.evaluate(() => window.bench.settledAt());
    const until = Math.max(lastKeyAt + AFTER_TYPING_MS, tests > 0 ? settledAt + 50 : 0);
    const wait = until - (await page.evaluate(() => window.bench.now()));
    if (wait > 0) await sleep(wait);
    const record = await page.evaluate((until) => window.bench.stopRecording(until), until);
    if (record.keys.length !== TYPED.length)
      throw new Error(`${record.keys.length} of the ${TYPED.length} keys were timed.`);
    return {
      latencies: record.keys.map((key) => key.frameMs),
      maxLatency: Math.max(...record.keys.map((key) => key.frameMs)),
      keysDuringRun: record.keys.filter((key) => key.duringRun).length,
      keysInSlice: record.keys.filter((key) =>
        record.slices.some((slice) => key.at >= slice.start && key.at < slice.start + slice.duration),
      ).length,
      slices: record.slices.length,
      longestSliceMs: Math.max(0, ...record.slices.map((slice) => slice.duration)),
      sliceMs: record.slices.reduce((sum, slice) => sum + slice.duration, 0),
      longTasks: record.longTasks.length,
      longestTaskMs: Math.max(0, ...record.longTasks.map((task) => task.duration)),
      longTaskMs: record.longTasks.reduce((sum, task) => sum + task.duration, 0),
      slowEvents: record.slowEvents.count,
      slowestEventMs: record.slowEvents.maxMs,
      settleMs: tests > 0 ? settledAt - lastKeyAt : Number.NaN,
    };
  } finally {
    await page.close();
  }
}

async function benchTyping(browser, baseUrl) {
  process.stdout.write(`typing in the designer, ${TYPING_TESTS} saved tests: `);
  const variants = control ? ['subject', 'baseline', 'control'] : ['subject', 'baseline'];
  const runs = await alternate(variants, async (variant) => {
    const result = await runTyping(browser, baseUrl, variant);
    process.stdout.write('.');
    return result;
  });
  process.stdout.write('\n');
  const figures = {};
  for (const [variant, list] of Object.entries(runs)) {
    const latencies = list.flatMap((run) => run.latencies);
    figures[variant] = {
      tests: variant === 'baseline' ? 0 : TYPING_TESTS,
      keyP50Ms: round2(percentile(latencies, 50)),
      keyP95Ms: round2(percentile(latencies, 95)),
      keyMaxMs: round2(Math.max(...latencies)),
      // One hiccup of a shared machine sets the max of all rounds; the median of each round's max shrugs it off.
      keyRoundMaxMs: round2(medianOf(list, 'maxLatency')),
      keysDuringRun: round2(medianOf(list, 'keysDuringRun')),
      keysInSlice: round2(medianOf(list, 'keysInSlice')),
      slices: round2(medianOf(list, 'slices')),
      longestSliceMs: round2(Math.max(...list.map((run) => run.longestSliceMs))),
      sliceMs: round2(medianOf(list, 'sliceMs')),
      longTasks: round2(medianOf(list, 'longTasks')),
      longestTaskMs: round2(Math.max(...list.map((run) => run.longestTaskMs))),
      longTaskMs: round2(medianOf(list, 'longTaskMs')),
      slowEvents: round2(medianOf(list, 'slowEvents')),
      slowestEventMs: round2(Math.max(...list.map((run) => run.slowestEventMs))),
      settleMs: round2(medianOf(list, 'settleMs')),
    };
  }
  return { keys: TYPED.length, ...figures };
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
const ms = (value) => (Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value.toFixed(1)) : '–');

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

function printTyping(r) {
  const columns = r.control ? ' | control: whole run in one task' : '';
  console.log(
    `\ntyping ${r.keys} keys in the Sona step's greeting (ms; latencies of all rounds' keys, counts and totals median of rounds) | ${TYPING_TESTS} tests | no tests | ratio${columns}`,
  );
  console.log(`--- | ---: | ---: | ---:${r.control ? ' | ---:' : ''}`);
  const rows = [
    ['key → next frame, p50', 'keyP50Ms'],
    ['key → next frame, p95', 'keyP95Ms'],
    ['key → next frame, max', 'keyMaxMs'],
    ['key → next frame, max of a round (median of rounds)', 'keyRoundMaxMs'],
    ['keys handled in the middle of a run (between two slices)', 'keysDuringRun'],
    ['keys pressed while a slice ran (they wait for its end)', 'keysInSlice'],
    ['suite slices (tasks running tests), per round', 'slices'],
    ['longest slice (any round)', 'longestSliceMs'],
    ['time in slices, per round', 'sliceMs'],
    ['long tasks from the first key to 1.5 s after the last', 'longTasks'],
    ['longest long task (any round)', 'longestTaskMs'],
    ['long tasks, total', 'longTaskMs'],
    ['key events over 50 ms to the next paint (Event Timing)', 'slowEvents'],
    ['slowest key event (Event Timing, any round)', 'slowestEventMs'],
    ['last key → count settled (300 ms pause + the run)', 'settleMs'],
  ];
  for (const [label, key] of rows) {
    const shown = ['keyP95Ms', 'keyMaxMs', 'keyRoundMaxMs'].includes(key)
      ? ratio(r.subject[key], r.baseline[key])
      : '';
    console.log(
      `${label} | ${ms(r.subject[key])} | ${ms(r.baseline[key])} | ${shown}${r.control ? ` | ${ms(r.control[key])}` : ''}`,
    );
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
    const typing = only && only !== 'typing' ? undefined : await benchTyping(browser, baseUrl);
    if (canvas) printCanvas(canvas);
    if (picker) printPicker(picker);
    if (typing) printTyping(typing);
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
      typing: typing ? { rounds: ROUNDS, ...typing } : previous.browser?.typing,
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
