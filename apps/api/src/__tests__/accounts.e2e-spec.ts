import { connect, linkParameter, SmtpListener, testDatabase } from '@tsunagu/platform/testing';
import type { Tenant } from '@tsunagu/platform/database';
import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { errorCodes, TEST_PASSWORD, TestApp, type TestUser } from './support/test-app';

const INVITE =
  'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id email role status expiresAt tenant { slug } } }';
const ACCEPT =
  'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken refreshToken mfaEnrollmentRequired } }';
const NEW_PASSWORD = 'a long and unusual passphrase 2026';

describe('accounts: invitations, passwords and access changes (with a real SMTP server)', () => {
  const smtp = new SmtpListener();
  let t: TestApp;
  let tenant: Tenant;
  let otherTenant: Tenant;
  let admin: TestUser;
  let platformAdmin: TestUser;

  beforeAll(async () => {
    await smtp.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, MAIL_FROM: 'tsunagu <no-reply@tsunagu.example>' });
    tenant = await t.newTenant({ nameJa: '招待テスト市' });
    otherTenant = await t.newTenant();
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    platformAdmin = await t.newUser({ platformRoles: [PlatformRole.PLATFORM_ADMIN] });
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const owner = async <T>(fn: (client: Awaited<ReturnType<typeof connect>>) => Promise<T>): Promise<T> => {
    const client = await connect(testDatabase().migrationUrl);
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };

  describe('invitations', () => {
    it('round trip: a tenant admin invites, another approves, the mail carries a link, the invitee sets a password and is in', async () => {
      const email = 'new.counselor@example.test';
      const invited = await t.graphql<{
        inviteUser: { id: string; status: string; role: string; tenant: { slug: string } };
      }>(INVITE, { input: { email, role: 'COUNSELOR' } }, { token: admin.token });
      expect(invited.errors).toBeUndefined();
      // A counsellor reads families' consultations, and this admin cannot: a second admin approves first.
      expect(invited.data!.inviteUser).toMatchObject({
        status: 'AWAITING_APPROVAL',
        role: 'COUNSELOR',
        tenant: { slug: tenant.slug },
      });
      expect(smtp.mails.some((m) => m.to.includes(email))).toBe(false);
      const secondAdmin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
      const pending = await t.graphql<{ pendingRoleGrants: { id: string; granteeEmail: string }[] }>(
        '{ pendingRoleGrants { id granteeEmail } }',
        {},
        { token: secondAdmin.token },
      );
      const grant = pending.data!.pendingRoleGrants.find((g) => g.granteeEmail === email)!;
      const approved = await t.graphql(
        'mutation($input: DecideRoleGrantInput!) { approveRoleGrant(input: $input) { status } }',
        { input: { id: grant.id } },
        { token: secondAdmin.token },
      );
      expect(approved.data).toEqual({ approveRoleGrant: { status: 'APPROVED' } });

      const mail = await smtp.mailTo(email);
      expect(mail.subject).toContain('Invitation');
      expect(mail.text).toContain('招待テスト市');
      const token = linkParameter(mail.text, 'token');

      const weak = await t.graphql(ACCEPT, { input: { token, password: 'password1234', displayName: '新 相談員' } });
      expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD' });

      const accepted = await t.graphql<{ acceptInvitation: { accessToken: string } }>(ACCEPT, {
        input: { token, password: NEW_PASSWORD, displayName: '新 相談員' },
      });
      expect(accepted.errors).toBeUndefined();
      const me = await t.graphql<{
        me: { displayName: string; memberships: { role: string; tenant: { slug: string } }[] };
      }>(
        '{ me { displayName memberships { role tenant { slug } } } }',
        {},
        { token: accepted.data!.acceptInvitation.accessToken },
      );
      expect(me.data!.me).toEqual({
        displayName: '新 相談員',
        memberships: [{ role: 'COUNSELOR', tenant: { slug: tenant.slug } }],
      });

      const again = await t.graphql(ACCEPT, { input: { token, password: NEW_PASSWORD, displayName: 'x' } });
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVITATION_USED' });
    });

    it('adds a membership to an existing account once its owner proves the password', async () => {
      const existing = await t.newUser({ tenant: otherTenant, role: TenantRole.COUNSELOR });
      await t.graphql(INVITE, { input: { email: existing.email, role: 'MUNICIPAL_VIEWER' } }, { token: admin.token });
      const token = linkParameter((await smtp.mailTo(existing.email)).text, 'token');
      const wrong = await t.graphql(ACCEPT, {
        input: { token, password: 'not the password at all', displayName: 'x' },
      });
      expect(errorCodes(wrong)).toEqual(['UNAUTHENTICATED']);
      const accepted = await t.graphql(ACCEPT, { input: { token, password: TEST_PASSWORD, displayName: 'ignored' } });
      expect(accepted.errors).toBeUndefined();
      const me = await t.graphql<{ me: { memberships: { role: string; tenant: { slug: string } }[] } }>(
        '{ me { memberships { role tenant { slug } } } }',
        {},
        { token: await t.login(existing.email) },
      );
      expect(me.data!.me.memberships.map((m) => `${m.tenant.slug}:${m.role}`).sort()).toEqual(
        [`${otherTenant.slug}:COUNSELOR`, `${tenant.slug}:MUNICIPAL_VIEWER`].sort(),
      );
    });

    it('refuses an expired invitation', async () => {
      const email = 'late@example.test';
      const invited = await t.graphql<{ inviteUser: { id: string } }>(
        INVITE,
        { input: { email, role: 'COORDINATOR' } },
        {
          token: admin.token,
        },
      );
      await owner((c) =>
        c.query(`update invitation set expires_at = now() - interval '1 minute' where id = $1`, [
          invited.data!.inviteUser.id,
        ]),
      );
      const token = linkParameter((await smtp.mailTo(email)).text, 'token');
      const res = await t.graphql(ACCEPT, { input: { token, password: NEW_PASSWORD, displayName: 'x' } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVITATION_EXPIRED' });
    });

    it("lets a tenant admin invite only to their own tenant's roles", async () => {
      const other = await t.graphql(
        INVITE,
        { input: { email: 'x@example.test', role: 'COUNSELOR', tenantSlug: otherTenant.slug } },
        {
          token: admin.token,
        },
      );
      expect(errorCodes(other)).toEqual(['FORBIDDEN']);
      const platform = await t.graphql(
        INVITE,
        { input: { email: 'x@example.test', role: 'PLATFORM_ADMIN' } },
        { token: admin.token },
      );
      expect(errorCodes(platform)).toEqual(['FORBIDDEN']);
      const counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
      expect(
        errorCodes(
          await t.graphql(
            INVITE,
            { input: { email: 'x@example.test', role: 'COUNSELOR' } },
            { token: counselor.token },
          ),
        ),
      ).toEqual(['FORBIDDEN']);
    });

    it("lets a platform admin invite a new city's first tenant admin", async () => {
      const res = await t.graphql<{ inviteUser: { tenant: { slug: string } } }>(
        INVITE,
        { input: { email: 'first.admin@example.test', role: 'TENANT_ADMIN', tenantSlug: otherTenant.slug } },
        { token: platformAdmin.token },
      );
      expect(res.data!.inviteUser.tenant.slug).toBe(otherTenant.slug);
    });

    it('never gives a platform admin a tenant role, even when it invites itself', async () => {
      const res = await t.graphql(
        INVITE,
        { input: { email: platformAdmin.email, role: 'TENANT_ADMIN', tenantSlug: tenant.slug } },
        { token: platformAdmin.token },
      );
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INCOMPATIBLE_ROLES' });
      const members = await t.graphql(
        '{ tenantMembers { id } }',
        {},
        { token: platformAdmin.token, tenant: tenant.slug },
      );
      expect(errorCodes(members)).toEqual(['FORBIDDEN']);
    });

    it('voids an invitation whose sender lost the authority to send it', async () => {
      const formerAdmin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
      const email = 'accomplice@example.test';
      await t.graphql(INVITE, { input: { email, role: 'TENANT_ADMIN' } }, { token: formerAdmin.token });
      const token = linkParameter((await smtp.mailTo(email)).text, 'token');
      const members = await t.graphql<{ tenantMembers: { id: string; userId: string }[] }>(
        '{ tenantMembers { id userId } }',
        {},
        {
          token: admin.token,
        },
      );
      const membershipId = members.data!.tenantMembers.find((m) => m.userId === formerAdmin.id)!.id;
      await t.graphql(
        'mutation($input: DeactivateMembershipInput!) { deactivateMembership(input: $input) }',
        { input: { membershipId } },
        {
          token: admin.token,
        },
      );
      const res = await t.graphql(ACCEPT, { input: { token, password: NEW_PASSWORD, displayName: 'x' } });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVITATION_INVALID' });
    });

    it('requires MFA at the next request once a role needs it, not only at the next login', async () => {
      const user = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
      expect(errorCodes(await t.graphql('{ tenant { slug } }', {}, { token: user.token }))).toEqual([]);
      await t.graphql(
        'mutation { updateTenantSettings(input: { mfaRequiredRoles: [COUNSELOR] }) { id } }',
        {},
        { token: admin.token },
      );
      try {
        const res = await t.graphql('{ tenant { slug } }', {}, { token: user.token });
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MFA_ENROLLMENT_REQUIRED' });
      } finally {
        await t.graphql(
          'mutation { updateTenantSettings(input: { mfaRequiredRoles: [] }) { id } }',
          {},
          { token: admin.token },
        );
      }
    });

    it('answers CONFLICT when the person already holds the role', async () => {
      const res = await t.graphql(
        INVITE,
        { input: { email: admin.email, role: 'TENANT_ADMIN' } },
        { token: admin.token },
      );
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_HOLDS_ROLE' });
    });
  });

  describe('passwords', () => {
    it('answers a reset request the same whether or not the email exists, and mails only real accounts', async () => {
      const user = await t.newUser({ tenant });
      const known = await t.graphql(
        'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }',
        {
          input: { email: user.email },
        },
      );
      const unknown = await t.graphql(
        'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }',
        {
          input: { email: 'no.account@example.test' },
        },
      );
      expect(known).toEqual(unknown);
      const token = linkParameter((await smtp.mailTo(user.email)).text, 'token');
      expect(smtp.mails.some((m) => m.to.includes('no.account@example.test'))).toBe(false);

      const reset = await t.graphql('mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }', {
        input: { token, newPassword: NEW_PASSWORD },
      });
      expect(reset.errors).toBeUndefined();
      // Every session ended; the new password works, the old one no longer does.
      expect(errorCodes(await t.graphql('{ me { id } }', {}, { token: user.token }))).toEqual(['UNAUTHENTICATED']);
      expect(await t.login(user.email, NEW_PASSWORD)).toBeTruthy();
      await expect(t.login(user.email)).rejects.toThrow(/login failed/);
      const reuse = await t.graphql('mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }', {
        input: { token, newPassword: 'yet another long passphrase' },
      });
      expect(reuse.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'RESET_TOKEN_USED' });
    });

    it('changes a password only with the current one, to an acceptable one, and ends the other sessions', async () => {
      const user = await t.newUser({ tenant });
      const otherDevice = await t.login(user.email);
      const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
      const wrong = await t.graphql(
        CHANGE,
        { input: { currentPassword: 'nope nope nope', newPassword: NEW_PASSWORD } },
        { token: user.token },
      );
      expect(wrong.errors?.[0].extensions?.fieldErrors?.[0].field).toBe('currentPassword');
      const weak = await t.graphql(
        CHANGE,
        { input: { currentPassword: TEST_PASSWORD, newPassword: user.email } },
        { token: user.token },
      );
      expect(weak.errors?.[0].extensions?.reason).toBe('WEAK_PASSWORD');
      const ok = await t.graphql(
        CHANGE,
        { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } },
        { token: user.token },
      );
      expect(ok.errors).toBeUndefined();
      expect(errorCodes(await t.graphql('{ me { id } }', {}, { token: user.token }))).toEqual([]);
      expect(errorCodes(await t.graphql('{ me { id } }', {}, { token: otherDevice }))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('taking access away', () => {
    it('changes a role at the next request', async () => {
      const counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
      const members = await t.graphql<{ tenantMembers: { id: string; userId: string; role: string }[] }>(
        '{ tenantMembers { id userId role active email } }',
        {},
        { token: admin.token },
      );
      const membership = members.data!.tenantMembers.find((m) => m.userId === counselor.id)!;
      expect(membership.role).toBe('COUNSELOR');
      const changed = await t.graphql(
        'mutation($input: ChangeMembershipRoleInput!) { changeMembershipRole(input: $input) }',
        { input: { membershipId: membership.id, role: 'TENANT_ADMIN' } },
        { token: admin.token },
      );
      expect(changed.errors).toBeUndefined();
      const now = await t.graphql<{ me: { memberships: { role: string }[] } }>(
        '{ me { memberships { role } } }',
        {},
        { token: counselor.token },
      );
      expect(now.data!.me.memberships.map((m) => m.role)).toEqual(['TENANT_ADMIN']);
      expect(errorCodes(await t.graphql('{ tenantMembers { id } }', {}, { token: counselor.token }))).toEqual([]);
    });

    it('takes a deactivated membership out at the next request', async () => {
      const viewer = await t.newUser({ tenant, role: TenantRole.MUNICIPAL_VIEWER });
      const members = await t.graphql<{ tenantMembers: { id: string; userId: string }[] }>(
        '{ tenantMembers { id userId } }',
        {},
        {
          token: admin.token,
        },
      );
      const membershipId = members.data!.tenantMembers.find((m) => m.userId === viewer.id)!.id;
      expect(errorCodes(await t.graphql('{ tenant { slug } }', {}, { token: viewer.token }))).toEqual([]);
      await t.graphql(
        'mutation($input: DeactivateMembershipInput!) { deactivateMembership(input: $input) }',
        { input: { membershipId } },
        {
          token: admin.token,
        },
      );
      expect(errorCodes(await t.graphql('{ tenant { slug } }', {}, { token: viewer.token }))).toEqual(['FORBIDDEN']);
    });

    it('does not let a tenant admin change memberships of another tenant', async () => {
      const stranger = await t.newUser({ tenant: otherTenant, role: TenantRole.COUNSELOR });
      const otherAdmin = await t.newUser({ tenant: otherTenant, role: TenantRole.TENANT_ADMIN });
      const members = await t.graphql<{ tenantMembers: { id: string; userId: string }[] }>(
        '{ tenantMembers { id userId } }',
        {},
        {
          token: otherAdmin.token,
        },
      );
      const membershipId = members.data!.tenantMembers.find((m) => m.userId === stranger.id)!.id;
      const res = await t.graphql(
        'mutation($input: DeactivateMembershipInput!) { deactivateMembership(input: $input) }',
        { input: { membershipId } },
        {
          token: admin.token,
        },
      );
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
      const mine = await t.graphql<{ tenantMembers: { userId: string }[] }>(
        '{ tenantMembers { userId } }',
        {},
        { token: admin.token },
      );
      expect(mine.data!.tenantMembers.map((m) => m.userId)).not.toContain(stranger.id);
    });

    it('closes a deactivated account at once', async () => {
      const user = await t.newUser({ tenant });
      const res = await t.graphql(
        'mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) }',
        { input: { userId: user.id } },
        {
          token: platformAdmin.token,
        },
      );
      expect(res.errors).toBeUndefined();
      expect(errorCodes(await t.graphql('{ me { id } }', {}, { token: user.token }))).toEqual(['UNAUTHENTICATED']);
      await expect(t.login(user.email)).rejects.toThrow(/login failed/);
    });
  });

  describe('emergency access', () => {
    it('grants a platform admin an hour, records it on both sides, and ends when it expires', async () => {
      const reason = '児童の安全確認のため、緊急に相談記録を確認する必要がある (case 2026-11)';
      const granted = await t.graphql<{ requestEmergencyAccess: { id: string; expiresAt: string } }>(
        'mutation($input: RequestEmergencyAccessInput!) { requestEmergencyAccess(input: $input) { id expiresAt tenant { slug } } }',
        { input: { tenantSlug: tenant.slug, reason } },
        { token: platformAdmin.token },
      );
      expect(granted.errors).toBeUndefined();
      const minutes = (Date.parse(granted.data!.requestEmergencyAccess.expiresAt) - Date.now()) / 60_000;
      expect(minutes).toBeGreaterThan(58);
      expect(minutes).toBeLessThanOrEqual(60);

      const me = () =>
        t.graphql<{ me: { emergencyAccessUntil: string | null } }>(
          '{ me { emergencyAccessUntil } }',
          {},
          {
            token: platformAdmin.token,
            tenant: tenant.slug,
          },
        );
      expect((await me()).data!.me.emergencyAccessUntil).toBe(granted.data!.requestEmergencyAccess.expiresAt);

      const chains = await owner((c) =>
        c.query<{ chain: string }>(
          `select chain from audit_event where action = 'emergency_access.granted' and target_id = $1`,
          [granted.data!.requestEmergencyAccess.id],
        ),
      );
      expect(chains.rows.map((r) => r.chain).sort()).toEqual(['platform', tenant.id].sort());

      await owner((c) =>
        c.query(`update emergency_access_grant set expires_at = now() - interval '1 second' where id = $1`, [
          granted.data!.requestEmergencyAccess.id,
        ]),
      );
      expect((await me()).data!.me.emergencyAccessUntil).toBeNull();
    });

    it('is refused to anyone but a platform admin, and a reason is required', async () => {
      const input = { tenantSlug: tenant.slug, reason: 'just curious about the cases' };
      const npo = await t.newUser({ platformRoles: [PlatformRole.NPO_ADMIN] });
      for (const token of [admin.token, npo.token]) {
        const res = await t.graphql(
          'mutation($input: RequestEmergencyAccessInput!) { requestEmergencyAccess(input: $input) { id } }',
          { input },
          {
            token,
          },
        );
        expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      }
      const short = await t.graphql(
        'mutation($input: RequestEmergencyAccessInput!) { requestEmergencyAccess(input: $input) { id } }',
        {
          input: { tenantSlug: tenant.slug, reason: 'because' },
        },
        { token: platformAdmin.token },
      );
      expect(errorCodes(short)).toEqual(['BAD_USER_INPUT']);
    });
  });

  it('keeps the dev outbox closed when SMTP is configured', async () => {
    const res = await t.graphql('{ devOutbox { subject } }', {}, { token: platformAdmin.token });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'DEV_OUTBOX_DISABLED' });
  });
});
