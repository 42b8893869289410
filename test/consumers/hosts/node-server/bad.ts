// A wrong caller: the compile must fail with TS2322 on `role` ('editor' or 'viewer' is expected).
import { createServer } from '@sona-designer/server';

export const server = await createServer({
  database: 'memory://',
  authenticate: () => ({ workspaceId: 'acme', userId: 'ada', role: 'admin' }),
});
