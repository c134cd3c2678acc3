import { EntityManager } from '@mikro-orm/postgresql';
import { ensureBegun } from './faults';
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

/** First statement of every application transaction: enter `scope` (see `scopeStatement`). */
export async function enterScope(em: EntityManager, scope: Scope): Promise<void> {
  await ensureBegun(em);
  const [sql, params] = scopeStatement(scope);
  await em.execute(sql, params);
}
