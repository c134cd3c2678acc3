// The session in the browser: the access token lives in this module's memory only (never in
// storage); the refresh token is an HttpOnly cookie this code cannot read, sent by the browser to
// /graphql only. Every request names the console client, which is what makes the API use the cookie.

export const CLIENT_HEADERS: Record<string, string> = { 'x-tsunagu-client': 'console' };

/** Refresh this long before the access token expires. */
const EARLY_MS = 60_000;

interface Tokens {
  accessToken: string;
  expiresAt: number;
}

let tokens: Tokens | null = null;
let refreshing: Promise<boolean> | null = null;
const listeners = new Set<() => void>();

/** The network failed (not the session): the caller shows a retry. */
export class NetworkError extends Error {
  constructor(cause?: unknown) {
    super('network', { cause });
    this.name = 'NetworkError';
  }
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setSession(payload: { accessToken: string | null; expiresAt: string | null }): void {
  tokens = payload.accessToken
    ? { accessToken: payload.accessToken, expiresAt: payload.expiresAt ? Date.parse(payload.expiresAt) : Infinity }
    : null;
  listeners.forEach((listener) => listener());
}

export function clearSession(): void {
  tokens = null;
  listeners.forEach((listener) => listener());
}

export function hasSession(): boolean {
  return tokens !== null;
}

const REFRESH = `mutation Refresh { refreshToken(input: {}) { accessToken expiresAt } }`;

/**
 * Exchanges the refresh cookie for a new access token, once however many callers ask together.
 * True: refreshed. False: the session is over (sign in again). Throws NetworkError when the API
 * cannot be reached.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    let response: Response;
    try {
      response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', ...CLIENT_HEADERS },
        body: JSON.stringify({ query: REFRESH }),
      });
    } catch (error) {
      throw new NetworkError(error);
    }
    if (response.status >= 500) throw new NetworkError(response.status);
    const body = (await response.json().catch(() => null)) as {
      data?: { refreshToken?: { accessToken: string | null; expiresAt: string | null } | null } | null;
    } | null;
    const payload = body?.data?.refreshToken;
    if (payload?.accessToken) {
      setSession(payload);
      return true;
    }
    clearSession();
    return false;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** A valid access token, refreshed first when it is about to expire; null when there is no session. */
export async function freshAccessToken(): Promise<string | null> {
  if (tokens && tokens.expiresAt - Date.now() > EARLY_MS) return tokens.accessToken;
  // No token in memory (a reload) or one about to expire: the cookie may still open the session.
  const refreshed = await refreshSession();
  return refreshed && tokens ? tokens.accessToken : null;
}

/** The current token without refreshing (for a retry right after a refresh). */
export function currentAccessToken(): string | null {
  return tokens?.accessToken ?? null;
}
