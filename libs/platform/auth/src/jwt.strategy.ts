import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';

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

/** `Authorization: Bearer <accessToken>`, HS256, issuer and audience checked. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
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

  validate(payload: AccessTokenPayload): AuthenticatedUser | false {
    if (payload.typ !== 'access' && payload.typ !== 'mfa-enrollment') return false;
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return false;
    return { userId: payload.sub, sessionId: payload.sid, enrollmentOnly: payload.typ === 'mfa-enrollment' };
  }
}
