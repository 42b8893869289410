// Bundle size budgets: `node test/bench/bundleSize.mjs --check` (part of `pnpm test`) fails when one is exceeded;
// `--write` (part of `pnpm bench`) adds the figures to test/bench/results/latest.json; `--largest core|react` lists
// the heaviest modules. Deterministic: gzip level 9 of minified ESM, no timing involved.
//
// What counts: each package is built with its own Vite config (what npm would ship), then bundled and minified the
// way a host app would, with the package's dependencies and peer dependencies left external. The figure is the
// initial entry: the entry chunk plus the chunks it imports statically. Chunks loaded on demand (the job templates)
// are listed apart and not counted. The tree-shaking check bundles an app that imports only `JobPicker` (every
// dependency but React bundled in) and fails if React Flow or the canvas came along.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KB = 1000;
/** The sizes issue #7 asks for, enforced by `--check`: a change that makes a package heavier fails the test command. */
export const BUDGETS = { core: 12 * KB, react: 45 * KB };

function packageDir(name) {
  return `${ROOT}${name}`;
}

function externalsOf(dir) {
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  return names.map((name) => new RegExp(`^${name.replace(/[/.]/g, '\\$&')}($|/)`));
}

const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** Splits a build's chunks into the initial load (entry and its static imports) and what loads on demand. */
function initialAndLazy(output, isEntry = (chunk) => chunk.isEntry) {
  const chunks = new Map(
    output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
  );
  const initial = new Set();
  const visit = (fileName) => {
    const chunk = chunks.get(fileName);
    if (!chunk || initial.has(fileName)) return;
    initial.add(fileName);
    for (const imported of chunk.imports) visit(imported);
  };
  for (const chunk of chunks.values()) if (isEntry(chunk)) visit(chunk.fileName);
  const sizeOf = (names) => names.reduce((sum, name) => sum + gzip(chunks.get(name).code), 0);
  const lazy = [...chunks.keys()].filter((name) => !initial.has(name));
  return {
    initialGzip: sizeOf([...initial]),
    lazy: lazy.map((name) => ({ chunk: name, gzip: gzip(chunks.get(name).code) })),
  };
}

/**
 * The package as it would ship, built by its own config into a scratch folder of its `dist` (ignored by git): inside
 * the package, so its dependencies resolve and its `sideEffects` field applies, as for an installed copy.
 */
async function shipPackage(name) {
  const dir = packageDir(`packages/${name}`);
  const outDir = `${dir}/dist/.size-check`;
  rmSync(outDir, { recursive: true, force: true });
  await build({
    root: dir,
    configFile: `${dir}/vite.config.ts`,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, sourcemap: false, reportCompressedSize: false },
  });
  return { dir, outDir };
}

/** Minified host-app bundle of `entry` with `external` left out; returns rolldown's output items. */
async function bundle(root, entry, external, conditions = []) {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    resolve: { conditions: [...conditions, 'module', 'browser', 'import', 'default'] },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: 'entry' },
      rolldownOptions: { external },
    },
  });
  return (Array.isArray(result) ? result[0] : result).output;
}

/** The package's other entry points (`exports` subpaths with JavaScript), e.g. `./memory` → `dist/memory/index.js`. */
function subpathEntries(dir) {
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  return Object.entries(pkg.exports)
    .filter(([subpath, target]) => subpath !== '.' && typeof target.import === 'string')
    .map(([subpath, target]) => ({
      subpath: subpath.slice(2),
      file: target.import.replace(/^\.\/dist\//, ''),
    }));
}

async function packageSize(name) {
  const { dir, outDir } = await shipPackage(name);
  const output = await bundle(dir, `${outDir}/index.js`, externalsOf(dir));
  // Each other entry point on its own (what a host pays when it imports it), for the record: not budgeted.
  const entries = [];
  for (const { subpath, file } of subpathEntries(dir)) {
    if (['testing', 'demo'].includes(subpath)) continue;
    const entryOutput = await bundle(dir, `${outDir}/${file}`, externalsOf(dir));
    entries.push({ subpath, gzip: initialAndLazy(entryOutput).initialGzip });
  }
  return { outDir, entries, ...initialAndLazy(output) };
}

/** An app importing only JobPicker: does React Flow or the canvas end up in it? */
async function pickerOnly(reactDist) {
  const dir = packageDir('packages/react');
  const entryDir = `${dir}/dist/.size-check-app`;
  mkdirSync(entryDir, { recursive: true });
  const entry = `${entryDir}/app.js`;
  writeFileSync(entry, `export { JobPicker } from '${reactDist}/index.js';\n`);
  try {
    // Our core resolves to its sources, so no build of it is needed; React stays out as in any host.
    const output = await bundle(dir, entry, [/^react($|\/)/, /^react-dom($|\/)/], ['@sona-designer/source']);
    const code = output
      .filter((item) => item.type === 'chunk')
      .map((chunk) => chunk.code)
      .join('\n');
    const { initialGzip } = initialAndLazy(output);
    // Once the picker opens: its own chunk and what that imports, on top of the start.
    const opened = initialAndLazy(output, (chunk) => chunk.isEntry || chunk.code.includes('sona-job-picker'));
    return {
      initialGzip,
      openedGzip: opened.initialGzip,
      hasJobPicker: code.includes('sona-job-picker'),
      hasReactFlow: code.includes('react-flow__'),
      hasCanvas: code.includes('sona-flow-canvas'),
    };
  } finally {
    rmSync(entryDir, { recursive: true, force: true });
  }
}

async function demoInitialJs() {
  const dir = packageDir('apps/demo');
  const result = await build({
    root: dir,
    configFile: `${dir}/vite.config.ts`,
    logLevel: 'silent',
    build: { write: false, reportCompressedSize: false },
  });
  return initialAndLazy((Array.isArray(result) ? result[0] : result).output);
}

const kB = (bytes) => `${(bytes / KB).toFixed(1)} kB`;

export async function measureBundles() {
  const dists = ['core', 'react'].map((name) => packageDir(`packages/${name}/dist`));
  const existed = dists.map((dist) => existsSync(dist));
  try {
    const core = await packageSize('core');
    const react = await packageSize('react');
    const picker = await pickerOnly(react.outDir);
    const demo = await demoInitialJs();
    return {
      core: { gzip: core.initialGzip, budget: BUDGETS.core, lazy: core.lazy, entries: core.entries },
      react: { gzip: react.initialGzip, budget: BUDGETS.react, lazy: react.lazy, entries: react.entries },
      jobPickerOnly: picker,
      demoInitialJs: { gzip: demo.initialGzip, lazy: demo.lazy },
    };
  } finally {
    dists.forEach((dist, index) => {
      rmSync(existed[index] ? `${dist}/.size-check` : dist, { recursive: true, force: true });
    });
  }
}

/** Problems to report, each saying what is wrong and where to look. */
export function budgetProblems(sizes) {
  const problems = [];
  for (const name of ['core', 'react']) {
    const { gzip: size, budget } = sizes[name];
    if (size > budget) {
      problems.push(
        `@sona-designer/${name} is ${kB(size)} gzip, over its ${kB(budget)} budget: run \`node test/bench/bundleSize.mjs --largest ${name}\` to see which modules weigh most.`,
      );
    }
  }
  const picker = sizes.jobPickerOnly;
  if (!picker.hasJobPicker)
    problems.push('The JobPicker-only bundle has no job picker in it: the check is broken.');
  if (picker.hasReactFlow || picker.hasCanvas) {
    problems.push(
      `Importing only JobPicker pulls in ${picker.hasReactFlow ? 'React Flow' : 'the canvas'}: some module-level code on the way (a call not marked pure, a side effect) keeps the canvas alive.`,
    );
  }
  return problems;
}

/** The modules of a package's entry by size in the bundle (before minification), to find what makes it big. */
async function largestModules(name) {
  const dir = packageDir(`packages/${name}`);
  const output = await bundle(dir, `${dir}/src/index.ts`, externalsOf(dir), ['@sona-designer/source']);
  const sizes = new Map();
  for (const chunk of output.filter((item) => item.type === 'chunk' && item.isEntry)) {
    for (const [id, info] of Object.entries(chunk.modules)) {
      sizes.set(id.replace(ROOT, ''), info.renderedLength);
    }
  }
  return [...sizes].sort((a, b) => b[1] - a[1]);
}

function printSizes(sizes) {
  console.log('\nbundle (gzip, minified ESM, dependencies external) | size | budget');
  console.log('--- | ---: | ---:');
  console.log(`@sona-designer/core, initial entry | ${kB(sizes.core.gzip)} | ${kB(sizes.core.budget)}`);
  console.log(`@sona-designer/react, initial entry | ${kB(sizes.react.gzip)} | ${kB(sizes.react.budget)}`);
  for (const name of ['core', 'react']) {
    for (const { subpath, gzip: size } of sizes[name].entries) {
      console.log(`@sona-designer/${name}/${subpath}, own entry point | ${kB(size)} | not counted`);
    }
  }
  for (const name of ['core', 'react']) {
    for (const { chunk, gzip: size } of sizes[name].lazy) {
      console.log(`@sona-designer/${name}, on demand: ${chunk} | ${kB(size)} | not counted`);
    }
  }
  const picker = sizes.jobPickerOnly;
  console.log(
    `app importing only JobPicker (all but React bundled), at start / once opened | ${kB(picker.initialGzip)} / ${kB(picker.openedGzip)} | React Flow ${picker.hasReactFlow ? 'INCLUDED' : 'absent'}, canvas ${picker.hasCanvas ? 'INCLUDED' : 'absent'}`,
  );
  console.log(`demo app, initial JavaScript (React included) | ${kB(sizes.demoInitialJs.gzip)} |`);
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--largest')) {
    const name = args[args.indexOf('--largest') + 1] ?? 'react';
    for (const [id, length] of (await largestModules(name)).slice(0, Number(process.env.LARGEST ?? 30))) {
      console.log(`${String(length).padStart(8)}  ${id}`);
    }
    return;
  }
  const sizes = await measureBundles();
  printSizes(sizes);
  if (args.includes('--write')) {
    const file = new URL('./results/latest.json', import.meta.url);
    let previous = {};
    try {
      previous = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // No figures yet: start the file.
    }
    writeFileSync(file, `${JSON.stringify({ ...previous, bundle: sizes }, null, 2)}\n`);
  }
  const problems = budgetProblems(sizes);
  for (const problem of problems) console.error(`✗ ${problem}`);
  if (problems.length === 0)
    console.log('✓ Bundle budgets met; importing only JobPicker leaves the canvas out.');
  // `--check` (the test command) fails on a problem; `pnpm bench` only reports.
  if (problems.length > 0 && args.includes('--check')) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
