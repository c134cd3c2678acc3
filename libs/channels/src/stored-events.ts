import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Keyring } from '@tsunagu/platform/crypto';
import { LineWebhookEvent, webhookEventContext } from './line-webhook-event.entity';

/** A stored webhook event, opened: LINE's event object as delivered, and where it came from. */
export interface OpenedWebhookEvent {
  id: string;
  channelId: string;
  type: string;
  lineUserId: string | null;
  occurredAt: Date;
  processed: boolean;
  /** Set aside: it can never be processed, and is not tried again. */
  setAside: boolean;
  /** LINE's event object (see ../shared/specs/line/webhook.yml). */
  event: Record<string, unknown>;
}

/** The advisory locks of the families of a JSON array of event ids (`lockFamilies`). */
const LOCK_FAMILIES = `select count(pg_advisory_xact_lock(?, family)) from (
  select distinct hashtext(channel_id::text || ':' || line_user_id) as family
  from line_webhook_event where id = any(?::uuid[]) and line_user_id is not null
  order by family) as families`;

/** The stored events of a JSON array of ids, as plain rows (`openMany`). */
const OPEN_EVENTS = `select id, channel_id, type, line_user_id, payload,
  extract(epoch from occurred_at) * 1000 as occurred_ms,
  processed_at is not null as processed, set_aside_at is not null as set_aside
from line_webhook_event where id = any(?::uuid[])`;

interface StoredEventRow {
  id: string;
  channel_id: string;
  type: string;
  line_user_id: string | null;
  payload: string;
  /** `occurred_at` in milliseconds since the epoch (a numeric). */
  occurred_ms: string | number;
  processed: boolean;
  set_aside: boolean;
}

/** The public way for other domains to read what the webhook stored, inside their tenant transaction. */
@Injectable()
export class StoredWebhookEvents {
  constructor(private readonly keyring: Keyring) {}

  async open(em: EntityManager, eventId: string): Promise<OpenedWebhookEvent | null> {
    const [opened] = await this.openMany(em, [eventId]);
    return opened ?? null;
  }

  /**
   * The events of `eventIds` that exist, in that order, in one query. Read as plain rows, not
   * entities: a batch's hundreds of events in the unit of work cost its flush a comparison each.
   */
  async openMany(em: EntityManager, eventIds: readonly string[]): Promise<OpenedWebhookEvent[]> {
    if (eventIds.length === 0) return [];
    const rows = await em.execute<StoredEventRow[]>(OPEN_EVENTS, [uuidArray(eventIds)]);
    return this.inOrder(eventIds, rows);
  }

  /**
   * `lockFamilies` and then `openMany`, and `reads` after them (statements with `?` bindings, whose
   * rows are answered in order), in one round trip: one message of the simple query protocol in the
   * transaction of `em`, each statement seeing what committed before it began (the events another
   * worker processed while this one waited for their families' locks are seen as processed).
   */
  async lockAndOpen(
    em: EntityManager,
    space: number,
    eventIds: readonly string[],
    reads: readonly (readonly [sql: string, params: unknown[]])[] = [],
  ): Promise<{ opened: OpenedWebhookEvent[]; rows: Record<string, unknown>[][] }> {
    if (eventIds.length === 0) return { opened: [], rows: reads.map(() => []) };
    const ids = uuidArray(eventIds);
    const platform = em.getPlatform();
    const message = [[LOCK_FAMILIES, [space, ids]] as const, [OPEN_EVENTS, [ids]] as const, ...reads]
      .map(([sql, params]) => platform.formatQuery(sql, params))
      .join(';\n');
    const transaction = em.getTransactionContext<{ raw(sql: string): Promise<unknown> }>();
    if (!transaction) throw new Error('lockAndOpen needs a transaction');
    const results = (await transaction.raw(message)) as { rows: Record<string, unknown>[] }[];
    if (!Array.isArray(results) || results.length !== reads.length + 2) {
      throw new Error('each read of lockAndOpen is exactly one statement');
    }
    return {
      opened: this.inOrder(eventIds, results[1].rows as unknown as StoredEventRow[]),
      rows: results.slice(2).map((result) => result.rows),
    };
  }

  private inOrder(eventIds: readonly string[], rows: StoredEventRow[]): OpenedWebhookEvent[] {
    const byId = new Map(rows.map((row) => [row.id, row]));
    return eventIds.flatMap((id) => {
      const row = byId.get(id);
      return row ? [this.opened(row)] : [];
    });
  }

  /**
   * Takes, until the transaction ends, the advisory locks (`space`, hash of channel and LINE user)
   * of the families of `eventIds`, in the order of their keys, so that two transactions locking
   * several families cannot deadlock; one statement.
   */
  async lockFamilies(em: EntityManager, space: number, eventIds: readonly string[]): Promise<void> {
    if (eventIds.length === 0) return;
    await em.execute(LOCK_FAMILIES, [space, uuidArray(eventIds)]);
  }

  private opened(row: StoredEventRow): OpenedWebhookEvent {
    return {
      id: row.id,
      channelId: row.channel_id,
      type: row.type,
      lineUserId: row.line_user_id,
      occurredAt: new Date(Number(row.occurred_ms)),
      processed: row.processed,
      setAside: row.set_aside,
      event: JSON.parse(this.keyring.openText(row.payload, webhookEventContext(row.id))) as Record<string, unknown>,
    };
  }

  async markProcessed(em: EntityManager, eventIds: string | readonly string[]): Promise<void> {
    const ids = typeof eventIds === 'string' ? [eventIds] : [...eventIds];
    if (ids.length === 0) return;
    await em.nativeUpdate(LineWebhookEvent, { id: { $in: ids } }, { processedAt: new Date() });
  }

  /** Keeps an event that can never be processed out of processing, with the reason (no content). */
  async setAside(em: EntityManager, eventId: string, reason: string): Promise<void> {
    await em.nativeUpdate(
      LineWebhookEvent,
      { id: eventId, processedAt: null, setAsideAt: null },
      { setAsideAt: new Date(), setAsideReason: reason.slice(0, 200) },
    );
  }
}

/**
 * Event ids as one PostgreSQL array value (`= any(?::uuid[])`): planned with its length known, an
 * index lookup per id; a JSON array unnested in a subquery was planned as a scan of the table.
 */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}
