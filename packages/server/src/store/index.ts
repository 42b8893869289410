export { type OpenStoreOptions, openStore } from './openStore';
export { createPostgresStore, EVENTS_CHANNEL, type PostgresStoreOptions } from './postgresStore';
export { createStoreAdapter } from './storeAdapter';
export type { EventBatch, Store, StoredEvent, WorkspaceOperations } from './types';
