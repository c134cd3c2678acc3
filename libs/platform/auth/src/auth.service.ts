import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { Keyring, randomToken, sha256Hex } from '@tsunagu/platform/crypto';
import { PlatformDb } from '@tsunagu/platform/database';
import { BadUserInputError, UnauthenticatedError } from '@tsunagu/platform/errors';
import { AuditTrail, type AuditActor } from '@tsunagu/platform/audit';
import { MailService } from '@tsunagu/platform/mail';
import { Membership, MembershipStatus } from './membership.entity';
import { acceptTotp, mfaRequired, mfaSecretContext, normalizeRecoveryCode } from './mfa';
import { decoyPasswordHash, hashPassword, verifyPassword } from './passwords';
import { passwordProblems } from './password-policy';
import { MfaRecoveryCode, PasswordReset } from './session.entity';
import { SessionsService, type ClientInfo, type IssuedTokens } from './sessions.service';
import { hasRequiredClaims, isUuid, JWT_ISSUER } from './jwt.strategy';
import { User, UserStatus } from './user.entity';

/** What a login step answers: tokens, or what must happen first. */
export interface LoginOutcome {
  accessToken: string | null;
  refreshToken: string | null;
  expiresAt: Date | null;
  mfaRequired: boolean;
  mfaToken: string | null;
  mfaEnrollmentRequired: boolean;
}

/** Failed attempts before an account locks; each further failure doubles the lock, up to a day. */
export const LOCKOUT_THRESHOLD = 5;
const MAX_LOCK_MINUTES = 24 * 60;
const MFA_TOKEN_SECONDS = 5 * 60;
const MFA_AUDIENCE = 'tsunagu-mfa';
const RESET_TOKEN_MINUTES = 60;

const INVALID_CREDENTIALS = (): UnauthenticatedError =>
  new UnauthenticatedError('INVALID_CREDENTIALS', 'Invalid email or password');

export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly platformDb: PlatformDb,
    private readonly sessions: SessionsService,
    private readonly jwt: JwtService,
    private readonly keyring: Keyring,
    private readonly audit: AuditTrail,
    private readonly mail: MailService,
  ) {}

  /**
   * The user id when the email and password match an active, unlocked account. Every refusal is the
   * same UNAUTHENTICATED answer, after the same hash verification, so an unknown email, a wrong
   * password and a locked account cannot be told apart.
   */
  async verifyCredentials(email: string, password: string): Promise<string> {
    const outcome = await this.platformDb.run('login: check credentials', async (em) => {
      const user = await this.checkPassword(em, { email }, password, 'auth.login.failed');
      return user?.id ?? null;
    });
    if (!outcome) throw INVALID_CREDENTIALS();
    return outcome;
  }

  /**
   * The one check of a password with the lockout, for every mutation that takes an account's
   * password (login, accepting an invitation with an existing account, changing a password): the
   * same hash verification whatever the account, refused while the account is locked (even with
   * the right password), each wrong password counted towards the lock. The active, unlocked user
   * whose password matched, or null after auditing the refusal as `failedAction`. It clears no
   * failure count: only a complete sign-in does (`completeLogin`, `verifyMfa`).
   */
  async checkPassword(
    em: EntityManager,
    account: { email: string } | { id: string },
    password: string,
    failedAction: string,
  ): Promise<User | null> {
    const where = 'email' in account ? { email: normalizeEmail(account.email) } : { id: account.id };
    const label = 'email' in account ? where.email : undefined;
    const user = await em.findOne(User, where, { populate: ['passwordHash'] });
    const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || user.status !== UserStatus.ACTIVE) {
      await this.auditLogin(em, null, label ?? user?.email ?? 'invalid', failedAction, {
        reason: user ? 'deactivated' : 'unknown_account',
      });
      return null;
    }
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      await this.auditLogin(em, user, user.email, failedAction, { reason: 'locked' });
      return null;
    }
    if (!matches) {
      await this.countFailure(em, user, failedAction, 'wrong_password');
      return null;
    }
    return user;
  }

  /** After the password: MFA, MFA enrolment, or a session. */
  async completeLogin(userId: string, client: ClientInfo): Promise<LoginOutcome> {
    return this.platformDb.run('login: open a session', async (em) => {
      const user = await em.findOneOrFail(User, { id: userId });
      // Failures are forgiven only after a complete sign-in: with MFA, that is verifyMfa.
      if (user.mfaEnabled) {
        await this.auditLogin(em, user, user.email, 'auth.login.password_accepted', { next: 'mfa' });
        const mfaToken = await this.jwt.signAsync(
          { sub: user.id, typ: 'mfa' },
          {
            secret: this.config.jwtSecret,
            algorithm: 'HS256',
            issuer: JWT_ISSUER,
            audience: MFA_AUDIENCE,
            expiresIn: MFA_TOKEN_SECONDS,
          },
        );
        return { ...noTokens(), mfaRequired: true, mfaToken };
      }
      user.failedLoginCount = 0;
      user.lockedUntil = null;
      if (await this.mustUseMfa(em, user)) {
        const tokens = await this.sessions.open(em, user.id, 'mfa-enrollment', client);
        await this.auditLogin(em, user, user.email, 'auth.login.succeeded', { next: 'mfa_enrollment' });
        return { ...withTokens(tokens), mfaEnrollmentRequired: true };
      }
      const tokens = await this.sessions.open(em, user.id, 'access', client);
      await this.auditLogin(em, user, user.email, 'auth.login.succeeded', { next: 'none' });
      return withTokens(tokens);
    });
  }

  /** The second step: a TOTP code or a one-time recovery code. */
  async verifyMfa(mfaToken: string, code: string, client: ClientInfo): Promise<LoginOutcome> {
    const token = await this.verifyMfaToken(mfaToken);
    if (!token) {
      throw new UnauthenticatedError('MFA_TOKEN_INVALID', 'The sign-in has expired: enter your password again');
    }
    const { userId } = token;
    const outcome = await this.platformDb.run('login: verify the second factor', async (em) => {
      const user = await em.findOne(
        User,
        { id: userId, status: UserStatus.ACTIVE },
        {
          populate: ['mfaSecret', 'mfaLastStep'],
        },
      );
      if (!user || !user.mfaEnabled || !user.mfaSecret) return null;
      // The token proves a password: one changed since then no longer counts.
      if (token.issuedAt < Math.floor(user.passwordChangedAt.getTime() / 1000)) return null;
      if (user.lockedUntil && user.lockedUntil > new Date()) {
        await this.auditLogin(em, user, user.email, 'auth.mfa.failed', { reason: 'locked' });
        return null;
      }
      const secret = this.keyring.openText(user.mfaSecret, mfaSecretContext(user.id));
      const step = acceptTotp(code, secret, user.mfaLastStep ? Number(user.mfaLastStep) : null);
      let method: 'totp' | 'recovery_code' | null = null;
      if (step !== null) {
        // Claim the step atomically: a code replayed concurrently is accepted once.
        const claimed = await em.nativeUpdate(
          User,
          { id: user.id, $or: [{ mfaLastStep: null }, { mfaLastStep: { $lt: String(step) } }] },
          { mfaLastStep: String(step) },
        );
        if (claimed > 0) method = 'totp';
      } else {
        const spent = await em.nativeUpdate(
          MfaRecoveryCode,
          { user: user.id, codeHash: sha256Hex(normalizeRecoveryCode(code)), usedAt: null },
          { usedAt: new Date() },
        );
        if (spent > 0) method = 'recovery_code';
      }
      if (!method) {
        await this.countFailure(em, user, 'auth.mfa.failed', 'wrong_code');
        return null;
      }
      user.failedLoginCount = 0;
      user.lockedUntil = null;
      const tokens = await this.sessions.open(em, user.id, 'access', client);
      await this.auditLogin(em, user, user.email, 'auth.mfa.verified', { method });
      return withTokens(tokens);
    });
    if (!outcome) throw new UnauthenticatedError('INVALID_MFA_CODE', 'The code is not valid');
    return outcome;
  }

  /** The account and issue time of a valid MFA token (the first step of a sign-in), else null. */
  async verifyMfaToken(mfaToken: string): Promise<{ userId: string; issuedAt: number } | null> {
    try {
      const payload = await this.jwt.verifyAsync<{ sub: unknown; typ: unknown; iat: number }>(mfaToken, {
        secret: this.config.jwtSecret,
        algorithms: ['HS256'],
        issuer: JWT_ISSUER,
        audience: MFA_AUDIENCE,
      });
      if (payload.typ !== 'mfa' || !isUuid(payload.sub)) return null;
      if (!hasRequiredClaims(payload, MFA_AUDIENCE, MFA_TOKEN_SECONDS)) return null;
      return { userId: payload.sub, issuedAt: payload.iat };
    } catch {
      return null;
    }
  }

  async changePassword(actor: { userId: string; sessionId: string }, current: string, next: string): Promise<void> {
    const refused = await this.platformDb.run('accounts: change a password', async (em) => {
      // Counted like a failed login, and refused while locked: a stolen access token must not
      // become a password oracle.
      const user = await this.checkPassword(em, { id: actor.userId }, current, 'auth.password.change_failed');
      if (!user) return true;
      this.assertPasswordAcceptable(next, user.email, 'newPassword');
      user.passwordHash = await hashPassword(next);
      user.passwordChangedAt = new Date();
      // Other devices must sign in again with the new password; pending reset links die with the old one.
      await this.sessions.revokeAll(em, user.id, 'password_changed', actor.sessionId);
      await this.voidResetLinks(em, user.id);
      await this.auditLogin(em, user, user.email, 'auth.password.changed', {});
      return false;
    });
    // Thrown after the transaction, so that the failure count commits.
    if (refused)
      throw new BadUserInputError([{ field: 'currentPassword', messages: ['currentPassword is not correct'] }]);
  }

  /** Always the same answer: whether the email has an account is not revealed. */
  async requestPasswordReset(email: string): Promise<void> {
    const address = normalizeEmail(email);
    await this.platformDb.run('accounts: request a password reset', async (em) => {
      const user = await em.findOne(User, { email: address, status: UserStatus.ACTIVE });
      if (!user) return;
      // Only the newest link works: a new request voids the links mailed before.
      await this.voidResetLinks(em, user.id);
      const token = randomToken();
      em.create(PasswordReset, {
        user,
        tokenHash: sha256Hex(token),
        expiresAt: new Date(Date.now() + RESET_TOKEN_MINUTES * 60_000),
      });
      await em.flush();
      await this.auditLogin(em, user, user.email, 'auth.password.reset_requested', {});
      await this.mail.send({
        to: user.email,
        subject: 'tsunagu パスワードの再設定 / Reset your tsunagu password',
        text: [
          'パスワードを再設定するには、次のリンクを開いてください（60分間有効）。',
          'To choose a new password, open this link (valid for 60 minutes):',
          '',
          `${this.config.publicBaseUrl}/reset-password?token=${token}`,
          '',
          'お心当たりがない場合は、このメールを無視してください。',
          'If you did not ask for this, ignore this email.',
        ].join('\n'),
      });
    });
  }

  async resetPassword(token: string, next: string): Promise<void> {
    const problem = await this.platformDb.run('accounts: reset a password', async (em) => {
      const reset = await em.findOne(PasswordReset, { tokenHash: sha256Hex(token) }, { populate: ['user'] });
      if (!reset) return 'RESET_TOKEN_INVALID' as const;
      if (reset.usedAt) return 'RESET_TOKEN_USED' as const;
      if (reset.expiresAt <= new Date()) return 'RESET_TOKEN_EXPIRED' as const;
      const user = reset.user.getEntity();
      if (user.status !== UserStatus.ACTIVE) return 'RESET_TOKEN_INVALID' as const;
      this.assertPasswordAcceptable(next, user.email, 'newPassword');
      // One reset of an account at a time: of two links used at once, the second finds itself void.
      await em.lock(user, LockMode.PESSIMISTIC_WRITE);
      const spent = await em.nativeUpdate(PasswordReset, { id: reset.id, usedAt: null }, { usedAt: new Date() });
      if (spent === 0) return 'RESET_TOKEN_USED' as const;
      await this.voidResetLinks(em, user.id);
      user.passwordHash = await hashPassword(next);
      user.passwordChangedAt = new Date();
      user.failedLoginCount = 0;
      user.lockedUntil = null;
      await this.sessions.revokeAll(em, user.id, 'password_reset');
      await this.auditLogin(em, user, user.email, 'auth.password.reset', {});
      return null;
    });
    if (problem) throw new UnauthenticatedError(problem, resetMessages[problem]);
  }

  /** The account's reset links not used yet expire now (answered RESET_TOKEN_EXPIRED). */
  private async voidResetLinks(em: EntityManager, userId: string): Promise<void> {
    const now = new Date();
    await em.nativeUpdate(PasswordReset, { user: userId, usedAt: null, expiresAt: { $gt: now } }, { expiresAt: now });
  }

  /** BAD_USER_INPUT naming `field` when the password breaks the policy. */
  assertPasswordAcceptable(password: string, email: string, field: string): void {
    const problems = passwordProblems(password, email);
    if (problems.length > 0) {
      throw new BadUserInputError(
        [{ field, messages: problems.map((p) => `${field} ${p}`) }],
        'WEAK_PASSWORD',
        'The password does not meet the password policy',
      );
    }
  }

  /** MFA is required for platform roles (MFA_REQUIRED_FOR_PLATFORM_ROLES) and for the tenant roles each tenant lists. */
  private async mustUseMfa(em: EntityManager, user: User): Promise<boolean> {
    const memberships = await em.find(
      Membership,
      { user: user.id, status: MembershipStatus.ACTIVE },
      { populate: ['tenant'] },
    );
    return mfaRequired(
      user,
      memberships.map((m) => ({ role: m.role, mfaRequiredRoles: m.tenant.getEntity().mfaRequiredRoles })),
      this.config.mfaRequiredForPlatformRoles,
    );
  }

  /**
   * One more failure, counted by the database itself so that concurrent guesses cannot overwrite
   * each other's count; from the fifth the account locks, twice as long each time, up to a day.
   * The loaded entity is left as it was, so no later flush writes an old count back.
   */
  private async countFailure(em: EntityManager, user: User, action: string, reason: string): Promise<void> {
    const [row] = await em.execute<{ failed_login_count: number }[]>(
      `update app_user set
         failed_login_count = failed_login_count + 1,
         locked_until = case when failed_login_count + 1 >= ?
           then now() + make_interval(mins => least(power(2, failed_login_count + 1 - ?), ?)::int)
           else locked_until end
       where id = ?
       returning failed_login_count`,
      [LOCKOUT_THRESHOLD, LOCKOUT_THRESHOLD, MAX_LOCK_MINUTES, user.id],
    );
    await this.auditLogin(em, user, user.email, action, {
      reason,
      failures: row.failed_login_count,
      locked: row.failed_login_count >= LOCKOUT_THRESHOLD,
    });
  }

  private async auditLogin(
    em: EntityManager,
    user: User | null,
    label: string,
    action: string,
    details: Record<string, string | number | boolean>,
  ): Promise<void> {
    const actor: AuditActor = { userId: user?.id ?? null, label: looksLikeEmail(label) ? label : 'invalid' };
    if (!user) {
      // No account behind the attempt (or a deactivated one): it concerns no tenant, and no tenant
      // learns that someone tried an address.
      await this.audit.recordOnPlatformPath(em, null, action, undefined, details, actor);
      return;
    }
    // The member's tenants read their own members' sign-ins; a tenant they left no longer does.
    const memberships = await em.find(
      Membership,
      { user: user.id, status: MembershipStatus.ACTIVE },
      { fields: ['tenant'], disableIdentityMap: true },
    );
    await this.audit.recordOnPlatformPathFor(
      em,
      memberships.map((m) => m.tenant.id),
      action,
      { type: 'user', id: user.id },
      details,
      actor,
    );
  }
}

function looksLikeEmail(value: string): boolean {
  return value.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(value);
}

function noTokens(): LoginOutcome {
  return {
    accessToken: null,
    refreshToken: null,
    expiresAt: null,
    mfaRequired: false,
    mfaToken: null,
    mfaEnrollmentRequired: false,
  };
}

function withTokens(tokens: IssuedTokens): LoginOutcome {
  return { ...noTokens(), ...tokens };
}

const resetMessages = {
  RESET_TOKEN_INVALID: 'This password reset link is not valid',
  RESET_TOKEN_USED: 'This password reset link was already used',
  RESET_TOKEN_EXPIRED:
    'This password reset link has expired or was replaced by a newer one: use the newest link or ask for a new one',
} as const;
