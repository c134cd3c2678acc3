import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AccessGuard } from './access.guard';
import { AccessService } from './access.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { UsersService } from './users.service';

@Module({
  imports: [PassportModule.register({ session: false }), JwtModule.register({})],
  providers: [
    AuthService,
    AccessService,
    UsersService,
    JwtStrategy,
    LocalStrategy,
    AuthResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AccessService, UsersService, AuthService],
})
export class AuthModule {}
