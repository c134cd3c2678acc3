import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { randomToken, sha256Hex } from '@tsunagu/platform/crypto';
import { PlatformDb } from '@tsunagu/platform/database';
import { UnauthenticatedError } from '@tsunagu/platform/errors';
import { AuditTrail } from '@tsunagu/platform/audit';
import {
  ENROLLMENT_SESSION_SECONDS,
  JWT_AUDIENCE,
  JWT_ISSUER,
  type AccessTokenPayload,
  type AccessTokenType,
} from './jwt.strategy';
import { RefreshToken, Session } from './session.entity';
import { User, UserStatus } from './user.entity';

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string | null;
  expiresAt: Date;
}

export interface ClientInfo {
  ip?: string | null;
  userAgent?: string | null;
}

/**
 * Sessions and their tokens. A login opens a session and hands out a short-lived access token and
 * a refresh token; each refresh spends the refresh token and returns a new pair. Presenting a spent
 * refresh token again means it was stolen or replayed: the whole session (the token family) ends.
 */
@Injectable()
export class SessionsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly platformDb: PlatformDb,
    private readonly jwt: JwtService,
    private readonly audit: AuditTrail,
  ) {}

  /** Opens a session for `userId` (inside the caller's platform transaction). */
  async open(em: EntityManager, userId: string, type: AccessTokenType, client: ClientInfo): Promise<IssuedTokens> {
    const lifetime = type === 'access' ? this.config.jwtRefreshTtlSeconds : ENROLLMENT_SESSION_SECONDS;
    const session = em.create(Session, {
      user: em.getReference(User, userId),
      expiresAt: new Date(Date.now() + lifetime * 1000),
      ip: client.ip?.slice(0, 64) ?? null,
      userAgent: client.userAgent?.slice(0, 256) ?? null,
    });
    const refreshToken = type === 'access' ? this.newRefreshToken(em, session) : null;
    await em.flush();
    return { ...(await this.accessToken(userId, session.id, type)), refreshToken };
  }

  async refresh(presented: string): Promise<IssuedTokens> {
    const outcome = await this.platformDb.run('sessions: refresh', async (em): Promise<RefreshOutcome> => {
      const token = await em.findOne(RefreshToken, { tokenHash: sha256Hex(presented) }, { populate: ['session'] });
      if (!token) return { error: 'INVALID_REFRESH_TOKEN' as const };
      const session = token.session.getEntity();
      const userId = session.user.id;
      if (session.revokedAt || session.expiresAt <= new Date()) return { error: 'SESSION_ENDED' as const };
      // Spend the token atomically: of two concurrent refreshes with one token, one wins, one is a reuse.
      const spent = await em.nativeUpdate(RefreshToken, { id: token.id, usedAt: null }, { usedAt: new Date() });
      if (spent === 0) {
        session.revokedAt = new Date();
        session.revokedReason = 'refresh_token_reused';
        await this.audit.recordOnPlatformPath(
          em,
          null,
          'auth.refresh_token.reused',
          { type: 'session', id: session.id },
          {},
          {
            userId,
            label: (await em.findOneOrFail(User, { id: userId })).email,
          },
        );
        return { error: 'REFRESH_TOKEN_REUSED' as const };
      }
      const user = await em.findOne(User, { id: userId, status: UserStatus.ACTIVE });
      if (!user) return { error: 'ACCOUNT_UNAVAILABLE' as const };
      const refreshToken = this.newRefreshToken(em, session);
      session.lastUsedAt = new Date();
      await em.flush();
      return { tokens: { ...(await this.accessToken(userId, session.id, 'access')), refreshToken } };
    });
    // The revocation above must commit: the error is thrown only after the transaction.
    if (outcome.error) throw new UnauthenticatedError(outcome.error, refreshMessages[outcome.error]);
    return outcome.tokens;
  }

  /** Ends one session (logout, revokeSession). */
  async revoke(em: EntityManager, sessionId: string, reason: string): Promise<void> {
    await em.nativeUpdate(
      Session,
      { id: sessionId, revokedAt: null },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }

  /** Ends every session of a user, but `except` (password change keeps the current one). */
  async revokeAll(em: EntityManager, userId: string, reason: string, except?: string): Promise<void> {
    await em.nativeUpdate(
      Session,
      { user: userId, revokedAt: null, ...(except ? { id: { $ne: except } } : {}) },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }

  private newRefreshToken(em: EntityManager, session: Session): string {
    const token = randomToken();
    em.create(RefreshToken, { session, tokenHash: sha256Hex(token) });
    return token;
  }

  private async accessToken(
    userId: string,
    sessionId: string,
    type: AccessTokenType,
  ): Promise<Omit<IssuedTokens, 'refreshToken'>> {
    const ttl = type === 'access' ? this.config.jwtAccessTtlSeconds : ENROLLMENT_SESSION_SECONDS;
    const payload: AccessTokenPayload = { sub: userId, sid: sessionId, typ: type };
    const accessToken = await this.jwt.signAsync(payload, {
      secret: this.config.jwtSecret,
      algorithm: 'HS256',
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      expiresIn: ttl,
    });
    return { accessToken, expiresAt: new Date(Date.now() + ttl * 1000) };
  }
}

type RefreshOutcome = { error: keyof typeof refreshMessages; tokens?: never } | { error?: never; tokens: IssuedTokens };

const refreshMessages = {
  INVALID_REFRESH_TOKEN: 'This refresh token is not valid',
  SESSION_ENDED: 'This session has ended: sign in again',
  REFRESH_TOKEN_REUSED: 'This refresh token was already used: the session has been ended, sign in again',
  ACCOUNT_UNAVAILABLE: 'This account is not available',
} as const;
