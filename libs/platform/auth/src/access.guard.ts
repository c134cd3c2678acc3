import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ClsService } from 'nestjs-cls';
import { finish, PlatformDb, TenantDb, type OpenTransaction } from '@tsunagu/platform/database';
import { BadUserInputError, ForbiddenError, UnauthenticatedError } from '@tsunagu/platform/errors';
import { AccessService, TENANT_HEADER } from './access.service';
import type { AuthenticatedUser } from './jwt.strategy';
import {
  IS_PUBLIC,
  OWN_TRANSACTIONS,
  Permission,
  PERMISSION_SCOPE,
  REQUIRED_PERMISSION,
} from '@tsunagu/platform/permissions';
import { requestOf } from './request';
import { rootFieldCount } from './root-fields';

const REQUEST_PATH = 'tsunagu.requestDatabasePath';

/** Operations that read only the request's access, loaded before any transaction: they combine with anything. */
const DATABASE_FREE = new Set<Permission>([Permission.ReadOwnProfile]);

/**
 * The global guard. Deny by default: an operation must be @Public() or declare a permission.
 * For a declared permission it authenticates the bearer token, loads the request's access (user,
 * memberships, tenant: the one place a request's tenant is set), checks the role matrix and opens
 * the request's transaction: the tenant transaction for tenant operations, the platform transaction
 * for GraphQL mutations on the platform path, so that a document is all or nothing on both paths.
 * Operations that commit their own transactions (@Public() ones: sign-in failures must count;
 * @OwnTransactions() ones, on either path, e.g. one that calls LINE between two short tenant
 * transactions) must be alone in their document.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccessService,
    private readonly tenantDb: TenantDb,
    private readonly platformDb: PlatformDb,
    private readonly cls: ClsService,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const info = graphqlInfo(context);
    const ownTransactions =
      this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ||
      this.reflector.getAllAndOverride<boolean>(OWN_TRANSACTIONS, targets);
    if (ownTransactions && info && rootFieldCount(info) > 1) {
      throw new BadUserInputError(
        [],
        'MIXED_SCOPES',
        'Send sign-in, account and export operations in a request of their own, without other operations',
      );
    }
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    if (!permission) throw new ForbiddenError('NO_PERMISSION_DECLARED', 'This operation declares no permission');

    await super.canActivate(context);
    const request = requestOf(context);
    const user = request.user as AuthenticatedUser;
    const slug = request.headers[TENANT_HEADER];
    const access = await this.access.resolve(user, typeof slug === 'string' && slug ? slug : undefined);
    this.access.authorize(access, permission);
    // A subscription opens no transaction now: each of its events is read later, in a tenant
    // transaction of its own (libs/platform/live).
    if (info?.operation.operation === 'subscription') return true;
    const scope = PERMISSION_SCOPE[permission];
    const path = scope === 'tenant' ? 'tenant' : DATABASE_FREE.has(permission) ? null : 'platform';
    if (path) this.claimPath(path);
    let transaction: OpenTransaction | undefined;
    if (path === 'tenant' && access.tenant && !ownTransactions) {
      transaction = await this.tenantDb.beginRequestTransaction(access.tenant.id, access.partnerOrganizationId);
    } else if (path === 'platform' && info?.operation.operation === 'mutation' && !ownTransactions) {
      // After the access lookup, which committed on its own: nothing else is open now.
      transaction = await this.platformDb.beginRequestTransaction();
    }
    if (transaction) {
      const opened = transaction;
      // A safety net: however the request ends (a later guard throws, the client goes away), the
      // transaction does not outlive it. Normally the plugin or interceptor has finished it already.
      requestOf(context).res?.once('close', () => void finish(opened, false).catch(() => undefined));
    }
    return true;
  }

  /**
   * One request uses one database path: the tenant transaction, or the platform path. A request
   * mixing them would hold the tenant transaction while waiting for a platform one, which the
   * embedded database (one backend) can never serve.
   */
  private claimPath(path: 'tenant' | 'platform'): void {
    const claimed = this.cls.get<'tenant' | 'platform' | undefined>(REQUEST_PATH);
    if (claimed && claimed !== path) {
      throw new BadUserInputError(
        [],
        'MIXED_SCOPES',
        'Ask for tenant operations and platform or account operations in separate requests',
      );
    }
    this.cls.set(REQUEST_PATH, path);
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

/** The resolve info of a GraphQL operation; undefined for an HTTP route. */
function graphqlInfo(context: ExecutionContext): GraphQLResolveInfo | undefined {
  if (context.getType<string>() !== 'graphql') return undefined;
  return GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
}
