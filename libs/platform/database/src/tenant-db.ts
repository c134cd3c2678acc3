import { Injectable, Logger } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { ClsService } from 'nestjs-cls';
import { loggableError } from '@tsunagu/platform/errors';
import { beginInScope, scopeStatement, type Scope } from './scope';

const TENANT_TRANSACTION = 'tsunagu.tenantTransaction';
const PENDING_TENANT_TRANSACTION = 'tsunagu.pendingTenantTransaction';

/** Work that must happen only once the transaction's writes are durable (mail, notifications). */
export type AfterCommit = () => Promise<void>;

/** An open transaction and the guarded EntityManager that reaches it. */
export class OpenTransaction {
  closed = false;
  readonly afterCommit: AfterCommit[] = [];
  /** Refuses every use once the transaction has ended (see `guardedEntityManager`). */
  readonly em: EntityManager;

  constructor(
    readonly tenantId: string | null,
    readonly rawEm: EntityManager,
  ) {
    this.em = guardedEntityManager(rawEm, this);
  }
}

/** Code that needs a tenant found none: a programming error, never a client's. */
export class MissingTenantContextError extends Error {
  constructor() {
    super('No tenant transaction in this context: tenant-owned data is reached only through TenantDb');
    this.name = 'MissingTenantContextError';
  }
}

/** A second transaction was asked for while one is open in the same context. */
export class NestedTransactionError extends Error {
  constructor(what: string) {
    super(
      `${what} inside an open transaction: it would need a second connection, which deadlocks on the embedded database and is not atomic anywhere`,
    );
    this.name = 'NestedTransactionError';
  }
}

const logger = new Logger('TenantDb');

export async function runAfterCommit(callbacks: AfterCommit[]): Promise<void> {
  for (const callback of callbacks) {
    try {
      await callback();
    } catch (error) {
      logger.error({ err: loggableError(error) }, 'after-commit work failed');
    }
  }
}

/**
 * The one way to reach tenant-owned data. Every query runs in a transaction that has switched to
 * the tenant role and set `app.tenant_id`, so row-level security confines it to one tenant.
 *
 * - A request gets one transaction for all its work (resolvers, field resolvers, DataLoader
 *   batches): the access guard opens it, the GraphQL plugin (or the HTTP interceptor) commits it,
 *   or rolls it back when the response carries errors, before the response is sent.
 * - Jobs, CLIs and tests use `withTenant(tenantId, fn)`.
 *
 * The EntityManager handed out refuses any use after its transaction ended: a late promise must
 * never run on a fresh pooled connection, which on the embedded database would be the superuser.
 */
@Injectable()
export class TenantDb {
  constructor(
    private readonly orm: MikroORM,
    private readonly cls: ClsService,
  ) {}

  /** The EntityManager of the current tenant transaction; throws when there is none. */
  get em(): EntityManager {
    return this.current().em;
  }

  /** The tenant of the current transaction; throws when there is none. */
  get tenantId(): string {
    return this.current().tenantId as string;
  }

  /**
   * Runs `fn` after the current tenant transaction commits (never if it rolls back). Failures are
   * logged, not thrown: the transaction's outcome is already decided.
   */
  afterCommit(fn: AfterCommit): void {
    this.current().afterCommit.push(fn);
  }

  /** A tenant transaction is open, or being opened, in this context. */
  hasTransaction(): boolean {
    if (!this.cls.isActive()) return false;
    return this.open() !== undefined || this.cls.get(PENDING_TENANT_TRANSACTION) !== undefined;
  }

  /** Runs `fn` in a new transaction of `tenantId`, committed when `fn` resolves. */
  async withTenant<T>(tenantId: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    this.refuseNested('withTenant');
    return runInTransaction(this.orm, this.cls, TENANT_TRANSACTION, tenantId, fn);
  }

  /**
   * One statement of `tenantId` in one round trip, for hot paths where a transaction's own round
   * trips (begin, scope, commit) cost more than the work: the LINE webhook. The scope and the
   * statement travel as one message of the simple query protocol, which PostgreSQL (and PGlite)
   * runs as one implicit transaction: all or nothing, the scope ending with it. `sql` is a single
   * statement with `?` bindings, inlined with the ORM's escaping as every ORM query here is; its
   * rows are returned.
   */
  async statement<T extends object>(tenantId: string, sql: string, params: unknown[]): Promise<T[]> {
    this.refuseNested('statement');
    return scopedStatement(this.orm, { tenantId }, sql, params);
  }

  /**
   * Several statements of `tenantId` in one round trip, as `statement` runs one: one implicit
   * transaction, all or nothing. Answers each statement's rows, in order.
   */
  async statements<T extends object>(
    tenantId: string,
    statements: readonly (readonly [sql: string, params: unknown[]])[],
  ): Promise<T[][]> {
    this.refuseNested('statement');
    return scopedStatements(this.orm, { tenantId }, statements);
  }

  /**
   * Opens the request's tenant transaction once, however many resolvers ask concurrently; returns
   * it so the caller can make sure it ends even when the request fails before the plugin runs.
   * A partner user's transaction is confined to their organisation (`PARTNER_SETTING`).
   */
  async beginRequestTransaction(tenantId: string, partnerOrganizationId?: string): Promise<OpenTransaction> {
    const open = this.open();
    if (open) {
      if (open.tenantId !== tenantId) throw new Error('A request cannot switch tenants');
      return open;
    }
    let pending = this.cls.get<Promise<OpenTransaction> | undefined>(PENDING_TENANT_TRANSACTION);
    if (!pending) {
      pending = (async () => {
        const em = await beginInScope(this.orm, { tenantId, partnerOrganizationId });
        const transaction = new OpenTransaction(tenantId, em);
        this.cls.set(TENANT_TRANSACTION, transaction);
        return transaction;
      })();
      this.cls.set(PENDING_TENANT_TRANSACTION, pending);
    }
    return pending;
  }

  /** Commits (or rolls back) the request transaction of this context, if one was opened. */
  async finishRequestTransaction(commit: boolean): Promise<void> {
    if (!this.cls.isActive()) return;
    const pending = this.cls.get<Promise<OpenTransaction> | undefined>(PENDING_TENANT_TRANSACTION);
    if (!pending) return;
    const transaction = await pending.catch(() => undefined);
    // Cleared first: after-commit work (mail into the dev outbox) may use the platform path.
    this.cls.set(PENDING_TENANT_TRANSACTION, undefined);
    if (transaction) await finish(transaction, commit);
  }

  private refuseNested(what: string): void {
    const platform = this.cls.isActive() ? this.cls.get<OpenTransaction | undefined>(OPEN_PLATFORM_MARK) : undefined;
    if (this.hasTransaction() || (platform && !platform.closed)) throw new NestedTransactionError(what);
  }

  private open(): OpenTransaction | undefined {
    const open = this.cls.isActive() ? this.cls.get<OpenTransaction | undefined>(TENANT_TRANSACTION) : undefined;
    return open && !open.closed ? open : undefined;
  }

  private current(): OpenTransaction {
    const open = this.open();
    if (!open) throw new MissingTenantContextError();
    return open;
  }
}

/**
 * A new transaction for `tenantId` (or the platform scope, with null) in a child context, where it is
 * found under `key`: calls nested inside `fn` see it, concurrent siblings do not. Once it committed,
 * its after-commit work runs; whatever happens, its EntityManager is closed.
 */
export async function runInTransaction<T>(
  orm: MikroORM,
  cls: ClsService,
  key: string,
  tenantId: string | null,
  fn: (em: EntityManager) => Promise<T>,
): Promise<T> {
  let transaction: OpenTransaction | undefined;
  let result: T;
  try {
    result = await cls.run({ ifNested: 'inherit' }, async () => {
      const em = await beginInScope(orm, tenantId ? { tenantId } : 'platform');
      transaction = new OpenTransaction(tenantId, em);
      cls.set(key, transaction);
      try {
        const value = await fn(transaction.em);
        await em.commit(); // flushes first
        return value;
      } catch (error) {
        await em.rollback().catch(() => undefined);
        throw error;
      }
    });
  } finally {
    if (transaction) transaction.closed = true;
  }
  if (transaction) await runAfterCommit(transaction.afterCommit);
  return result;
}

/**
 * Enters `scope` and runs one statement in one round trip (see `TenantDb.statement`): the two travel
 * as one message of the simple query protocol, one implicit transaction. Returns the statement's rows.
 */
export async function scopedStatement<T extends object>(
  orm: MikroORM,
  scope: Scope,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const [rows] = await scopedStatements<T>(orm, scope, [[sql, params]]);
  return rows;
}

/**
 * Enters `scope` and runs `statements` (each a single statement with `?` bindings) in one round
 * trip: one message of the simple query protocol, one implicit transaction (all or nothing).
 * Returns each statement's rows, in order.
 */
export async function scopedStatements<T extends object>(
  orm: MikroORM,
  scope: Scope,
  statements: readonly (readonly [sql: string, params: unknown[]])[],
): Promise<T[][]> {
  const platform = orm.em.getPlatform();
  const [scopeSql, scopeParams] = scopeStatement(scope);
  const message = [
    platform.formatQuery(scopeSql, scopeParams),
    ...statements.map(([sql, params]) => platform.formatQuery(sql, params)),
  ].join(';\n');
  const knex = orm.em.getConnection().getKnex();
  const connection = (await knex.client.acquireConnection()) as { query(text: string): Promise<unknown> };
  try {
    const results = (await connection.query(message)) as { rows: T[] }[];
    if (!Array.isArray(results) || results.length !== statements.length + 1) {
      throw new Error('each scoped statement is exactly one statement');
    }
    return results.slice(1).map((result) => result.rows);
  } finally {
    await knex.client.releaseConnection(connection);
  }
}

/** Set while a platform transaction is open in this context (see PlatformDb). */
export const OPEN_PLATFORM_MARK = 'tsunagu.openPlatformTransaction';

/**
 * Ends a request transaction once: commit (rolling back if the commit fails, so the connection is
 * never left inside a broken transaction) or roll back. Safe to call again.
 */
export async function finish(transaction: OpenTransaction, commit: boolean): Promise<void> {
  if (transaction.closed) return;
  transaction.closed = true;
  if (!commit) {
    await transaction.rawEm.rollback();
    return;
  }
  try {
    await transaction.rawEm.flush();
    await transaction.rawEm.commit();
  } catch (error) {
    await transaction.rawEm.rollback().catch(() => undefined);
    throw error;
  }
  await runAfterCommit(transaction.afterCommit);
}

function guardedEntityManager(em: EntityManager, transaction: OpenTransaction): EntityManager {
  return new Proxy(em, {
    get(target, property, receiver) {
      // `then` is probed by every promise resolution, symbols by inspection: neither is a use.
      if (transaction.closed && property !== 'then' && typeof property !== 'symbol') {
        throw new Error(`The transaction of this EntityManager has ended (tried ${String(property)})`);
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
