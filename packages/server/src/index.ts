// The reference backend of Sona Designer: the `DesignerAdapter` HTTP API over Postgres (embedded PGlite by default).
export { createTokenAuthenticator, type TokenAuthenticator, type TokenAuthenticatorOptions } from './auth';
export type { Caller } from './http/caller';
export { createServer, type ServerOptions, type SonaServer } from './server';
export { type OpenStoreOptions, openStore } from './store/index';
export type { EventBatch, Store, StoredEvent, WorkspaceOperations } from './store/types';
