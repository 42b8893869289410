import { describe, expect, it } from 'vitest';
import { serverFromLocation } from './serverConfig';

const env = {
  VITE_SONA_SERVER_URL: 'http://127.0.0.1:8787/',
  VITE_SONA_EDITOR_TOKEN: 'editor-token',
  VITE_SONA_VIEWER_TOKEN: 'viewer-token',
};

describe('serverFromLocation', () => {
  it('stays in memory when nothing names a server', () => {
    expect(serverFromLocation('', {})).toBeNull();
    expect(serverFromLocation('?server=memory', env)).toBeNull();
  });

  it('signs in as the editor by default and as the viewer on ?role=viewer', () => {
    expect(serverFromLocation('', env)).toEqual({ baseUrl: 'http://127.0.0.1:8787', token: 'editor-token' });
    expect(serverFromLocation('?role=viewer', env)?.token).toBe('viewer-token');
  });

  it('lets the URL name another server and token', () => {
    expect(serverFromLocation('?server=http://other:9000&token=abc', env)).toEqual({
      baseUrl: 'http://other:9000',
      token: 'abc',
    });
  });
});
