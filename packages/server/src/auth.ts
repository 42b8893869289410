import { ROUTES } from '@sona-designer/core/http';
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import type { Caller } from './http/caller';

/** Options of `createTokenAuthenticator`. */
export interface TokenAuthenticatorOptions {
  /** The HS256 key shared by whoever signs tokens and this server: at least 16 characters, kept secret. */
  secret: string;
  /** Sets `iss` when signing and requires it when verifying. */
  issuer?: string;
  /** Sets `aud` when signing and requires it when verifying. */
  audience?: string;
}

/** Signs and checks the bearer tokens of `createServer`'s `authenticate`. */
export interface TokenAuthenticator {
  /**
   * The caller a request's token names: `Authorization: Bearer <token>`, or `?access_token=` on `GET /v1/events`
   * only (for clients that cannot set headers). Null when there is no token or it is expired, forged, signed with
   * another secret or malformed.
   */
  authenticate(request: Request): Promise<Caller | null>;
  /** A token for this caller, valid `expiresIn` (a jose duration such as `'2h'` or `'30d'`; 12 hours by default). */
  sign(caller: Caller, options?: { expiresIn?: string }): Promise<string>;
}

const ClaimsSchema = z.object({
  sub: z.string().min(1).max(200),
  workspace: z.string().min(1).max(200),
  role: z.enum(['editor', 'viewer']),
});

/** The token a request carries, or undefined. */
function tokenOf(request: Request): string | undefined {
  const header = request.headers.get('Authorization');
  if (header !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1];
  }
  if (request.method !== 'GET') return undefined;
  const url = new URL(request.url);
  if (url.pathname !== ROUTES.events.path) return undefined;
  return url.searchParams.get('access_token') ?? undefined;
}

/**
 * Bearer tokens signed with HS256 (JWT): `sub` is the user id, `workspace` the workspace id and `role` `editor` or
 * `viewer`. Use its `authenticate` as `createServer`'s, and `sign` where the host's users sign in.
 */
export function createTokenAuthenticator(options: TokenAuthenticatorOptions): TokenAuthenticator {
  if (options.secret.length < 16) throw new Error('The token secret must be at least 16 characters long.');
  const key = new TextEncoder().encode(options.secret);

  return {
    async authenticate(request) {
      const token = tokenOf(request);
      if (!token) return null;
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          requiredClaims: ['exp'],
          ...(options.issuer !== undefined ? { issuer: options.issuer } : {}),
          ...(options.audience !== undefined ? { audience: options.audience } : {}),
        });
        const claims = ClaimsSchema.safeParse(payload);
        if (!claims.success) return null;
        return { workspaceId: claims.data.workspace, userId: claims.data.sub, role: claims.data.role };
      } catch {
        return null;
      }
    },
    async sign(caller, signOptions = {}) {
      let token = new SignJWT({ workspace: caller.workspaceId, role: caller.role })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(caller.userId)
        .setIssuedAt()
        .setExpirationTime(signOptions.expiresIn ?? '12h');
      if (options.issuer !== undefined) token = token.setIssuer(options.issuer);
      if (options.audience !== undefined) token = token.setAudience(options.audience);
      return token.sign(key);
    },
  };
}
