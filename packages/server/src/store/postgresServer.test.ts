import { describeAdapterContract, jobInput } from '@sona-designer/core/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type PostgresCluster, startPostgresCluster } from '../../../../test/support/postgresCluster.mjs';
import { openStore } from './openStore';
import { createStoreAdapter } from './storeAdapter';
import type { Store } from './types';

/**
 * On a real Postgres server (Debian's, a private cluster started for this file): the contract on the `postgres`
 * driver, two processes' worth of stores racing on one database, and events crossing between them.
 */
const suffix = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;

describe('Postgres store on a Postgres server', () => {
  let cluster: PostgresCluster;
  let first: Store;
  let second: Store;
  let workspaces = 0;
  const fresh = () => `pg-${suffix}-${++workspaces}`;

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    const url = cluster.url;
    // Two stores opening together: the advisory lock makes one migrate and the other wait.
    [first, second] = await Promise.all([openStore(url), openStore(url)]);
  });

  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await cluster?.destroy();
  });

  describeAdapterContract('postgres driver', () => createStoreAdapter(first, fresh()));

  it('lets exactly one of two stores win a race on the same version', async () => {
    const workspaceId = fresh();
    const job = await first.workspace(workspaceId).createJob(jobInput());
    const results = await Promise.allSettled(
      [first, second, first, second].map((store, index) =>
        store.workspace(workspaceId).updateJob(job.id, { name: `Writer ${index}` }, 1),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const batch = await second.readEvents(workspaceId, 0, 100);
    expect(batch.events.map((event) => event.seq)).toEqual([1, 2]);
  });

  it('numbers concurrent writes from two stores 1..n without gaps', async () => {
    const workspaceId = fresh();
    await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        (index % 2 ? first : second).workspace(workspaceId).createJob(jobInput({ name: `Job ${index}` })),
      ),
    );
    const batch = await first.readEvents(workspaceId, 0, 100);
    expect(batch.events.map((event) => event.seq)).toEqual(
      Array.from({ length: 12 }, (_, index) => index + 1),
    );
  });

  it('tells the other store’s listeners about a commit (LISTEN/NOTIFY)', async () => {
    const workspaceId = fresh();
    const heard: number[] = [];
    const stop = second.onCommitted((workspace, seq) => {
      if (workspace === workspaceId) heard.push(seq);
    });
    await first.workspace(workspaceId).createJob(jobInput());
    await vi.waitFor(() => expect(heard).toContain(1), { timeout: 3000 });
    stop();
  });
});
