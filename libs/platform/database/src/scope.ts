import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { beginWith } from './scoped-transaction';
import { PARTNER_SETTING, PLATFORM_ROLE, SCOPE_SETTING, TENANT_ROLE, TENANT_SETTING } from './roles';

/** A tenant, and for a partner user the partner organisation that confines them; or the platform. */
export type Scope = { tenantId: string; partnerOrganizationId?: string } | 'platform';

/**
 * The statement that switches to the runtime role and sets the transaction-local context, with its
 * bindings. `set_config(..., true)` is SET LOCAL: it ends with the transaction, so nothing leaks to
 * the next user of a pooled connection (or of the shared PGlite backend).
 */
export function scopeStatement(scope: Scope): [string, unknown[]] {
  const platform = scope === 'platform';
  return [
    `select set_config('role', ?, true), set_config('${TENANT_SETTING}', ?, true), set_config('${SCOPE_SETTING}', ?, true), set_config('${PARTNER_SETTING}', ?, true)`,
    [
      platform ? PLATFORM_ROLE : TENANT_ROLE,
      platform ? '' : scope.tenantId,
      platform ? 'platform' : 'tenant',
      platform ? '' : (scope.partnerOrganizationId ?? ''),
    ],
  ];
}

/**
 * A new EntityManager inside a new transaction that has entered `scope` (see `scopeStatement`): the
 * way every application transaction starts, BEGIN and scope in one round trip. The caller commits
 * or rolls it back (`em.commit()`, `em.rollback()`).
 */
export async function beginInScope(orm: MikroORM, scope: Scope): Promise<EntityManager> {
  const em = orm.em.fork({ clear: true });
  const [sql, params] = scopeStatement(scope);
  const knex = em.getConnection().getKnex();
  em.setTransactionContext(await beginWith(knex, em.getPlatform().formatQuery(sql, params)));
  return em;
}
