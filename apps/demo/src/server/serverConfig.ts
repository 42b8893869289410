/** Where the demo finds a `@sona-designer/server` and who it signs in as. */
export interface ServerConfig {
  /** The server's address, e.g. `http://127.0.0.1:8787`. */
  baseUrl: string;
  /** The signed token sent as `Authorization: Bearer …`. */
  token: string;
}

/** The build-time settings `pnpm demo:server` passes (Vite exposes `VITE_`-prefixed variables). */
export interface ServerEnv {
  VITE_SONA_SERVER_URL?: string;
  VITE_SONA_EDITOR_TOKEN?: string;
  VITE_SONA_VIEWER_TOKEN?: string;
}

/**
 * The server the demo runs on, or null for the in-memory workspace. The URL wins over the build settings:
 * `?server=http://127.0.0.1:8787&token=…` signs in with that token; `?role=viewer` (or `editor`) picks one of the
 * tokens `pnpm demo:server` printed and passed in. `?server=memory` forces the in-memory workspace.
 */
export function serverFromLocation(search: string, env: ServerEnv): ServerConfig | null {
  const params = new URLSearchParams(search);
  const baseUrl = params.get('server') ?? env.VITE_SONA_SERVER_URL ?? '';
  if (baseUrl === '' || baseUrl === 'memory') return null;
  const role = params.get('role') === 'viewer' ? 'viewer' : 'editor';
  const token =
    params.get('token') ??
    (role === 'viewer' ? env.VITE_SONA_VIEWER_TOKEN : env.VITE_SONA_EDITOR_TOKEN) ??
    '';
  return { baseUrl: baseUrl.replace(/\/+$/, ''), token };
}
