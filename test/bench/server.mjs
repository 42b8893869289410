// Load benchmark of the reference server: N simulated editors (50 by default) update jobs and save drafts through
// `createHttpAdapter` for a fixed time, on embedded PGlite and on a Postgres server (a private cluster of Debian's
// Postgres), each backend in its own server process. Prints throughput and p50/p99 latency, a baseline measured in
// the same run (GET /v1/health under the same load: the HTTP stack without the database) as a ratio, and checks the
// invariants after the run: no acknowledged write lost, no version won twice, versions strictly increasing.
// Usage (after `pnpm build`): node test/bench/server.mjs [--seconds 10] [--editors 50] [--backend pglite|postgres]
// Exits 1 when an invariant fails. Writes test/bench/results/server.json.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createHttpAdapter } from '../../packages/core/dist/http/index.js';
import { createTokenAuthenticator } from '../../packages/server/dist/index.js';
import { startPostgresCluster } from '../support/postgresCluster.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SECRET = 'load-benchmark-secret-0123456789abcdef';
const FLOWS = 10;

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}
const SECONDS = Number(option('seconds', '10'));
const EDITORS = Number(option('editors', '50'));
const BACKENDS = option('backend', 'pglite,postgres').split(',');
/** Two jobs per editor: like a team, each mostly edits their own jobs, and they all share the call flows' drafts. */
const JOBS = EDITORS * 2;

function startServer(databaseUrl) {
  const child = spawn(process.execPath, ['packages/server/dist/cli.js'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATABASE_URL: databaseUrl, SONA_JWT_SECRET: SECRET, NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const ready = /^SONA_SERVER_READY (\S+)/.exec(line);
      if (ready)
        resolve({
          url: ready[1],
          stop: () => new Promise((done) => child.once('exit', done).kill('SIGTERM')),
        });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

function percentile(sorted, p) {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

function summarise(latencies, seconds) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    perSecond: Math.round(sorted.length / seconds),
    p50Ms: Number(percentile(sorted, 50).toFixed(1)),
    p99Ms: Number(percentile(sorted, 99).toFixed(1)),
  };
}

/**
 * One editor: 70% of its writes update one of its two jobs (now and then someone else's), 30% save a shared call
 * flow's draft. It keeps the version it last saw of each record; a CONFLICT hands it the current one.
 */
async function editor(adapter, records, deadline, stats, random, index) {
  const known = new Map();
  const own = [records.jobs[index * 2], records.jobs[index * 2 + 1]];
  while (performance.now() < deadline) {
    const isJob = random() < 0.7;
    const record = !isJob
      ? records.flows[Math.floor(random() * records.flows.length)]
      : random() < 0.9
        ? own[Math.floor(random() * 2)]
        : records.jobs[Math.floor(random() * records.jobs.length)];
    const version = known.get(record.id) ?? record.version;
    const started = performance.now();
    try {
      const saved = isJob
        ? await adapter.updateJob(
            record.id,
            { name: `Job ${record.id} v${version + 1} ${random()}` },
            version,
          )
        : await adapter.saveDraft(record.id, record.draft, version);
      stats.latencies.push(performance.now() - started);
      stats.acks.push({ id: record.id, version: saved.version });
      known.set(record.id, saved.version);
    } catch (error) {
      stats.latencies.push(performance.now() - started);
      if (error?.code === 'CONFLICT') {
        stats.conflicts += 1;
        known.set(record.id, error.current.version);
      } else {
        stats.failures.push(`${error?.code ?? ''} ${error?.message ?? error}`);
      }
    }
  }
}

async function baseline(url, deadline) {
  const latencies = [];
  await Promise.all(
    Array.from({ length: EDITORS }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const response = await fetch(`${url}/v1/health`);
        await response.arrayBuffer();
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

function mulberry(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function runOn(name, databaseUrl) {
  const server = await startServer(databaseUrl);
  try {
    const auth = createTokenAuthenticator({ secret: SECRET });
    const token = await auth.sign({ workspaceId: 'bench', userId: 'bench-seeder', role: 'editor' });
    const seeder = createHttpAdapter({ baseUrl: server.url, getToken: () => token });
    const jobs = [];
    for (let i = 0; i < JOBS; i++) {
      jobs.push(
        await seeder.createJob({
          name: `Bench job ${i}`,
          description: 'Load benchmark',
          trigger: `The caller asks about topic ${i}`,
          instructions: 'Answer briefly.',
        }),
      );
    }
    const flows = [];
    for (let i = 0; i < FLOWS; i++) flows.push(await seeder.createCallFlow({ name: `Bench flow ${i}` }));
    const records = { jobs, flows };

    const baseDeadline = performance.now() + Math.min(3, SECONDS) * 1000;
    const baseLatencies = await baseline(server.url, baseDeadline);

    const stats = { latencies: [], acks: [], conflicts: 0, failures: [] };
    const editors = await Promise.all(
      Array.from({ length: EDITORS }, async (_, index) => {
        const editorToken = await auth.sign({
          workspaceId: 'bench',
          userId: `editor-${index}`,
          role: 'editor',
        });
        return createHttpAdapter({ baseUrl: server.url, getToken: () => editorToken });
      }),
    );
    const deadline = performance.now() + SECONDS * 1000;
    await Promise.all(
      editors.map((adapter, index) => editor(adapter, records, deadline, stats, mulberry(index + 1), index)),
    );

    // Invariants: each record's acknowledged versions are exactly 2..final, once each.
    const problems = [];
    const byRecord = new Map();
    for (const ack of stats.acks) {
      if (!byRecord.has(ack.id)) byRecord.set(ack.id, []);
      byRecord.get(ack.id).push(ack.version);
    }
    let doubleWins = 0;
    let lost = 0;
    for (const record of [...jobs, ...flows]) {
      const versions = (byRecord.get(record.id) ?? []).sort((a, b) => a - b);
      const stored = jobs.includes(record)
        ? await seeder.getJob(record.id)
        : await seeder.getCallFlow(record.id);
      doubleWins += versions.length - new Set(versions).size;
      const expected = record.version + new Set(versions).size;
      if (stored.version !== expected) {
        lost += Math.abs(expected - stored.version);
        problems.push(
          `${record.id}: stored version ${stored.version}, ${versions.length} acknowledged saves`,
        );
      }
      versions.forEach((version, index) => {
        if (version !== record.version + index + 1)
          problems.push(`${record.id}: versions not strictly increasing`);
      });
    }
    seeder.close();
    for (const adapter of editors) adapter.close();
    const writes = summarise(stats.latencies, SECONDS);
    const base = summarise(baseLatencies, Math.min(3, SECONDS));
    return {
      backend: name,
      editors: EDITORS,
      seconds: SECONDS,
      writes,
      acknowledged: stats.acks.length,
      conflicts: stats.conflicts,
      failures: stats.failures.length,
      firstFailure: stats.failures[0],
      baseline: base,
      throughputVsBaseline: Number((writes.perSecond / base.perSecond).toFixed(3)),
      invariants: { lostAcknowledgedWrites: lost, doubleWins, problems: [...new Set(problems)].slice(0, 5) },
    };
  } finally {
    await server.stop();
  }
}

const results = [];
for (const backend of BACKENDS) {
  if (backend === 'pglite') {
    const folder = mkdtempSync(join(os.tmpdir(), 'sona-bench-pglite-'));
    try {
      results.push(await runOn('PGlite (embedded, on disk)', folder));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  } else {
    const cluster = await startPostgresCluster();
    try {
      results.push(await runOn('Postgres 15 server', cluster.url));
    } finally {
      await cluster.destroy();
    }
  }
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
console.log(`Server load benchmark: ${EDITORS} editors for ${SECONDS} s per backend (${machine})`);
for (const result of results) {
  const { writes, baseline: base, invariants } = result;
  console.log(
    `${result.backend}: ${writes.perSecond} writes/s (p50 ${writes.p50Ms} ms, p99 ${writes.p99Ms} ms), ` +
      `${result.acknowledged} acknowledged, ${result.conflicts} conflicts, ${result.failures} failures; ` +
      `baseline GET /v1/health ${base.perSecond} req/s (p50 ${base.p50Ms} ms): ratio ${result.throughputVsBaseline}; ` +
      `lost acknowledged writes ${invariants.lostAcknowledgedWrites}, double wins ${invariants.doubleWins}`,
  );
  for (const problem of invariants.problems) console.log(`  ! ${problem}`);
  if (result.firstFailure) console.log(`  first failure: ${result.firstFailure}`);
}
mkdirSync(`${ROOT}test/bench/results`, { recursive: true });
writeFileSync(
  `${ROOT}test/bench/results/server.json`,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, results }, null, 2)}\n`,
);
const broken = results.some(
  (result) =>
    result.invariants.lostAcknowledgedWrites > 0 ||
    result.invariants.doubleWins > 0 ||
    result.invariants.problems.length > 0 ||
    result.failures > 0,
);
if (broken) {
  console.error('An invariant failed (see above).');
  process.exit(1);
}
