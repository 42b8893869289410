import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../adapter/types';
import { jobInput } from '../testing/fixtures';
import { createFakeClock, settle } from './fakeClock.fixture';
import { createHttpAdapter } from './httpAdapter';
import { createMemoryServer } from './memoryServer.fixture';
import type { LiveStatus } from './options';

/** An adapter over a memory server, with a fake clock for the reconnection delays. */
function connected(logSize?: number) {
  const server = createMemoryServer({ token: 't', logSize });
  const clock = createFakeClock();
  const statuses: LiveStatus[] = [];
  const adapter = createHttpAdapter({
    baseUrl: 'http://designer.test',
    getToken: () => 't',
    fetch: server.fetch,
    timers: clock,
    reconnect: { random: () => 1 },
    onStatus: (status) => statuses.push(status),
  });
  const events: ChangeEvent[] = [];
  return {
    server,
    clock,
    adapter,
    events,
    statuses,
    unsubscribe: adapter.subscribe((event) => events.push(event)),
  };
}

describe('createHttpAdapter live updates, end to end', () => {
  it('catches up on what was stored while the connection was down, each event once', async () => {
    const { server, clock, adapter, events, statuses } = connected();
    await settle();
    const first = await adapter.createJob(jobInput({ name: 'First' }));
    await settle();
    server.dropConnections();
    await settle();
    expect(statuses.at(-1)).toBe('reconnecting');
    // Stored by someone else while this client is away.
    const writer = createHttpAdapter({
      baseUrl: 'http://designer.test',
      getToken: () => 't',
      fetch: server.fetch,
    });
    const second = await writer.createJob(jobInput({ name: 'Second' }));
    await writer.updateJob(second.id, { name: 'Second, renamed' }, 1);
    clock.advance(1000);
    await settle();
    expect(statuses.at(-1)).toBe('open');
    expect(events).toEqual([
      { type: 'job-created', id: first.id, version: 1 },
      { type: 'job-created', id: second.id, version: 1 },
      { type: 'job-updated', id: second.id, version: 2 },
    ]);
  });

  it('asks the designer to re-read everything when the server no longer holds what it missed', async () => {
    const { server, clock, adapter, events } = connected(1);
    await settle();
    await adapter.createJob(jobInput({ name: 'First' }));
    await settle();
    server.dropConnections();
    await adapter.createJob(jobInput({ name: 'Second' }));
    await adapter.createJob(jobInput({ name: 'Third' }));
    clock.advance(1000);
    await settle();
    expect(events.map((event) => event.type)).toEqual(['job-created', 'workspace-imported']);
    // Live again afterwards.
    const fourth = await adapter.createJob(jobInput({ name: 'Fourth' }));
    await settle();
    expect(events.at(-1)).toEqual({ type: 'job-created', id: fourth.id, version: 1 });
  });

  it('closes the server side of the stream when the last listener leaves', async () => {
    const { server, unsubscribe } = connected();
    await settle();
    expect(server.connections).toBe(1);
    unsubscribe();
    await settle();
    expect(server.connections).toBe(0);
  });
});
