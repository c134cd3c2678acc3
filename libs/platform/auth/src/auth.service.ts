import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { PlatformDb } from '@tsunagu/platform/database';
import { decoyPasswordHash, verifyPassword } from './passwords';
import { JWT_AUDIENCE, JWT_ISSUER, type AccessTokenPayload } from './jwt.strategy';
import { User, UserStatus } from './user.entity';

export interface IssuedAccessToken {
  accessToken: string;
  expiresAt: Date;
}

export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

@Injectable()
export class AuthService {
  constructor(
    private readonly platformDb: PlatformDb,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The user id when the email and password match an active account, otherwise null. An unknown
   * email costs the same hash verification as a wrong password, so the two cannot be told apart.
   */
  async verifyCredentials(email: string, password: string): Promise<string | null> {
    if (typeof email !== 'string' || typeof password !== 'string') return null;
    const user = await this.platformDb.run('login: look up credentials', (em) =>
      em.findOne(User, { email: normalizeEmail(email) }, { populate: ['passwordHash'] }),
    );
    const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    return user && matches && user.status === UserStatus.ACTIVE ? user.id : null;
  }

  async issueAccessToken(userId: string): Promise<IssuedAccessToken> {
    const payload: AccessTokenPayload = { sub: userId, typ: 'access' };
    const accessToken = await this.jwt.signAsync(payload, {
      secret: this.config.jwtSecret,
      algorithm: 'HS256',
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      expiresIn: this.config.jwtAccessTtlSeconds,
    });
    return { accessToken, expiresAt: new Date(Date.now() + this.config.jwtAccessTtlSeconds * 1000) };
  }
}
