import { EntityManager } from '@mikro-orm/postgresql';
import { PLATFORM_ROLE, SCOPE_SETTING, TENANT_ROLE, TENANT_SETTING } from './roles';

/**
 * First statement of every application transaction: switch to the runtime role and set the
 * transaction-local context. `set_config(..., true)` is SET LOCAL: it ends with the transaction,
 * so nothing leaks to the next user of a pooled connection (or of the shared PGlite backend).
 */
export async function enterScope(em: EntityManager, scope: { tenantId: string } | 'platform'): Promise<void> {
  const platform = scope === 'platform';
  await em.execute(
    `select set_config('role', ?, true), set_config('${TENANT_SETTING}', ?, true), set_config('${SCOPE_SETTING}', ?, true)`,
    [platform ? PLATFORM_ROLE : TENANT_ROLE, platform ? '' : scope.tenantId, platform ? 'platform' : 'tenant'],
  );
}
