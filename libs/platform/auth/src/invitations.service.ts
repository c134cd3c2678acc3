import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { randomToken, sha256Hex } from '@tsunagu/platform/crypto';
import { PlatformDb, Tenant, TenantStatus } from '@tsunagu/platform/database';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from '@tsunagu/platform/errors';
import { AuditTrail } from '@tsunagu/platform/audit';
import { MailService } from '@tsunagu/platform/mail';
import { AnyRole, isPlatformRole, PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { AccessService } from './access.service';
import { InvitationStatus, type InvitationModel, type InvitationPreviewModel } from './accounts.models';
import { AuthService, normalizeEmail, type LoginOutcome } from './auth.service';
import { Invitation } from './invitation.entity';
import { Membership, MembershipStatus } from './membership.entity';
import { hashPassword } from './passwords';
import type { ClientInfo } from './sessions.service';
import { User, UserStatus } from './user.entity';
import { INVITATION_HOURS, invitationMail } from './invitation-mail';
import { RoleGrantsService } from './role-grants.service';

/**
 * Invitations. A tenant admin invites to tenant roles of their own tenant; a platform admin to any
 * tenant's roles (onboarding a city's first admin) and to platform roles; an NPO admin to NPO_ADMIN.
 * The emailed token works once, for 72 hours. Accepting creates the account, or, when the email
 * already has one, adds the role to it once its owner proves the password. An invitation to a role
 * that reads consultations may first need another admin's approval (`RoleGrantsService`): its link
 * is mailed only then.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly platformDb: PlatformDb,
    private readonly access: AccessService,
    private readonly auth: AuthService,
    private readonly audit: AuditTrail,
    private readonly mail: MailService,
    private readonly grants: RoleGrantsService,
  ) {}

  async invite(input: {
    email: string;
    role: AnyRole;
    tenantSlug?: string;
    partnerOrganizationId?: string;
  }): Promise<InvitationModel> {
    const access = this.access.current();
    const email = normalizeEmail(input.email);
    const platformAdmin = access.platformRoles.includes(PlatformRole.PLATFORM_ADMIN);
    const role: string = input.role;
    let tenantSlug: string | undefined;
    if (isPlatformRole(role)) {
      if (input.tenantSlug) {
        throw new BadUserInputError([{ field: 'tenantSlug', messages: ['a platform role belongs to no tenant'] }]);
      }
      const allowed =
        platformAdmin || (role === PlatformRole.NPO_ADMIN && access.platformRoles.includes(PlatformRole.NPO_ADMIN));
      if (!allowed) throw new ForbiddenError('ROLE_NOT_INVITABLE', 'You may not invite to this role');
    } else {
      tenantSlug = this.invitableTenant(input.tenantSlug);
    }

    const partnerUser = role === (TenantRole.PARTNER_USER as string);
    if (partnerUser !== (input.partnerOrganizationId !== undefined)) {
      throw new BadUserInputError(
        [
          {
            field: 'partnerOrganizationId',
            messages: [partnerUser ? 'a partner user needs their partner organisation' : 'only a partner user has one'],
          },
        ],
        'PARTNER_ORGANIZATION',
      );
    }

    return this.platformDb.run('accounts: invite a user', async (em) => {
      const tenant = tenantSlug ? await em.findOne(Tenant, { slug: tenantSlug }) : null;
      if (tenantSlug && (!tenant || tenant.status === TenantStatus.OFFBOARDED)) {
        throw new NotFoundError('TENANT_NOT_FOUND', 'No such tenant');
      }
      if (partnerUser && tenant && !(await this.isPartnerOf(em, input.partnerOrganizationId as string, tenant.id))) {
        throw new NotFoundError('PARTNER_ORGANIZATION_NOT_FOUND', 'No such partner organisation in this tenant');
      }
      await this.assertRolesCompatible(em, email, role, tenant);
      if (await this.alreadyHolds(em, email, role, tenant)) {
        throw new ConflictError('ALREADY_HOLDS_ROLE', 'This person already holds this role', [
          { field: 'email', messages: ['email already holds this role'] },
        ]);
      }
      const token = randomToken();
      const invitation = em.create(Invitation, {
        tenant,
        email,
        role,
        partnerOrganizationId: input.partnerOrganizationId ?? null,
        tokenHash: sha256Hex(token),
        invitedBy: em.getReference(User, access.userId),
        expiresAt: new Date(Date.now() + INVITATION_HOURS * 3_600_000),
      });
      await em.flush();
      const ground = tenant ? this.grants.groundFor(tenant.id, role, email) : null;
      await this.audit.recordOnPlatformPath(
        em,
        tenant?.id ?? null,
        'invitation.created',
        { type: 'invitation', id: invitation.id },
        { role, ...(ground ? { awaitingApproval: true } : {}) },
      );
      if (tenant && ground) {
        // A role that reads consultations: mailed (with a new token) only once another admin approves.
        await this.grants.requestInvitation(em, invitation, tenant, ground);
        return toModel(invitation, tenant, true, access.displayName);
      }
      await this.mail.send(invitationMail(this.config.publicBaseUrl, invitation, tenant, token));
      return toModel(invitation, tenant, false, access.displayName);
    });
  }

  /**
   * The invitations of a tenant not accepted or revoked yet (expired ones included, to be resent),
   * newest first: to its tenant admins and to platform admins.
   */
  async pending(tenantSlug?: string): Promise<InvitationModel[]> {
    const slug = this.invitableTenant(tenantSlug);
    return this.platformDb.run('accounts: list pending invitations', async (em) => {
      const tenant = await em.findOne(Tenant, { slug });
      if (!tenant) throw new NotFoundError('TENANT_NOT_FOUND', 'No such tenant');
      const invitations = await em.find(
        Invitation,
        { tenant: tenant.id, acceptedAt: null, revokedAt: null },
        { populate: ['invitedBy'], orderBy: { createdAt: 'desc' }, limit: 500 },
      );
      const awaiting = new Set(await this.grants.invitationsAwaitingApproval(em, tenant.id));
      return invitations.map((invitation) => toModel(invitation, tenant, awaiting.has(invitation.id)));
    });
  }

  /**
   * Mails a fresh link for an invitation not accepted yet: a new token, valid from now for 72
   * hours; the link mailed before stops working. An invitation awaiting approval is mailed only
   * when approved, and a revoked one never again.
   */
  async resend(invitationId: string): Promise<InvitationModel> {
    return this.platformDb.run('accounts: resend an invitation', async (em) => {
      const { invitation, tenant } = await this.ownInvitation(em, invitationId);
      if ((await this.grants.invitationsAwaitingApproval(em, tenant?.id ?? null)).includes(invitation.id)) {
        throw new ConflictError(
          'INVITATION_AWAITING_APPROVAL',
          'This invitation is mailed once another admin approves it',
        );
      }
      const token = randomToken();
      invitation.tokenHash = sha256Hex(token);
      invitation.expiresAt = new Date(Date.now() + INVITATION_HOURS * 3_600_000);
      await em.flush();
      await this.audit.recordOnPlatformPath(em, tenant?.id ?? null, 'invitation.resent', {
        type: 'invitation',
        id: invitation.id,
      });
      await this.mail.send(invitationMail(this.config.publicBaseUrl, invitation, tenant, token));
      return toModel(invitation, tenant);
    });
  }

  /** Withdraws an invitation not accepted yet: its link stops working at once. */
  async revoke(invitationId: string): Promise<InvitationModel> {
    return this.platformDb.run('accounts: revoke an invitation', async (em) => {
      const { invitation, tenant } = await this.ownInvitation(em, invitationId);
      invitation.revokedAt = new Date();
      await em.flush();
      if (tenant) await this.grants.withdrawInvitation(em, invitation.id);
      await this.audit.recordOnPlatformPath(
        em,
        tenant?.id ?? null,
        'invitation.revoked',
        { type: 'invitation', id: invitation.id },
        { role: invitation.role },
      );
      return toModel(invitation, tenant);
    });
  }

  /**
   * The tenant the caller may invite to (and manage the invitations of): the named one or the
   * request's, where the caller is a tenant admin, or any for a platform admin.
   */
  private invitableTenant(requested: string | undefined): string {
    const access = this.access.current();
    const tenantSlug = requested ?? access.tenant?.slug;
    if (!tenantSlug) {
      throw new BadUserInputError([{ field: 'tenantSlug', messages: ['tenantSlug is required for a tenant role'] }]);
    }
    const admin = access.memberships.some((m) => m.tenant.slug === tenantSlug && m.role === TenantRole.TENANT_ADMIN);
    if (!admin && !access.platformRoles.includes(PlatformRole.PLATFORM_ADMIN)) {
      throw new ForbiddenError('ROLE_NOT_INVITABLE', 'You may not invite to this tenant');
    }
    return tenantSlug;
  }

  /**
   * An invitation the caller may resend or revoke, still open (not accepted, not revoked). Another
   * tenant's answers as an unknown id does: nothing about it is revealed.
   */
  private async ownInvitation(
    em: EntityManager,
    invitationId: string,
  ): Promise<{ invitation: Invitation; tenant: Tenant | null }> {
    const access = this.access.current();
    const invitation = await em.findOne(Invitation, { id: invitationId }, { populate: ['tenant', 'invitedBy'] });
    const tenant = invitation?.tenant?.getEntity() ?? null;
    const platformAdmin = access.platformRoles.includes(PlatformRole.PLATFORM_ADMIN);
    const allowed =
      invitation !== null &&
      (platformAdmin ||
        (tenant
          ? access.memberships.some((m) => m.tenant.id === tenant.id && m.role === TenantRole.TENANT_ADMIN)
          : invitation.role === (PlatformRole.NPO_ADMIN as string) &&
            access.platformRoles.includes(PlatformRole.NPO_ADMIN)));
    if (!invitation || !allowed) throw new NotFoundError('INVITATION_NOT_FOUND', 'No such invitation');
    if (invitation.acceptedAt || invitation.revokedAt) {
      throw new ConflictError(
        'INVITATION_CLOSED',
        invitation.acceptedAt ? 'This invitation was already accepted' : 'This invitation was revoked',
      );
    }
    return { invitation, tenant };
  }

  /**
   * What the holder of an invitation link is invited to, and whether its email already has an
   * account (then accepting asks for that account's password, not a new one). Only the link's
   * token opens it, and only while the invitation can still be accepted.
   */
  async preview(token: string): Promise<InvitationPreviewModel> {
    return this.platformDb.run('accounts: read an invitation by its token', async (em) => {
      const invitation = await em.findOne(Invitation, { tokenHash: sha256Hex(token) }, { populate: ['tenant'] });
      if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date()) {
        throw new NotFoundError('INVITATION_INVALID', 'This invitation is not valid (used, expired or unknown)');
      }
      const tenant = invitation.tenant?.getEntity() ?? null;
      return {
        email: invitation.email,
        role: invitation.role as AnyRole,
        tenant: tenant ? { id: tenant.id, slug: tenant.slug, nameJa: tenant.nameJa, nameEn: tenant.nameEn } : null,
        expiresAt: invitation.expiresAt,
        accountExists: (await em.count(User, { email: invitation.email })) > 0,
      };
    });
  }

  async accept(
    input: { token: string; password: string; displayName: string },
    client: ClientInfo,
  ): Promise<LoginOutcome> {
    const outcome = await this.platformDb.run('accounts: accept an invitation', async (em) => {
      const invitation = await em.findOne(Invitation, { tokenHash: sha256Hex(input.token) }, { populate: ['tenant'] });
      if (!invitation || invitation.revokedAt) return { error: 'INVITATION_INVALID' as const };
      if (invitation.acceptedAt) return { error: 'INVITATION_USED' as const };
      if (invitation.expiresAt <= new Date()) return { error: 'INVITATION_EXPIRED' as const };
      // The invitation is only as good as its sender's authority now, not when it was sent.
      if (!(await this.inviterMayStillInvite(em, invitation))) return { error: 'INVITATION_INVALID' as const };
      let user = await em.findOne(User, { email: invitation.email });
      if (user) {
        // The same check as a login: counted towards the lockout, and refused while locked.
        user = await this.auth.checkPassword(
          em,
          { email: invitation.email },
          input.password,
          'auth.invitation.password_failed',
        );
        if (!user) return { error: 'INVALID_CREDENTIALS' as const };
        await this.assertRolesCompatible(em, user.email, invitation.role, invitation.tenant?.getEntity() ?? null);
      } else {
        this.auth.assertPasswordAcceptable(input.password, invitation.email, 'password');
        user = em.create(User, {
          email: invitation.email,
          displayName: input.displayName.normalize('NFC'),
          passwordHash: await hashPassword(input.password),
        });
      }
      // Spend the invitation atomically: two concurrent acceptances cannot both succeed.
      await em.flush();
      const spent = await em.nativeUpdate(
        Invitation,
        { id: invitation.id, acceptedAt: null, revokedAt: null },
        { acceptedAt: new Date() },
      );
      if (spent === 0) return { error: 'INVITATION_USED' as const };
      const tenant = invitation.tenant?.getEntity() ?? null;
      if (tenant) {
        await this.grantMembership(em, user, tenant, invitation.role as TenantRole, invitation.partnerOrganizationId);
      } else if (!user.platformRoles.includes(invitation.role as PlatformRole)) {
        user.platformRoles = [...user.platformRoles, invitation.role as PlatformRole];
      }
      await em.flush();
      await this.audit.recordOnPlatformPath(
        em,
        tenant?.id ?? null,
        'invitation.accepted',
        { type: 'invitation', id: invitation.id },
        {
          role: invitation.role,
        },
        { userId: user.id, label: user.email },
      );
      return { login: await this.auth.completeLogin(user.id, client) };
    });
    if ('error' in outcome && outcome.error)
      throw new UnauthenticatedError(outcome.error, acceptMessages[outcome.error]);
    return (outcome as { login: LoginOutcome }).login;
  }

  /**
   * A platform admin never holds a tenant role (it reaches tenants only through its platform role
   * and emergency access), so a platform admin cannot be invited to one, nor a tenant member to
   * PLATFORM_ADMIN.
   */
  private async assertRolesCompatible(
    em: EntityManager,
    email: string,
    role: string,
    tenant: Tenant | null,
  ): Promise<void> {
    const user = await em.findOne(User, { email });
    if (!user) return;
    // A partner user's tenant transactions are confined to their organisation: in that tenant they
    // hold no other role, and no other member becomes one.
    if (tenant) {
      const others = await em.find(Membership, { user: user.id, tenant: tenant.id, status: MembershipStatus.ACTIVE });
      const partner = (r: string) => r === (TenantRole.PARTNER_USER as string);
      if (others.some((m) => m.role !== role && (partner(m.role) || partner(role)))) {
        throw new BadUserInputError(
          [{ field: 'role', messages: ['a partner user holds no other role in the same tenant'] }],
          'INCOMPATIBLE_ROLES',
        );
      }
    }
    const tenantRoleForPlatformAdmin =
      !isPlatformRole(role) && user.platformRoles.includes(PlatformRole.PLATFORM_ADMIN);
    const platformAdminForMember =
      role === PlatformRole.PLATFORM_ADMIN &&
      (await em.count(Membership, { user: user.id, status: MembershipStatus.ACTIVE })) > 0;
    if (tenantRoleForPlatformAdmin || platformAdminForMember) {
      throw new BadUserInputError(
        [
          {
            field: 'role',
            messages: ['platform admins hold no tenant roles, and tenant members cannot be platform admins'],
          },
        ],
        'INCOMPATIBLE_ROLES',
      );
    }
  }

  private async inviterMayStillInvite(em: EntityManager, invitation: Invitation): Promise<boolean> {
    const inviter = await em.findOne(User, { id: invitation.invitedBy.id, status: UserStatus.ACTIVE });
    if (!inviter) return false;
    if (inviter.platformRoles.includes(PlatformRole.PLATFORM_ADMIN)) return true;
    if (isPlatformRole(invitation.role)) {
      return invitation.role === PlatformRole.NPO_ADMIN && inviter.platformRoles.includes(PlatformRole.NPO_ADMIN);
    }
    const tenantId = invitation.tenant?.id;
    return (
      tenantId !== undefined &&
      (await em.count(Membership, {
        user: inviter.id,
        tenant: tenantId,
        role: TenantRole.TENANT_ADMIN,
        status: MembershipStatus.ACTIVE,
      })) > 0
    );
  }

  private async grantMembership(
    em: EntityManager,
    user: User,
    tenant: Tenant,
    role: TenantRole,
    partnerOrganizationId: string | null | undefined,
  ): Promise<void> {
    const existing = await em.findOne(Membership, { user: user.id, tenant: tenant.id, role });
    if (existing) {
      existing.status = MembershipStatus.ACTIVE;
      existing.partnerOrganizationId = partnerOrganizationId ?? null;
      return;
    }
    em.create(Membership, { user, tenant, role, partnerOrganizationId: partnerOrganizationId ?? null });
  }

  /** On the platform path, which may read only a partner organisation's id and tenant. */
  private async isPartnerOf(em: EntityManager, partnerOrganizationId: string, tenantId: string): Promise<boolean> {
    const rows = await em.execute<unknown[]>('select 1 from partner_organization where id = ? and tenant_id = ?', [
      partnerOrganizationId,
      tenantId,
    ]);
    return rows.length > 0;
  }

  private async alreadyHolds(em: EntityManager, email: string, role: string, tenant: Tenant | null): Promise<boolean> {
    const user = await em.findOne(User, { email });
    if (!user) return false;
    if (!tenant) return user.platformRoles.includes(role as PlatformRole);
    return (
      (await em.count(Membership, {
        user: user.id,
        tenant: tenant.id,
        role: role as TenantRole,
        status: MembershipStatus.ACTIVE,
      })) > 0
    );
  }
}

function toModel(
  invitation: Invitation,
  tenant: Tenant | null,
  awaitingApproval = false,
  inviterName?: string,
): InvitationModel {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role as AnyRole,
    tenant: tenant ? { id: tenant.id, slug: tenant.slug, nameJa: tenant.nameJa, nameEn: tenant.nameEn } : null,
    partnerOrganizationId: invitation.partnerOrganizationId ?? null,
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
    invitedByName:
      inviterName ?? (invitation.invitedBy.isInitialized() ? invitation.invitedBy.getEntity().displayName : null),
    status: invitation.revokedAt
      ? InvitationStatus.REVOKED
      : awaitingApproval
        ? InvitationStatus.AWAITING_APPROVAL
        : invitation.acceptedAt
          ? InvitationStatus.ACCEPTED
          : invitation.expiresAt <= new Date()
            ? InvitationStatus.EXPIRED
            : InvitationStatus.PENDING,
  };
}

const acceptMessages = {
  INVITATION_INVALID: 'This invitation is not valid',
  INVITATION_USED: 'This invitation was already accepted',
  INVITATION_EXPIRED: 'This invitation has expired: ask for a new one',
  INVALID_CREDENTIALS: 'This email already has an account: enter its current password to accept',
} as const;
