// `pnpm demo:server`: the reference server (`@sona-designer/server`, PGlite in ./.sona-data, seeded with the demo
// workspace) and the demo on it. Prints the addresses for an editor and a viewer; Ctrl+C stops both.
// Environment: PORT (server, default 8787), DATABASE_URL (default ./.sona-data; a postgres:// URL works too).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const children = [];

function stopAll(code = 0) {
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

const server = spawn(process.execPath, ['packages/server/dist/cli.js', '--seed'], {
  cwd: ROOT,
  env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? '.sona-data', NODE_ENV: 'development' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
children.push(server);
server.on('exit', (code) => {
  if (code !== 0 && code !== null) console.error(`The server stopped (exit code ${code}).`);
  stopAll(code ?? 0);
});

const settings = {};
const lines = createInterface({ input: server.stdout });
lines.on('line', (line) => {
  const token = /^SONA_(EDITOR|VIEWER)_TOKEN=(.+)$/.exec(line);
  if (token) settings[`VITE_SONA_${token[1]}_TOKEN`] = token[2];
  else console.log(`[server] ${line}`);
  const ready = /^SONA_SERVER_READY (\S+)/.exec(line);
  if (ready) startDemo(ready[1]);
});

function startDemo(serverUrl) {
  const demo = spawn('pnpm', ['--filter', '@sona-designer/demo', 'run', 'dev'], {
    cwd: ROOT,
    env: { ...process.env, ...settings, VITE_SONA_SERVER_URL: serverUrl },
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  children.push(demo);
  demo.on('exit', (code) => stopAll(code ?? 0));
  console.log(
    [
      '',
      `The demo runs on the server at ${serverUrl}.`,
      '  Editor: http://localhost:5173/',
      '  Viewer (read only): http://localhost:5173/?role=viewer',
      'Open it in two browsers to see each other’s edits; `pnpm demo` stays on the in-memory workspace.',
      '',
    ].join('\n'),
  );
}
