import type { CookieOptions, Request, Response } from 'express';
import { linkParameter, testConfig } from '@tsunagu/platform/testing';
import type { Tenant } from '@tsunagu/platform/database';
import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { CLIENT_HEADER, COOKIE_CLIENT, REFRESH_COOKIE, RefreshCookie, UsersService } from '@tsunagu/platform/auth';
import { errorCodes, TEST_PASSWORD, TestApp, type TestUser } from './support/test-app';

const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken expiresAt }
}`;
const REFRESH = 'mutation($input: RefreshTokenInput!) { refreshToken(input: $input) { accessToken refreshToken } }';
const PERMISSIONS = '{ me { permissions } }';

interface Answer<T> {
  status: number;
  body: { data?: T | null; errors?: { extensions?: { code?: string; reason?: string } }[] };
  cookies: string[];
}

/** The refresh cookie of a response (its whole Set-Cookie line), if it sets one. */
function refreshCookieOf(cookies: string[]): string | undefined {
  return cookies.find((c) => c.startsWith(`${REFRESH_COOKIE}=`));
}

/** `name=value` of a Set-Cookie line, as a browser sends it back. */
function sent(setCookie: string): string {
  return setCookie.split(';')[0];
}

describe('the web console: refresh cookie, me { permissions }, invitation preview', () => {
  let t: TestApp;
  let tenant: Tenant;
  let otherTenant: Tenant;

  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant();
    otherTenant = await t.newTenant();
  });

  afterAll(async () => {
    await t.close();
  });

  /** A GraphQL request as a browser sends it: optionally the console header and a cookie. */
  async function post<T>(
    query: string,
    variables: Record<string, unknown>,
    options: { console?: boolean; cookie?: string; token?: string; tenant?: string } = {},
  ): Promise<Answer<T>> {
    let req = t.http().post('/graphql').set('content-type', 'application/json');
    if (options.console) req = req.set(CLIENT_HEADER, COOKIE_CLIENT);
    if (options.cookie) req = req.set('cookie', options.cookie);
    if (options.token) req = req.set('authorization', `Bearer ${options.token}`);
    if (options.tenant) req = req.set('x-tenant', options.tenant);
    const res = await req.send({ query, variables });
    const setCookie = res.headers['set-cookie'] as unknown as string[] | undefined;
    return { status: res.status, body: res.body as Answer<T>['body'], cookies: setCookie ?? [] };
  }

  const consoleLogin = async (email: string) =>
    post<{ login: { accessToken: string; refreshToken: string | null } }>(
      LOGIN,
      { input: { email, password: TEST_PASSWORD } },
      { console: true },
    );

  describe('refresh cookie', () => {
    it('sets an HttpOnly, SameSite=Strict cookie for /graphql on a console login, and keeps the token out of the body', async () => {
      const user = await t.newUser({ tenant });
      const res = await consoleLogin(user.email);
      expect(res.body.data!.login.accessToken).toBeTruthy();
      expect(res.body.data!.login.refreshToken).toBeNull();
      const cookie = refreshCookieOf(res.cookies)!;
      expect(cookie).toBeDefined();
      const attributes = cookie.split(';').map((a) => a.trim().toLowerCase());
      expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/graphql']));
      expect(attributes.some((a) => a.startsWith('max-age='))).toBe(true);
      // Plain http outside production: no Secure (a browser would drop it on http://localhost).
      expect(attributes).not.toContain('secure');
    });

    it('leaves API clients as they were: the refresh token in the body, no cookie', async () => {
      const user = await t.newUser({ tenant });
      const res = await post<{ login: { refreshToken: string } }>(LOGIN, {
        input: { email: user.email, password: TEST_PASSWORD },
      });
      expect(res.body.data!.login.refreshToken).toEqual(expect.any(String));
      expect(refreshCookieOf(res.cookies)).toBeUndefined();
    });

    it('refreshes by the cookie, rotating it, and ends the session when a spent cookie comes back', async () => {
      const user = await t.newUser({ tenant });
      const first = refreshCookieOf((await consoleLogin(user.email)).cookies)!;
      const refreshed = await post<{ refreshToken: { accessToken: string; refreshToken: string | null } }>(
        REFRESH,
        { input: {} },
        { console: true, cookie: sent(first) },
      );
      expect(refreshed.body.errors).toBeUndefined();
      expect(refreshed.body.data!.refreshToken.accessToken).toBeTruthy();
      expect(refreshed.body.data!.refreshToken.refreshToken).toBeNull();
      const second = refreshCookieOf(refreshed.cookies)!;
      expect(sent(second)).not.toBe(sent(first));
      const me = await post<{ me: { permissions: string[] } }>(
        PERMISSIONS,
        {},
        {
          token: refreshed.body.data!.refreshToken.accessToken,
        },
      );
      expect(me.body.errors).toBeUndefined();

      const reused = await post(REFRESH, { input: {} }, { console: true, cookie: sent(first) });
      expect(reused.body.errors?.[0].extensions).toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'REFRESH_TOKEN_REUSED',
      });
      // A cookie that opens nothing any more is cleared.
      expect(refreshCookieOf(reused.cookies)).toMatch(/expires=Thu, 01 Jan 1970/i);
      const after = await post(REFRESH, { input: {} }, { console: true, cookie: sent(second) });
      expect(after.body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    });

    it('reads the cookie only for the console client: not without its header, and never as authentication', async () => {
      const user = await t.newUser({ tenant });
      const cookie = sent(refreshCookieOf((await consoleLogin(user.email)).cookies)!);
      const withoutHeader = await post(REFRESH, { input: {} }, { cookie });
      expect(withoutHeader.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      // The cookie is no credential for anything else, with or without the header.
      const me = await post('{ me { email } }', {}, { console: true, cookie, tenant: tenant.slug });
      expect(errorCodes({ status: me.status, errors: me.body.errors as never })).toEqual(['UNAUTHENTICATED']);
      // And it still works where it belongs (nothing above spent it).
      const refreshed = await post(REFRESH, { input: {} }, { console: true, cookie });
      expect(refreshed.body.errors).toBeUndefined();
    });

    it('answers a console refresh without a cookie with UNAUTHENTICATED', async () => {
      const res = await post(REFRESH, { input: {} }, { console: true });
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'NO_SESSION' });
    });

    it('clears the cookie on logout, after which it refreshes nothing', async () => {
      const user = await t.newUser({ tenant });
      const login = await consoleLogin(user.email);
      const cookie = sent(refreshCookieOf(login.cookies)!);
      const out = await post<{ logout: boolean }>(
        'mutation { logout }',
        {},
        {
          console: true,
          cookie,
          token: login.body.data!.login.accessToken,
        },
      );
      expect(out.body.data).toEqual({ logout: true });
      const cleared = refreshCookieOf(out.cookies)!;
      expect(cleared).toMatch(/expires=Thu, 01 Jan 1970/i);
      expect(cleared.toLowerCase()).toContain('path=/graphql');
      const refreshed = await post(REFRESH, { input: {} }, { console: true, cookie });
      expect(refreshed.body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    });

    it('marks the cookie Secure when the console is served over https, and in production', () => {
      expect(testConfig({ PUBLIC_BASE_URL: 'https://tsunagu.example' }).secureCookies).toBe(true);
      expect(testConfig().secureCookies).toBe(false);
      const cookies: { name: string; options: CookieOptions }[] = [];
      const response = {
        cookie: (name: string, _value: string, options: CookieOptions) => cookies.push({ name, options }),
      };
      new RefreshCookie({ ...t.config, secureCookies: true }).deliver(
        { headers: { [CLIENT_HEADER]: COOKIE_CLIENT } } as unknown as Request,
        response as unknown as Response,
        {
          accessToken: 'a',
          refreshToken: 'r'.repeat(43),
          expiresAt: null,
          mfaRequired: false,
          mfaToken: null,
          mfaEnrollmentRequired: false,
        },
      );
      expect(cookies).toEqual([
        {
          name: REFRESH_COOKIE,
          options: expect.objectContaining({ secure: true, httpOnly: true, sameSite: 'strict' }),
        },
      ]);
    });
  });

  describe('me { permissions }', () => {
    const permissionsOf = async (user: TestUser, slug?: string) => {
      const res = await post<{ me: { permissions: string[] } }>(PERMISSIONS, {}, { token: user.token, tenant: slug });
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.me.permissions;
    };

    it("lists what each role may do in the request's tenant", async () => {
      const counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
      const admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
      const viewer = await t.newUser({ tenant, role: TenantRole.MUNICIPAL_VIEWER });
      const partner = await t.newUser({ tenant, role: TenantRole.PARTNER_USER });

      const c = await permissionsOf(counselor, tenant.slug);
      expect(c).toEqual(
        expect.arrayContaining(['tenant:consultations:read', 'tenant:referrals:make', 'self:sessions:manage']),
      );
      expect(c).not.toContain('tenant:settings:update');

      const a = await permissionsOf(admin, tenant.slug);
      expect(a).toEqual(
        expect.arrayContaining(['tenant:settings:update', 'tenant:memberships:manage', 'users:invite']),
      );
      expect(a).not.toContain('tenant:consultations:read');

      const v = await permissionsOf(viewer, tenant.slug);
      expect(v).toEqual(expect.arrayContaining(['tenant:read', 'tenant:reports:read']));
      expect(v).not.toContain('tenant:consultations:read');
      expect(v).not.toContain('tenant:reports:manage');

      const p = await permissionsOf(partner, tenant.slug);
      expect(p).toEqual(expect.arrayContaining(['tenant:referrals:read', 'tenant:referrals:respond']));
      expect(p).not.toContain('tenant:referrals:make');
    });

    it('follows the tenant of the request for a person with several memberships', async () => {
      const person = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
      await t.app.get(UsersService).addMembership(person.id, otherTenant.id, TenantRole.MUNICIPAL_VIEWER);
      expect(await permissionsOf(person, tenant.slug)).toContain('tenant:consultations:read');
      const elsewhere = await permissionsOf(person, otherTenant.slug);
      expect(elsewhere).toContain('tenant:reports:read');
      expect(elsewhere).not.toContain('tenant:consultations:read');
      // No tenant named: only what needs none.
      const none = await permissionsOf(person);
      expect(none.every((permission) => !permission.startsWith('tenant:'))).toBe(true);
    });

    it('does not return permissions of another tenant', async () => {
      const counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
      const res = await post(PERMISSIONS, {}, { token: counselor.token, tenant: otherTenant.slug });
      expect(res.body.data).toEqual({ me: null });
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_MEMBER' });
    });

    it('gives a platform admin its platform permissions and, in a tenant, no content', async () => {
      const platform = await t.newUser({ platformRoles: [PlatformRole.PLATFORM_ADMIN] });
      expect(await permissionsOf(platform)).toEqual(expect.arrayContaining(['platform:tenants:list']));
      const inTenant = await permissionsOf(platform, tenant.slug);
      expect(inTenant).toContain('tenant:read');
      expect(inTenant).not.toContain('tenant:consultations:read');
    });
  });

  describe('invitation preview', () => {
    it('shows what a link invites to, says whether the account exists, and stops once accepted', async () => {
      const admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
      const platform = await t.newUser({ platformRoles: [PlatformRole.PLATFORM_ADMIN] });
      const email = `invited-${Date.now()}@example.test`;
      const invited = await post(
        'mutation($input: InviteUserInput!) { inviteUser(input: $input) { status } }',
        { input: { email, role: 'COORDINATOR' } },
        { token: admin.token, tenant: tenant.slug },
      );
      expect(invited.body.errors).toBeUndefined();
      const outbox = await post<{ devOutbox: { to: string; body: string }[] }>(
        '{ devOutbox(first: 200) { to body } }',
        {},
        { token: platform.token },
      );
      const mail = outbox.body.data!.devOutbox.find((m) => m.to === email)!;
      expect(mail.body).toContain('/accept-invitation?token=');
      const token = linkParameter(mail.body, 'token');

      const PREVIEW = `query($token: String!) {
        invitation(token: $token) { email role accountExists tenant { slug } }
      }`;
      const preview = await post<{ invitation: unknown }>(PREVIEW, { token });
      expect(preview.body.data!.invitation).toEqual({
        email,
        role: 'COORDINATOR',
        accountExists: false,
        tenant: { slug: tenant.slug },
      });
      const unknown = await post(PREVIEW, { token: 'x'.repeat(43) });
      expect(unknown.body.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'INVITATION_INVALID' });

      const accepted = await post(
        'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { refreshToken } }',
        { input: { token, password: 'a long and unusual passphrase 2026', displayName: '新 事務局' } },
        { console: true },
      );
      expect(accepted.body.errors).toBeUndefined();
      // The console's acceptance signs in with the cookie, like its login.
      expect(refreshCookieOf(accepted.cookies)).toBeDefined();
      const after = await post(PREVIEW, { token });
      expect(after.body.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'INVITATION_INVALID' });
    });
  });
});
