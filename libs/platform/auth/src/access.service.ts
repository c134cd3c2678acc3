import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ClsService } from 'nestjs-cls';
import { PlatformDb, Tenant, TenantStatus } from '@tsunagu/platform/database';
import { ForbiddenError, UnauthenticatedError } from '@tsunagu/platform/errors';
import { Membership, MembershipStatus } from './membership.entity';
import { PERMISSION_SCOPE, roleGrants, type Permission } from './permissions';
import type { AccessMembership, AccessTenant, RequestAccess } from './request-access';
import type { Role } from './roles';
import { User, UserStatus } from './user.entity';

const ACCESS = 'tsunagu.access';
const PENDING_ACCESS = 'tsunagu.pendingAccess';

/** The header a request names its tenant with. */
export const TENANT_HEADER = 'x-tenant';

/**
 * Decides who is asking and in which tenant, once per request, through the platform path (before
 * any tenant transaction opens). The access guard is its only caller that sets the request's tenant.
 */
@Injectable()
export class AccessService {
  constructor(
    private readonly platformDb: PlatformDb,
    private readonly cls: ClsService,
  ) {}

  /** The access of the current request; throws when the request is not authenticated. */
  current(): RequestAccess {
    const access = this.cls.isActive() ? this.cls.get<RequestAccess | undefined>(ACCESS) : undefined;
    if (!access) throw new UnauthenticatedError();
    return access;
  }

  /** Loads the request's access once, however many resolvers ask concurrently. */
  async resolve(userId: string, tenantSlug: string | undefined): Promise<RequestAccess> {
    const done = this.cls.get<RequestAccess | undefined>(ACCESS);
    if (done) return done;
    let pending = this.cls.get<Promise<RequestAccess> | undefined>(PENDING_ACCESS);
    if (!pending) {
      pending = this.load(userId, tenantSlug).then((access) => {
        this.cls.set(ACCESS, access);
        return access;
      });
      this.cls.set(PENDING_ACCESS, pending);
    }
    return pending;
  }

  /** Throws FORBIDDEN unless the request's roles grant `permission` in its scope. */
  authorize(access: RequestAccess, permission: Permission): void {
    const scope = PERMISSION_SCOPE[permission];
    if (scope === 'self') return;
    if (scope === 'tenant' && !access.tenant) {
      throw new ForbiddenError('TENANT_REQUIRED', 'Choose a tenant with the X-Tenant header');
    }
    const roles: Role[] = scope === 'platform' ? access.platformRoles : access.roles;
    if (!roles.some((role) => roleGrants(role, permission))) {
      throw new ForbiddenError('NOT_PERMITTED', 'Your role does not allow this operation');
    }
  }

  private async load(userId: string, tenantSlug: string | undefined): Promise<RequestAccess> {
    return this.platformDb.run('identity: load the user, memberships and tenant of a request', async (em) => {
      const user = await em.findOne(User, { id: userId, status: UserStatus.ACTIVE });
      if (!user) throw new UnauthenticatedError('ACCOUNT_UNAVAILABLE', 'This account is not available');
      const rows = await em.find(
        Membership,
        { user: userId, status: MembershipStatus.ACTIVE, tenant: { status: { $ne: TenantStatus.OFFBOARDED } } },
        { populate: ['tenant'], orderBy: { createdAt: 'asc' } },
      );
      const memberships: AccessMembership[] = rows.map((m) => ({
        id: m.id,
        role: m.role,
        tenant: toAccessTenant(m.tenant.getEntity()),
      }));
      const tenant = await this.chooseTenant(em, user, memberships, tenantSlug);
      const roles: Role[] = [
        ...user.platformRoles,
        ...memberships.filter((m) => tenant && m.tenant.id === tenant.id).map((m) => m.role),
      ];
      return {
        userId: user.id,
        email: user.email,
        displayName: user.displayName,
        platformRoles: [...user.platformRoles],
        memberships,
        tenant,
        roles,
      };
    });
  }

  private async chooseTenant(
    em: EntityManager,
    user: User,
    memberships: AccessMembership[],
    tenantSlug: string | undefined,
  ): Promise<AccessTenant | undefined> {
    if (tenantSlug) {
      const member = memberships.find((m) => m.tenant.slug === tenantSlug);
      if (member) return member.tenant;
      // A platform-role user may act in any tenant, with only the permissions of the platform role.
      if (user.platformRoles.length > 0) {
        const tenant = await em.findOne(Tenant, { slug: tenantSlug, status: { $ne: TenantStatus.OFFBOARDED } });
        if (tenant) return toAccessTenant(tenant);
      }
      // The same answer whether or not the tenant exists.
      throw new ForbiddenError('NOT_A_MEMBER', 'You are not a member of this tenant');
    }
    const tenantIds = new Set(memberships.map((m) => m.tenant.id));
    if (tenantIds.size === 1) return memberships[0].tenant;
    return undefined;
  }
}

function toAccessTenant(tenant: Tenant): AccessTenant {
  return { id: tenant.id, slug: tenant.slug, nameJa: tenant.nameJa, nameEn: tenant.nameEn, status: tenant.status };
}
