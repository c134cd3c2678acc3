import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import {
  CLIENT_HEADERS,
  clearSession,
  currentAccessToken,
  freshAccessToken,
  hasSession,
  refreshSession,
} from './session';

/** Called when a request finds the session over: the app returns to the login page. */
let onSessionOver: () => void = () => undefined;
export function whenSessionOver(handler: () => void): void {
  onSessionOver = handler;
}

interface GraphQLBody {
  errors?: { extensions?: { code?: string; reason?: string } }[];
}

/** The reasons a signed-in request is refused for its token or session (not for what it asked). */
const SESSION_REASONS = new Set(['TOKEN_EXPIRED', 'NOT_AUTHENTICATED', 'SESSION_ENDED', 'ACCOUNT_UNAVAILABLE']);

function refusedForSession(body: GraphQLBody | null): boolean {
  return (body?.errors ?? []).some(
    (e) => e.extensions?.code === 'UNAUTHENTICATED' && SESSION_REASONS.has(e.extensions.reason ?? ''),
  );
}

/**
 * fetch for Apollo: the bearer token (refreshed before it expires), the console header, and the
 * tenant of the client. A request refused as unauthenticated refreshes once and is sent again; when
 * that fails, the session is over.
 */
function authFetch(tenant: string | null): typeof fetch {
  return async (input, init) => {
    const send = (token: string | null) =>
      fetch(input, {
        ...init,
        credentials: 'same-origin',
        headers: {
          ...(init?.headers as Record<string, string>),
          ...CLIENT_HEADERS,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(tenant ? { 'x-tenant': tenant } : {}),
        },
      });
    // Anonymous pages (login, reset, invitation) send no token; a reload's session is restored by the
    // route guards, which refresh from the cookie before any signed-in page asks for data.
    const token = hasSession() ? await freshAccessToken() : null;
    const response = await send(token);
    if (!token) return response;
    const body = (await response
      .clone()
      .json()
      .catch(() => null)) as GraphQLBody | null;
    if (!refusedForSession(body)) return response;
    if (await refreshSession()) return send(currentAccessToken());
    clearSession();
    onSessionOver();
    return response;
  };
}

/** Called when the live connection comes back after a drop: what changed meanwhile is refetched. */
const resumeListeners = new Set<(tenant: string) => void>();
export function onLiveResumed(listener: (tenant: string) => void): () => void {
  resumeListeners.add(listener);
  return () => resumeListeners.delete(listener);
}

/** Close codes after which reconnecting cannot help: the role may not subscribe, or the tenant is wrong. */
const FINAL_CLOSE_CODES = new Set([4400, 4403]);

/**
 * The live connection of one tenant's pages: graphql-ws on /graphql, authenticated in
 * `connection_init` with a fresh token each time it connects, so a reconnection after the token
 * expired (the server closes with 4401) carries the refreshed one. Lazy: opened by the first
 * subscription, closed when none is left.
 */
function liveClient(tenant: string): WsClient {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return createWsClient({
    url: url.toString(),
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: (event) => !(event instanceof CloseEvent && FINAL_CLOSE_CODES.has(event.code)),
    connectionParams: async () => {
      const token = await freshAccessToken();
      if (!token) {
        clearSession();
        onSessionOver();
        throw new Error('no session');
      }
      return { authorization: `Bearer ${token}`, tenant };
    },
    on: {
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) resumeListeners.forEach((listener) => listener(tenant));
      },
    },
  });
}

/** Pages of a keyset connection, merged as the list scrolls; a first page (no `after`) starts over. */
function keysetPages() {
  return {
    merge(
      existing: { edges: unknown[] } | undefined,
      incoming: { edges: unknown[] },
      { args }: { args: Record<string, unknown> | null },
    ) {
      if (!existing || !args?.['after']) return incoming;
      return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
    },
  };
}

/**
 * One client per tenant: its requests name that tenant only, and its cache holds only that tenant's
 * answers, so nothing of one tenant can show in another's pages. Subscriptions go over the tenant's
 * live connection; everything else over HTTP.
 */
export function createClient(tenant: string | null): ApolloClient {
  const http = new HttpLink({ uri: '/graphql', fetch: authFetch(tenant) });
  const link = tenant
    ? ApolloLink.split(
        ({ query }) => {
          const definition = getMainDefinition(query);
          return definition.kind === 'OperationDefinition' && definition.operation === OperationTypeNode.SUBSCRIPTION;
        },
        new GraphQLWsLink(liveClient(tenant)),
        http,
      )
    : http;
  return new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            conversations: { keyArgs: ['filter'], ...keysetPages() },
            messages: { keyArgs: ['conversationId'], ...keysetPages() },
            notifications: { keyArgs: false, ...keysetPages() },
            referrals: { keyArgs: ['filter'], ...keysetPages() },
          },
        },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
