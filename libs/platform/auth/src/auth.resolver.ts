import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UseGuards } from '@nestjs/common';
import { AccessService } from './access.service';
import { AuthPayload, CurrentUser, LoginInput } from './auth.models';
import { AuthService } from './auth.service';
import { Public, RequirePermission } from './decorators';
import type { AuthenticatedUser } from './jwt.strategy';
import { LocalAuthGuard } from './local-auth.guard';
import { Permission } from './permissions';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly access: AccessService,
  ) {}

  @Public()
  @UseGuards(LocalAuthGuard)
  @Mutation(() => AuthPayload, { description: 'Exchange an email and password for an access token' })
  async login(
    // Validated by the global pipe; the credentials themselves are checked by LocalAuthGuard.
    @Args('input') _input: LoginInput,
    @Context('req') request: { user: AuthenticatedUser },
  ): Promise<AuthPayload> {
    return this.auth.issueAccessToken(request.user.userId);
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
    };
  }
}
