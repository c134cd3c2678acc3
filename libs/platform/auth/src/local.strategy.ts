import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { AuthService } from './auth.service';

/** The user whose email and password matched: the first step of a login. */
export interface VerifiedCredentials {
  userId: string;
}

/** Email and password, checked against the argon2id hash (with lockout). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password' });
  }

  async validate(email: string, password: string): Promise<VerifiedCredentials> {
    return { userId: await this.auth.verifyCredentials(email, password) };
  }
}
