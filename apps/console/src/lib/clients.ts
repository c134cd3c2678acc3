import type { ApolloClient } from '@apollo/client';
import { createClient } from './apollo';

const clients = new Map<string, ApolloClient>();

/** The client of pages outside any tenant (sign-in, the tenant chooser): it names no tenant. */
export const anonymousClient = createClient(null);

/** The client of one tenant's pages: every request names that tenant, its cache holds only its answers. */
export function tenantClient(slug: string): ApolloClient {
  let client = clients.get(slug);
  if (!client) {
    client = createClient(slug);
    clients.set(slug, client);
  }
  return client;
}

const LAST_TENANT = 'tsunagu.lastTenant';

export function rememberTenant(slug: string): void {
  try {
    localStorage.setItem(LAST_TENANT, slug);
  } catch {
    // Private mode: nothing remembered.
  }
}

export function lastTenant(): string | null {
  try {
    return localStorage.getItem(LAST_TENANT);
  } catch {
    return null;
  }
}
