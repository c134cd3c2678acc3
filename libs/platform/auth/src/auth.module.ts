import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { AccessGuard } from './access.guard';
import { AccessService } from './access.service';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { AuthResolver } from './auth.resolver';
import { RefreshCookie } from './refresh-cookie';
import { AuthService } from './auth.service';
import { AUTH_THROTTLERS, AuthThrottleGuard, PUBLIC_FORM_THROTTLER } from './auth-throttle.guard';
import { AccessTokenVerifier, JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { InvitationsService } from './invitations.service';
import { MfaService } from './mfa.service';
import { RoleGrantsResolver } from './role-grants.resolver';
import { RoleGrantsService } from './role-grants.service';
import { SessionsService } from './sessions.service';
import { UsersService } from './users.service';

@Module({
  imports: [
    PassportModule.register({ session: false }),
    JwtModule.register({}),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [
          { name: AUTH_THROTTLERS.address, ttl: 60_000, limit: config.authRateLimitPerMinute },
          { name: AUTH_THROTTLERS.account, ttl: 60_000, limit: config.authRateLimitPerMinute },
          { name: PUBLIC_FORM_THROTTLER, ttl: 60_000, limit: config.publicFormRateLimitPerMinute },
        ],
      }),
    }),
  ],
  providers: [
    AuthService,
    AccessService,
    UsersService,
    SessionsService,
    MfaService,
    JwtStrategy,
    AccessTokenVerifier,
    LocalStrategy,
    AuthResolver,
    AccountsResolver,
    AccountsService,
    InvitationsService,
    RoleGrantsService,
    RoleGrantsResolver,
    AuthThrottleGuard,
    RefreshCookie,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AccessService, AccessTokenVerifier, UsersService, AuthService, SessionsService],
})
export class AuthModule {}
