import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { UnauthenticatedError } from '@tsunagu/platform/errors';
import { AuthService } from './auth.service';
import type { AuthenticatedUser } from './jwt.strategy';

/** Email and password, checked against the argon2id hash. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password' });
  }

  async validate(email: string, password: string): Promise<AuthenticatedUser> {
    const userId = await this.auth.verifyCredentials(email, password);
    if (!userId) throw new UnauthenticatedError('INVALID_CREDENTIALS', 'Invalid email or password');
    return { userId };
  }
}
