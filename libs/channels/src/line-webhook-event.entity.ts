import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';
import { LineChannel } from './line-channel.entity';

/**
 * One event LINE delivered to a channel's webhook, stored before the 200 is sent and processed
 * later by a job. Unique per channel and `webhookEventId`, so a redelivery is stored once. The body
 * (it carries what families write) is sealed with the keyring.
 */
@Entity({ tableName: 'line_webhook_event' })
@Unique({ properties: ['channel', 'webhookEventId'] })
// Reports count follows and unfollows by month.
@Index({ properties: ['tenant', 'type', 'occurredAt'] })
// Platform admins list the events set aside, newest first.
@Index({ properties: ['setAsideAt'] })
export class LineWebhookEvent {
  [OptionalProps]?: 'receivedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', index: true })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => LineChannel, { fieldName: 'channel_id', ref: true, deleteRule: 'restrict' })
  channel!: Ref<LineChannel>;

  @Property({ type: 'string', length: 64 })
  webhookEventId!: string;

  @Property({ type: 'string', length: 32 })
  type!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  lineUserId?: string | null;

  /** When LINE says the event happened. */
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Property({ type: 'boolean' })
  redelivery!: boolean;

  @Property({ type: 'text', lazy: true, hidden: true })
  payload!: string;

  @Property({ type: 'datetime' })
  receivedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  processedAt?: Date | null;

  /** Set when the event can never be processed: it is kept, with the reason, and not tried again. */
  @Property({ type: 'datetime', nullable: true })
  setAsideAt?: Date | null;

  /** Why, as a rule and a path (never the event's content). */
  @Property({ type: 'string', length: 200, nullable: true })
  setAsideReason?: string | null;
}

export function webhookEventContext(eventId: string): string {
  return `line-webhook-event:${eventId}`;
}
