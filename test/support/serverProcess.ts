import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../packages/server/dist/cli.js', import.meta.url));

/** A `sona-designer-server` process started by a test, as a host would start it. */
export interface ServerProcess {
  /** e.g. `http://127.0.0.1:40123`. */
  url: string;
  child: ChildProcess;
  /** The development tokens the server printed for the seeded `demo` workspace (not in production). */
  tokens: { editor?: string; viewer?: string };
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
}

/**
 * Starts the built server (`packages/server/dist/cli.js`, made by `pnpm build`, which runs before the tests in
 * `pnpm test`) on a free port and waits for its ready line.
 */
export async function startServerProcess(
  env: Record<string, string>,
  args: string[] = [],
): Promise<ServerProcess> {
  if (!existsSync(CLI)) {
    throw new Error(`${CLI} does not exist: run \`pnpm build\` first (pnpm test builds before these tests).`);
  }
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const tokens: ServerProcess['tokens'] = {};
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      const token = /^SONA_(EDITOR|VIEWER)_TOKEN=(\S+)/.exec(line);
      if (token?.[2]) tokens[token[1] === 'EDITOR' ? 'editor' : 'viewer'] = token[2];
      const ready = /^SONA_SERVER_READY (\S+)/.exec(line);
      if (ready?.[1]) resolve(ready[1]);
    });
    child.once('exit', (code) =>
      reject(new Error(`The server exited (${code}) before it was ready:\n${stderr}`)),
    );
  });
  return {
    url,
    child,
    tokens,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
