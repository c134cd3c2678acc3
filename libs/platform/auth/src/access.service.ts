import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ClsService } from 'nestjs-cls';
import { PlatformDb, Tenant, TenantStatus } from '@tsunagu/platform/database';
import { ForbiddenError, UnauthenticatedError } from '@tsunagu/platform/errors';
import { MembershipStatus } from './membership.entity';
import { mfaRequired } from './mfa';
import {
  EMERGENCY_ACCESS_PERMISSIONS,
  Permission,
  PERMISSION_SCOPE,
  PlatformRole,
  roleGrants,
  TenantRole,
} from '@tsunagu/platform/permissions';
import { AUDIT_ACTOR, type AuditActor } from '@tsunagu/platform/audit';
import { EmergencyAccessGrant } from './invitation.entity';
import { Session } from './session.entity';
import type { AuthenticatedUser } from './jwt.strategy';
import type { AccessMembership, AccessTenant, RequestAccess } from './request-access';
import type { Role } from '@tsunagu/platform/permissions';
import { UserStatus } from './user.entity';

const ACCESS = 'tsunagu.access';

interface AccessUser {
  id: string;
  platformRoles: PlatformRole[];
}

/** The row of the access lookup (timestamps come back as text from raw queries). */
interface AccessRow {
  id: string;
  email: string;
  display_name: string;
  platform_roles: PlatformRole[];
  mfa_enabled: boolean;
  session_id: string | null;
  last_used_at: string | null;
  session_expires_at: string | null;
  access_revision: string;
  memberships: (AccessMembership & { mfaRequiredRoles: string[] })[];
}
const PENDING_ACCESS = 'tsunagu.pendingAccess';

/**
 * How long a session's cached access serves before it is read again in full: also the granularity
 * of the session's last-use stamp. Any change to what access is made of ends it sooner (see
 * `AccessCache`).
 */
const ACCESS_CACHE_MS = 60_000;
const ACCESS_CACHE_ENTRIES = 10_000;

interface CachedAccess {
  access: RequestAccess;
  /** The access revision the access was read at, in the same statement. */
  revision: string;
  loadedAt: number;
  sessionExpiresAt: number;
}

/**
 * Each session's access (per tenant asked for), kept so that a request reads one number instead of
 * the user, session, memberships and tenant. The number is the database's access revision, which
 * triggers move whenever a user, session, membership, tenant or emergency grant changes, in any
 * process: an entry serves only while the revision it was read at is still current, so a
 * revocation takes effect at the next request, as without the cache.
 */
class AccessCache {
  private readonly entries = new Map<string, CachedAccess>();

  get(key: string, now: number): CachedAccess | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now - entry.loadedAt >= ACCESS_CACHE_MS || now >= entry.sessionExpiresAt) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  set(key: string, entry: CachedAccess): void {
    this.entries.delete(key);
    if (this.entries.size >= ACCESS_CACHE_ENTRIES) {
      // The oldest entry goes first: Map keeps insertion order.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, entry);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}

/** The header a request names its tenant with. */
export const TENANT_HEADER = 'x-tenant';

/**
 * Decides who is asking and in which tenant, once per request, through the platform path (before
 * any tenant transaction opens). The access guard is its only caller that sets the request's tenant.
 */
@Injectable()
export class AccessService {
  private readonly cache = new AccessCache();

  constructor(
    private readonly platformDb: PlatformDb,
    private readonly cls: ClsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The access of the current request; throws when the request is not authenticated. */
  current(): RequestAccess {
    const access = this.cls.isActive() ? this.cls.get<RequestAccess | undefined>(ACCESS) : undefined;
    if (!access) throw new UnauthenticatedError();
    return access;
  }

  /** Loads the request's access once, however many resolvers ask concurrently. */
  async resolve(user: AuthenticatedUser, tenantSlug: string | undefined): Promise<RequestAccess> {
    const done = this.cls.get<RequestAccess | undefined>(ACCESS);
    if (done) return done;
    let pending = this.cls.get<Promise<RequestAccess> | undefined>(PENDING_ACCESS);
    if (!pending) {
      pending = this.load(user, tenantSlug).then((access) => {
        this.cls.set(ACCESS, access);
        this.cls.set<AuditActor>(AUDIT_ACTOR, { userId: access.userId, label: access.email });
        return access;
      });
      this.cls.set(PENDING_ACCESS, pending);
    }
    return pending;
  }

  /**
   * Makes `access` the access of the current context, as `resolve` does: a GraphQL subscription's
   * access, loaded when it began (and checked again whenever access changes), for the context in
   * which one of its events is read.
   */
  enter(access: RequestAccess): void {
    this.cls.set(ACCESS, access);
    this.cls.set<AuditActor>(AUDIT_ACTOR, { userId: access.userId, label: access.email });
  }

  /** Throws FORBIDDEN unless the request's roles grant `permission` in its scope. */
  authorize(access: RequestAccess, permission: Permission): void {
    if (access.enrollmentOnly && permission !== Permission.ManageOwnMfa) {
      throw new ForbiddenError('MFA_ENROLLMENT_REQUIRED', 'Set up multi-factor authentication first');
    }
    const scope = PERMISSION_SCOPE[permission];
    if (scope === 'self') return;
    if (scope === 'tenant' && !access.tenant) {
      throw new ForbiddenError('TENANT_REQUIRED', 'Choose a tenant with the X-Tenant header');
    }
    const roles: Role[] = scope === 'platform' ? access.platformRoles : access.roles;
    if (roles.some((role) => roleGrants(role, permission))) return;
    const emergency = access.emergencyAccessUntil !== undefined && access.emergencyAccessUntil > new Date();
    if (emergency && EMERGENCY_ACCESS_PERMISSIONS.includes(permission)) return;
    throw new ForbiddenError('NOT_PERMITTED', 'Your role does not allow this operation');
  }

  /** Every permission `authorize` would grant this access, in the matrix's order. */
  permissions(access: RequestAccess): Permission[] {
    return Object.values(Permission).filter((permission) => {
      try {
        this.authorize(access, permission);
        return true;
      } catch (error) {
        if (error instanceof ForbiddenError) return false;
        throw error;
      }
    });
  }

  /** The cached access of this session and tenant while nothing it is made of changed; else read anew. */
  private async load(token: AuthenticatedUser, tenantSlug: string | undefined): Promise<RequestAccess> {
    const key = `${token.sessionId}\u0000${token.userId}\u0000${token.enrollmentOnly ? 1 : 0}\u0000${tenantSlug ?? ''}`;
    const cached = this.cache.get(key, Date.now());
    if (cached) {
      if ((await this.platformDb.accessRevision()) === cached.revision) return cached.access;
      this.cache.delete(key);
    }
    const read = await this.read(token, tenantSlug);
    this.cache.set(key, read);
    return read.access;
  }

  private async read(token: AuthenticatedUser, tenantSlug: string | undefined): Promise<CachedAccess> {
    return this.platformDb.run('identity: load the user, session, memberships and tenant of a request', async (em) => {
      const now = new Date();
      // One statement for what every request needs (the ORM's three lookups cost more than the
      // rest of an inbox page: see docs/operations.md, benchmarks).
      const [row] = await em.execute<AccessRow[]>(
        `select u.id, u.email, u.display_name, u.platform_roles, u.mfa_enabled,
                s.id as session_id, s.last_used_at, s.expires_at as session_expires_at,
                (select value::text from access_revision) as access_revision,
                coalesce((
                  select json_agg(json_build_object(
                           'id', m.id, 'role', m.role, 'mfaRequiredRoles', t.mfa_required_roles,
                           'partnerOrganizationId', m.partner_organization_id,
                           'tenant', json_build_object('id', t.id, 'slug', t.slug, 'nameJa', t.name_ja,
                                                       'nameEn', t.name_en, 'status', t.status))
                         order by m.created_at)
                  from membership m join tenant t on t.id = m.tenant_id
                  where m.user_id = u.id and m.status = ? and t.status <> ?), '[]') as memberships
         from app_user u
         left join auth_session s
           on s.id = ? and s.user_id = u.id and s.revoked_at is null and s.expires_at > ?
         where u.id = ? and u.status = ?`,
        [MembershipStatus.ACTIVE, TenantStatus.OFFBOARDED, token.sessionId, now, token.userId, UserStatus.ACTIVE],
      );
      if (!row) throw new UnauthenticatedError('ACCOUNT_UNAVAILABLE', 'This account is not available');
      if (!row.session_id) throw new UnauthenticatedError('SESSION_ENDED', 'This session has ended: sign in again');
      // A write per request would be wasteful: the last use is kept to the minute.
      if (now.getTime() - new Date(row.last_used_at as string).getTime() > 60_000) {
        await em.nativeUpdate(Session, { id: row.session_id }, { lastUsedAt: now });
      }
      const user = { id: row.id, platformRoles: row.platform_roles };
      const rows = row.memberships;
      // A platform admin never holds tenant roles: in a tenant it has only its platform role (and
      // emergency access), whatever membership rows say.
      const platformAdmin = user.platformRoles.includes(PlatformRole.PLATFORM_ADMIN);
      // A partner user's membership counts only bound to its organisation (invitations always bind it).
      const memberships: AccessMembership[] = (platformAdmin ? [] : rows)
        .filter((m) => m.role !== TenantRole.PARTNER_USER || m.partnerOrganizationId)
        .map((m) => ({
          id: m.id,
          role: m.role,
          tenant: m.tenant,
          partnerOrganizationId: m.partnerOrganizationId ?? null,
        }));
      const tenant = await this.chooseTenant(em, user, memberships, tenantSlug);
      const inTenant = memberships.filter((m) => tenant && m.tenant.id === tenant.id);
      const roles: Role[] = [...user.platformRoles, ...inTenant.map((m) => m.role)];
      const emergency =
        tenant && platformAdmin
          ? await em.findOne(
              EmergencyAccessGrant,
              { user: user.id, tenant: tenant.id, expiresAt: { $gt: now } },
              { orderBy: { expiresAt: 'desc' } },
            )
          : null;
      const access: RequestAccess = {
        userId: user.id,
        sessionId: row.session_id,
        // MFA is checked at every request, not only at login: a role or tenant setting that now
        // requires it turns an existing session into an enrolment-only one.
        enrollmentOnly:
          token.enrollmentOnly ||
          (!row.mfa_enabled && mfaRequired(user, rows, this.config.mfaRequiredForPlatformRoles)),
        emergencyAccessUntil: emergency?.expiresAt,
        email: row.email,
        displayName: row.display_name,
        mfaEnabled: row.mfa_enabled,
        platformRoles: [...user.platformRoles],
        memberships,
        tenant,
        roles,
        partnerOrganizationId:
          inTenant.find((m) => m.role === TenantRole.PARTNER_USER)?.partnerOrganizationId ?? undefined,
      };
      return {
        // Shared by every request of the session while cached: nobody may change it.
        access: deepFreeze(access),
        revision: row.access_revision,
        loadedAt: now.getTime(),
        sessionExpiresAt: new Date(row.session_expires_at as string).getTime(),
      };
    });
  }

  private async chooseTenant(
    em: EntityManager,
    user: AccessUser,
    memberships: AccessMembership[],
    tenantSlug: string | undefined,
  ): Promise<AccessTenant | undefined> {
    if (tenantSlug) {
      const member = memberships.find((m) => m.tenant.slug === tenantSlug);
      if (member) return usable(member.tenant, user);
      // A platform-role user may act in any tenant, with only the permissions of the platform role.
      if (user.platformRoles.length > 0) {
        const tenant = await em.findOne(Tenant, { slug: tenantSlug, status: { $ne: TenantStatus.OFFBOARDED } });
        if (tenant) return toAccessTenant(tenant);
      }
      // The same answer whether or not the tenant exists.
      throw new ForbiddenError('NOT_A_MEMBER', 'You are not a member of this tenant');
    }
    const tenantIds = new Set(memberships.map((m) => m.tenant.id));
    if (tenantIds.size === 1) return usable(memberships[0].tenant, user);
    return undefined;
  }
}

/** A suspended tenant is closed to its members; platform staff may still act in it. */
function usable(tenant: AccessTenant, user: AccessUser): AccessTenant {
  if (tenant.status === TenantStatus.SUSPENDED && user.platformRoles.length === 0) {
    throw new ForbiddenError('TENANT_SUSPENDED', 'This tenant is suspended');
  }
  return tenant;
}

function toAccessTenant(tenant: Tenant): AccessTenant {
  return { id: tenant.id, slug: tenant.slug, nameJa: tenant.nameJa, nameEn: tenant.nameEn, status: tenant.status };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !(value instanceof Date)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
