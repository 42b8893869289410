// A private Postgres server for tests and benchmarks (Debian's binaries): `startPostgresCluster()`. Plain JavaScript
// so both the Vitest suites and the `node` benchmark scripts use it; types in postgresCluster.d.mts.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's Postgres binaries (`PG_BIN` overrides), or undefined when the `postgresql` package is not installed. */
export function findPostgresBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a private Postgres cluster (about 1.5 s). Postgres refuses to run as root, so as root the commands run as the
 * `postgres` system user the Debian package creates; otherwise as the current user.
 */
export async function startPostgresCluster() {
  const bin = findPostgresBin();
  if (!bin) {
    throw new Error(
      'No Postgres server binaries were found (/usr/lib/postgresql/*/bin): install Debian’s `postgresql` package (.ci/run does it in CI) or set PG_BIN.',
    );
  }
  const asRoot = process.getuid?.() === 0;
  const root = mkdtempSync(join(tmpdir(), 'sona-pg-'));
  const data = join(root, 'data');
  const socket = join(root, 'sock');
  const port = await freePort();
  const sh = async (command) => {
    if (asRoot) await run('runuser', ['-u', 'postgres', '--', 'sh', '-c', command]);
    else await run('sh', ['-c', command]);
  };
  if (asRoot) await run('install', ['-d', '-o', 'postgres', '-g', 'postgres', root, socket]);
  else await run('install', ['-d', socket]);
  await sh(
    `${bin}/initdb -D ${data} -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 >/dev/null`,
  );
  const startServer = () =>
    sh(
      `${bin}/pg_ctl -D ${data} -l ${root}/pg.log -o "-p ${port} -k ${socket} -c listen_addresses=127.0.0.1 -c max_connections=200" -w start >/dev/null`,
    );
  const stopServer = () => sh(`${bin}/pg_ctl -D ${data} -m fast -w stop >/dev/null`);
  await startServer();
  await sh(
    `${bin}/psql -h ${socket} -p ${port} -U postgres -qc "CREATE ROLE app LOGIN PASSWORD 'app_pw'" -c "CREATE DATABASE appdb OWNER app"`,
  );
  return {
    url: `postgres://app:app_pw@127.0.0.1:${port}/appdb`,
    port,
    startServer,
    stopServer,
    async destroy() {
      await stopServer().catch(() => {});
      rmSync(root, { recursive: true, force: true });
    },
  };
}
