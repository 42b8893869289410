/** A private Postgres server started for a test run: its own data folder, port and socket, gone after `destroy`. */
export interface PostgresCluster {
  /** `postgres://app:app_pw@127.0.0.1:<port>/appdb`, owned by a non-superuser role like a host's. */
  url: string;
  port: number;
  /** Stops the server (fast shutdown: open connections are cut, as in an outage) and keeps the data. */
  stopServer(): Promise<void>;
  /** Starts the stopped server again on the same port and data. */
  startServer(): Promise<void>;
  /** Stops the server and deletes its folder. */
  destroy(): Promise<void>;
}

/** Debian's Postgres binaries (`PG_BIN` overrides), or undefined when the `postgresql` package is not installed. */
export function findPostgresBin(): string | undefined;

/**
 * Starts a private Postgres cluster (about 1.5 s). Postgres refuses to run as root, so as root the commands run as the
 * `postgres` system user the Debian package creates; otherwise as the current user.
 */
export function startPostgresCluster(): Promise<PostgresCluster>;
