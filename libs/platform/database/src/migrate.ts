import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from './orm-options';
import { PLATFORM_ROLE, TENANT_ROLE } from './roles';
import { refreshStatistics } from './statistics';

export interface MigrateResult {
  applied: string[];
}

/**
 * Applies pending migrations as the owner (DATABASE_MIGRATION_URL, or DATABASE_URL where one role
 * must do), then makes the runtime login role of DATABASE_URL a member of the two application roles
 * so that its transactions can switch to them. The login role keeps no other rights of its own.
 */
export async function migrate(params: { migrationUrl: string; runtimeUrl: string }): Promise<MigrateResult> {
  // Migrations are SQL: they need no entity metadata.
  const orm = await MikroORM.init(ormOptions({ url: params.migrationUrl, entities: [], poolMax: 1 }));
  try {
    const applied = await orm.getMigrator().up();
    // New tables and indexes get their statistics now, not at the first autovacuum (if any).
    if (applied.length > 0) await refreshStatistics(orm);
    const runtimeUser = decodeURIComponent(new URL(params.runtimeUrl).username || '');
    const [{ current_user: owner }] = await orm.em
      .getConnection()
      .execute<{ current_user: string }[]>('select current_user');
    if (runtimeUser && runtimeUser !== owner) {
      const quoted = `"${runtimeUser.replace(/"/g, '""')}"`;
      await orm.em.getConnection().execute(`grant ${TENANT_ROLE}, ${PLATFORM_ROLE} to ${quoted}`);
    }
    return { applied: applied.map((m) => m.name) };
  } finally {
    await orm.close(true);
  }
}
