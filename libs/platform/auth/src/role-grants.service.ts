import { Inject, Injectable } from '@nestjs/common';
import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { randomToken, sha256Hex } from '@tsunagu/platform/crypto';
import { PlatformDb, Tenant, TenantDb } from '@tsunagu/platform/database';
import { ConflictError, ForbiddenError, NotFoundError } from '@tsunagu/platform/errors';
import { AuditTrail } from '@tsunagu/platform/audit';
import { MailService } from '@tsunagu/platform/mail';
import { PlatformRole, readsConsultations, TenantRole } from '@tsunagu/platform/permissions';
import { AccessService } from './access.service';
import { Invitation } from './invitation.entity';
import { Membership, MembershipStatus } from './membership.entity';
import type { RequestAccess } from './request-access';
import { RoleGrant, RoleGrantDecider, RoleGrantGround, RoleGrantKind, RoleGrantStatus } from './role-grant.entity';
import type { RoleGrantModel } from './role-grants.models';
import { User } from './user.entity';
import { INVITATION_HOURS, invitationMail } from './invitation-mail';

/**
 * Separation of duties for roles that read consultations (`readsConsultations`, from the matrix).
 * Granting one to oneself, or by someone who cannot read consultations (a tenant admin who is not a
 * counsellor, a platform admin), makes a pending `RoleGrant` instead: the invitation is mailed, or
 * the role changed, only when another tenant admin of the tenant or a platform admin approves; never
 * the requester, never the grantee. A tenant with one admin thus needs the platform. Requests and
 * decisions are recorded in the tenant's audit chain, and in the platform's when the platform acts.
 */
@Injectable()
export class RoleGrantsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly platformDb: PlatformDb,
    private readonly tenantDb: TenantDb,
    private readonly access: AccessService,
    private readonly audit: AuditTrail,
    private readonly mail: MailService,
  ) {}

  /**
   * Why granting `role` in `tenantId` to `granteeEmail` (null: someone known not to be the requester)
   * by the current user needs approval; null when it does not.
   */
  groundFor(tenantId: string, role: string, granteeEmail: string | null): RoleGrantGround | null {
    if (!readsConsultations(role as TenantRole)) return null;
    const access = this.access.current();
    if (granteeEmail !== null && access.email === granteeEmail) return RoleGrantGround.SELF_GRANT;
    const readsThere = access.memberships.some((m) => m.tenant.id === tenantId && readsConsultations(m.role));
    return readsThere ? null : RoleGrantGround.REQUESTER_CANNOT_READ;
  }

  /** On the platform path: an invitation that is mailed only once approved. */
  async requestInvitation(
    em: EntityManager,
    invitation: Invitation,
    tenant: Tenant,
    ground: RoleGrantGround,
  ): Promise<void> {
    const access = this.access.current();
    const grantee = await em.findOne(User, { email: invitation.email });
    const grant = em.create(RoleGrant, {
      tenant,
      kind: RoleGrantKind.INVITATION,
      role: invitation.role as TenantRole,
      granteeEmail: invitation.email,
      granteeUserId: grantee?.id ?? null,
      invitationId: invitation.id,
      ground,
      requestedBy: em.getReference(User, access.userId),
    });
    await em.flush();
    await this.recordOnPlatformPath(em, grant, 'role_grant.requested', this.isPlatformAdmin(access));
  }

  /** On the platform path: the ids of the tenant's invitations still waiting for an approval. */
  async invitationsAwaitingApproval(em: EntityManager, tenantId: string | null): Promise<string[]> {
    if (!tenantId) return [];
    const grants = await em.find(
      RoleGrant,
      { tenant: tenantId, kind: RoleGrantKind.INVITATION, status: RoleGrantStatus.PENDING },
      { fields: ['invitationId'] },
    );
    return grants.flatMap((g) => (g.invitationId ? [g.invitationId] : []));
  }

  /**
   * On the platform path: a revoked invitation's grant still waiting is decided with it, rejected by
   * whoever revoked it (the note says why), so that no admin is left asked to approve it.
   */
  async withdrawInvitation(em: EntityManager, invitationId: string): Promise<void> {
    const access = this.access.current();
    const grant = await em.findOne(
      RoleGrant,
      { invitationId, kind: RoleGrantKind.INVITATION, status: RoleGrantStatus.PENDING },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!grant) return;
    const platform = this.isPlatformAdmin(access);
    grant.status = RoleGrantStatus.REJECTED;
    grant.decidedBy = ref(em.getReference(User, access.userId));
    grant.decidedAs = platform ? RoleGrantDecider.PLATFORM : RoleGrantDecider.TENANT_ADMIN;
    grant.decidedAt = new Date();
    grant.note = INVITATION_REVOKED_NOTE;
    await em.flush();
    await this.recordOnPlatformPath(em, grant, 'role_grant.rejected', platform);
  }

  /** In the tenant transaction: a member's role change, made only once approved. */
  async requestRoleChange(membership: Membership, role: TenantRole, ground: RoleGrantGround): Promise<void> {
    const em = this.tenantDb.em;
    const access = this.access.current();
    const waiting = await em.count(RoleGrant, {
      tenant: this.tenantDb.tenantId,
      membershipId: membership.id,
      role,
      status: RoleGrantStatus.PENDING,
    });
    if (waiting > 0) {
      throw new ConflictError('ROLE_GRANT_PENDING', 'This role change already waits for approval', [
        { field: 'role', messages: ['this role change already waits for approval'] },
      ]);
    }
    const grantee = await em.findOneOrFail(User, { id: membership.user.id });
    const grant = em.create(RoleGrant, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      kind: RoleGrantKind.ROLE_CHANGE,
      role,
      fromRole: membership.role,
      granteeEmail: grantee.email,
      granteeUserId: grantee.id,
      membershipId: membership.id,
      ground,
      requestedBy: em.getReference(User, access.userId),
    });
    await em.flush();
    await this.audit.record('role_grant.requested', { type: 'role_grant', id: grant.id }, detailsOf(grant));
  }

  /**
   * The grants waiting for a decision that the caller may decide: a tenant admin's request tenant's,
   * a platform admin's every tenant's (or the `X-Tenant` one's).
   */
  async pending(): Promise<RoleGrantModel[]> {
    const access = this.access.current();
    const tenantIds = this.decidableTenants(access);
    return this.platformDb.run('role grants: list pending', async (em) => {
      const grants = await em.find(
        RoleGrant,
        { status: RoleGrantStatus.PENDING, ...(tenantIds ? { tenant: { $in: tenantIds } } : {}) },
        { populate: ['tenant', 'requestedBy'], orderBy: { requestedAt: 'asc' }, limit: 500 },
      );
      return grants.map((g) => toModel(g));
    });
  }

  async approve(id: string, note?: string | null): Promise<RoleGrantModel> {
    return this.decide(id, RoleGrantStatus.APPROVED, note);
  }

  async reject(id: string, note?: string | null): Promise<RoleGrantModel> {
    return this.decide(id, RoleGrantStatus.REJECTED, note);
  }

  private async decide(id: string, status: RoleGrantStatus, note?: string | null): Promise<RoleGrantModel> {
    const access = this.access.current();
    const tenantIds = this.decidableTenants(access);
    return this.platformDb.run(
      `role grants: ${status === RoleGrantStatus.APPROVED ? 'approve' : 'reject'}`,
      async (em) => {
        const grant = await em.findOne(RoleGrant, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        // Another tenant's grant is not there, for a tenant admin: the same answer as an unknown id.
        if (!grant || (tenantIds && !tenantIds.includes(grant.tenant.id))) {
          throw new NotFoundError('ROLE_GRANT_NOT_FOUND', 'No such role grant');
        }
        if (grant.status !== RoleGrantStatus.PENDING) {
          throw new ConflictError('ROLE_GRANT_DECIDED', 'This role grant was already decided');
        }
        if (grant.requestedBy.id === access.userId) {
          throw new ForbiddenError('OWN_REQUEST', 'Another admin must decide a grant you asked for');
        }
        if (grant.granteeUserId === access.userId || grant.granteeEmail === access.email) {
          throw new ForbiddenError('OWN_GRANT', 'Another admin must decide a grant to you');
        }
        const platform = this.isPlatformAdmin(access);
        if (status === RoleGrantStatus.APPROVED) await this.apply(em, grant);
        grant.status = status;
        grant.decidedBy = ref(em.getReference(User, access.userId));
        grant.decidedAs = platform ? RoleGrantDecider.PLATFORM : RoleGrantDecider.TENANT_ADMIN;
        grant.decidedAt = new Date();
        grant.note = note?.normalize('NFC') ?? null;
        await em.flush();
        await this.recordOnPlatformPath(
          em,
          grant,
          status === RoleGrantStatus.APPROVED ? 'role_grant.approved' : 'role_grant.rejected',
          platform,
        );
        await em.populate(grant, ['tenant', 'requestedBy', 'decidedBy']);
        return toModel(grant);
      },
    );
  }

  /** Makes an approved grant take effect: the invitation is mailed, or the role changed. */
  private async apply(em: EntityManager, grant: RoleGrant): Promise<void> {
    const tenant = await em.findOneOrFail(Tenant, { id: grant.tenant.id });
    if (grant.kind === RoleGrantKind.INVITATION) {
      const invitation = grant.invitationId
        ? await em.findOne(Invitation, { id: grant.invitationId, tenant: tenant.id })
        : null;
      if (!invitation || invitation.acceptedAt || invitation.revokedAt) {
        throw new ConflictError('ROLE_GRANT_STALE', 'The invitation of this grant is gone');
      }
      // The token made at the request was never sent: a new one, valid from now.
      const token = randomToken();
      invitation.tokenHash = sha256Hex(token);
      invitation.expiresAt = new Date(Date.now() + INVITATION_HOURS * 3_600_000);
      await em.flush();
      await this.mail.send(invitationMail(this.config.publicBaseUrl, invitation, tenant, token));
      return;
    }
    const membership = grant.membershipId
      ? await em.findOne(Membership, { id: grant.membershipId, tenant: tenant.id })
      : null;
    if (!membership || membership.status !== MembershipStatus.ACTIVE || membership.role !== grant.fromRole) {
      throw new ConflictError('ROLE_GRANT_STALE', 'The membership changed since this grant was asked');
    }
    const clash = await em.count(Membership, { tenant: tenant.id, user: membership.user.id, role: grant.role });
    if (clash > 0) throw new ConflictError('ALREADY_HOLDS_ROLE', 'This person already holds this role in this tenant');
    membership.role = grant.role;
    await em.flush();
    await this.audit.recordOnPlatformPath(
      em,
      tenant.id,
      'membership.role_changed',
      { type: 'membership', id: membership.id },
      { from: grant.fromRole ?? null, to: grant.role, roleGrant: grant.id },
    );
  }

  /** The tenants whose grants the caller decides; undefined: every tenant (a platform admin without X-Tenant). */
  private decidableTenants(access: RequestAccess): string[] | undefined {
    if (this.isPlatformAdmin(access)) return access.tenant ? [access.tenant.id] : undefined;
    const tenant = access.tenant;
    const admin =
      tenant !== undefined &&
      access.memberships.some((m) => m.tenant.id === tenant.id && m.role === TenantRole.TENANT_ADMIN);
    if (!admin)
      throw new ForbiddenError('NOT_PERMITTED', 'Only a tenant admin or a platform admin decides role grants');
    return [tenant.id];
  }

  private isPlatformAdmin(access: RequestAccess): boolean {
    return access.platformRoles.includes(PlatformRole.PLATFORM_ADMIN);
  }

  /** The tenant's chain always; the platform's too when the platform acts. */
  private async recordOnPlatformPath(
    em: EntityManager,
    grant: RoleGrant,
    action: string,
    platform: boolean,
  ): Promise<void> {
    const target = { type: 'role_grant', id: grant.id };
    const details = detailsOf(grant);
    if (platform) await this.audit.recordOnPlatformPath(em, null, action, target, details);
    await this.audit.recordOnPlatformPath(em, grant.tenant.id, action, target, details);
  }
}

/** The note of a grant closed because its invitation was revoked. */
const INVITATION_REVOKED_NOTE = 'the invitation was revoked';

function detailsOf(grant: RoleGrant): Record<string, string | null> {
  return {
    kind: grant.kind,
    role: grant.role,
    fromRole: grant.fromRole ?? null,
    ground: grant.ground,
    requestedBy: grant.requestedBy.id,
    grantee: grant.granteeUserId ?? null,
    ...(grant.decidedAs ? { decidedAs: grant.decidedAs } : {}),
    ...(grant.note ? { note: grant.note } : {}),
  };
}

function toModel(grant: RoleGrant): RoleGrantModel {
  const tenant = grant.tenant.getEntity();
  return {
    id: grant.id,
    tenant: { id: tenant.id, slug: tenant.slug, nameJa: tenant.nameJa, nameEn: tenant.nameEn },
    kind: grant.kind,
    role: grant.role,
    fromRole: grant.fromRole ?? null,
    granteeEmail: grant.granteeEmail,
    ground: grant.ground,
    requestedByEmail: grant.requestedBy.getEntity().email,
    requestedAt: grant.requestedAt,
    status: grant.status,
    decidedByEmail: grant.decidedBy ? grant.decidedBy.getEntity().email : null,
    decidedAs: grant.decidedAs ?? null,
    decidedAt: grant.decidedAt ?? null,
    note: grant.note ?? null,
  };
}
