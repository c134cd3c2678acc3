/** Roles held by the user across the platform. Lower-case in the database, UPPER_SNAKE in GraphQL. */
export enum PlatformRole {
  PLATFORM_ADMIN = 'platform_admin',
  NPO_ADMIN = 'npo_admin',
}

/** Roles held through a membership in one tenant. */
export enum TenantRole {
  TENANT_ADMIN = 'tenant_admin',
  COUNSELOR = 'counselor',
  COORDINATOR = 'coordinator',
  MUNICIPAL_VIEWER = 'municipal_viewer',
  PARTNER_USER = 'partner_user',
}

export type Role = PlatformRole | TenantRole;

/** Any role, as an invitation names it (GraphQL enum `Role`). */
export enum AnyRole {
  PLATFORM_ADMIN = 'platform_admin',
  NPO_ADMIN = 'npo_admin',
  TENANT_ADMIN = 'tenant_admin',
  COUNSELOR = 'counselor',
  COORDINATOR = 'coordinator',
  MUNICIPAL_VIEWER = 'municipal_viewer',
  PARTNER_USER = 'partner_user',
}

export function isPlatformRole(role: string): role is PlatformRole {
  return (Object.values(PlatformRole) as string[]).includes(role);
}
