import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
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

/**
 * One client per tenant: its requests name that tenant only, and its cache holds only that tenant's
 * answers, so nothing of one tenant can show in another's pages.
 */
export function createClient(tenant: string | null): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([new HttpLink({ uri: '/graphql', fetch: authFetch(tenant) })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
