// The packages as a host product gets them: `node test/consumers/run.mjs` (part of `pnpm test`, after `pnpm build`).
//
// Packs @sona-designer/core, @sona-designer/react and @sona-designer/server as pnpm would publish them, checks the
// tarballs (contents, the published package.json, `publint --strict`, `attw --profile esm-only`) and installs them with
// npm, never as workspace links, into fresh host apps in a temporary folder outside the workspace:
// - vite: Vite 8 + React 19 + TypeScript (`moduleResolution: bundler`, strict) whose App.tsx is the README's embed
//   snippet; `tsc --noEmit`, `vite build`, then `vite preview` in headless Chromium: a Sona step shows, no console
//   error, and the host's own `.react-flow__panel` outside the designer keeps its styles;
// - node16: TypeScript with `module`/`moduleResolution: node16` and `skipLibCheck: false`: the public API compiles
//   without an error (and without `any`), a wrong prop fails with TS2322;
// - next: Next.js App Router, a Server Component page importing `CallFlowDesigner`: `next build` prerenders it, and
//   `next start` serves a page that hydrates in Chromium without a console error;
// - node-server: a Node project with core and server only: server.ts compiles under `node16` with `skipLibCheck:
//   false` and Node's types (a wrong role fails with TS2322); run.mjs runs `createServer` on PGlite in memory and a
//   `createHttpAdapter` over real HTTP (create, subscribe, update and the `job-updated` event, a viewer's write refused
//   with FORBIDDEN, the OpenAPI document); the `sona-designer-server` bin prints its usage, then starts on PGlite in a
//   folder (the migrations found in the installed package), answers /v1/health and exits 0 on SIGTERM.
//
// The host apps' own dependencies are installed once per version of their package.json into
// node_modules/.cache/sona-consumers (and copied, as hard links, into each fresh app); the tarballs and what they
// depend on are installed in every run. Exits non-zero when any check fails. `SONA_CONSUMERS_KEEP=1` keeps the
// temporary folder to look into.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { chromium } from 'playwright';
import { reactFlowSelectors } from './cssScope.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HOSTS = fileURLToPath(new URL('./hosts', import.meta.url));
const CACHE = join(ROOT, 'node_modules/.cache/sona-consumers');
const NPM_INSTALL = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PACKAGES = ['core', 'react', 'server'];
/** A module starting with the `'use client'` directive (after comments). */
const DIRECTIVE = /^(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/|\s)*['"]use client['"]/;

const started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'sona-consumers-'));
let failed = false;

// ---------------------------------------------------------------------------------------------------------------
// Helpers

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Children see no npm/pnpm settings of the `pnpm run` that started this script: the host apps are plain npm projects. */
function cleanEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|pnpm_)/i.test(key)) env[key] = value;
  }
  return { ...env, npm_config_update_notifier: 'false', NEXT_TELEMETRY_DISABLED: '1', ...extra };
}

/** Runs a command to its end; resolves with its output, rejects with the output's tail when it fails. */
function exec(command, args, { cwd, env = cleanEnv(), timeout = 600_000, allowFailure = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const timer = setTimeout(() => {
      output += `\n[killed after ${seconds(timeout)}]`;
      process.kill(-child.pid, 'SIGKILL');
    }, timeout);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0 || allowFailure) resolve({ code, output });
      else {
        const tail = output.trim().split('\n').slice(-40).join('\n');
        reject(new Error(`${basename(command)} ${args.join(' ')} exited with ${code}:\n${tail}`));
      }
    });
  });
}

/** Starts a long-running server; `stop()` ends it and everything it started. */
function startServer(command, args, { cwd, env = cleanEnv() }) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  return {
    output: () => output,
    /** Resolves with `{ code, signal }` once the process has ended. */
    exited,
    stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
    },
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForUrl(url, server, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${seconds(timeout)}:\n${server.output().slice(-2000)}`);
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** One host app: its steps run in order; the first failing one skips the rest. Prints a line per step and a total. */
const summary = [];
async function host(name, steps) {
  const start = performance.now();
  let ok = true;
  console.log(`\n${name}`);
  for (const [label, step] of steps) {
    if (!ok) {
      console.log(`  - ${label}: skipped`);
      continue;
    }
    const stepStart = performance.now();
    try {
      const note = await step();
      const detail = typeof note === 'string' ? `: ${note}` : '';
      console.log(`  ✓ ${label} (${seconds(performance.now() - stepStart)})${detail}`);
    } catch (error) {
      ok = false;
      failed = true;
      console.log(`  ✗ ${label} (${seconds(performance.now() - stepStart)})`);
      console.log(`    ${String(error?.stack ?? error).replaceAll('\n', '\n    ')}`);
    }
  }
  summary.push(
    `${ok ? '✓' : '✗'} ${name}: ${ok ? 'passed' : 'FAILED'} in ${seconds(performance.now() - start)}`,
  );
  return ok;
}

/** The pnpm that runs this script (`pnpm test:consumers`), or the pinned one through npx. */
function pnpmCommand() {
  const execPath = process.env.npm_execpath ?? '';
  if (basename(execPath).startsWith('pnpm')) {
    return /\.[cm]?js$/.test(execPath) ? [process.execPath, [execPath]] : [execPath, []];
  }
  return ['npx', ['-y', 'pnpm@12.21.0']];
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** A copy of a folder made of hard links (fast, no extra disk), or a plain copy where `cp -al` is not available. */
function linkTree(from, to) {
  try {
    execFileSync('cp', ['-al', from, to], { stdio: 'ignore' });
  } catch {
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  }
}

/**
 * A fresh host app in the temporary folder: its template, its dependencies (installed once per version of its
 * package.json, then hard-linked), and the given packages' tarballs (`['core', 'react']`…) installed by npm like any
 * registry package.
 */
async function installHost(name, packages) {
  const template = join(HOSTS, name);
  const app = join(work, name);
  cpSync(template, app, { recursive: true });
  const manifest = readFileSync(join(template, 'package.json'));
  const key = createHash('sha256')
    .update(manifest)
    .update(process.version.split('.')[0])
    .digest('hex')
    .slice(0, 12);
  const cached = join(CACHE, `${name}-${key}`);
  let note = 'dependencies from the cache';
  if (!existsSync(join(cached, 'node_modules'))) {
    note = 'dependencies installed into the cache';
    // Installs of earlier versions of this app's package.json go.
    for (const old of existsSync(CACHE) ? readdirSync(CACHE) : []) {
      if (old.startsWith(`${name}-`)) rmSync(join(CACHE, old), { recursive: true, force: true });
    }
    const staging = `${cached}.partial`;
    mkdirSync(staging, { recursive: true });
    copyFileSync(join(template, 'package.json'), join(staging, 'package.json'));
    await exec('npm', NPM_INSTALL, { cwd: staging });
    renameSync(staging, cached);
  }
  linkTree(join(cached, 'node_modules'), join(app, 'node_modules'));
  // npm rewrites its hidden lockfile in place: a linked one would change the cache's copy.
  const hidden = join(app, 'node_modules/.package-lock.json');
  rmSync(hidden, { force: true });
  copyFileSync(join(cached, 'node_modules/.package-lock.json'), hidden);
  copyFileSync(join(cached, 'package-lock.json'), join(app, 'package-lock.json'));

  const pkg = readJson(join(app, 'package.json'));
  pkg.dependencies = {
    ...pkg.dependencies,
    ...Object.fromEntries(
      packages.map((pkgName) => [`@sona-designer/${pkgName}`, `file:${tarballs[pkgName]}`]),
    ),
  };
  writeFileSync(join(app, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  await exec('npm', NPM_INSTALL, { cwd: app });
  for (const pkgName of packages) {
    const installed = join(app, 'node_modules/@sona-designer', pkgName);
    assert(existsSync(join(installed, 'package.json')), `@sona-designer/${pkgName} is not installed`);
  }
  return { app, note };
}

/** The first ```tsx block under the README's "## Embed it" heading: the host app's App.tsx, so the two never drift. */
function readmeSnippet() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Embed it\n');
  assert(start !== -1, 'README.md has no "## Embed it" heading');
  const section = readme.slice(start + 1).split(/\n## /)[0];
  const block = section.match(/```tsx\n([\s\S]*?)\n```/);
  assert(block, 'README.md has no ```tsx block under "## Embed it"');
  return `${block[1]}\n`;
}

async function withBrowser(use) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = [];
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' || (message.type() === 'warning' && /react flow/i.test(text))) {
        problems.push(`console ${message.type()}: ${text}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    return await use(page, problems);
  } finally {
    await browser.close();
  }
}

/** The designer shows the demo flow's Sona step. */
async function expectSonaStep(page) {
  const sona = page.locator('.sona-root .sona-step-node[data-kind="sona"]').first();
  await sona.waitFor({ state: 'visible', timeout: 30_000 });
  const text = await sona.textContent();
  assert(/Sona/.test(text ?? ''), `the Sona step reads "${text}"`);
}

/**
 * The server's tarball: its bin is there and runs with node, and every SQL migration is in the folder that
 * dist/db/migrate.js reads (`new URL('…', import.meta.url)`), so a host's install finds them.
 */
function checkServerContents(dir, pkg, files) {
  for (const [command, target] of Object.entries(pkg.bin ?? {})) {
    const file = target.replace(/^\.\//, '');
    assert(files.includes(file), `server: the bin ${command} names ${target}, which is not in the tarball`);
    assert(
      readFileSync(join(dir, file), 'utf8').startsWith('#!/usr/bin/env node\n'),
      `server: ${target} does not start with #!/usr/bin/env node`,
    );
  }
  assert(pkg.bin?.['sona-designer-server'], 'server: no sona-designer-server bin');
  const migrate = join(dir, 'dist/db/migrate.js');
  assert(existsSync(migrate), 'server: no dist/db/migrate.js');
  const folder = readFileSync(migrate, 'utf8').match(
    /new URL\(\s*['"]([^'"]+)['"],\s*import\.meta\.url\s*\)/,
  );
  assert(folder, 'server: dist/db/migrate.js names no migrations folder');
  const found = fileURLToPath(new URL(folder[1], pathToFileURL(migrate)));
  assert(found.startsWith(dir), `server: the migrations folder ${folder[1]} is outside the package`);
  const expected = readdirSync(join(ROOT, 'packages/server/migrations')).filter((f) => f.endsWith('.sql'));
  const shipped = existsSync(found) ? readdirSync(found) : [];
  const missing = expected.filter((f) => !shipped.includes(f));
  assert(
    expected.length > 0 && missing.length === 0,
    `server: migrations missing from ${found.slice(dir.length + 1) || '.'}: ${missing.join(', ')}`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The tarballs

const tarballs = {};
const unpacked = {};

await host('tarballs (pnpm pack, contents, publint --strict, attw --profile esm-only)', [
  [
    'pack the packages',
    async () => {
      for (const name of PACKAGES) {
        const dir = join(ROOT, 'packages', name);
        assert(
          existsSync(join(dir, 'dist/index.js')) && existsSync(join(dir, 'dist/index.d.ts')),
          `packages/${name}/dist is missing: run \`pnpm build\` first`,
        );
      }
      const [pnpm, pnpmArgs] = pnpmCommand();
      const destination = join(work, 'tarballs');
      mkdirSync(destination);
      for (const name of PACKAGES) {
        await exec(pnpm, [...pnpmArgs, 'pack', '--pack-destination', destination], {
          cwd: join(ROOT, 'packages', name),
          env: process.env,
        });
        const file = readdirSync(destination).find((f) => f.startsWith(`sona-designer-${name}-`));
        assert(file, `no tarball for ${name}`);
        tarballs[name] = join(destination, file);
        unpacked[name] = join(work, 'unpacked', name);
        mkdirSync(unpacked[name], { recursive: true });
        execFileSync('tar', ['-xzf', tarballs[name], '-C', unpacked[name]]);
      }
      return PACKAGES.map((name) => basename(tarballs[name])).join(', ');
    },
  ],
  [
    'contents and package.json',
    () => {
      for (const name of PACKAGES) {
        const dir = join(unpacked[name], 'package');
        const files = [...walk(dir)].map((file) => file.slice(dir.length + 1));
        const forbidden = files.filter((file) =>
          /(^src\/|(^|\/)\.|\.test\.|\.stories\.|(^|\/)test\/|\.fixture\.|Fixtures?\.)/.test(file),
        );
        assert(forbidden.length === 0, `${name} ships tests, stories or fixtures: ${forbidden.slice(0, 10)}`);
        assert(
          readFileSync(join(dir, 'LICENSE'), 'utf8').includes(
            'Copyright (c) 2026 Sona Designer contributors',
          ),
          `${name}: no MIT LICENSE`,
        );
        assert(files.includes('README.md'), `${name}: no README.md`);
        const pkg = readJson(join(dir, 'package.json'));
        // The published exports are the workspace's (publishConfig.exports) without the source condition.
        const workspace = readJson(join(ROOT, 'packages', name, 'package.json'));
        const expected = Object.fromEntries(
          Object.entries(workspace.exports).map(([subpath, { '@sona-designer/source': _, ...rest }]) => [
            subpath,
            rest,
          ]),
        );
        assert(
          JSON.stringify(pkg.exports) === JSON.stringify(expected),
          `${name}: publishConfig.exports differs from exports without '@sona-designer/source':\n` +
            `${JSON.stringify(pkg.exports)}\n${JSON.stringify(expected)}`,
        );
        const text = JSON.stringify(pkg);
        assert(
          !text.includes('@sona-designer/source'),
          `${name}: the published exports keep the source condition`,
        );
        assert(!text.includes('workspace:'), `${name}: a workspace: range was published`);
        for (const [dependency, range] of Object.entries(pkg.dependencies ?? {})) {
          assert(range.startsWith('^'), `${name}: ${dependency}@${range} is not a ^ range`);
        }
        for (const target of JSON.stringify(pkg.exports).match(/\.\/dist\/[^"]+/g)) {
          assert(
            files.includes(target.slice(2)),
            `${name}: exports name ${target}, which is not in the tarball`,
          );
        }
        for (const file of files.filter((f) => f.endsWith('.d.ts'))) {
          const code = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
          const extensionless = code.match(/(?:from\s*|import\(\s*)['"]\.{1,2}\/[^'"]*(?<!\.js)['"]/);
          assert(!extensionless, `${name}/${file}: relative import without .js: ${extensionless?.[0]}`);
        }
        if (name === 'server') checkServerContents(dir, pkg, files);
      }
      const react = join(unpacked.react, 'package/dist');
      assert(
        DIRECTIVE.test(readFileSync(join(react, 'index.js'), 'utf8')),
        "dist/index.js is not 'use client'",
      );
      assert(
        !DIRECTIVE.test(readFileSync(join(react, 'i18n/locales/fr.js'), 'utf8')),
        "the plain catalogue ./locales/fr is marked 'use client'",
      );
      // Every other module is marked too (a host's bundler may reach one without going through index.js).
      const unmarked = [...walk(react)]
        .filter((file) => file.endsWith('.js') && !DIRECTIVE.test(readFileSync(file, 'utf8')))
        .map((file) => file.slice(react.length + 1))
        .filter((file) => !/^i18n\/(locales|fr)\//.test(file));
      assert(unmarked.length === 0, `modules without 'use client': ${unmarked.slice(0, 10).join(', ')}`);
      const { count, unscoped } = reactFlowSelectors(readFileSync(join(react, 'styles.css'), 'utf8'));
      assert(count > 100, `styles.css names only ${count} React Flow selectors`);
      assert(
        unscoped.length === 0,
        `React Flow rules outside .sona-root: ${unscoped.slice(0, 5).join(' | ')}`,
      );
      return `${count} React Flow selectors, all under .sona-root`;
    },
  ],
  [
    'publint --strict',
    async () => {
      for (const name of PACKAGES) {
        const { output } = await exec(join(ROOT, 'node_modules/.bin/publint'), ['--strict', tarballs[name]]);
        assert(/All good!/.test(output), `publint on ${name}:\n${output}`);
      }
    },
  ],
  [
    'attw --profile esm-only',
    async () => {
      for (const name of PACKAGES) {
        // The stylesheet is no module: only the JavaScript entry points have types to check.
        const exclude = name === 'react' ? ['--exclude-entrypoints', './styles.css'] : [];
        await exec(join(ROOT, 'node_modules/.bin/attw'), [
          '--pack',
          tarballs[name],
          ...exclude,
          '--profile',
          'esm-only',
          '--format',
          'ascii',
        ]);
      }
    },
  ],
]);

const packed = Object.keys(tarballs).length === PACKAGES.length;

// ---------------------------------------------------------------------------------------------------------------
// Vite + React 19 + TypeScript, and the node16 TypeScript project (which uses the same install)

let viteApp;
if (packed) {
  await host('vite app (Vite 8, React 19, TypeScript bundler resolution, the README snippet)', [
    [
      'npm install (tarballs)',
      async () => {
        const { app, note } = await installHost('vite', ['core', 'react']);
        viteApp = app;
        writeFileSync(join(app, 'src/App.tsx'), readmeSnippet());
        return note;
      },
    ],
    [
      'tsc --noEmit',
      () => exec(join(viteApp, 'node_modules/.bin/tsc'), ['--noEmit', '-p', '.'], { cwd: viteApp }),
    ],
    ['vite build', () => exec(join(viteApp, 'node_modules/.bin/vite'), ['build'], { cwd: viteApp })],
    [
      'vite preview in Chromium',
      async () => {
        const port = await freePort();
        const url = `http://127.0.0.1:${port}/`;
        const server = startServer(
          join(viteApp, 'node_modules/.bin/vite'),
          ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
          { cwd: viteApp },
        );
        try {
          await waitForUrl(url, server);
          return await withBrowser(async (page, problems) => {
            await page.goto(url);
            await expectSonaStep(page);
            const styles = await page.evaluate(() => {
              const style = (element) =>
                element && {
                  position: getComputedStyle(element).position,
                  zIndex: getComputedStyle(element).zIndex,
                };
              return {
                host: style(document.getElementById('host-panel')),
                designer: style(document.querySelector('.sona-root .react-flow__panel')),
              };
            });
            assert(
              styles.host?.position === 'static' && styles.host.zIndex === 'auto',
              `the host's own .react-flow__panel was styled by the package: ${JSON.stringify(styles.host)}`,
            );
            assert(
              styles.designer?.position === 'absolute',
              `React Flow's panel inside the designer is not styled: ${JSON.stringify(styles.designer)}`,
            );
            await page.waitForTimeout(500);
            assert(problems.length === 0, problems.join('\n'));
            return 'Sona step shown, no console error, the host panel untouched';
          });
        } finally {
          server.stop();
        }
      },
    ],
  ]);

  await host('node16 project (TypeScript module/moduleResolution node16, skipLibCheck false, strict)', [
    ['vite app installed', () => assert(viteApp, 'the vite app was not installed')],
    [
      'the public API compiles: 0 errors',
      () =>
        exec(join(viteApp, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], {
          cwd: join(viteApp, 'node16'),
        }),
    ],
    [
      'a wrong prop fails with TS2322 on flowId',
      async () => {
        const tsc = join(viteApp, 'node_modules/.bin/tsc');
        // --pretty prints the related information too ("The expected type comes from property 'flowId'…").
        const result = await exec(tsc, ['-p', 'tsconfig.bad.json', '--pretty', 'true'], {
          cwd: join(viteApp, 'node16'),
          allowFailure: true,
        });
        const output = stripVTControlCharacters(result.output);
        const errors = output.split('\n').filter((line) => / - error TS\d+/.test(line));
        assert(result.code !== 0, 'the wrong prop compiled');
        assert(errors.length === 1, `expected one error, got:\n${output}`);
        const [, line, column] = errors[0].match(/^bad\.tsx:(\d+):(\d+) - error TS2322:/) ?? [];
        assert(line, `expected TS2322 in bad.tsx, got:\n${output}`);
        // The error is on the prop: its position, and the related information TypeScript prints with it.
        const at = readFileSync(join(viteApp, 'node16/bad.tsx'), 'utf8').split('\n')[Number(line) - 1];
        assert(at?.slice(Number(column) - 1).startsWith('flowId'), `TS2322 is not on flowId: ${errors[0]}`);
        assert(/property 'flowId'/.test(output), `the error does not mention flowId:\n${output}`);
        return errors[0].trim();
      },
    ],
  ]);

  // -------------------------------------------------------------------------------------------------------------
  // Next.js App Router

  let nextApp;
  await host('next app (Next.js 16 App Router, a Server Component page)', [
    [
      'npm install (tarballs)',
      async () => {
        const { app, note } = await installHost('next', ['core', 'react']);
        nextApp = app;
        const page = readFileSync(join(app, 'app/page.tsx'), 'utf8');
        assert(!DIRECTIVE.test(page), 'page.tsx must be a Server Component');
        return note;
      },
    ],
    [
      'next build',
      async () => {
        await exec(join(nextApp, 'node_modules/.bin/next'), ['build'], { cwd: nextApp });
        const html = readFileSync(join(nextApp, '.next/server/app/index.html'), 'utf8');
        assert(/class="sona-root/.test(html), 'the prerendered page has no designer (.sona-root)');
        assert(/Host page \(\d+ French sections\)/.test(html), 'the server part of the page did not render');
        return 'the page prerendered with the designer';
      },
    ],
    [
      'next start in Chromium',
      async () => {
        const port = await freePort();
        const url = `http://127.0.0.1:${port}/`;
        const server = startServer(
          join(nextApp, 'node_modules/.bin/next'),
          ['start', '--hostname', '127.0.0.1', '--port', String(port)],
          { cwd: nextApp },
        );
        try {
          await waitForUrl(url, server);
          return await withBrowser(async (page, problems) => {
            await page.goto(url);
            await expectSonaStep(page);
            await page.waitForTimeout(500);
            assert(problems.length === 0, problems.join('\n'));
            return 'hydrated, Sona step shown, no console error';
          });
        } finally {
          server.stop();
        }
      },
    ],
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// A Node server host: core and server only

/** Waits for a line of a server's output matching `pattern`; fails early when the process ends first. */
async function waitForLine(server, pattern, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  let ended;
  server.exited.then((exit) => {
    ended = exit;
  });
  while (Date.now() < deadline) {
    const match = server.output().match(pattern);
    if (match) return match;
    if (ended)
      throw new Error(`the process ended (${JSON.stringify(ended)}) before ${pattern}:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${pattern} within ${seconds(timeout)}:\n${server.output().slice(-2000)}`);
}

if (packed) {
  let serverApp;
  await host(
    'node-server (Node, TypeScript node16, createServer + createHttpAdapter, the sona-designer-server bin)',
    [
      [
        'npm install (core and server tarballs)',
        async () => {
          const { app, note } = await installHost('node-server', ['core', 'server']);
          serverApp = app;
          return note;
        },
      ],
      [
        'tsc --noEmit server.ts: 0 errors',
        () =>
          exec(join(serverApp, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.json'], {
            cwd: serverApp,
          }),
      ],
      [
        'a wrong role fails with TS2322 on role',
        async () => {
          const result = await exec(
            join(serverApp, 'node_modules/.bin/tsc'),
            ['--noEmit', '-p', 'tsconfig.bad.json', '--pretty', 'true'],
            { cwd: serverApp, allowFailure: true },
          );
          const output = stripVTControlCharacters(result.output);
          const errors = output.split('\n').filter((line) => / - error TS\d+/.test(line));
          assert(result.code !== 0, 'the wrong role compiled');
          assert(errors.length === 1, `expected one error, got:\n${output}`);
          assert(
            /^bad\.ts:\d+:\d+ - error TS2322:/.test(errors[0]),
            `expected TS2322 in bad.ts, got:\n${output}`,
          );
          assert(
            /"admin"/.test(output) && /role/.test(output),
            `the error is not about role "admin":\n${output}`,
          );
          return errors[0].trim();
        },
      ],
      [
        'node run.mjs: createServer, createHttpAdapter over HTTP',
        async () => {
          const { output } = await exec(process.execPath, ['run.mjs'], { cwd: serverApp, timeout: 60_000 });
          for (const line of [
            'received job-updated',
            'refused the viewer',
            'served OpenAPI 3.1.0',
            'closed',
          ]) {
            assert(output.includes(line), `run.mjs did not print "${line}":\n${output}`);
          }
          return 'job-updated received, viewer FORBIDDEN, OpenAPI 3.1.0, closed';
        },
      ],
      [
        'npx sona-designer-server --help',
        async () => {
          // `--yes=false`: the host's own bin or a failure, never a download (`npx --no` would print npx's own help).
          const { output } = await exec('npx', ['--yes=false', 'sona-designer-server', '--help'], {
            cwd: serverApp,
            timeout: 60_000,
          });
          assert(/^Usage: sona-designer-server/m.test(output), `no usage:\n${output}`);
          for (const name of ['PORT', 'DATABASE_URL', 'SONA_JWT_SECRET', 'CORS_ORIGINS']) {
            assert(output.includes(name), `the usage does not mention ${name}:\n${output}`);
          }
          return output.split('\n')[0];
        },
      ],
      [
        'sona-designer-server on PGlite in a folder: ready, /v1/health, SIGTERM',
        async () => {
          const data = join(serverApp, 'sona-data');
          const server = startServer(join(serverApp, 'node_modules/.bin/sona-designer-server'), [], {
            cwd: serverApp,
            env: cleanEnv({
              PORT: '0',
              DATABASE_URL: data,
              SONA_JWT_SECRET: 'consumer-test-secret-0123456789',
              NODE_ENV: 'test',
            }),
          });
          try {
            const [, url] = await waitForLine(server, /^SONA_SERVER_READY (\S+)$/m);
            const health = await fetch(`${url}/v1/health`);
            assert(health.status === 200, `GET ${url}/v1/health answered ${health.status}`);
            assert(existsSync(data) && readdirSync(data).length > 0, `PGlite wrote nothing into ${data}`);
            const token = server.output().match(/^SONA_EDITOR_TOKEN=(\S+)$/m)?.[1];
            assert(token, `no SONA_EDITOR_TOKEN line:\n${server.output()}`);
            const jobs = await fetch(`${url}/v1/jobs`, { headers: { Authorization: `Bearer ${token}` } });
            assert(jobs.status === 200, `GET /v1/jobs with the printed editor token answered ${jobs.status}`);
            server.stop();
            const exit = await Promise.race([
              server.exited,
              new Promise((resolve) => setTimeout(() => resolve({ timeout: true }), 15_000)),
            ]);
            assert(exit.code === 0, `SIGTERM ended it with ${JSON.stringify(exit)}:\n${server.output()}`);
            return `${url}, health 200, exit 0 on SIGTERM`;
          } finally {
            server.stop();
          }
        },
      ],
    ],
  );
}

// ---------------------------------------------------------------------------------------------------------------

console.log(`\n${summary.join('\n')}`);
console.log(`consumers: ${failed ? 'FAILED' : 'passed'} in ${seconds(performance.now() - started)}`);
if (process.env.SONA_CONSUMERS_KEEP) console.log(`kept ${work}`);
else if (process.platform === 'win32') rmSync(work, { recursive: true, force: true });
else {
  // Deleting the apps (a few hundred MB just written) can take seconds: it goes on after this script is done.
  spawn('rm', ['-rf', work], { detached: true, stdio: 'ignore' }).unref();
}
process.exit(failed ? 1 : 0);
