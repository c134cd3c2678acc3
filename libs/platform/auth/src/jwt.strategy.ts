import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';

export interface AccessTokenPayload {
  sub: string;
  typ: 'access';
}

export interface AuthenticatedUser {
  userId: string;
}

export const JWT_ISSUER = 'tsunagu';
export const JWT_AUDIENCE = 'tsunagu-api';

/** `Authorization: Bearer <accessToken>`, HS256, issuer and audience checked. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(payload: AccessTokenPayload): AuthenticatedUser | false {
    if (payload.typ !== 'access' || typeof payload.sub !== 'string') return false;
    return { userId: payload.sub };
  }
}
