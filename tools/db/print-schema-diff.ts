/**
 * Prints the SQL that would bring the database of DATABASE_MIGRATION_URL (or DATABASE_URL) in line
 * with the entities: the starting point of a new migration (`npm run db:diff`). Row-level security,
 * policies and grants are not part of entity metadata: add them by hand (see docs/tenancy.md).
 */
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '@tsunagu/platform/database';
import { ENTITIES } from '../../apps/api/src/entities';

async function main(): Promise<void> {
  const url = process.env['DATABASE_MIGRATION_URL'] || process.env['DATABASE_URL'];
  if (!url) throw new Error('Set DATABASE_MIGRATION_URL or DATABASE_URL to a migrated database');
  const orm = await MikroORM.init(ormOptions({ url, entities: ENTITIES, poolMax: 1 }));
  try {
    const sql = process.argv.includes('--create')
      ? await orm.schema.getCreateSchemaSQL({ wrap: false })
      : await orm.schema.getUpdateSchemaSQL({ wrap: false });
    process.stdout.write(sql.trim() ? `${sql.trim()}\n` : '-- the database matches the entities\n');
  } finally {
    await orm.close(true);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
