import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JwtService } from '@nestjs/jwt';
import { connect, linkParameter, SmtpListener, testDatabase } from '@tsunagu/platform/testing';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { currentTotp } from '@tsunagu/platform/auth';
import { errorCodes, TEST_PASSWORD, TestApp, type GraphQLResponse, type TestUser } from './support/test-app';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken mfaToken } }';
const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }';
const ACCEPT = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }';
const REQUEST_RESET = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }';
const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
const REFRESH = 'mutation($input: RefreshTokenInput!) { refreshToken(input: $input) { accessToken } }';
const VERIFY_MFA = 'mutation($input: VerifyMfaInput!) { verifyMfa(input: $input) { accessToken } }';
const NEW_PASSWORD = 'a long and unusual passphrase 2026';
const WRONG = 'certainly not the password';

describe('credentials: lockout everywhere, reset links, token claims, rate limits', () => {
  const smtp = new SmtpListener();
  let t: TestApp;
  let tenant: Tenant;
  let admin: TestUser;

  beforeAll(async () => {
    await smtp.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, MAIL_FROM: 'tsunagu <no-reply@tsunagu.example>' });
    tenant = await t.newTenant();
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
  });

  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const failedLogins = async (userId: string): Promise<number> => {
    const owner = await connect(testDatabase().migrationUrl);
    try {
      const { rows } = await owner.query<{ n: number }>('select failed_login_count as n from app_user where id = $1', [
        userId,
      ]);
      return rows[0].n;
    } finally {
      await owner.end();
    }
  };

  const invite = async (email: string): Promise<string> => {
    const res = await t.graphql(INVITE, { input: { email, role: 'MUNICIPAL_VIEWER' } }, { token: admin.token });
    expect(res.errors).toBeUndefined();
    return linkParameter((await smtp.mailTo(email)).text, 'token');
  };

  describe('accepting an invitation with an existing account', () => {
    it('counts wrong passwords towards the lockout, as a login does', async () => {
      const user = await t.newUser({ tenant: await t.newTenant() });
      const token = await invite(user.email);
      for (let i = 0; i < 5; i++) {
        const wrong = await t.graphql(ACCEPT, { input: { token, password: WRONG, displayName: 'x' } });
        expect(wrong.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
      }
      expect(await failedLogins(user.id)).toBe(5);
      // Locked: the right password no longer signs in, nor accepts the invitation.
      await expect(t.login(user.email)).rejects.toThrow(/login failed/);
      const right = await t.graphql(ACCEPT, { input: { token, password: TEST_PASSWORD, displayName: 'x' } });
      expect(right.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    });

    it('honours a lock made by failed logins: the right password neither accepts nor clears it', async () => {
      const user = await t.newUser({ tenant: await t.newTenant() });
      const token = await invite(user.email);
      for (let i = 0; i < 5; i++) await t.graphql(LOGIN, { input: { email: user.email, password: WRONG } });
      const right = await t.graphql(ACCEPT, { input: { token, password: TEST_PASSWORD, displayName: 'x' } });
      expect(right.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
      expect(right.data).toBeNull();
      expect(await failedLogins(user.id)).toBe(5);
      await expect(t.login(user.email)).rejects.toThrow(/login failed/);
    });
  });

  describe('password reset links and password changes', () => {
    const requestReset = async (email: string): Promise<string> => {
      const before = smtp.mails.length;
      expect((await t.graphql(REQUEST_RESET, { input: { email } })).errors).toBeUndefined();
      for (let i = 0; i < 100 && !smtp.mails.slice(before).some((m) => m.to.includes(email)); i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
      const mail = smtp.mails.slice(before).find((m) => m.to.includes(email));
      if (!mail) throw new Error(`no reset mail to ${email}`);
      return linkParameter(mail.text, 'token');
    };

    it('voids older links when a new one is issued, and every other link when one is used', async () => {
      const user = await t.newUser({ tenant });
      const first = await requestReset(user.email);
      const second = await requestReset(user.email);
      const old = await t.graphql(RESET, { input: { token: first, newPassword: NEW_PASSWORD } });
      expect(old.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'RESET_TOKEN_EXPIRED' });

      const used = await t.graphql(RESET, { input: { token: second, newPassword: NEW_PASSWORD } });
      expect(used.errors).toBeUndefined();
      // Every session of the account ended, including the one that existed before.
      expect(errorCodes(await t.graphql('{ me { id } }', {}, { token: user.token }))).toEqual(['UNAUTHENTICATED']);
      expect(await t.login(user.email, NEW_PASSWORD)).toBeTruthy();
    });

    it('voids a pending link when the password is changed, and ends the other sessions but this one', async () => {
      const user = await t.newUser({ tenant });
      const otherDevice = await t.login(user.email);
      const link = await requestReset(user.email);
      const changed = await t.graphql(
        CHANGE,
        { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } },
        { token: user.token },
      );
      expect(changed.errors).toBeUndefined();
      expect(errorCodes(await t.graphql('{ me { id } }', {}, { token: user.token }))).toEqual([]);
      expect(errorCodes(await t.graphql('{ me { id } }', {}, { token: otherDevice }))).toEqual(['UNAUTHENTICATED']);
      const late = await t.graphql(RESET, { input: { token: link, newPassword: 'yet another long passphrase' } });
      expect(late.errors?.[0].extensions?.reason).toBe('RESET_TOKEN_EXPIRED');
      expect(await t.login(user.email, NEW_PASSWORD)).toBeTruthy();
    });

    it('voids the second step of a sign-in begun with the password that was then changed', async () => {
      const strict = await t.newTenant({ mfaRequiredRoles: [TenantRole.COUNSELOR] });
      const user = await t.newUser({ tenant: strict });
      const enrollment = await t.graphql<{ enrollMfa: { otpauthUri: string; recoveryCodes: string[] } }>(
        'mutation { enrollMfa { otpauthUri recoveryCodes } }',
        {},
        { token: user.token },
      );
      const secret = new URL(enrollment.data!.enrollMfa.otpauthUri).searchParams.get('secret')!;
      const confirmed = await t.graphql<{ confirmMfa: { auth: { accessToken: string } } }>(
        'mutation($input: ConfirmMfaInput!) { confirmMfa(input: $input) { auth { accessToken } } }',
        { input: { code: currentTotp(secret) } },
        { token: user.token },
      );
      const [recoveryCode] = enrollment.data!.enrollMfa.recoveryCodes;
      const firstStep = await t.graphql<{ login: { mfaToken: string } }>(LOGIN, {
        input: { email: user.email, password: TEST_PASSWORD },
      });
      const { mfaToken } = firstStep.data!.login;
      // Token times count in seconds: the change must fall in a later second than the token.
      await new Promise((r) => setTimeout(r, 1_100));
      const changed = await t.graphql(
        CHANGE,
        { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } },
        { token: confirmed.data!.confirmMfa.auth.accessToken },
      );
      expect(changed.errors).toBeUndefined();
      const stale = await t.graphql(VERIFY_MFA, { input: { mfaToken, code: recoveryCode } });
      expect(errorCodes(stale)).toEqual(['UNAUTHENTICATED']);
      // The same recovery code still completes a sign-in begun with the new password.
      const fresh = await t.graphql<{ login: { mfaToken: string } }>(LOGIN, {
        input: { email: user.email, password: NEW_PASSWORD },
      });
      const verified = await t.graphql(VERIFY_MFA, {
        input: { mfaToken: fresh.data!.login.mfaToken, code: recoveryCode },
      });
      expect(verified.errors).toBeUndefined();
    });

    it('refuses a password change while the account is locked, even with the right password', async () => {
      const user = await t.newUser({ tenant });
      for (let i = 0; i < 5; i++) await t.graphql(LOGIN, { input: { email: user.email, password: WRONG } });
      const change = await t.graphql(
        CHANGE,
        { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } },
        { token: user.token },
      );
      expect(change.errors?.[0].extensions?.fieldErrors?.[0].field).toBe('currentPassword');
    });
  });

  describe('token claims', () => {
    const jwt = new JwtService({});
    const sign = (payload: Record<string, unknown>, options: Record<string, unknown> = {}) =>
      jwt.sign(payload, { secret: t.config.jwtSecret, algorithm: 'HS256', ...options });
    const me = (token: string) => t.graphql('{ me { id } }', {}, { token });

    it('accepts an access token only with expiry, issue time, issuer and audience, and a lifetime we issue', async () => {
      const user = await t.newUser({ tenant });
      const { sub, sid, typ } = jwt.decode<{ sub: string; sid: string; typ: string }>(user.token);
      const claims = { sub, sid, typ };
      const full = { issuer: 'tsunagu', audience: 'tsunagu-api', expiresIn: 300 };
      // The same claims re-signed by the test are accepted: the refusals below are about the claims.
      expect(errorCodes(await me(sign(claims, full)))).toEqual([]);

      const refused = {
        'no expiry': sign(claims, { issuer: 'tsunagu', audience: 'tsunagu-api' }),
        'no issue time': sign(claims, { ...full, noTimestamp: true }),
        'no issuer': sign(claims, { audience: 'tsunagu-api', expiresIn: 300 }),
        'another issuer': sign(claims, { ...full, issuer: 'someone-else' }),
        'no audience': sign(claims, { issuer: 'tsunagu', expiresIn: 300 }),
        'the MFA audience': sign(claims, { ...full, audience: 'tsunagu-mfa' }),
        'a lifetime of ten years': sign(claims, { ...full, expiresIn: 10 * 365 * 86_400 }),
        'an issue time in the future': sign({ ...claims, iat: Math.floor(Date.now() / 1000) + 3_600 }, full),
        'a session id that is no id': sign({ ...claims, sid: 'not-a-session' }, full),
      };
      for (const [what, token] of Object.entries(refused)) {
        expect([what, errorCodes(await me(token))]).toEqual([what, ['UNAUTHENTICATED']]);
      }
    });

    it('requires the same claims of the MFA step token', async () => {
      const user = await t.newUser({ tenant });
      const { sub } = jwt.decode<{ sub: string }>(user.token);
      const withoutExpiry = sign({ sub, typ: 'mfa' }, { issuer: 'tsunagu', audience: 'tsunagu-mfa' });
      const res = await t.graphql(VERIFY_MFA, { input: { mfaToken: withoutExpiry, code: '123456' } });
      expect(res.errors?.[0].extensions?.reason).toBe('MFA_TOKEN_INVALID');
    });
  });
});

describe('rate limits of the authentication mutations', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await TestApp.start({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });

  afterAll(async () => {
    await t.close();
  });

  /** A GraphQL request sent from `from` (another loopback address: another client address). */
  const from = (address: string, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ query, variables });
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          localAddress: address,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, ...(JSON.parse(Buffer.concat(chunks).toString()) as object) }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const code = (res: GraphQLResponse) => errorCodes(res)[0];

  it('gives an address one budget shared by every authentication mutation', async () => {
    const address = '127.0.0.20';
    const answers = [
      await from(address, LOGIN, { input: { email: 'one@example.test', password: WRONG } }),
      await from(address, REQUEST_RESET, { input: { email: 'two@example.test' } }),
      await from(address, REFRESH, { input: { refreshToken: 'not-a-refresh-token' } }),
      await from(address, VERIFY_MFA, { input: { mfaToken: 'not-an-mfa-token', code: '123456' } }),
    ];
    // The refresh token is refused by validation, which runs after the limits: it still counted.
    expect(answers.map(code)).toEqual(['UNAUTHENTICATED', undefined, 'BAD_USER_INPUT', 'TOO_MANY_REQUESTS']);
  });

  it('gives an account one budget, whatever the addresses driving it', async () => {
    const email = 'driven.account@example.test';
    const answers: (string | undefined)[] = [];
    for (const address of ['127.0.0.31', '127.0.0.32', '127.0.0.33', '127.0.0.34']) {
      answers.push(code(await from(address, LOGIN, { input: { email: ` ${email.toUpperCase()}`, password: WRONG } })));
    }
    expect(answers).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
    // A reset request for that account shares its budget; another account is not affected.
    expect(code(await from('127.0.0.35', REQUEST_RESET, { input: { email } }))).toBe('TOO_MANY_REQUESTS');
    expect(
      code(await from('127.0.0.36', LOGIN, { input: { email: 'another.account@example.test', password: WRONG } })),
    ).toBe('UNAUTHENTICATED');
  });
});
