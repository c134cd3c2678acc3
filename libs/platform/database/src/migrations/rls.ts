import { PLATFORM_ROLE, SCOPE_SETTING, TENANT_SETTING } from '../roles';

/** The current tenant of the transaction; NULL (so no row matches) when it is empty or unset. */
export const CURRENT_TENANT = `nullif(current_setting('${TENANT_SETTING}', true), '')::uuid`;

/**
 * Row-level security for a tenant-owned table: enabled and forced (the owner is bound too), one
 * policy for reads and writes. Without a tenant in the transaction no row is visible or writable.
 */
export function tenantIsolation(table: string, column = 'tenant_id'): string[] {
  return [
    `alter table "${table}" enable row level security;`,
    `alter table "${table}" force row level security;`,
    `create policy "tenant_isolation" on "${table}" using ("${column}" = ${CURRENT_TENANT}) with check ("${column}" = ${CURRENT_TENANT});`,
  ];
}

/** Opens a table to the platform role, and only inside a platform-scope transaction. */
export function platformPolicy(table: string): string[] {
  const inPlatformScope = `current_setting('${SCOPE_SETTING}', true) = 'platform'`;
  return [
    `create policy "platform_access" on "${table}" to ${PLATFORM_ROLE} using (${inPlatformScope}) with check (${inPlatformScope});`,
  ];
}

/** A table no tenant transaction may reach: RLS forced, and only the platform policy. */
export function platformOnly(table: string): string[] {
  return [
    `alter table "${table}" enable row level security;`,
    `alter table "${table}" force row level security;`,
    ...platformPolicy(table),
  ];
}
