import { PlatformRole, TenantRole, type Role } from './roles';

/**
 * What an operation needs. Every resolver and controller declares one (or is @Public()); the access
 * guard denies everything else. docs/permissions.md is this table in prose, and a snapshot test
 * records which operation declares which permission.
 */
export enum Permission {
  /** Read one's own profile and memberships. Every authenticated user. */
  ReadOwnProfile = 'self:profile:read',
  ListTenants = 'platform:tenants:list',
  CreateTenant = 'platform:tenants:create',
  ActivateTenant = 'platform:tenants:activate',
  ReadTenant = 'tenant:read',
  UpdateTenantSettings = 'tenant:settings:update',
  ReadOnboardingChecklist = 'tenant:onboarding:read',
}

/**
 * Where a permission applies. `tenant` permissions need a tenant chosen for the request, and the
 * operation then runs inside that tenant's transaction; `platform` ones need a platform role.
 */
export type PermissionScope = 'self' | 'platform' | 'tenant';

export const PERMISSION_SCOPE: Record<Permission, PermissionScope> = {
  [Permission.ReadOwnProfile]: 'self',
  [Permission.ListTenants]: 'platform',
  [Permission.CreateTenant]: 'platform',
  [Permission.ActivateTenant]: 'platform',
  [Permission.ReadTenant]: 'tenant',
  [Permission.UpdateTenantSettings]: 'tenant',
  [Permission.ReadOnboardingChecklist]: 'tenant',
};

/** The permission matrix: role × permission. `self` permissions need no entry. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [PlatformRole.PLATFORM_ADMIN]: [
    Permission.ListTenants,
    Permission.CreateTenant,
    Permission.ActivateTenant,
    Permission.ReadTenant,
    Permission.ReadOnboardingChecklist,
  ],
  [PlatformRole.NPO_ADMIN]: [Permission.ReadTenant],
  [TenantRole.TENANT_ADMIN]: [
    Permission.ReadTenant,
    Permission.UpdateTenantSettings,
    Permission.ReadOnboardingChecklist,
  ],
  [TenantRole.COUNSELOR]: [Permission.ReadTenant],
  [TenantRole.COORDINATOR]: [Permission.ReadTenant],
  [TenantRole.MUNICIPAL_VIEWER]: [Permission.ReadTenant],
  [TenantRole.PARTNER_USER]: [Permission.ReadTenant],
};

export function roleGrants(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
