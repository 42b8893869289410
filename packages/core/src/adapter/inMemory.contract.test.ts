import { describeAdapterContract } from '../testing';
import { createInMemoryAdapter } from './inMemory';

describeAdapterContract('in-memory adapter', () => createInMemoryAdapter());

describeAdapterContract('in-memory adapter with 1 ms latency', () =>
  createInMemoryAdapter({ failureRate: 0, latencyMs: 1 }),
);
