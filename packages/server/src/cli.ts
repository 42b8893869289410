#!/usr/bin/env node
// `sona-designer-server`: the reference backend from the command line. Settings come from the environment (see
// `usage` below); outside production it prints ready-to-use tokens for the `demo` workspace.
import { resolve } from 'node:path';
import { exportWorkspace, type WorkspaceData } from '@sona-designer/core/io';
import { createTokenAuthenticator } from './auth';
import { createServer, type SonaServer } from './server';

/** The dev secret used when `SONA_JWT_SECRET` is not set outside production. Never use it in production. */
const DEV_SECRET = 'sona-dev-secret-change-me';
const DEMO_WORKSPACE = 'demo';

const usage = `Usage: sona-designer-server [--seed]

Environment:
  PORT             port to listen on (default 8787)
  HOST             interface to listen on (default 127.0.0.1)
  DATABASE_URL     memory://, a folder for embedded PGlite, or postgres://… (default ./.sona-data)
  SONA_JWT_SECRET  HS256 secret of the bearer tokens (required when NODE_ENV=production)
  CORS_ORIGINS     allowed browser origins, comma-separated, or * (default * outside production, none in it)
  SONA_SEED=1      same as --seed: import the demo workspace into "demo" when it has no jobs`;

function fail(message: string): never {
  console.error(`sona-designer-server: ${message}`);
  process.exit(1);
}

/** Everything the command reads from its environment and arguments. */
interface Settings {
  production: boolean;
  port: number;
  host: string;
  database: string;
  secret: string;
  cors: { origins: string[] | '*' } | undefined;
  seed: boolean;
}

function settings(env: NodeJS.ProcessEnv, args: string[]): Settings {
  const production = env.NODE_ENV === 'production';
  const portText = env.PORT ?? '8787';
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535)
    fail(`PORT must be a port number, not "${portText}".`);
  let secret = env.SONA_JWT_SECRET ?? '';
  if (secret === '') {
    if (production) fail('SONA_JWT_SECRET is required when NODE_ENV=production.');
    secret = DEV_SECRET;
    console.warn(
      `Warning: SONA_JWT_SECRET is not set; using the development secret "${DEV_SECRET}". Anyone can sign tokens with it.`,
    );
  }
  const corsText = env.CORS_ORIGINS ?? (production ? '' : '*');
  const origins = corsText
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  return {
    production,
    port: Number(portText),
    host: env.HOST ?? '127.0.0.1',
    database: env.DATABASE_URL ?? './.sona-data',
    secret,
    cors: origins.length === 0 ? undefined : { origins: origins.includes('*') ? '*' : origins },
    seed: args.includes('--seed') || env.SONA_SEED === '1',
  };
}

/** Imports the demo workspace into `demo` when it holds no jobs yet. */
async function seedDemo(server: SonaServer): Promise<void> {
  await server.store.ensureWorkspace(DEMO_WORKSPACE, 'Demo');
  const workspace = server.store.workspace(DEMO_WORKSPACE);
  if ((await workspace.listJobs({ limit: 1 })).total > 0) {
    console.log('Seed: the demo workspace already has jobs; nothing imported.');
    return;
  }
  const { demoWorkspace } = await import('@sona-designer/core/demo');
  const data: WorkspaceData = {
    jobs: [],
    knowledge: [],
    callFlows: [],
    callSummaries: [],
    testCases: [],
    ...demoWorkspace,
  };
  const outcome = await workspace.importWorkspace(exportWorkspace(data), { mode: 'merge' });
  console.log(
    `Seed: imported ${outcome.jobs} jobs, ${outcome.knowledge} knowledge pages, ${outcome.callFlows} call flows, ${outcome.callSummaries} call summaries and ${outcome.testCases} saved tests into "demo".`,
  );
}

/** A readable name of the database, without a password. */
function describeDatabase(database: string): string {
  if (/^postgres(ql)?:\/\//.test(database)) return database.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  if (database.startsWith('memory://')) return 'in memory (embedded PGlite; gone when the server stops)';
  return `${resolve(database)} (embedded PGlite)`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    return;
  }
  const config = settings(process.env, args);
  const tokens = createTokenAuthenticator({ secret: config.secret });
  const server = await createServer({
    database: config.database,
    authenticate: tokens.authenticate,
    ...(config.cors ? { cors: config.cors } : {}),
    onError: (error) => console.error('[sona-designer/server] unexpected error:', error),
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`${signal}: closing…`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  if (config.seed) await seedDemo(server);
  const { url } = await server.listen(config.port, config.host);

  console.log(`Sona Designer server on ${url}`);
  console.log(`Database: ${describeDatabase(config.database)}`);
  if (!config.production) {
    const editor = await tokens.sign(
      { workspaceId: DEMO_WORKSPACE, userId: 'demo-editor', role: 'editor' },
      { expiresIn: '30d' },
    );
    const viewer = await tokens.sign(
      { workspaceId: DEMO_WORKSPACE, userId: 'demo-viewer', role: 'viewer' },
      { expiresIn: '30d' },
    );
    console.log('Tokens for the "demo" workspace (valid 30 days), for `Authorization: Bearer <token>`:');
    console.log(`  editor: ${editor}`);
    console.log(`  viewer: ${viewer}`);
    console.log(`SONA_EDITOR_TOKEN=${editor}`);
    console.log(`SONA_VIEWER_TOKEN=${viewer}`);
  }
  console.log(`SONA_SERVER_READY ${url}`);
}

main().catch((error: unknown) => {
  console.error('sona-designer-server failed to start:', error);
  process.exit(1);
});
