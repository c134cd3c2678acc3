import { ConnectionException } from '@mikro-orm/core';

/**
 * SQLSTATEs of a database that went away: admin shutdown, crash shutdown, cannot connect now
 * (57P01, 57P02, 57P03) and the connection exception class (08xxx).
 */
const UNAVAILABLE_SQLSTATE = /^(57P0[123]|08...)$/;

/** Socket-level codes of a connection that was refused, reset or timed out. */
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Messages of pg, knex and tarn for a connection lost, unusable or not obtained in time. */
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'not queryable',
  'Client was closed and is not queryable',
  'Connection ended unexpectedly',
  'connection timeout',
  'timeout exceeded when trying to connect',
  'Timeout acquiring a connection',
  'terminating connection due to administrator command',
];

/**
 * A transaction whose BEGIN was lost with its connection: knex hands out the transaction anyway and
 * keeps the real error for later, so the first statement would fail with a misleading message.
 */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';

  constructor(override readonly cause?: unknown) {
    super('The database connection was lost');
  }
}

/**
 * The error says the database could not be reached or dropped the connection: nothing about the
 * request was wrong, and the same request may succeed in a moment. Such errors become
 * SERVICE_UNAVAILABLE (HTTP 503) and never end the process. Follows `cause` chains.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || !error || typeof error !== 'object') return false;
  if (error instanceof DatabaseUnavailableError || error instanceof ConnectionException) return true;
  const { code, sqlState, message, name, cause, thrownValue } = error as {
    code?: unknown;
    sqlState?: unknown;
    message?: unknown;
    name?: unknown;
    cause?: unknown;
    /** graphql-js wraps a thrown value it does not take for an Error (another realm's) in NonErrorThrown. */
    thrownValue?: unknown;
  };
  for (const value of [code, sqlState]) {
    if (typeof value === 'string' && (UNAVAILABLE_SQLSTATE.test(value) || UNAVAILABLE_ERRNO.has(value))) return true;
  }
  if (name === 'KnexTimeoutError') return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((text) => message.includes(text))) return true;
  return isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable(thrownValue, depth + 1);
}

/** What of such an error may be logged: its kind and code, never the statement (it carries values). */
export function unavailableSummary(error: unknown): Record<string, unknown> {
  if (!error || typeof error !== 'object') return { type: typeof error };
  const { name, code, sqlState } = error as { name?: unknown; code?: unknown; sqlState?: unknown };
  return { type: name, code: sqlState ?? code };
}

interface KnexTransactionLike {
  isCompleted?: () => boolean;
  executionPromise?: Promise<unknown>;
}

/**
 * Throws when the transaction of `em` is already over before its first statement: its BEGIN failed
 * (the connection was lost). knex swallows that failure into the transaction's own promise and hands
 * the transaction out anyway; here the real error is surfaced, as a DatabaseUnavailableError.
 */
export async function ensureBegun(em: { getTransactionContext<T>(): T | undefined }): Promise<void> {
  const trx = em.getTransactionContext<KnexTransactionLike>();
  if (!trx?.isCompleted?.()) return;
  const cause = await trx.executionPromise?.then(
    () => undefined,
    (error: unknown) => error,
  );
  throw new DatabaseUnavailableError(cause);
}
