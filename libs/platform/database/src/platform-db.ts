import { Injectable, Logger } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { ClsService } from 'nestjs-cls';
import { enterScope } from './scope';
import { TenantDb } from './tenant-db';

const PLATFORM_TRANSACTION = 'tsunagu.platformTransaction';

/**
 * The explicit cross-tenant path: creating and listing tenants, identity lookups at login and on
 * each request. It runs as the platform role, which is granted only the tenant, user and membership
 * tables; every other tenant-owned table still shows it zero rows. Row-level security stays on.
 *
 * Each call names its purpose, which is logged (and, with the audit trail, recorded).
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
    const open = this.cls.isActive() ? this.cls.get<EntityManager | undefined>(PLATFORM_TRANSACTION) : undefined;
    if (open) return fn(open);
    if (this.tenantDb.hasTransaction()) {
      // A second connection awaited while a transaction is open deadlocks on the embedded database
      // and is not atomic anywhere: platform work happens before the tenant transaction opens.
      throw new Error(`Platform path "${purpose}" used inside a tenant transaction`);
    }
    this.logger.debug({ purpose }, 'platform path');
    const em = this.orm.em.fork({ clear: true });
    // A child context: calls nested inside fn join this transaction, concurrent siblings do not.
    return this.cls.run({ ifNested: 'inherit' }, () =>
      em.transactional(async (txEm) => {
        await enterScope(txEm, 'platform');
        this.cls.set(PLATFORM_TRANSACTION, txEm);
        return fn(txEm);
      }),
    );
  }
}
