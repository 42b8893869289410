import { isDesignerError } from '@sona-designer/core';
import { jobInput } from '@sona-designer/core/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type PostgresCluster, startPostgresCluster } from '../../../../test/support/postgresCluster.mjs';
import { openStore } from './openStore';

/**
 * A real Postgres server (a private cluster started for this file) stopped and started again: while it is down the
 * store answers `UNAVAILABLE`, and once it is back the same store works again without being reopened.
 */
describe('Postgres store when the server restarts', () => {
  let cluster: PostgresCluster;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  });
  afterAll(() => cluster?.destroy());

  it('answers UNAVAILABLE while the server is down and recovers by itself', async () => {
    const store = await openStore(cluster.url);
    const workspaceId = `restart-${Date.now().toString(36)}`;
    const ops = store.workspace(workspaceId);
    try {
      await ops.createJob(jobInput({ name: 'Before' }));
      await cluster.stopServer();
      const down = await ops.listJobs().catch((error: unknown) => error);
      expect(isDesignerError(down, 'UNAVAILABLE')).toBe(true);
      const write = await ops.createJob(jobInput({ name: 'While down' })).catch((error: unknown) => error);
      expect(isDesignerError(write, 'UNAVAILABLE')).toBe(true);
      await cluster.startServer();
      await vi.waitFor(async () => expect((await ops.listJobs()).total).toBe(1), {
        timeout: 10_000,
        interval: 200,
      });
      await ops.createJob(jobInput({ name: 'After' }));
      expect((await store.readEvents(workspaceId, 0, 10)).events.map((event) => event.seq)).toEqual([1, 2]);
    } finally {
      await store.close();
    }
  });
});
