import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PlatformDb } from '@tsunagu/platform/database';
import { BadUserInputError, NotFoundError, UnauthenticatedError } from '@tsunagu/platform/errors';
import { AuditTrail } from '@tsunagu/platform/audit';
import { OwnTransactions, Permission, Public, RequirePermission } from '@tsunagu/platform/permissions';
import { AccessService } from './access.service';
import {
  AuthPayload,
  ChangePasswordInput,
  ConfirmMfaInput,
  ConfirmMfaPayload,
  CurrentUser,
  LoginInput,
  MfaEnrollmentModel,
  RefreshTokenInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  RevokeSessionInput,
  SessionModel,
  VerifyMfaInput,
} from './auth.models';
import { AuthService } from './auth.service';
import { AuthThrottleGuard } from './auth-throttle.guard';
import { LocalAuthGuard } from './local-auth.guard';
import type { VerifiedCredentials } from './local.strategy';
import { MfaService } from './mfa.service';
import { RefreshCookie } from './refresh-cookie';
import { Session } from './session.entity';
import { SessionsService, type ClientInfo } from './sessions.service';

function clientOf(request: Request): ClientInfo {
  return { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null };
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly access: AccessService,
    private readonly sessions: SessionsService,
    private readonly mfa: MfaService,
    private readonly platformDb: PlatformDb,
    private readonly audit: AuditTrail,
    private readonly cookie: RefreshCookie,
  ) {}

  @Public()
  @UseGuards(AuthThrottleGuard, LocalAuthGuard)
  @Mutation(() => AuthPayload, { description: 'Sign in with an email and password' })
  async login(
    // Validated by the global pipe; the credentials themselves are checked by LocalAuthGuard.
    @Args('input') _input: LoginInput,
    @Context('req') request: Request & { user: VerifiedCredentials },
    @Context('res') response: Response,
  ): Promise<AuthPayload> {
    return this.cookie.deliver(
      request,
      response,
      await this.auth.completeLogin(request.user.userId, clientOf(request)),
    );
  }

  @Public()
  @UseGuards(AuthThrottleGuard)
  @Mutation(() => AuthPayload, { description: 'Finish signing in with a TOTP code or a recovery code' })
  async verifyMfa(
    @Args('input') input: VerifyMfaInput,
    @Context('req') request: Request,
    @Context('res') response: Response,
  ): Promise<AuthPayload> {
    return this.cookie.deliver(
      request,
      response,
      await this.auth.verifyMfa(input.mfaToken, input.code, clientOf(request)),
    );
  }

  @Public()
  @UseGuards(AuthThrottleGuard)
  @Mutation(() => AuthPayload, {
    description:
      "Exchange a refresh token for a new pair; the old one is spent. Without one in the input, the console's refresh cookie (with `X-Tsunagu-Client: console`)",
  })
  async refreshToken(
    @Args('input') input: RefreshTokenInput,
    @Context('req') request: Request,
    @Context('res') response: Response,
  ): Promise<AuthPayload> {
    const fromCookie = input.refreshToken ? undefined : this.cookie.read(request);
    const refreshToken = input.refreshToken ?? fromCookie;
    if (!refreshToken) {
      if (this.cookie.wanted(request)) throw new UnauthenticatedError('NO_SESSION', 'Sign in again');
      throw new BadUserInputError([{ field: 'refreshToken', messages: ['refreshToken is required'] }]);
    }
    try {
      const tokens = await this.sessions.refresh(refreshToken);
      return this.cookie.deliver(request, response, {
        ...tokens,
        mfaRequired: false,
        mfaToken: null,
        mfaEnrollmentRequired: false,
      });
    } catch (error) {
      // A cookie that no longer opens anything is dropped, so the browser stops sending it.
      if (fromCookie && error instanceof UnauthenticatedError) this.cookie.clear(request, response);
      throw error;
    }
  }

  @RequirePermission(Permission.ManageOwnSessions)
  @Mutation(() => Boolean, { description: "End the session of this request (and clear the console's refresh cookie)" })
  async logout(@Context('req') request: Request, @Context('res') response: Response): Promise<boolean> {
    this.cookie.clear(request, response);
    const access = this.access.current();
    await this.platformDb.run('sessions: logout', async (em) => {
      await this.sessions.revoke(em, access.sessionId, 'logout');
      await this.audit.recordOnPlatformPath(em, null, 'auth.logout', { type: 'session', id: access.sessionId });
    });
    return true;
  }

  @RequirePermission(Permission.ManageOwnSessions)
  @Query(() => [SessionModel], { description: 'Your signed-in devices' })
  async mySessions(): Promise<SessionModel[]> {
    const access = this.access.current();
    const sessions = await this.platformDb.run('sessions: list my sessions', (em) =>
      em.find(
        Session,
        { user: access.userId, revokedAt: null, expiresAt: { $gt: new Date() } },
        { orderBy: { lastUsedAt: 'desc' }, limit: 100 },
      ),
    );
    return sessions.map((s) => ({
      id: s.id,
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt,
      expiresAt: s.expiresAt,
      ip: s.ip ?? null,
      userAgent: s.userAgent ?? null,
      current: s.id === access.sessionId,
    }));
  }

  @RequirePermission(Permission.ManageOwnSessions)
  @Mutation(() => Boolean, { description: 'End one of your sessions' })
  async revokeSession(@Args('input') input: RevokeSessionInput): Promise<boolean> {
    const access = this.access.current();
    await this.platformDb.run('sessions: revoke a session', async (em) => {
      const session = await em.findOne(Session, { id: input.id, user: access.userId, revokedAt: null });
      if (!session) throw new NotFoundError('SESSION_NOT_FOUND', 'No such session');
      await this.sessions.revoke(em, session.id, 'revoked_by_user');
      await this.audit.recordOnPlatformPath(em, null, 'auth.session.revoked', { type: 'session', id: session.id });
    });
    return true;
  }

  // A wrong current password is counted like a failed sign-in, and that count must commit.
  @RequirePermission(Permission.ChangeOwnPassword)
  @OwnTransactions()
  @UseGuards(AuthThrottleGuard)
  @Mutation(() => Boolean, { description: 'Change your password; your other sessions end' })
  async changePassword(@Args('input') input: ChangePasswordInput): Promise<boolean> {
    await this.auth.changePassword(this.access.current(), input.currentPassword, input.newPassword);
    return true;
  }

  @Public()
  @UseGuards(AuthThrottleGuard)
  @Mutation(() => Boolean, {
    description: 'Email a reset link; the answer is the same whether or not the email has an account',
  })
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    await this.auth.requestPasswordReset(input.email);
    return true;
  }

  @Public()
  @UseGuards(AuthThrottleGuard)
  @Mutation(() => Boolean, { description: 'Choose a new password with the emailed token; every session ends' })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.auth.resetPassword(input.token, input.newPassword);
    return true;
  }

  @RequirePermission(Permission.ManageOwnMfa)
  @Mutation(() => MfaEnrollmentModel, { description: 'Start MFA enrolment: a TOTP secret and ten recovery codes' })
  enrollMfa(): Promise<MfaEnrollmentModel> {
    return this.mfa.enroll(this.access.current());
  }

  @RequirePermission(Permission.ManageOwnMfa)
  @Mutation(() => ConfirmMfaPayload, { description: 'Turn MFA on with the current code of the authenticator app' })
  async confirmMfa(
    @Args('input') input: ConfirmMfaInput,
    @Context('req') request: Request,
    @Context('res') response: Response,
  ): Promise<ConfirmMfaPayload> {
    const tokens = await this.mfa.confirm(this.access.current(), input.code, clientOf(request));
    return {
      mfaEnabled: true,
      auth: tokens
        ? this.cookie.deliver(request, response, {
            ...tokens,
            mfaRequired: false,
            mfaToken: null,
            mfaEnrollmentRequired: false,
          })
        : null,
    };
  }

  @RequirePermission(Permission.ReadOwnProfile)
  @Query(() => CurrentUser, { description: 'The signed-in user and their memberships' })
  me(): CurrentUser {
    const access = this.access.current();
    return {
      id: access.userId,
      email: access.email,
      displayName: access.displayName,
      platformRoles: access.platformRoles,
      memberships: access.memberships.map((m) => ({ id: m.id, role: m.role, tenant: m.tenant })),
      permissions: this.access.permissions(access),
      mfaEnabled: access.mfaEnabled,
      emergencyAccessUntil: access.emergencyAccessUntil ?? null,
    };
  }
}
