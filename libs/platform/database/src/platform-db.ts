import { Injectable, Logger } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { ClsService } from 'nestjs-cls';
import { FreshRead } from './fresh-read';
import { beginInScope } from './scope';
import {
  finish,
  NestedTransactionError,
  OPEN_PLATFORM_MARK,
  OpenTransaction,
  runInTransaction,
  scopedStatement,
  TenantDb,
  type AfterCommit,
} from './tenant-db';

const PENDING_PLATFORM_TRANSACTION = 'tsunagu.pendingPlatformTransaction';

/**
 * The explicit cross-tenant path: creating and listing tenants, identity lookups at login and on
 * each request, sessions, the platform audit chain. It runs as the platform role, which is granted
 * only those tables, through policies that also require `app.scope = 'platform'`; every other
 * tenant-owned table still shows it zero rows. Row-level security stays on.
 *
 * Each call names its purpose, which is logged. A call commits on its own, except inside a request
 * that opened the request's platform transaction (`beginRequestTransaction`, by the access guard for
 * a GraphQL mutation on the platform path): then every call joins that one transaction, committed
 * (or rolled back) with the whole request, its after-commit work (mail) run only then.
 */
@Injectable()
export class PlatformDb {
  private readonly logger = new Logger(PlatformDb.name);
  private readonly revision = new FreshRead(async () => {
    const [row] = await scopedStatement<{ value: string }>(
      this.orm,
      'platform',
      'select value::text as value from access_revision',
      [],
    );
    return row.value;
  });

  constructor(
    private readonly orm: MikroORM,
    private readonly cls: ClsService,
    private readonly tenantDb: TenantDb,
  ) {}

  async run<T>(purpose: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const open = this.current();
    if (open) return fn(open.em);
    if (this.tenantDb.hasTransaction()) throw new NestedTransactionError(`Platform path "${purpose}"`);
    this.logger.debug({ purpose }, 'platform path');
    return runInTransaction(this.orm, this.cls, OPEN_PLATFORM_MARK, null, fn);
  }

  /**
   * The access revision (see `AccessRevision`) as of after this call: read outside any request's
   * transaction, by one statement shared by every request that asked while the last was in flight.
   */
  accessRevision(): Promise<string> {
    return this.revision.current();
  }

  /**
   * Opens the request's platform transaction once (the request's context keeps it), for every
   * `run` of the request to join. Returns it so the caller can make sure it ends even when the
   * request fails before the plugin or interceptor runs. Never while a tenant transaction is open.
   */
  async beginRequestTransaction(): Promise<OpenTransaction> {
    const open = this.current();
    if (open) return open;
    let pending = this.cls.get<Promise<OpenTransaction> | undefined>(PENDING_PLATFORM_TRANSACTION);
    if (!pending) {
      if (this.tenantDb.hasTransaction()) throw new NestedTransactionError('The platform request transaction');
      pending = (async () => {
        const em = await beginInScope(this.orm, 'platform');
        const transaction = new OpenTransaction(null, em);
        this.cls.set(OPEN_PLATFORM_MARK, transaction);
        return transaction;
      })();
      this.cls.set(PENDING_PLATFORM_TRANSACTION, pending);
    }
    return pending;
  }

  /** Commits (or rolls back) the request's platform transaction, if one was opened; then its after-commit work. */
  async finishRequestTransaction(commit: boolean): Promise<void> {
    if (!this.cls.isActive()) return;
    const pending = this.cls.get<Promise<OpenTransaction> | undefined>(PENDING_PLATFORM_TRANSACTION);
    if (!pending) return;
    const transaction = await pending.catch(() => undefined);
    this.cls.set(PENDING_PLATFORM_TRANSACTION, undefined);
    if (transaction) await finish(transaction, commit);
  }

  /** Runs `fn` after the current platform transaction commits; false when there is none. */
  afterCommit(fn: AfterCommit): boolean {
    const open = this.current();
    if (!open) return false;
    open.afterCommit.push(fn);
    return true;
  }

  private current(): OpenTransaction | undefined {
    const open = this.cls.isActive() ? this.cls.get<OpenTransaction | undefined>(OPEN_PLATFORM_MARK) : undefined;
    return open && !open.closed ? open : undefined;
  }
}
