import { createSecretKey } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { UnauthenticatedError } from '@tsunagu/platform/errors';

/** `access`: a full session; `mfa-enrollment`: a session that may only enrol in MFA. */
export type AccessTokenType = 'access' | 'mfa-enrollment';

export interface AccessTokenPayload {
  sub: string;
  /** The session: revoking it ends every access token issued for it. */
  sid: string;
  typ: AccessTokenType;
}

export interface AuthenticatedUser {
  userId: string;
  sessionId: string;
  enrollmentOnly: boolean;
}

export const JWT_ISSUER = 'tsunagu';
export const JWT_AUDIENCE = 'tsunagu-api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Enrolment-only sessions (and their tokens) are short: long enough to scan a QR code and type a code. */
export const ENROLLMENT_SESSION_SECONDS = 15 * 60;

/** Clock difference tolerated between the process that signed a token and the one that checks it. */
const CLOCK_SKEW_SECONDS = 60;

/**
 * The claims every token we sign carries. A token signed with the right key but missing one of
 * them (no expiry, no issue time, another issuer or audience), or living longer than we ever
 * issue, is refused: the signature alone proves only who signed, not that we issued it so.
 */
export function hasRequiredClaims(
  payload: { exp?: unknown; iat?: unknown; iss?: unknown; aud?: unknown },
  audience: string,
  maxLifetimeSeconds: number,
): boolean {
  const { exp, iat } = payload;
  if (typeof exp !== 'number' || typeof iat !== 'number' || !Number.isFinite(exp) || !Number.isFinite(iat)) {
    return false;
  }
  const now = Date.now() / 1000;
  return (
    payload.iss === JWT_ISSUER &&
    payload.aud === audience &&
    iat <= now + CLOCK_SKEW_SECONDS &&
    exp > iat &&
    exp - iat <= maxLifetimeSeconds
  );
}

/** `Authorization: Bearer <accessToken>`, HS256; expiry, issue time, issuer and audience required. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject made once: given a string, jsonwebtoken first tries to parse it as a PEM public
      // key on every verification (a thrown and caught error each request). It accepts KeyObjects;
      // passport-jwt's types predate them.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(
    payload: AccessTokenPayload & { exp?: unknown; iat?: unknown; iss?: unknown; aud?: unknown },
  ): AuthenticatedUser | false {
    return authenticatedUserOf(payload, this.config);
  }
}

/** The signed-in user a verified token's claims name, or false when we never issued such a token. */
export function authenticatedUserOf(
  payload: AccessTokenPayload & { exp?: unknown; iat?: unknown; iss?: unknown; aud?: unknown },
  config: AppConfig,
): AuthenticatedUser | false {
  if (payload.typ !== 'access' && payload.typ !== 'mfa-enrollment') return false;
  const lifetime = payload.typ === 'access' ? config.jwtAccessTtlSeconds : ENROLLMENT_SESSION_SECONDS;
  if (!hasRequiredClaims(payload, JWT_AUDIENCE, lifetime)) return false;
  // We issue ids only: anything else would reach the database as a value it refuses.
  if (!isUuid(payload.sub) || !isUuid(payload.sid)) return false;
  return { userId: payload.sub, sessionId: payload.sid, enrollmentOnly: payload.typ === 'mfa-enrollment' };
}

/** An access token verified outside an HTTP request (a GraphQL subscription's `connection_init`). */
export interface VerifiedAccessToken {
  user: AuthenticatedUser;
  /** When the token expires (ms since the epoch). */
  expiresAt: number;
}

/**
 * Verifies a bearer token as the HTTP path does (`JwtStrategy`: HS256, expiry, issue time, issuer,
 * audience, lifetime, ids), for callers that have no HTTP request. Throws UNAUTHENTICATED
 * (`TOKEN_EXPIRED` when only its time is over).
 */
@Injectable()
export class AccessTokenVerifier {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
  ) {}

  verify(token: string): VerifiedAccessToken {
    let payload: AccessTokenPayload & { exp?: unknown; iat?: unknown; iss?: unknown; aud?: unknown };
    try {
      payload = this.jwt.verify(token, {
        secret: this.config.jwtSecret,
        algorithms: ['HS256'],
        issuer: JWT_ISSUER,
        audience: JWT_AUDIENCE,
      });
    } catch (error) {
      if (error instanceof Error && error.name === 'TokenExpiredError') {
        throw new UnauthenticatedError('TOKEN_EXPIRED', 'The access token has expired');
      }
      throw new UnauthenticatedError('NOT_AUTHENTICATED', 'A valid access token is required');
    }
    const user = typeof payload === 'object' && payload ? authenticatedUserOf(payload, this.config) : false;
    if (!user) throw new UnauthenticatedError('NOT_AUTHENTICATED', 'A valid access token is required');
    return { user, expiresAt: (payload.exp as number) * 1000 };
  }
}
