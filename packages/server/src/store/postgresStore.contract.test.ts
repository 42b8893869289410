import { describeAdapterContract } from '@sona-designer/core/testing';
import { afterAll, beforeAll } from 'vitest';
import { openStore } from './openStore';
import { createStoreAdapter } from './storeAdapter';
import type { Store } from './types';

let store: Store;
let workspaces = 0;

beforeAll(async () => {
  store = await openStore('memory://');
});

afterAll(async () => {
  await store?.close();
});

describeAdapterContract('Postgres store (PGlite in memory)', () =>
  createStoreAdapter(store, `contract-${++workspaces}`),
);
