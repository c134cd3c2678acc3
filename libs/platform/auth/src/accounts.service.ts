import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { PlatformDb, Tenant, TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '@tsunagu/platform/errors';
import { AuditTrail } from '@tsunagu/platform/audit';
import { DevOutboxMail } from '@tsunagu/platform/mail';
import { EMERGENCY_ACCESS_MINUTES, TenantRole } from '@tsunagu/platform/permissions';
import { AccessService } from './access.service';
import type { DevOutboxMailModel, EmergencyAccessModel, TenantMemberModel } from './accounts.models';
import { EmergencyAccessGrant } from './invitation.entity';
import { Membership, MembershipStatus } from './membership.entity';
import { RoleGrantsService } from './role-grants.service';
import { SessionsService } from './sessions.service';
import { User, UserStatus } from './user.entity';

/**
 * Taking access away, and the platform's emergency access. Every change takes effect at the
 * affected user's next request: access is loaded per request, and deactivation ends the sessions.
 */
@Injectable()
export class AccountsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly platformDb: PlatformDb,
    private readonly tenantDb: TenantDb,
    private readonly access: AccessService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditTrail,
    private readonly grants: RoleGrantsService,
  ) {}

  async deactivateUser(userId: string): Promise<void> {
    if (userId === this.access.current().userId) {
      throw new BadUserInputError(
        [{ field: 'userId', messages: ['you cannot deactivate yourself'] }],
        'CANNOT_DEACTIVATE_SELF',
      );
    }
    await this.platformDb.run('accounts: deactivate a user', async (em) => {
      const user = await em.findOne(User, { id: userId });
      if (!user) throw new NotFoundError('USER_NOT_FOUND', 'No such user');
      user.status = UserStatus.DEACTIVATED;
      await this.sessions.revokeAll(em, user.id, 'user_deactivated');
      await em.flush();
      await this.audit.recordOnPlatformPath(em, null, 'user.deactivated', { type: 'user', id: user.id });
    });
  }

  /** The members of the request's tenant, admins first, then by email. */
  async members(): Promise<TenantMemberModel[]> {
    const memberships = await this.tenantDb.em.find(
      Membership,
      { tenant: this.tenantDb.tenantId },
      { populate: ['user'], orderBy: { role: 'asc', user: { email: 'asc' } }, limit: 1000 },
    );
    return memberships.map((m) => ({
      id: m.id,
      role: m.role,
      active: m.status === MembershipStatus.ACTIVE,
      userId: m.user.id,
      email: m.user.getEntity().email,
      displayName: m.user.getEntity().displayName,
    }));
  }

  async deactivateMembership(membershipId: string): Promise<void> {
    const membership = await this.ownTenantMembership(membershipId);
    membership.status = MembershipStatus.DEACTIVATED;
    await this.tenantDb.em.flush();
    await this.audit.record(
      'membership.deactivated',
      { type: 'membership', id: membership.id },
      { role: membership.role },
    );
  }

  /** True when the role changed; false when the change waits for another admin's approval. */
  async changeMembershipRole(membershipId: string, role: TenantRole): Promise<boolean> {
    const membership = await this.ownTenantMembership(membershipId);
    if (membership.role === role) return true;
    // A partner user is bound to an organisation and confined to it: that comes only with an
    // invitation naming the organisation, and is not changed into another role either.
    if (membership.role === TenantRole.PARTNER_USER || role === TenantRole.PARTNER_USER) {
      throw new BadUserInputError(
        [{ field: 'role', messages: ['partner users are invited to their organisation, not made by a role change'] }],
        'INCOMPATIBLE_ROLES',
      );
    }
    const clash = await this.tenantDb.em.count(Membership, {
      tenant: this.tenantDb.tenantId,
      user: membership.user.id,
      role,
    });
    if (clash > 0) {
      throw new ConflictError('ALREADY_HOLDS_ROLE', 'This person already holds this role in this tenant', [
        { field: 'role', messages: ['the user already holds this role'] },
      ]);
    }
    const ground = this.grants.groundFor(this.tenantDb.tenantId, role, null);
    if (ground) {
      // A role that reads consultations, asked by someone who cannot read them: changed once approved.
      await this.grants.requestRoleChange(membership, role, ground);
      return false;
    }
    const from = membership.role;
    membership.role = role;
    await this.tenantDb.em.flush();
    await this.audit.record('membership.role_changed', { type: 'membership', id: membership.id }, { from, to: role });
    return true;
  }

  /**
   * Read access to one tenant's content for an hour, with a reason, recorded in both the platform
   * and the tenant's audit trail. It works when the platform admin sends `X-Tenant`.
   */
  async requestEmergencyAccess(tenantSlug: string, reason: string): Promise<EmergencyAccessModel> {
    const access = this.access.current();
    return this.platformDb.run('emergency access: grant', async (em) => {
      const tenant = await em.findOne(Tenant, { slug: tenantSlug });
      if (!tenant) throw new NotFoundError('TENANT_NOT_FOUND', 'No such tenant');
      const grant = em.create(EmergencyAccessGrant, {
        tenant,
        user: em.getReference(User, access.userId),
        reason: reason.normalize('NFC'),
        expiresAt: new Date(Date.now() + EMERGENCY_ACCESS_MINUTES * 60_000),
      });
      await em.flush();
      const target = { type: 'emergency_access', id: grant.id };
      const details = { reason: grant.reason, expiresAt: grant.expiresAt.toISOString() };
      await this.audit.recordOnPlatformPath(em, null, 'emergency_access.granted', target, {
        ...details,
        tenant: tenant.slug,
      });
      await this.audit.recordOnPlatformPath(em, tenant.id, 'emergency_access.granted', target, details);
      return {
        id: grant.id,
        tenant: { id: tenant.id, slug: tenant.slug, nameJa: tenant.nameJa, nameEn: tenant.nameEn },
        reason: grant.reason,
        grantedAt: grant.grantedAt,
        expiresAt: grant.expiresAt,
      };
    });
  }

  /** The dev outbox: only in demo mode (no SMTP server, not production). */
  async devOutbox(first: number): Promise<DevOutboxMailModel[]> {
    if (!this.config.demoMode) {
      throw new ForbiddenError('DEV_OUTBOX_DISABLED', 'The dev outbox exists only in the demo, without an SMTP server');
    }
    if (!Number.isInteger(first) || first < 1 || first > 200) {
      throw new BadUserInputError([{ field: 'first', messages: ['first must be from 1 to 200'] }]);
    }
    const mails = await this.platformDb.run('mail: read the dev outbox', (em) =>
      em.find(DevOutboxMail, {}, { orderBy: { createdAt: 'desc' }, limit: first }),
    );
    return mails.map((m) => ({ id: m.id, to: m.recipient, subject: m.subject, body: m.body, createdAt: m.createdAt }));
  }

  private async ownTenantMembership(membershipId: string): Promise<Membership> {
    const membership = await this.tenantDb.em.findOne(Membership, { id: membershipId, tenant: this.tenantDb.tenantId });
    if (!membership) throw new NotFoundError('MEMBERSHIP_NOT_FOUND', 'No such membership in this tenant');
    if (membership.user.id === this.access.current().userId) {
      throw new BadUserInputError(
        [{ field: 'membershipId', messages: ['ask another tenant admin to change your own membership'] }],
        'OWN_MEMBERSHIP',
      );
    }
    return membership;
  }
}
