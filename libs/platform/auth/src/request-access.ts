import type { Role } from './roles';
import type { PlatformRole, TenantRole } from './roles';

export interface AccessTenant {
  id: string;
  slug: string;
  nameJa: string;
  nameEn: string;
  status: string;
}

export interface AccessMembership {
  id: string;
  role: TenantRole;
  tenant: AccessTenant;
}

/** Who is asking, loaded once per request (so a deactivation takes effect at the next request). */
export interface RequestAccess {
  userId: string;
  email: string;
  displayName: string;
  platformRoles: PlatformRole[];
  memberships: AccessMembership[];
  /** The tenant this request works in, if any (X-Tenant, or the only membership). */
  tenant: AccessTenant | undefined;
  /** Roles in force for this request: platform roles plus the memberships' roles in `tenant`. */
  roles: Role[];
}
