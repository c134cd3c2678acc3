import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantDb } from '@tsunagu/platform/database';
import { LiveBus } from './live-bus';
import type { LiveEvent, LiveEventKind } from './live-event';

interface Pending {
  tenantId: string;
  events: LiveEvent[];
  seen: Set<string>;
}

/**
 * Where domains say what changed. `publish` collects the events of the current tenant transaction
 * and hands them to the bus once it has committed: never before, never for work rolled back. Ids
 * only: subscribers re-read the rows themselves.
 */
@Injectable()
export class LiveEvents {
  /** Per transaction (its EntityManager is one object for the transaction's life). */
  private readonly pending = new WeakMap<EntityManager, Pending>();

  constructor(
    private readonly tenantDb: TenantDb,
    private readonly bus: LiveBus,
  ) {}

  /**
   * Publishes `kind` about `ids` when the current tenant transaction commits. Work outside a tenant
   * transaction of this context (a seed writing through its own EntityManager) publishes nothing:
   * nobody can be watching a tenant that is being created.
   */
  publish(kind: LiveEventKind, ...ids: string[]): void {
    if (!this.tenantDb.hasTransaction()) return;
    const em = this.tenantDb.em;
    let pending = this.pending.get(em);
    if (!pending) {
      const created: Pending = { tenantId: this.tenantDb.tenantId, events: [], seen: new Set() };
      pending = created;
      this.pending.set(em, created);
      this.tenantDb.afterCommit(() =>
        this.bus.publish({ tenantId: created.tenantId, at: Date.now(), events: created.events }),
      );
    }
    const key = `${kind} ${ids.join(' ')}`;
    if (pending.seen.has(key)) return;
    pending.seen.add(key);
    pending.events.push({ kind, ids });
  }
}
