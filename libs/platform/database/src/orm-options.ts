import { defineConfig, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { scrubText } from '@tsunagu/platform/errors';
import { migrationsList } from './migrations';
import { SEARCH_SCHEMA } from './roles';

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
    pool: { min: 0, max: connection.poolMax },
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
