import { describeAdapterContract } from '../testing';
import { createHttpAdapter } from './httpAdapter';
import { createMemoryServer } from './memoryServer.fixture';

// The whole adapter contract, end to end through the wire protocol: requests, JSON, errors and the event stream.
describeAdapterContract('createHttpAdapter over the protocol', () => {
  const server = createMemoryServer({ token: 'secret' });
  return createHttpAdapter({
    baseUrl: 'http://designer.test/',
    getToken: () => 'secret',
    fetch: server.fetch,
  });
});
