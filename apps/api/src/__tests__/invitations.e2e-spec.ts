import { linkParameter, SmtpListener } from '@tsunagu/platform/testing';
import type { Tenant } from '@tsunagu/platform/database';
import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { eventually, ownerQuery } from './support/line';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id email status } }';
const INVITATIONS = `query($tenantSlug: String) {
  invitations(tenantSlug: $tenantSlug) { id email role status invitedByName expiresAt tenant { slug } }
}`;
const RESEND = 'mutation($input: InvitationIdInput!) { resendInvitation(input: $input) { id status expiresAt } }';
const REVOKE = 'mutation($input: InvitationIdInput!) { revokeInvitation(input: $input) { id status } }';
const PREVIEW = 'query($token: String!) { invitation(token: $token) { email } }';
const ACCEPT = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }';
const PASSWORD = 'a long and unusual passphrase 2026';
/** The display name TestApp gives its users. */
const TEST_DISPLAY_NAME = 'テスト 利用者';

interface Listed {
  id: string;
  email: string;
  role: string;
  status: string;
  invitedByName: string | null;
  tenant: { slug: string };
}

describe('invitations: listing, resending and revoking (with a real SMTP server)', () => {
  const smtp = new SmtpListener();
  let t: TestApp;
  let kobe: Tenant;
  let yamagata: Tenant;
  let kobeAdmin: TestUser;
  let yamagataAdmin: TestUser;
  let platformAdmin: TestUser;

  beforeAll(async () => {
    await smtp.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, MAIL_FROM: 'tsunagu <no-reply@tsunagu.example>' });
    kobe = await t.newTenant({ nameJa: '招待一覧テスト市' });
    yamagata = await t.newTenant();
    kobeAdmin = await t.newUser({ tenant: kobe, role: TenantRole.TENANT_ADMIN });
    yamagataAdmin = await t.newUser({ tenant: yamagata, role: TenantRole.TENANT_ADMIN });
    platformAdmin = await t.newUser({ platformRoles: [PlatformRole.PLATFORM_ADMIN] });
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  let seq = 0;
  /** Invites a new viewer (a role that needs no approval) and returns the invitation and its mailed token. */
  const invite = async (as: TestUser, tenantSlug?: string) => {
    const email = `viewer-${++seq}-${Date.now()}@example.test`;
    const res = await t.graphql<{ inviteUser: { id: string } }>(
      INVITE,
      { input: { email, role: 'MUNICIPAL_VIEWER', ...(tenantSlug ? { tenantSlug } : {}) } },
      { token: as.token },
    );
    expect(res.errors).toBeUndefined();
    const token = linkParameter((await smtp.mailTo(email)).text, 'token');
    return { id: res.data!.inviteUser.id, email, token };
  };
  const list = async (as: TestUser, tenantSlug?: string) =>
    t.graphql<{ invitations: Listed[] }>(INVITATIONS, tenantSlug ? { tenantSlug } : {}, { token: as.token });
  const linkWorks = async (token: string) => errorCodes(await t.graphql(PREVIEW, { token })).length === 0;
  const mailsTo = (email: string) => smtp.mails.filter((m) => m.to.includes(email));

  it("lists a tenant's pending invitations with who sent them, newest first", async () => {
    const sent = await t.graphql<{ inviteUser: { invitedByName: string } }>(
      'mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitedByName } }',
      { input: { email: `named-${Date.now()}@example.test`, role: 'MUNICIPAL_VIEWER' } },
      { token: kobeAdmin.token },
    );
    expect(sent.data?.inviteUser.invitedByName).toBe(TEST_DISPLAY_NAME);
    const first = await invite(kobeAdmin);
    const second = await invite(kobeAdmin);
    const res = await list(kobeAdmin);
    expect(res.errors).toBeUndefined();
    const emails = res.data!.invitations.map((i) => i.email);
    expect(emails.indexOf(second.email)).toBeLessThan(emails.indexOf(first.email));
    expect(res.data!.invitations.find((i) => i.id === first.id)).toMatchObject({
      role: 'MUNICIPAL_VIEWER',
      status: 'PENDING',
      invitedByName: TEST_DISPLAY_NAME,
      tenant: { slug: kobe.slug },
    });
  });

  it('leaves accepted invitations out of the list', async () => {
    const accepted = await invite(kobeAdmin);
    const res = await t.graphql(ACCEPT, {
      input: { token: accepted.token, password: PASSWORD, displayName: '閲覧 太郎' },
    });
    expect(res.errors).toBeUndefined();
    expect((await list(kobeAdmin)).data!.invitations.map((i) => i.id)).not.toContain(accepted.id);
  });

  it('does not return the invitations of another tenant', async () => {
    const kobeInvitation = await invite(kobeAdmin);
    const own = await list(yamagataAdmin);
    expect(own.errors).toBeUndefined();
    expect(own.data!.invitations.map((i) => i.id)).not.toContain(kobeInvitation.id);
    expect(errorCodes(await list(yamagataAdmin, kobe.slug))).toEqual(['FORBIDDEN']);
  });

  it('is refused to a member who is not a tenant admin', async () => {
    const viewer = await t.newUser({ tenant: kobe, role: TenantRole.MUNICIPAL_VIEWER });
    expect(errorCodes(await list(viewer))).toEqual(['FORBIDDEN']);
  });

  it('lets a platform admin list and resend the invitation of a new city', async () => {
    const invitation = await invite(platformAdmin, yamagata.slug);
    const res = await list(platformAdmin, yamagata.slug);
    expect(res.data!.invitations.find((i) => i.id === invitation.id)?.invitedByName).toBe(TEST_DISPLAY_NAME);
    const resent = await t.graphql(RESEND, { input: { invitationId: invitation.id } }, { token: platformAdmin.token });
    expect(resent.errors).toBeUndefined();
  });

  it('resends with a fresh link: the old link stops working, the new one signs the invitee in', async () => {
    const invitation = await invite(kobeAdmin);
    const before = mailsTo(invitation.email).length;
    const res = await t.graphql<{ resendInvitation: { status: string } }>(
      RESEND,
      { input: { invitationId: invitation.id } },
      { token: kobeAdmin.token },
    );
    expect(res.data?.resendInvitation.status).toBe('PENDING');
    expect(
      await eventually(
        async () => mailsTo(invitation.email).length,
        (n) => n > before,
        5000,
      ),
    ).toBe(before + 1);
    const fresh = linkParameter(mailsTo(invitation.email).at(-1)!.text, 'token');
    expect(fresh).not.toBe(invitation.token);
    expect(await linkWorks(invitation.token)).toBe(false);
    const old = await t.graphql(ACCEPT, {
      input: { token: invitation.token, password: PASSWORD, displayName: '古い リンク' },
    });
    expect(old.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVITATION_INVALID' });
    const accepted = await t.graphql<{ acceptInvitation: { accessToken: string } }>(ACCEPT, {
      input: { token: fresh, password: PASSWORD, displayName: '新しい リンク' },
    });
    expect(accepted.data?.acceptInvitation.accessToken).toBeTruthy();
    const audited = await ownerQuery<{ action: string }>(
      `select action from audit_event where tenant_id = $1 and target_id = $2 order by seq`,
      [kobe.id, invitation.id],
    );
    expect(audited.map((a) => a.action)).toEqual(['invitation.created', 'invitation.resent', 'invitation.accepted']);
  });

  it('revokes: the link stops working at once, the list drops it, and it cannot be resent', async () => {
    const invitation = await invite(kobeAdmin);
    expect(await linkWorks(invitation.token)).toBe(true);
    const res = await t.graphql<{ revokeInvitation: { status: string } }>(
      REVOKE,
      { input: { invitationId: invitation.id } },
      { token: kobeAdmin.token },
    );
    expect(res.data?.revokeInvitation.status).toBe('REVOKED');
    expect(await linkWorks(invitation.token)).toBe(false);
    const accept = await t.graphql(ACCEPT, {
      input: { token: invitation.token, password: PASSWORD, displayName: '取消 済み' },
    });
    expect(accept.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVITATION_INVALID' });
    expect((await list(kobeAdmin)).data!.invitations.map((i) => i.id)).not.toContain(invitation.id);
    const again = await t.graphql(RESEND, { input: { invitationId: invitation.id } }, { token: kobeAdmin.token });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_CLOSED' });
    const audited = await ownerQuery<{ action: string; actor_user_id: string }>(
      `select action, actor_user_id from audit_event where tenant_id = $1 and target_id = $2 and action = 'invitation.revoked'`,
      [kobe.id, invitation.id],
    );
    expect(audited).toEqual([{ action: 'invitation.revoked', actor_user_id: kobeAdmin.id }]);
  });

  it("does not let another tenant's admin resend or revoke an invitation, and changes nothing", async () => {
    const invitation = await invite(kobeAdmin);
    const before = mailsTo(invitation.email).length;
    for (const mutation of [RESEND, REVOKE]) {
      const res = await t.graphql(mutation, { input: { invitationId: invitation.id } }, { token: yamagataAdmin.token });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'INVITATION_NOT_FOUND' });
    }
    expect(await linkWorks(invitation.token)).toBe(true);
    expect(mailsTo(invitation.email)).toHaveLength(before);
  });

  it('neither resends an invitation awaiting approval nor leaves its approval asked for once it is revoked', async () => {
    const email = `counselor-${Date.now()}@example.test`;
    // A counsellor reads consultations and this admin cannot: the invitation waits for a second admin.
    const invited = await t.graphql<{ inviteUser: { id: string; status: string } }>(
      INVITE,
      { input: { email, role: 'COUNSELOR' } },
      { token: kobeAdmin.token },
    );
    expect(invited.data?.inviteUser.status).toBe('AWAITING_APPROVAL');
    const id = invited.data!.inviteUser.id;
    expect((await list(kobeAdmin)).data!.invitations.find((i) => i.id === id)?.status).toBe('AWAITING_APPROVAL');
    const resent = await t.graphql(RESEND, { input: { invitationId: id } }, { token: kobeAdmin.token });
    expect(resent.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVITATION_AWAITING_APPROVAL' });
    await t.graphql(REVOKE, { input: { invitationId: id } }, { token: kobeAdmin.token });
    const secondAdmin = await t.newUser({ tenant: kobe, role: TenantRole.TENANT_ADMIN });
    // The revocation decided the grant: no admin is asked to approve it any more.
    const pending = await t.graphql<{ pendingRoleGrants: { id: string; granteeEmail: string }[] }>(
      '{ pendingRoleGrants { id granteeEmail } }',
      {},
      { token: secondAdmin.token },
    );
    expect(pending.data!.pendingRoleGrants.filter((g) => g.granteeEmail === email)).toEqual([]);
    const [grant] = await ownerQuery<{ id: string; status: string; decided_by_id: string; note: string }>(
      `select id, status, decided_by_id, note from role_grant where grantee_email = $1`,
      [email],
    );
    expect(grant).toMatchObject({
      status: 'rejected',
      decided_by_id: kobeAdmin.id,
      note: 'the invitation was revoked',
    });
    const approved = await t.graphql(
      'mutation($input: DecideRoleGrantInput!) { approveRoleGrant(input: $input) { status } }',
      { input: { id: grant.id } },
      { token: secondAdmin.token },
    );
    expect(approved.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROLE_GRANT_DECIDED' });
    expect(mailsTo(email)).toHaveLength(0);
  });

  it('refuses an id that is not a UUID with the field named', async () => {
    const res = await t.graphql(REVOKE, { input: { invitationId: 'not-an-id' } }, { token: kobeAdmin.token });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].extensions?.fieldErrors?.map((f) => f.field)).toEqual(['invitationId']);
  });
});
