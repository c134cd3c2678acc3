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

/** The public way for other domains to read what the webhook stored, inside their tenant transaction. */
@Injectable()
export class StoredWebhookEvents {
  constructor(private readonly keyring: Keyring) {}

  async open(em: EntityManager, eventId: string): Promise<OpenedWebhookEvent | null> {
    const row = await em.findOne(LineWebhookEvent, { id: eventId }, { populate: ['payload'] });
    return row ? this.opened(row) : null;
  }

  /** The events of `eventIds` that exist, in that order, in one query. */
  async openMany(em: EntityManager, eventIds: readonly string[]): Promise<OpenedWebhookEvent[]> {
    if (eventIds.length === 0) return [];
    const rows = await em.find(LineWebhookEvent, { id: { $in: [...eventIds] } }, { populate: ['payload'] });
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
    await em.execute(
      `select count(pg_advisory_xact_lock(?, family)) from (
         select distinct hashtext(channel_id::text || ':' || line_user_id) as family
         from line_webhook_event where id in (select jsonb_array_elements_text(?::jsonb)::uuid) and line_user_id is not null
         order by family) as families`,
      [space, JSON.stringify(eventIds)],
    );
  }

  private opened(row: LineWebhookEvent): OpenedWebhookEvent {
    return {
      id: row.id,
      channelId: row.channel.id,
      type: row.type,
      lineUserId: row.lineUserId ?? null,
      occurredAt: row.occurredAt,
      processed: row.processedAt != null,
      setAside: row.setAsideAt != null,
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
