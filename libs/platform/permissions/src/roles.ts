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
