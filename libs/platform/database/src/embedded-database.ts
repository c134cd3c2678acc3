import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export const EMBEDDED_SHARED_BUFFERS = '32MB';

export interface EmbeddedDatabase {
  /** A postgres:// URL to the in-process server, for every pool of the process. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WASM) and serves it over the Postgres wire protocol on a
 * free loopback port (never 5432), so the same driver, migrations and row-level security run as on
 * a real server. `dataDir` `memory` keeps the database in memory (tests).
 *
 * PGlite is one backend shared by every connection: the socket server runs one connection's whole
 * transaction before any other's queries, but session state is shared, so the code never relies on
 * plain SET, session SET ROLE, named prepared statements or LISTEN.
 */
export async function startEmbeddedDatabase(dataDir: string, maxConnections: number): Promise<EmbeddedDatabase> {
  // PGlite's own 128 MB of shared buffers stay resident in the process's WebAssembly memory (it
  // never shrinks); a demo's or a test's data is a few megabytes. 32 MB saves about 150 MB of RSS.
  const options = { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${EMBEDDED_SHARED_BUFFERS}`] };
  let db: PGlite;
  if (dataDir === 'memory') {
    db = await PGlite.create(options);
  } else {
    const pgdata = join(dataDir, 'pgdata');
    mkdirSync(pgdata, { recursive: true });
    db = await PGlite.create(pgdata, options);
  }
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  const [host, port] = server.getServerConn().split(':');
  if (port === '5432') {
    await server.stop();
    await db.close();
    throw new Error('The embedded database must never listen on 5432');
  }
  return {
    url: `postgres://postgres:postgres@${host}:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
