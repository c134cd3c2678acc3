import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { TenantDb } from '@tsunagu/platform/database';
import { ForbiddenError, UnauthenticatedError } from '@tsunagu/platform/errors';
import { AccessService, TENANT_HEADER } from './access.service';
import { IS_PUBLIC, REQUIRED_PERMISSION } from './decorators';
import type { AuthenticatedUser } from './jwt.strategy';
import { PERMISSION_SCOPE, type Permission } from './permissions';
import { requestOf } from './request';

/**
 * The global guard. Deny by default: an operation must be @Public() or declare a permission.
 * For a declared permission it authenticates the bearer token, loads the request's access (user,
 * memberships, tenant: the one place a request's tenant is set), checks the role matrix and, for
 * tenant operations, opens the request's tenant transaction.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccessService,
    private readonly tenantDb: TenantDb,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    if (!permission) throw new ForbiddenError('NO_PERMISSION_DECLARED', 'This operation declares no permission');

    await super.canActivate(context);
    const request = requestOf(context);
    const user = request.user as AuthenticatedUser;
    const slug = request.headers[TENANT_HEADER];
    const access = await this.access.resolve(user.userId, typeof slug === 'string' && slug ? slug : undefined);
    this.access.authorize(access, permission);
    if (PERMISSION_SCOPE[permission] === 'tenant' && access.tenant) {
      await this.tenantDb.beginRequestTransaction(access.tenant.id);
    }
    return true;
  }

  override getRequest(context: ExecutionContext): unknown {
    return requestOf(context);
  }

  override handleRequest<TUser = AuthenticatedUser>(error: unknown, user: TUser | false, info: unknown): TUser {
    if (error instanceof Error && !(error instanceof UnauthenticatedError)) throw error;
    if (!user) {
      const expired = info instanceof Error && info.name === 'TokenExpiredError';
      throw expired
        ? new UnauthenticatedError('TOKEN_EXPIRED', 'The access token has expired')
        : new UnauthenticatedError('NOT_AUTHENTICATED', 'A valid access token is required');
    }
    return user;
  }
}
