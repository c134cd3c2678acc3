import type { Tenant } from '@tsunagu/platform/database';
import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { randomLocalGovernmentCode, SmtpListener, uniqueSlug } from '@tsunagu/platform/testing';
import { ownerQuery } from './support/line';
import { errorCodes, TEST_PASSWORD, TestApp, type TestUser } from './support/test-app';

const TWO_INVITATIONS = `mutation($a: InviteUserInput!, $b: InviteUserInput!) {
  a: inviteUser(input: $a) { id }
  b: inviteUser(input: $b) { id }
}`;

const TWO_TENANTS = `mutation($a: CreateTenantInput!, $b: CreateTenantInput!) {
  a: createTenant(input: $a) { id }
  b: createTenant(input: $b) { id }
}`;

/**
 * A GraphQL document is all or nothing on the platform path too: its mutations share one request
 * transaction, committed only when every operation succeeded, and mail leaves only after that.
 * Operations whose failures must leave a trace (sign-in, a password change) commit on their own and
 * must then be alone in their document.
 */
describe('a request is all or nothing, on the platform path too', () => {
  const smtp = new SmtpListener();
  let t: TestApp;
  let kobe: Tenant;
  let other: Tenant;
  let kobeAdmin: TestUser;
  let platformAdmin: TestUser;

  beforeAll(async () => {
    await smtp.start();
    t = await TestApp.start({ SMTP_URL: smtp.url });
    kobe = await t.newTenant();
    other = await t.newTenant();
    kobeAdmin = await t.newUser({ tenant: kobe, role: TenantRole.TENANT_ADMIN });
    platformAdmin = await t.newUser({ platformRoles: [PlatformRole.PLATFORM_ADMIN] });
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const email = () => `${uniqueSlug('invitee')}@example.test`;
  const invitations = async (address: string) =>
    (await ownerQuery<{ id: string }>('select id from invitation where email = $1', [address])).length;
  /** Mail to `address` within a moment (mail is sent after the commit, asynchronously to SMTP). */
  const mailedTo = async (address: string) => {
    await new Promise((r) => setTimeout(r, 300));
    return smtp.mails.some((mail) => mail.to.includes(address));
  };

  it('writes nothing and sends no mail when a second invitation of the document is refused', async () => {
    const first = email();
    const res = await t.graphql(
      TWO_INVITATIONS,
      {
        a: { email: first, role: 'COORDINATOR' },
        // Kobe's admin may not invite into another tenant.
        b: { email: email(), role: 'COUNSELOR', tenantSlug: other.slug },
      },
      { token: kobeAdmin.token },
    );
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await invitations(first)).toBe(0);
    expect(await mailedTo(first)).toBe(false);
  });

  it('does the same for a platform admin whose second invitation names an unknown tenant', async () => {
    const first = email();
    const res = await t.graphql(
      TWO_INVITATIONS,
      {
        a: { email: first, role: 'TENANT_ADMIN', tenantSlug: kobe.slug },
        b: { email: email(), role: 'TENANT_ADMIN', tenantSlug: uniqueSlug('nowhere') },
      },
      { token: platformAdmin.token },
    );
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect(await invitations(first)).toBe(0);
    expect(await mailedTo(first)).toBe(false);
  });

  it('commits both and mails both when both succeed', async () => {
    const [first, second] = [email(), email()];
    const res = await t.graphql(
      TWO_INVITATIONS,
      { a: { email: first, role: 'MUNICIPAL_VIEWER' }, b: { email: second, role: 'COORDINATOR' } },
      { token: kobeAdmin.token },
    );
    expect(res.errors).toBeUndefined();
    expect([await invitations(first), await invitations(second)]).toEqual([1, 1]);
    await smtp.mailTo(first);
    await smtp.mailTo(second);
  });

  it('creates no tenant when another tenant of the same document is refused', async () => {
    const slug = uniqueSlug();
    const tenantInput = (code: string) => ({
      slug,
      nameJa: `原子性市${slug}`,
      nameEn: `Atomic ${slug}`,
      localGovernmentCode: code,
      prefecture: '兵庫県',
    });
    // The same slug twice: the second is a conflict, so the first must not stay either.
    const res = await t.graphql(
      TWO_TENANTS,
      { a: tenantInput(randomLocalGovernmentCode()), b: tenantInput(randomLocalGovernmentCode()) },
      { token: platformAdmin.token },
    );
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(await ownerQuery('select id from tenant where slug = $1', [slug])).toEqual([]);
    expect(
      await ownerQuery(`select id from audit_event where action = 'tenant.created' and details->>'slug' = $1`, [slug]),
    ).toEqual([]);
  });

  it('refuses a sign-in operation sent with other operations, and runs none of them', async () => {
    const invitee = email();
    const res = await t.graphql(
      `mutation($login: LoginInput!, $invite: InviteUserInput!) {
        login(input: $login) { accessToken }
        inviteUser(input: $invite) { id }
      }`,
      { login: { email: kobeAdmin.email, password: TEST_PASSWORD }, invite: { email: invitee, role: 'COUNSELOR' } },
      { token: kobeAdmin.token },
    );
    expect(res.errors?.map((e) => e.extensions?.reason)).toContain('MIXED_SCOPES');
    expect(res.data?.['login'] ?? null).toBeNull();
    expect(await invitations(invitee)).toBe(0);
  });

  it('still counts a wrong password, at sign-in and when changing it, although the operation fails', async () => {
    const user = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
    const failures = async () =>
      (
        await ownerQuery<{ failed_login_count: number }>('select failed_login_count from app_user where id = $1', [
          user.id,
        ])
      )[0].failed_login_count;

    const login = await t.graphql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: user.email, password: 'not the password' },
    });
    expect(errorCodes(login)).toEqual(['UNAUTHENTICATED']);
    expect(await failures()).toBe(1);

    const change = await t.graphql(
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
      { input: { currentPassword: 'not the password', newPassword: 'a brand new passphrase 2026' } },
      { token: user.token },
    );
    expect(errorCodes(change)).toEqual(['BAD_USER_INPUT']);
    expect(await failures()).toBe(2);

    // Sent with another operation, the password change is refused before it runs: nothing counted.
    const mixed = await t.graphql(
      `mutation($input: ChangePasswordInput!) { changePassword(input: $input) logout }`,
      { input: { currentPassword: 'not the password', newPassword: 'a brand new passphrase 2026' } },
      { token: user.token },
    );
    expect(mixed.errors?.map((e) => e.extensions?.reason)).toContain('MIXED_SCOPES');
    expect(await failures()).toBe(2);
  });
});
