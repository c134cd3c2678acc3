import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ClsService } from 'nestjs-cls';
import { sha256Hex } from '@tsunagu/platform/crypto';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { AuditChainHead, AuditEvent, PLATFORM_CHAIN } from './audit-event.entity';

/** Who acts, set by the access guard for each request (and by login for its own events). */
export const AUDIT_ACTOR = 'tsunagu.auditActor';
/** The client address of the request, set when the request starts. */
export const REQUEST_IP = 'tsunagu.requestIp';

export interface AuditActor {
  userId: string | null;
  /** As auditors see it: the email at the time, or `system`. */
  label: string;
}

export interface AuditTarget {
  type: string;
  id: string;
}

/** Identifiers and outcomes only: never message text or personal data about families. */
export type AuditDetails = Record<string, string | number | boolean | null>;

export interface ChainVerification {
  ok: boolean;
  /** The sequence number of the first event that does not fit its chain. */
  brokenAt: string | null;
  checked: number;
}

const GENESIS = '0'.repeat(64);

/**
 * The audit trail. `record` is the one line a service writes for every sensitive action or read:
 *   await this.audit.record('conversation.viewed', { type: 'conversation', id });
 * It appends to the current tenant's chain inside the current tenant transaction, so the event
 * exists exactly when the audited work commits.
 */
@Injectable()
export class AuditTrail {
  /**
   * The append under way in each transaction (by its EntityManager): two resolvers of one request
   * append one after the other, each reading the head the other left.
   */
  private readonly appending = new WeakMap<EntityManager, Promise<unknown>>();

  constructor(
    private readonly tenantDb: TenantDb,
    private readonly cls: ClsService,
  ) {}

  async record(action: string, target?: AuditTarget, details?: AuditDetails): Promise<void> {
    await this.append(this.tenantDb.em, this.tenantDb.tenantId, action, [target], details);
  }

  /**
   * One event per target, as many `record` calls would write, appended in one write: a list read
   * that is audited row by row costs two statements, not two per row.
   */
  async recordEach(action: string, targets: readonly AuditTarget[], details?: AuditDetails): Promise<void> {
    if (targets.length === 0) return;
    await this.append(this.tenantDb.em, this.tenantDb.tenantId, action, targets, details);
  }

  /**
   * A read of the current tenant and its audit event in two round trips: the chain's lock and its
   * head travel with the read's `sql` (one statement, `?` bindings) in one message, each statement
   * with its own snapshot, the head read once the lock is held; then the event's insert. `event`
   * says from the rows what to record, or null for nothing (nothing found, nothing read). Answers
   * the rows.
   */
  async recordRead<T extends object>(
    sql: string,
    params: unknown[],
    event: (rows: T[]) => { action: string; target?: AuditTarget; details?: AuditDetails } | null,
  ): Promise<T[]> {
    const em = this.tenantDb.em;
    const tenantId = this.tenantDb.tenantId;
    return this.serially(em, async () => {
      const [head, rows] = await lockAndReadHead<T>(em, tenantId, [sql, params]);
      const audited = event(rows);
      if (audited) await this.insert(em, tenantId, head, audited.action, [audited.target], audited.details);
      return rows;
    });
  }

  /**
   * On the platform path (inside `PlatformDb.run`): the platform chain (`tenantId` null) or, for
   * platform actions on a tenant such as emergency access, that tenant's chain.
   */
  async recordOnPlatformPath(
    em: EntityManager,
    tenantId: string | null,
    action: string,
    target?: AuditTarget,
    details?: AuditDetails,
    actor?: AuditActor,
  ): Promise<void> {
    // Locks in one order everywhere (platform chain first), so two platform-path transactions
    // writing to both chains cannot deadlock.
    if (tenantId) await lockChain(em, PLATFORM_CHAIN);
    await this.append(em, tenantId, action, [target], details, actor);
  }

  /**
   * On the platform path: an event about a person's own account (a sign-in, a failed sign-in), on
   * the platform chain and on the chain of each tenant in `tenantIds` (the tenants the person is a
   * member of), so that those tenants' admins read it in their own trail and no other tenant's admin
   * does. Each tenant's copy names the platform event it copies (`platformSeq`); every chain stays
   * linear and verifiable on its own.
   */
  async recordOnPlatformPathFor(
    em: EntityManager,
    tenantIds: readonly string[],
    action: string,
    target: AuditTarget | undefined,
    details: AuditDetails,
    actor: AuditActor,
  ): Promise<void> {
    // One lock order everywhere: the platform chain first, then the tenants' chains by id.
    const platformSeq = await this.append(em, null, action, [target], details, actor);
    for (const tenantId of [...new Set(tenantIds)].sort()) {
      await this.append(em, tenantId, action, [target], { ...details, platformSeq }, actor);
    }
  }

  /** Recomputes a chain from its first event and reports the first event that does not fit. */
  async verify(em: EntityManager, tenantId: string | null): Promise<ChainVerification> {
    const chain = tenantId ?? PLATFORM_CHAIN;
    let prevHash = GENESIS;
    let expectedSeq = 1n;
    let checked = 0;
    const pageSize = 1000;
    for (let offset = 0; ; offset += pageSize) {
      const events = await em.find(
        AuditEvent,
        { chain },
        { orderBy: { seq: 'asc' }, limit: pageSize, offset, disableIdentityMap: true },
      );
      for (const event of events) {
        if (BigInt(event.seq) !== expectedSeq || event.prevHash !== prevHash || event.hash !== hashOf(event)) {
          return { ok: false, brokenAt: event.seq, checked };
        }
        prevHash = event.hash;
        expectedSeq += 1n;
        checked += 1;
      }
      if (events.length < pageSize) break;
    }
    // The head, kept apart by a trigger, says where the chain ends: missing newest events show here.
    const head = await em.findOne(AuditChainHead, { chain }, { disableIdentityMap: true });
    if (head && BigInt(head.seq) !== expectedSeq - 1n) return { ok: false, brokenAt: String(expectedSeq), checked };
    if (head && head.hash !== prevHash) return { ok: false, brokenAt: head.seq, checked };
    return { ok: true, brokenAt: null, checked };
  }

  private append(
    em: EntityManager,
    tenantId: string | null,
    action: string,
    targets: readonly (AuditTarget | undefined)[],
    details: AuditDetails | undefined,
    actorOverride?: AuditActor,
  ): Promise<string> {
    return this.serially(em, async () => {
      const [head] = await lockAndReadHead(em, tenantId);
      return this.insert(em, tenantId, head, action, targets, details, actorOverride);
    });
  }

  /** Runs `work` once the transaction's append under way, if any, has ended. */
  private serially<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
    const previous = this.appending.get(em) ?? Promise.resolve();
    const next = previous.then(work, work);
    this.appending.set(
      em,
      next.catch(() => undefined),
    );
    return next;
  }

  /** Appends the events after `head` (the chain's lock held) and answers the last one's sequence number. */
  private async insert(
    em: EntityManager,
    tenantId: string | null,
    head: ChainHead | undefined,
    action: string,
    targets: readonly (AuditTarget | undefined)[],
    details: AuditDetails | undefined,
    actorOverride?: AuditActor,
  ): Promise<string> {
    const chain = tenantId ?? PLATFORM_CHAIN;
    const actor = actorOverride ?? this.currentActor();
    let seq = head ? BigInt(head.seq) : 0n;
    let prevHash = head?.hash ?? GENESIS;
    for (const target of targets) {
      seq += 1n;
      const event = em.create(AuditEvent, {
        chain,
        seq: String(seq),
        tenant: tenantId ? em.getReference(Tenant, tenantId) : null,
        occurredAt: new Date(),
        actorUserId: actor.userId,
        actorLabel: actor.label,
        action,
        targetType: target?.type ?? null,
        targetId: target?.id ?? null,
        requestId: this.cls.isActive() ? (this.cls.getId() ?? null) : null,
        ip: this.cls.isActive() ? (this.cls.get<string | undefined>(REQUEST_IP) ?? null) : null,
        details: details ?? null,
        prevHash,
        hash: '',
      });
      event.hash = hashOf(event);
      prevHash = event.hash;
    }
    await em.flush();
    return String(seq);
  }

  private currentActor(): AuditActor {
    const actor = this.cls.isActive() ? this.cls.get<AuditActor | undefined>(AUDIT_ACTOR) : undefined;
    return actor ?? { userId: null, label: 'system' };
  }
}

/** One writer per chain at a time, until the transaction ends: the chain stays linear. */
async function lockChain(em: EntityManager, chain: string): Promise<void> {
  await em.execute(LOCK_CHAIN, [`audit:${chain}`]);
}

const LOCK_CHAIN = 'select pg_advisory_xact_lock(hashtextextended(?, 0))';

interface ChainHead {
  seq: string;
  hash: string;
}

/**
 * Locks the chain of `tenantId` (the platform's with null) and reads its head, with `read` after
 * them if given, in one message of the simple query protocol: the head is read by a statement of
 * its own, so with a snapshot taken once the lock is held (read committed), never before. The
 * head, not the newest row, says what comes next: were the newest rows deleted, the gap stays
 * visible to verify() however many events follow. Answers the head and `read`'s rows.
 */
async function lockAndReadHead<T extends object = never>(
  em: EntityManager,
  tenantId: string | null,
  read?: readonly [sql: string, params: unknown[]],
): Promise<[ChainHead | undefined, T[]]> {
  const chain = tenantId ?? PLATFORM_CHAIN;
  const sql = [LOCK_CHAIN, 'select seq::text as seq, hash from audit_chain_head where chain = ?'];
  const params: unknown[] = [`audit:${chain}`, chain];
  if (read) {
    sql.push(read[0]);
    params.push(...read[1]);
  }
  const results = await em.execute<{ seq: string; hash: string }[][]>(sql.join(';\n'), params);
  return [results[1][0], (results[2] ?? []) as unknown as T[]];
}

/** SHA-256 over the previous hash and every field of the event, in a fixed order. */
export function hashOf(event: AuditEvent): string {
  return sha256Hex(
    JSON.stringify([
      event.prevHash,
      event.chain,
      String(event.seq),
      event.tenant?.id ?? null,
      event.occurredAt.toISOString(),
      event.actorUserId ?? null,
      event.actorLabel,
      event.action,
      event.targetType ?? null,
      event.targetId ?? null,
      event.requestId ?? null,
      event.ip ?? null,
      canonical(event.details ?? null),
    ]),
  );
}

function canonical(details: AuditDetails | null): [string, unknown][] | null {
  if (!details) return null;
  return Object.keys(details)
    .sort()
    .map((key) => [key, details[key]]);
}
