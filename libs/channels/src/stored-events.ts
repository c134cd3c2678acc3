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
    if (!row) return null;
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

  async markProcessed(em: EntityManager, eventId: string): Promise<void> {
    await em.nativeUpdate(LineWebhookEvent, { id: eventId }, { processedAt: new Date() });
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
