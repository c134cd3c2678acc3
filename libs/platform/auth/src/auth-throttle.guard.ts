import { createHash } from 'node:crypto';
import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerModuleOptions,
  type ThrottlerRequest,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import { sha256Hex } from '@tsunagu/platform/crypto';
import { AccessService } from './access.service';
import { AuthService, normalizeEmail } from './auth.service';

/** The two budgets of the authentication mutations, each AUTH_RATE_LIMIT_PER_MINUTE a minute. */
export const AUTH_THROTTLERS = { address: 'auth-address', account: 'auth-account' } as const;

/**
 * The budget of the pages a family opens from a LINE link without signing in (the food application:
 * its form and its submission), PUBLIC_FORM_RATE_LIMIT_PER_MINUTE a minute per client address. It is
 * not the authentication budget: families on one mobile carrier often share an address, and a family
 * applying should not spend what staff behind the same address need to sign in, nor the reverse.
 */
export const PUBLIC_FORM_THROTTLER = 'public-form';

/** The throttler module's budgets answer GraphQL requests, whose request and response sit in the context. */
abstract class GraphqlThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, unknown>;
    res: Record<string, unknown>;
  } {
    if (context.getType<string>() === 'graphql') {
      const ctx = GqlExecutionContext.create(context).getContext<{
        req: Record<string, unknown>;
        res: Record<string, unknown>;
      }>();
      return { req: ctx.req, res: ctx.res };
    }
    return super.getRequestResponse(context);
  }
}

/**
 * Rate limits of the authentication mutations (login, MFA, refresh, password reset and change,
 * accepting an invitation):
 *
 * - per client address, ONE budget shared by all of them (not one per mutation);
 * - per account, one budget shared by all of them, whatever the address, so that many addresses
 *   cannot drive one account. The account is the one the input names: the normalised email (login,
 *   reset request), the signed-in user (password change), the account of a verified MFA token, or
 *   the link or token presented (a reset link, an invitation, a refresh token: each belongs to one
 *   account). A forged MFA token names no account, so nobody can spend another's budget with one.
 *
 * Keys are hashed: no email address sits in the limiter's memory.
 */
@Injectable()
export class AuthThrottleGuard extends GraphqlThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly auth: AuthService,
    private readonly access: AccessService,
  ) {
    super(options, storage, reflector);
  }

  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    if (request.throttler.name === PUBLIC_FORM_THROTTLER) return true;
    if (request.throttler.name === AUTH_THROTTLERS.account) {
      const account = await this.accountOf(request.context);
      // An input naming no account (a malformed one, a forged MFA token) counts on the address only.
      if (!account) return true;
      return super.handleRequest({ ...request, getTracker: () => account, generateKey: keyOf });
    }
    return super.handleRequest({ ...request, generateKey: keyOf });
  }

  /** The account an authentication mutation acts on, as a stable string; null when it names none. */
  private async accountOf(context: ExecutionContext): Promise<string | null> {
    const gql = GqlExecutionContext.create(context);
    const input = (gql.getArgs<{ input?: Record<string, unknown> }>().input ?? {}) as Record<string, unknown>;
    const text = (key: string): string | null => (typeof input[key] === 'string' ? (input[key] as string) : null);
    switch (gql.getInfo<{ fieldName: string }>().fieldName) {
      case 'login':
      case 'requestPasswordReset': {
        const email = text('email');
        return email ? `email:${normalizeEmail(email)}` : null;
      }
      case 'changePassword':
        return `user:${this.access.current().userId}`;
      case 'verifyMfa': {
        const token = text('mfaToken');
        const verified = token ? await this.auth.verifyMfaToken(token) : null;
        return verified ? `user:${verified.userId}` : null;
      }
      case 'resetPassword':
      case 'acceptInvitation':
      case 'refreshToken': {
        const token = text('token') ?? text('refreshToken');
        return token ? `token:${sha256Hex(token)}` : null;
      }
      default:
        return null;
    }
  }
}

/**
 * The rate limit of the public pages opened from a LINE link (no sign-in): one budget per client
 * address shared by all of them, so that nobody floods the application page or its submission. Over
 * it, the operation answers TOO_MANY_REQUESTS before its resolver runs: nothing is written and no
 * link is spent.
 */
@Injectable()
export class PublicFormThrottleGuard extends GraphqlThrottlerGuard {
  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    if (request.throttler.name !== PUBLIC_FORM_THROTTLER) return true;
    return super.handleRequest({ ...request, generateKey: keyOf });
  }
}

/** One key per budget and tracker: the mutation's name is deliberately not part of it. */
function keyOf(_context: ExecutionContext, tracker: string, throttlerName: string): string {
  return createHash('sha256').update(`${throttlerName}\n${tracker}`).digest('hex');
}
