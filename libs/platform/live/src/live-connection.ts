import type { WebSocket } from 'ws';
import type { AuthenticatedUser, RequestAccess } from '@tsunagu/platform/auth';
import { BadUserInputError } from '@tsunagu/platform/errors';
import type { LiveSubscription } from './live-group';
import { LiveBatch, type LiveSubscriber } from './live-hub';

/** Close codes of the live socket, after graphql-ws's (4400 bad request, 4401, 4403). */
export const LIVE_CLOSE = {
  badRequest: 4400,
  /** No token, a token that is not ours, an expired one, a session ended, an account deactivated. */
  unauthenticated: 4401,
  /** Not a member of the tenant asked for, no tenant, MFA enrolment pending, a suspended tenant. */
  forbidden: 4403,
  /** The database could not be reached to check the token: try again shortly. */
  unavailable: 1013,
  goingAway: 1001,
} as const;

/** One authenticated socket: who, in which tenant, until when. */
export class LiveConnection implements LiveSubscriber {
  readonly subscriptions = new Set<LiveSubscription>();
  expiryTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly socket: WebSocket,
    /** `Bearer …`, as the client sent it: each subscription is authorized with it as an HTTP request is. */
    readonly authorization: string,
    readonly tenantSlug: string | undefined,
    readonly user: AuthenticatedUser,
    /** The access loaded at connection, replaced whenever it changes (`LiveSubscriptionServer`). */
    public access: RequestAccess,
    readonly expiresAt: number,
  ) {}

  get tenantId(): string {
    const tenant = this.access.tenant;
    if (!tenant) throw new Error('A live connection always has a tenant');
    return tenant.id;
  }
}

/** The GraphQL context of an operation over the live socket. */
export interface LiveContext {
  /** What the access guard reads, as from an HTTP request's headers. */
  req: { headers: Record<string, string> };
  live: LiveConnection;
}

/** The connection of a subscription's context; refuses an operation that did not come over the live socket. */
export function liveConnectionOf(context: unknown): LiveConnection {
  const live = (context as Partial<LiveContext> | undefined)?.live;
  if (!(live instanceof LiveConnection)) throw overHttp();
  return live;
}

/** The batch a subscription's `resolve` is given; refuses a subscription sent over HTTP. */
export function liveBatchOf(value: unknown): LiveBatch {
  if (!(value instanceof LiveBatch)) throw overHttp();
  return value;
}

function overHttp(): BadUserInputError {
  return new BadUserInputError(
    [],
    'SUBSCRIPTION_OVER_WEBSOCKET',
    'Subscriptions are served over WebSocket (graphql-transport-ws) on /graphql',
  );
}
