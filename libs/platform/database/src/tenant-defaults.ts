import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Claims, once per tenant, the right to give it a default set (`kind`: the default conversation
 * categories, service categories, ...) in `tenant_defaults_applied`. True for the one caller that
 * should seed; of two first requests at once, the other gets false and finds nothing to do. A
 * tenant that later deleted its defaults never gets them again.
 */
export async function claimTenantDefaults(em: EntityManager, tenantId: string, kind: string): Promise<boolean> {
  const claimed = await em.execute<{ id: string }[]>(
    `insert into tenant_defaults_applied (id, tenant_id, kind, applied_at) values (?, ?, ?, now())
     on conflict (tenant_id, kind) do nothing returning id`,
    [randomUUID(), tenantId, kind],
  );
  return claimed.length > 0;
}
