import { SignJWT } from 'jose';
import { describe, expect, test } from 'vitest';
import { createTokenAuthenticator } from './auth';

const secret = 'a-secret-for-the-tests-only';
const caller = { workspaceId: 'ws-a', userId: 'user-1', role: 'editor' } as const;
const key = new TextEncoder().encode(secret);

function bearer(token: string, path = '/v1/jobs', method = 'GET'): Request {
  return new Request(`http://test${path}`, { method, headers: { Authorization: `Bearer ${token}` } });
}

describe('createTokenAuthenticator', () => {
  test('a signed token names its caller', async () => {
    const tokens = createTokenAuthenticator({ secret });
    expect(await tokens.authenticate(bearer(await tokens.sign(caller)))).toEqual(caller);
    const viewer = { ...caller, role: 'viewer' } as const;
    expect(await tokens.authenticate(bearer(await tokens.sign(viewer, { expiresIn: '30d' })))).toEqual(
      viewer,
    );
  });

  test('no token, another scheme, garbage: null', async () => {
    const tokens = createTokenAuthenticator({ secret });
    expect(await tokens.authenticate(new Request('http://test/v1/jobs'))).toBeNull();
    const basic = new Request('http://test/v1/jobs', { headers: { Authorization: 'Basic dTpw' } });
    expect(await tokens.authenticate(basic)).toBeNull();
    for (const token of ['', 'x', 'a.b.c', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1In0.']) {
      expect(await tokens.authenticate(bearer(token)), token).toBeNull();
    }
  });

  test('expired, signed with another secret, tampered, or unsigned (alg none): null', async () => {
    const tokens = createTokenAuthenticator({ secret });
    const expired = await new SignJWT({ workspace: 'ws-a', role: 'editor' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('user-1')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(key);
    expect(await tokens.authenticate(bearer(expired))).toBeNull();
    const otherSecret = await createTokenAuthenticator({ secret: 'some-other-secret-value' }).sign(caller);
    expect(await tokens.authenticate(bearer(otherSecret))).toBeNull();
    const valid = await tokens.sign({ ...caller, role: 'viewer' });
    const [header, , signature] = valid.split('.');
    const promoted = Buffer.from(
      JSON.stringify({ sub: 'user-1', workspace: 'ws-a', role: 'editor', exp: 9e9 }),
    ).toString('base64url');
    expect(await tokens.authenticate(bearer(`${header}.${promoted}.${signature}`))).toBeNull();
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${promoted}.`;
    expect(await tokens.authenticate(bearer(none))).toBeNull();
  });

  test('claims are checked: a bad role, no workspace or no expiry is refused', async () => {
    const tokens = createTokenAuthenticator({ secret });
    const sign = (claims: Record<string, unknown>, exp = true) => {
      let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('user-1');
      if (exp) jwt = jwt.setExpirationTime('1h');
      return jwt.sign(key);
    };
    expect(await tokens.authenticate(bearer(await sign({ workspace: 'ws-a', role: 'admin' })))).toBeNull();
    expect(await tokens.authenticate(bearer(await sign({ role: 'editor' })))).toBeNull();
    expect(
      await tokens.authenticate(bearer(await sign({ workspace: 'ws-a', role: 'editor' }, false))),
    ).toBeNull();
    expect(await tokens.authenticate(bearer(await sign({ workspace: 'ws-a', role: 'editor' })))).toEqual(
      caller,
    );
  });

  test('issuer and audience are set when signing and required when verifying', async () => {
    const strict = createTokenAuthenticator({ secret, issuer: 'https://id.example', audience: 'sona' });
    expect(await strict.authenticate(bearer(await strict.sign(caller)))).toEqual(caller);
    const loose = createTokenAuthenticator({ secret });
    expect(await strict.authenticate(bearer(await loose.sign(caller)))).toBeNull();
  });

  test('?access_token= is read on GET /v1/events only', async () => {
    const tokens = createTokenAuthenticator({ secret });
    const token = await tokens.sign(caller);
    expect(await tokens.authenticate(new Request(`http://test/v1/events?access_token=${token}`))).toEqual(
      caller,
    );
    expect(await tokens.authenticate(new Request(`http://test/v1/jobs?access_token=${token}`))).toBeNull();
    const post = new Request(`http://test/v1/events?access_token=${token}`, { method: 'POST' });
    expect(await tokens.authenticate(post)).toBeNull();
  });

  test('a short secret is refused up front', () => {
    expect(() => createTokenAuthenticator({ secret: 'short' })).toThrow(/16 characters/);
  });
});
