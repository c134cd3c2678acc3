import { UsersService } from '@tsunagu/platform/auth';
import { linkParameter, SmtpListener } from '@tsunagu/platform/testing';
import type { Tenant } from '@tsunagu/platform/database';
import { PlatformRole, readsConsultations, TenantRole } from '@tsunagu/platform/permissions';
import { ownerQuery } from './support/line';
import { errorCodes, TEST_PASSWORD, TestApp, type TestUser } from './support/test-app';

const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id status role tenant { slug } } }';
const ACCEPT = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }';
const PENDING =
  '{ pendingRoleGrants { id kind role fromRole granteeEmail ground requestedByEmail status tenant { slug } } }';
const APPROVE =
  'mutation($input: DecideRoleGrantInput!) { approveRoleGrant(input: $input) { id status decidedAs decidedByEmail note } }';
const REJECT = 'mutation($input: DecideRoleGrantInput!) { rejectRoleGrant(input: $input) { id status decidedAs } }';
const CHANGE_ROLE = 'mutation($input: ChangeMembershipRoleInput!) { changeMembershipRole(input: $input) }';
const CONVERSATIONS = '{ conversations(first: 1) { edges { node { id } } } }';

interface Grant {
  id: string;
  kind: string;
  role: string;
  fromRole: string | null;
  granteeEmail: string;
  ground: string;
  requestedByEmail: string;
  status: string;
  tenant: { slug: string };
}

/** Granting a role that reads consultations needs a second person; audited as such. */
describe('separation of duties for roles that read consultations', () => {
  const smtp = new SmtpListener();
  let t: TestApp;
  let platformAdmin: TestUser;

  beforeAll(async () => {
    await smtp.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, MAIL_FROM: 'tsunagu <no-reply@tsunagu.example>' });
    platformAdmin = await t.newUser({ platformRoles: [PlatformRole.PLATFORM_ADMIN] });
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const pending = async (user: TestUser, tenant?: Tenant): Promise<Grant[]> => {
    const res = await t.graphql<{ pendingRoleGrants: Grant[] }>(
      PENDING,
      {},
      { token: user.token, tenant: tenant?.slug },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.pendingRoleGrants;
  };
  const grantTo = async (user: TestUser, email: string, tenant?: Tenant): Promise<Grant> => {
    const grant = (await pending(user, tenant)).find((g) => g.granteeEmail === email);
    if (!grant) throw new Error(`no pending grant to ${email}`);
    return grant;
  };
  const mailed = (email: string) => smtp.mails.some((m) => m.to.includes(email));
  const auditOf = (tenantId: string | null, grantId: string) =>
    ownerQuery<{ action: string; actor_user_id: string; details: Record<string, string> }>(
      `select action, actor_user_id, details from audit_event
        where target_type = 'role_grant' and target_id = $1 and tenant_id is not distinct from $2 order by occurred_at, seq`,
      [grantId, tenantId],
    );
  const readsConversations = async (email: string) =>
    errorCodes(await t.graphql(CONVERSATIONS, {}, { token: await t.login(email) })).length === 0;

  it('knows from the permission matrix which roles read consultations', () => {
    expect(Object.values(TenantRole).filter(readsConsultations)).toEqual([TenantRole.COUNSELOR]);
  });

  it("holds a tenant admin's invitation of their own account as a counsellor until a second admin approves it", async () => {
    const tenant = await t.newTenant();
    const admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    const second = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });

    const invited = await t.graphql<{ inviteUser: { status: string } }>(
      INVITE,
      { input: { email: admin.email, role: 'COUNSELOR' } },
      { token: admin.token },
    );
    expect(invited.data?.inviteUser.status).toBe('AWAITING_APPROVAL');
    expect(mailed(admin.email)).toBe(false);
    expect(await readsConversations(admin.email)).toBe(false);

    const grant = await grantTo(second, admin.email);
    expect(grant).toMatchObject({
      kind: 'INVITATION',
      role: 'COUNSELOR',
      ground: 'SELF_GRANT',
      requestedByEmail: admin.email,
      status: 'PENDING',
      tenant: { slug: tenant.slug },
    });
    // The requester, who is also the grantee, cannot approve it.
    const own = await t.graphql(APPROVE, { input: { id: grant.id } }, { token: admin.token });
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_REQUEST' });

    const approved = await t.graphql<{ approveRoleGrant: Record<string, unknown> }>(
      APPROVE,
      { input: { id: grant.id, note: '相談員資格を確認済み' } },
      { token: second.token },
    );
    expect(approved.data?.approveRoleGrant).toEqual({
      id: grant.id,
      status: 'APPROVED',
      decidedAs: 'TENANT_ADMIN',
      decidedByEmail: second.email,
      note: '相談員資格を確認済み',
    });
    const again = await t.graphql(APPROVE, { input: { id: grant.id } }, { token: second.token });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROLE_GRANT_DECIDED' });

    const token = linkParameter((await smtp.mailTo(admin.email)).text, 'token');
    const accepted = await t.graphql(ACCEPT, { input: { token, password: TEST_PASSWORD, displayName: 'x' } });
    expect(accepted.errors).toBeUndefined();
    expect(await readsConversations(admin.email)).toBe(true);

    const trail = await auditOf(tenant.id, grant.id);
    expect(trail.map((e) => [e.action, e.actor_user_id])).toEqual([
      ['role_grant.requested', admin.id],
      ['role_grant.approved', second.id],
    ]);
    expect(trail[1].details).toMatchObject({ ground: 'self_grant', decidedAs: 'tenant_admin', requestedBy: admin.id });
    expect(await auditOf(null, grant.id)).toEqual([]);
  });

  it("needs the platform's approval in a tenant with one admin, recorded in both chains", async () => {
    const tenant = await t.newTenant();
    const admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    await t.graphql(INVITE, { input: { email: admin.email, role: 'COUNSELOR' } }, { token: admin.token });
    const grant = await grantTo(admin, admin.email);
    expect(errorCodes(await t.graphql(APPROVE, { input: { id: grant.id } }, { token: admin.token }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(mailed(admin.email)).toBe(false);

    // The platform admin sees every tenant's pending grants, or one tenant's with X-Tenant.
    expect((await pending(platformAdmin)).map((g) => g.id)).toContain(grant.id);
    expect((await pending(platformAdmin, tenant)).map((g) => g.id)).toEqual([grant.id]);
    const approved = await t.graphql<{ approveRoleGrant: { decidedAs: string } }>(
      APPROVE,
      { input: { id: grant.id } },
      { token: platformAdmin.token },
    );
    expect(approved.data?.approveRoleGrant.decidedAs).toBe('PLATFORM');
    const token = linkParameter((await smtp.mailTo(admin.email)).text, 'token');
    expect(
      errorCodes(await t.graphql(ACCEPT, { input: { token, password: TEST_PASSWORD, displayName: 'x' } })),
    ).toEqual([]);
    expect(await readsConversations(admin.email)).toBe(true);
    for (const chain of [tenant.id, null]) {
      expect((await auditOf(chain, grant.id)).map((e) => [e.action, e.actor_user_id])).toEqual([
        ...(chain ? [['role_grant.requested', admin.id]] : []),
        ['role_grant.approved', platformAdmin.id],
      ]);
    }
  });

  it('does not return role grants of another tenant, nor let its admins or the grantee decide them', async () => {
    const tenant = await t.newTenant();
    const other = await t.newTenant();
    const admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    const grantee = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    const otherAdmin = await t.newUser({ tenant: other, role: TenantRole.TENANT_ADMIN });
    await t.graphql(INVITE, { input: { email: grantee.email, role: 'COUNSELOR' } }, { token: admin.token });
    const grant = await grantTo(grantee, grantee.email);
    expect(grant.ground).toBe('REQUESTER_CANNOT_READ');

    const byGrantee = await t.graphql(APPROVE, { input: { id: grant.id } }, { token: grantee.token });
    expect(byGrantee.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_GRANT' });
    expect((await pending(otherAdmin)).map((g) => g.id)).not.toContain(grant.id);
    for (const mutation of [APPROVE, REJECT]) {
      const res = await t.graphql(mutation, { input: { id: grant.id } }, { token: otherAdmin.token });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'ROLE_GRANT_NOT_FOUND' });
    }
    // Asking in the other tenant's name is refused by the guard.
    const asOther = await t.graphql(
      APPROVE,
      { input: { id: grant.id } },
      { token: otherAdmin.token, tenant: tenant.slug },
    );
    expect(errorCodes(asOther)).toEqual(['FORBIDDEN']);
    expect((await grantTo(admin, grantee.email)).status).toBe('PENDING');
    expect(mailed(grantee.email)).toBe(false);
  });

  it("changes a member's role to counsellor only once another admin approves, and not at all when rejected", async () => {
    const tenant = await t.newTenant();
    const admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    const second = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    const coordinators = [
      await t.newUser({ tenant, role: TenantRole.COORDINATOR }),
      await t.newUser({ tenant, role: TenantRole.COORDINATOR }),
    ];
    const members = await t.graphql<{ tenantMembers: { id: string; userId: string }[] }>(
      '{ tenantMembers { id userId } }',
      {},
      { token: admin.token },
    );
    const membershipOf = (user: TestUser) => members.data!.tenantMembers.find((m) => m.userId === user.id)!.id;

    for (const coordinator of coordinators) {
      const changed = await t.graphql<{ changeMembershipRole: boolean }>(
        CHANGE_ROLE,
        { input: { membershipId: membershipOf(coordinator), role: 'COUNSELOR' } },
        { token: admin.token },
      );
      expect(changed.data?.changeMembershipRole).toBe(false);
      expect(await readsConversations(coordinator.email)).toBe(false);
    }
    const twice = await t.graphql(
      CHANGE_ROLE,
      { input: { membershipId: membershipOf(coordinators[0]), role: 'COUNSELOR' } },
      { token: admin.token },
    );
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROLE_GRANT_PENDING' });
    const [approve, reject] = await Promise.all(coordinators.map((c) => grantTo(second, c.email)));
    expect(approve).toMatchObject({ kind: 'ROLE_CHANGE', role: 'COUNSELOR', fromRole: 'COORDINATOR' });

    expect((await t.graphql(REJECT, { input: { id: reject.id } }, { token: second.token })).errors).toBeUndefined();
    expect(await readsConversations(coordinators[1].email)).toBe(false);
    expect((await t.graphql(APPROVE, { input: { id: approve.id } }, { token: second.token })).errors).toBeUndefined();
    expect(await readsConversations(coordinators[0].email)).toBe(true);
    expect((await pending(second)).map((g) => g.id)).toEqual([]);
    expect((await auditOf(tenant.id, reject.id)).map((e) => e.action)).toEqual([
      'role_grant.requested',
      'role_grant.rejected',
    ]);
  });

  it('lets a tenant admin who also counsels invite a counsellor at once', async () => {
    const tenant = await t.newTenant();
    const admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    await t.app.get(UsersService).addMembership(admin.id, tenant.id, TenantRole.COUNSELOR);
    const token = await t.login(admin.email);
    const email = `${tenant.slug}-counselor@example.test`;
    const invited = await t.graphql<{ inviteUser: { status: string } }>(
      INVITE,
      { input: { email, role: 'COUNSELOR' } },
      { token },
    );
    expect(invited.data?.inviteUser.status).toBe('PENDING');
    expect((await smtp.mailTo(email)).text).toContain('accept-invitation?token=');
    expect(await pending({ ...admin, token })).toEqual([]);
  });
});
