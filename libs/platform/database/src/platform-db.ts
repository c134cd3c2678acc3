import { Injectable, Logger } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { ClsService } from 'nestjs-cls';
import {
  NestedTransactionError,
  OPEN_PLATFORM_MARK,
  runInTransaction,
  TenantDb,
  type AfterCommit,
  type OpenTransaction,
} from './tenant-db';

/**
 * The explicit cross-tenant path: creating and listing tenants, identity lookups at login and on
 * each request, sessions, the platform audit chain. It runs as the platform role, which is granted
 * only those tables, through policies that also require `app.scope = 'platform'`; every other
 * tenant-owned table still shows it zero rows. Row-level security stays on.
 *
 * Each call names its purpose, which is logged.
 */
@Injectable()
export class PlatformDb {
  private readonly logger = new Logger(PlatformDb.name);

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
