import { Injectable } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { ClsService } from 'nestjs-cls';
import { enterScope } from './scope';

const TENANT_TRANSACTION = 'tsunagu.tenantTransaction';
const PENDING_TENANT_TRANSACTION = 'tsunagu.pendingTenantTransaction';

interface TenantTransaction {
  tenantId: string;
  em: EntityManager;
  /** Request transactions are opened by the access guard and finished when the response is sent. */
  managedByRequest: boolean;
}

/** Code that needs a tenant found none: a programming error, never a client's. */
export class MissingTenantContextError extends Error {
  constructor() {
    super('No tenant transaction in this context: tenant-owned data is reached only through TenantDb');
    this.name = 'MissingTenantContextError';
  }
}

/**
 * The one way to reach tenant-owned data. Every query runs in a transaction that has switched to
 * the tenant role and set `app.tenant_id`, so row-level security confines it to one tenant.
 *
 * - A request gets one transaction for all its work (resolvers, field resolvers, DataLoader
 *   batches): the access guard opens it, the GraphQL plugin commits it (or rolls it back when the
 *   response carries errors) before the response is sent.
 * - Jobs, CLIs and tests use `withTenant(tenantId, fn)`.
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
    return this.current().tenantId;
  }

  hasTransaction(): boolean {
    return this.cls.isActive() && this.cls.get<TenantTransaction | undefined>(TENANT_TRANSACTION) !== undefined;
  }

  /** Runs `fn` in a new transaction of `tenantId`, committed when `fn` resolves. */
  async withTenant<T>(tenantId: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.cls.run({ ifNested: 'inherit' }, async () => {
      const em = this.orm.em.fork({ clear: true });
      return em.transactional(async (txEm) => {
        await enterScope(txEm, { tenantId });
        this.cls.set<TenantTransaction>(TENANT_TRANSACTION, { tenantId, em: txEm, managedByRequest: false });
        return fn(txEm);
      });
    });
  }

  /**
   * Opens the request's tenant transaction once, however many resolvers ask concurrently.
   * Finished by `finishRequestTransaction`.
   */
  async beginRequestTransaction(tenantId: string): Promise<void> {
    const open = this.cls.get<TenantTransaction | undefined>(TENANT_TRANSACTION);
    if (open) {
      if (open.tenantId !== tenantId) throw new Error('A request cannot switch tenants');
      return;
    }
    let pending = this.cls.get<Promise<void> | undefined>(PENDING_TENANT_TRANSACTION);
    if (!pending) {
      pending = (async () => {
        const em = this.orm.em.fork({ clear: true });
        await em.begin();
        try {
          await enterScope(em, { tenantId });
        } catch (error) {
          await em.rollback();
          throw error;
        }
        this.cls.set<TenantTransaction>(TENANT_TRANSACTION, { tenantId, em, managedByRequest: true });
      })();
      this.cls.set(PENDING_TENANT_TRANSACTION, pending);
    }
    await pending;
  }

  /** Commits (or rolls back) the request transaction, if the request opened one. */
  async finishRequestTransaction(commit: boolean): Promise<void> {
    if (!this.cls.isActive()) return;
    const pending = this.cls.get<Promise<void> | undefined>(PENDING_TENANT_TRANSACTION);
    if (pending) await pending.catch(() => undefined);
    const open = this.cls.get<TenantTransaction | undefined>(TENANT_TRANSACTION);
    if (!open || !open.managedByRequest) return;
    this.cls.set(TENANT_TRANSACTION, undefined);
    this.cls.set(PENDING_TENANT_TRANSACTION, undefined);
    if (commit) {
      await open.em.flush();
      await open.em.commit();
    } else {
      await open.em.rollback();
    }
  }

  private current(): TenantTransaction {
    const open = this.cls.isActive() ? this.cls.get<TenantTransaction | undefined>(TENANT_TRANSACTION) : undefined;
    if (!open) throw new MissingTenantContextError();
    return open;
  }
}
