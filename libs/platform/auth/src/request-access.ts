import type { Role } from '@tsunagu/platform/permissions';
import type { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';

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
  /** For a partner user: the partner organisation the membership is bound to. */
  partnerOrganizationId: string | null;
}

/** Who is asking, loaded once per request (so a deactivation takes effect at the next request). */
export interface RequestAccess {
  userId: string;
  sessionId: string;
  /** A token issued only to enrol in MFA: it reaches nothing else. */
  enrollmentOnly: boolean;
  email: string;
  displayName: string;
  mfaEnabled: boolean;
  platformRoles: PlatformRole[];
  memberships: AccessMembership[];
  /** The tenant this request works in, if any (X-Tenant, or the only membership). */
  tenant: AccessTenant | undefined;
  /** Roles in force for this request: platform roles plus the memberships' roles in `tenant`. */
  roles: Role[];
  /**
   * A partner user's organisation in `tenant`: their tenant transaction is confined to it. A partner
   * user holds no other role in that tenant (invitations refuse the mix).
   */
  partnerOrganizationId: string | undefined;
  /** Until when a platform admin's emergency access to `tenant` lasts, if it does. */
  emergencyAccessUntil: Date | undefined;
}
