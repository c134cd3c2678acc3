import { Logger } from '@nestjs/common';
import { defineConfig, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { scrubText } from '@tsunagu/platform/errors';
import { migrationsList } from './migrations';
import { SEARCH_SCHEMA } from './roles';

/** How long opening one database connection may take. */
export const CONNECT_TIMEOUT_MS = 5_000;
/** How long a query may wait for a pooled connection (knex's default is a minute). */
export const POOL_ACQUIRE_TIMEOUT_MS = 10_000;

export type EntityClass = abstract new (...args: never[]) => object;

export interface OrmConnection {
  url: string;
  entities: EntityClass[];
  poolMax: number;
  debug?: boolean;
}

/**
 * MikroORM options shared by the API, the migration command and the tests. Nothing here issues a
 * session-level SET (the embedded database shares session state between connections): foreign
 * keys are never disabled through session_replication_role, no connection time zone is set.
 */
export function ormOptions(connection: OrmConnection): Options<PostgreSqlDriver> {
  return defineConfig({
    clientUrl: connection.url,
    entities: connection.entities,
    // A connection the database dropped (a failover, a restart, pg_terminate_backend) is marked by
    // knex and discarded when next acquired. Waiting for a connection is bounded, so a request fails
    // with SERVICE_UNAVAILABLE rather than hanging while the database does not answer.
    pool: {
      min: 0,
      max: connection.poolMax,
      acquireTimeoutMillis: POOL_ACQUIRE_TIMEOUT_MS,
      createTimeoutMillis: CONNECT_TIMEOUT_MS,
    },
    driverOptions: {
      // knex's own warnings (a pooled connection found dead and discarded) go to the application log.
      log: knexLog,
      connection: {
        // Who the backends are, in pg_stat_activity (`?application_name=` in the URL overrides it).
        application_name: applicationName(connection.url),
        connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      },
    },
    ensureDatabase: false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    debug: connection.debug ?? false,
    // Query logs (debug mode) show statements with their values inlined: never with the values.
    // (A query line starts with `[query]`, after a colour code.)
    logger: (message: string) => console.log(message.slice(0, 16).includes('[query]') ? scrubText(message) : message),
    discovery: { warnWhenNoEntities: false },
    // The search index's schema is the migrations' alone: no entity maps it.
    schemaGenerator: { disableForeignKeys: false, ignoreSchema: [SEARCH_SCHEMA] },
    extensions: [Migrator],
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      disableForeignKeys: false,
      snapshot: false,
    },
  });
}

const knexLogger = new Logger('Database');
const knexLog = {
  warn: (message: unknown) => knexLogger.warn(String(message)),
  error: (message: unknown) => knexLogger.error(String(message)),
  deprecate: (method: unknown, alternative: unknown) =>
    knexLogger.warn(`${String(method)} is deprecated: use ${String(alternative)}`),
  debug: () => undefined,
};

/** The URL's `application_name` parameter, or `tsunagu`. */
export function applicationName(url: string): string {
  try {
    return new URL(url).searchParams.get('application_name') || 'tsunagu';
  } catch {
    return 'tsunagu';
  }
}
