export type { InMemoryAdapter, InMemoryCommit } from '../adapter/commit';
export { createInMemoryAdapter, type InMemoryAdapterOptions } from '../adapter/inMemory';
