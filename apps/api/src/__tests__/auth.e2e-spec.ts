import { authenticator } from 'otplib';
import { currentTotp, User } from '@tsunagu/platform/auth';
import { connect, testDatabase } from '@tsunagu/platform/testing';
import { PlatformDb, type Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { errorCodes, TEST_PASSWORD, TestApp } from './support/test-app';

/** The authenticator's code of the next 30-second step (accepted: one step of drift is allowed). */
const nextTotp = (secret: string): string => authenticator.clone({ epoch: Date.now() + 30_000 }).generate(secret);

const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken expiresAt mfaRequired mfaToken mfaEnrollmentRequired }
}`;
const REFRESH = 'mutation($input: RefreshTokenInput!) { refreshToken(input: $input) { accessToken refreshToken } }';
const VERIFY_MFA =
  'mutation($input: VerifyMfaInput!) { verifyMfa(input: $input) { accessToken refreshToken mfaRequired } }';

interface Payload {
  accessToken: string | null;
  refreshToken: string | null;
  mfaRequired: boolean;
  mfaToken: string | null;
  mfaEnrollmentRequired: boolean;
}

describe('sign-in, sessions and MFA', () => {
  let t: TestApp;
  let tenant: Tenant;
  let strictTenant: Tenant;

  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant();
    strictTenant = await t.newTenant({ mfaRequiredRoles: [TenantRole.TENANT_ADMIN, TenantRole.COUNSELOR] });
  });

  afterAll(async () => {
    await t.close();
  });

  const login = async (email: string, password = TEST_PASSWORD) =>
    t.graphql<{ login: Payload }>(LOGIN, { input: { email, password } });

  describe('sessions', () => {
    it('rotates refresh tokens and ends the whole session when an old one is presented again', async () => {
      const user = await t.newUser({ tenant });
      const first = (await login(user.email)).data!.login;
      const second = await t.graphql<{ refreshToken: Payload }>(REFRESH, {
        input: { refreshToken: first.refreshToken },
      });
      expect(second.errors).toBeUndefined();
      const rotated = second.data!.refreshToken;
      expect(rotated.refreshToken).not.toBe(first.refreshToken);
      expect(errorCodes(await t.graphql('{ tenant { slug } }', {}, { token: rotated.accessToken! }))).toEqual([]);

      const reuse = await t.graphql(REFRESH, { input: { refreshToken: first.refreshToken } });
      expect(reuse.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_REUSED' });
      // The family is over: the newest refresh token and the access token of the session fail too.
      const after = await t.graphql(REFRESH, { input: { refreshToken: rotated.refreshToken } });
      expect(after.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
      const access = await t.graphql('{ tenant { slug } }', {}, { token: rotated.accessToken! });
      expect(access.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' });
    });

    it('stores refresh tokens hashed', async () => {
      const user = await t.newUser({ tenant });
      const { refreshToken } = (await login(user.email)).data!.login;
      const owner = await connect(testDatabase().migrationUrl);
      try {
        const { rows } = await owner.query<{ n: string }>(
          'select count(*) as n from refresh_token where token_hash = $1',
          [refreshToken],
        );
        expect(rows[0].n).toBe('0');
      } finally {
        await owner.end();
      }
    });

    it('lists your sessions, ends one of them, and logs out', async () => {
      const user = await t.newUser({ tenant });
      const other = (await login(user.email)).data!.login;
      const sessions = await t.graphql<{ mySessions: { id: string; current: boolean }[] }>(
        '{ mySessions { id current createdAt } }',
        {},
        { token: user.token },
      );
      expect(sessions.data!.mySessions).toHaveLength(2);
      const otherId = sessions.data!.mySessions.find((s) => !s.current)!.id;
      const revoked = await t.graphql(
        'mutation($input: RevokeSessionInput!) { revokeSession(input: $input) }',
        { input: { id: otherId } },
        {
          token: user.token,
        },
      );
      expect(revoked.errors).toBeUndefined();
      expect(errorCodes(await t.graphql('{ me { id } }', {}, { token: other.accessToken! }))).toEqual([
        'UNAUTHENTICATED',
      ]);

      expect(
        (await t.graphql<{ logout: boolean }>('mutation { logout }', {}, { token: user.token })).data?.logout,
      ).toBe(true);
      expect(errorCodes(await t.graphql('{ me { id } }', {}, { token: user.token }))).toEqual(['UNAUTHENTICATED']);
    });

    it("cannot end another user's session", async () => {
      const a = await t.newUser({ tenant });
      const b = await t.newUser({ tenant });
      const bSessions = await t.graphql<{ mySessions: { id: string }[] }>(
        '{ mySessions { id } }',
        {},
        { token: b.token },
      );
      const res = await t.graphql(
        'mutation($input: RevokeSessionInput!) { revokeSession(input: $input) }',
        {
          input: { id: bSessions.data!.mySessions[0].id },
        },
        { token: a.token },
      );
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
      expect(errorCodes(await t.graphql('{ me { id } }', {}, { token: b.token }))).toEqual([]);
    });
  });

  describe('brute force', () => {
    it('locks an account after five failures with the same answer as an unknown email', async () => {
      const user = await t.newUser({ tenant });
      const unknown = await login('nobody-at-all@example.test', 'whatever it is 123');
      for (let i = 0; i < 5; i++) await login(user.email, 'wrong password 12345');
      const locked = await login(user.email, TEST_PASSWORD);
      expect(locked.data).toBeNull();
      expect(locked.errors?.[0].message).toBe(unknown.errors?.[0].message);
      expect(locked.errors?.[0].extensions).toEqual(unknown.errors?.[0].extensions);

      const owner = await connect(testDatabase().migrationUrl);
      try {
        const { rows } = await owner.query<{ action: string; details: { reason: string } }>(
          `select action, details from audit_event where chain = 'platform' and actor_user_id = $1 order by seq`,
          [user.id],
        );
        expect(rows.filter((r) => r.action === 'auth.login.failed').map((r) => r.details.reason)).toEqual([
          'wrong_password',
          'wrong_password',
          'wrong_password',
          'wrong_password',
          'wrong_password',
          'locked',
        ]);
      } finally {
        await owner.end();
      }
    });
  });

  describe('multi-factor authentication', () => {
    async function enrolledUser(): Promise<{ email: string; secret: string; recoveryCodes: string[] }> {
      const user = await t.newUser({ tenant: strictTenant, role: TenantRole.COUNSELOR });
      const first = (await login(user.email)).data!.login;
      const enrollment = await t.graphql<{ enrollMfa: { otpauthUri: string; recoveryCodes: string[] } }>(
        'mutation { enrollMfa { otpauthUri recoveryCodes } }',
        {},
        { token: first.accessToken! },
      );
      const secret = new URL(enrollment.data!.enrollMfa.otpauthUri).searchParams.get('secret')!;
      const confirmed = await t.graphql<{ confirmMfa: { mfaEnabled: boolean; auth: Payload } }>(
        'mutation($input: ConfirmMfaInput!) { confirmMfa(input: $input) { mfaEnabled auth { accessToken refreshToken } } }',
        { input: { code: currentTotp(secret) } },
        { token: first.accessToken! },
      );
      expect(confirmed.data!.confirmMfa.mfaEnabled).toBe(true);
      return { email: user.email, secret, recoveryCodes: enrollment.data!.enrollMfa.recoveryCodes };
    }

    it('makes a role that must use MFA enrol first, with a token that can do nothing else', async () => {
      const user = await t.newUser({ tenant: strictTenant, role: TenantRole.COUNSELOR });
      const payload = (await login(user.email)).data!.login;
      expect(payload).toMatchObject({ mfaEnrollmentRequired: true, mfaRequired: false, refreshToken: null });
      const blocked = await t.graphql('{ tenant { slug } }', {}, { token: payload.accessToken! });
      expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MFA_ENROLLMENT_REQUIRED' });
      const enrollment = await t.graphql<{ enrollMfa: { otpauthUri: string; recoveryCodes: string[] } }>(
        'mutation { enrollMfa { otpauthUri recoveryCodes } }',
        {},
        { token: payload.accessToken! },
      );
      expect(enrollment.data!.enrollMfa.otpauthUri).toMatch(/^otpauth:\/\/totp\/tsunagu:/);
      expect(enrollment.data!.enrollMfa.recoveryCodes).toHaveLength(10);
      expect(new Set(enrollment.data!.enrollMfa.recoveryCodes).size).toBe(10);

      const wrong = await t.graphql(
        'mutation { confirmMfa(input: { code: "000000" }) { mfaEnabled } }',
        {},
        { token: payload.accessToken! },
      );
      expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
      const secret = new URL(enrollment.data!.enrollMfa.otpauthUri).searchParams.get('secret')!;
      const confirmed = await t.graphql<{ confirmMfa: { auth: Payload } }>(
        'mutation($input: ConfirmMfaInput!) { confirmMfa(input: $input) { mfaEnabled auth { accessToken refreshToken } } }',
        { input: { code: currentTotp(secret) } },
        { token: payload.accessToken! },
      );
      const full = confirmed.data!.confirmMfa.auth;
      expect(full.refreshToken).toBeTruthy();
      expect(errorCodes(await t.graphql('{ tenant { slug } }', {}, { token: full.accessToken! }))).toEqual([]);
      // The enrolment-only token is spent.
      expect(
        errorCodes(await t.graphql('mutation { enrollMfa { otpauthUri } }', {}, { token: payload.accessToken! })),
      ).toEqual(['UNAUTHENTICATED']);
    });

    it('keeps the TOTP secret encrypted at rest', async () => {
      const { email, secret } = await enrolledUser();
      const stored = await t.app
        .get(PlatformDb)
        .run('test', (em) => em.findOneOrFail(User, { email }, { populate: ['mfaSecret'] }));
      expect(stored.mfaSecret).toBeTruthy();
      expect(stored.mfaSecret).not.toContain(secret);
    });

    it('asks for a second factor at login, accepts a TOTP code once, and never the same code again', async () => {
      const { email, secret } = await enrolledUser();
      const step = (await login(email)).data!.login;
      expect(step).toMatchObject({ mfaRequired: true, accessToken: null, refreshToken: null });
      const wrong = await t.graphql(VERIFY_MFA, { input: { mfaToken: step.mfaToken, code: '123456' } });
      expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_MFA_CODE' });
      // The code used to confirm enrolment is spent: the authenticator's next code is needed.
      const spent = await t.graphql(VERIFY_MFA, { input: { mfaToken: step.mfaToken, code: currentTotp(secret) } });
      expect(spent.errors?.[0].extensions?.reason).toBe('INVALID_MFA_CODE');
      const next = nextTotp(secret);
      const done = await t.graphql<{ verifyMfa: Payload }>(VERIFY_MFA, {
        input: { mfaToken: step.mfaToken, code: next },
      });
      expect(done.data!.verifyMfa.accessToken).toBeTruthy();
      expect(
        errorCodes(await t.graphql('{ me { mfaEnabled } }', {}, { token: done.data!.verifyMfa.accessToken! })),
      ).toEqual([]);
      const replay = await t.graphql(VERIFY_MFA, {
        input: { mfaToken: (await login(email)).data!.login.mfaToken, code: next },
      });
      expect(replay.errors?.[0].extensions?.reason).toBe('INVALID_MFA_CODE');
    });

    it('counts wrong second factors across password attempts and locks the account', async () => {
      const { email, secret } = await enrolledUser();
      for (let i = 0; i < 5; i++) {
        const step = (await login(email)).data!.login;
        await t.graphql(VERIFY_MFA, { input: { mfaToken: step.mfaToken, code: '000000' } });
      }
      const locked = await login(email);
      expect(locked.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
      expect(secret).toBeTruthy();
    });

    it('accepts each recovery code once', async () => {
      const { email, recoveryCodes } = await enrolledUser();
      const step = (await login(email)).data!.login;
      const done = await t.graphql<{ verifyMfa: Payload }>(VERIFY_MFA, {
        input: { mfaToken: step.mfaToken, code: recoveryCodes[3] },
      });
      expect(done.data!.verifyMfa.accessToken).toBeTruthy();
      const again = await t.graphql(VERIFY_MFA, {
        input: { mfaToken: (await login(email)).data!.login.mfaToken, code: recoveryCodes[3] },
      });
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_MFA_CODE' });
    });
  });
});
