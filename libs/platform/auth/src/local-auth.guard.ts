import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { UnauthenticatedError } from '@tsunagu/platform/errors';

interface CredentialsRequest {
  body: unknown;
  user?: unknown;
}

/**
 * Runs the local (email and password) strategy on the `login` mutation's input. passport-local
 * reads credentials from a request body, so it is handed a view of the request whose body is the
 * mutation's input; the authenticated user is then put on the real request.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  private readonly views = new WeakMap<object, CredentialsRequest>();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = GqlExecutionContext.create(context).getContext<{ req: CredentialsRequest }>().req;
    await super.canActivate(context);
    request.user = this.views.get(request)?.user;
    return true;
  }

  override getRequest(context: ExecutionContext): CredentialsRequest {
    const gql = GqlExecutionContext.create(context);
    const request = gql.getContext<{ req: CredentialsRequest }>().req;
    let view = this.views.get(request);
    if (!view) {
      const { input } = gql.getArgs<{ input?: unknown }>();
      view = Object.assign(Object.create(request) as CredentialsRequest, { body: input ?? {} });
      this.views.set(request, view);
    }
    return view;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    if (!user) throw new UnauthenticatedError('INVALID_CREDENTIALS', 'Invalid email or password');
    return user;
  }
}
