import { randomUUID } from 'node:crypto';
import {
  ArrayType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Ref,
} from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';
import { LineChannel, type QuickReplyItem } from '@tsunagu/channels';

export enum RegistrantStatus {
  ACTIVE = 'active',
  /** The family blocked (unfollowed) the account: nothing is ever pushed to them. */
  BLOCKED = 'blocked',
}

export enum ConversationStatus {
  OPEN = 'open',
  PENDING = 'pending',
  RESOLVED = 'resolved',
}

export enum ConversationPriority {
  NORMAL = 'normal',
  HIGH = 'high',
  URGENT = 'urgent',
}

/** What became of an outbound message; the counsellor sees it. */
export enum DeliveryStatus {
  QUEUED = 'queued',
  SENT = 'sent',
  FAILED = 'failed',
  /** LINE's answer never came (a timeout or a 5xx to a reply): not sent again, shown to the counsellor. */
  UNKNOWN = 'unknown',
}

/** Why the system, not a counsellor, sent an outbound message. */
export enum AutomaticReply {
  WELCOME = 'welcome',
  OUT_OF_HOURS = 'out_of_hours',
  CRISIS = 'crisis',
  /** A question of the family survey (or its closing thanks): answered with quick replies, never by a counsellor. */
  SURVEY = 'survey',
  /** A step of a food-delivery application (applied, eligible, enrolled, ...), or the application link. */
  FOOD_DELIVERY = 'food_delivery',
}

export enum MessageDirection {
  IN = 'in',
  OUT = 'out',
}

/** A family: a LINE user of one of the tenant's channels. */
@Entity({ tableName: 'registrant' })
// Segments ask whether a family has any of some tags (`labels && array[...]`).
@Index({
  name: 'registrant_labels_index',
  expression: `create index "registrant_labels_index" on "registrant" using gin ("labels")`,
})
@Unique({ properties: ['channel', 'lineUserId'] })
export class Registrant {
  [OptionalProps]?: 'status' | 'labels' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', index: true })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => LineChannel, { fieldName: 'channel_id', ref: true, deleteRule: 'restrict' })
  channel!: Ref<LineChannel>;

  @Property({ type: 'string', length: 64 })
  lineUserId!: string;

  /** From the LINE profile; null until fetched. */
  @Property({ type: 'string', length: 200, nullable: true })
  displayName?: string | null;

  @Enum({ items: () => RegistrantStatus, default: RegistrantStatus.ACTIVE })
  status: RegistrantStatus = RegistrantStatus.ACTIVE;

  @Property({ type: 'datetime' })
  firstContactAt!: Date;

  @Property({ type: 'datetime' })
  lastContactAt!: Date;

  /** Tags staff gave the family by hand (GraphQL `tags`): free text, NFC, 1 to 30 characters each. */
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  labels: string[] = [];

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** A registrant's thread with the counsellors. One per registrant; a resolved one reopens on a new message. */
@Entity({ tableName: 'conversation' })
// The inbox's order (urgent first, then newest, id last): read in order from the index, no sort (InboxUrgentFirst).
@Index({
  name: 'conversation_inbox_order_index',
  expression: `create index "conversation_inbox_order_index" on "conversation" ("tenant_id", ("priority" = 'urgent'), "last_message_at", "id")`,
})
@Index({ properties: ['tenant', 'createdAt'] })
export class Conversation {
  [OptionalProps]?: 'status' | 'priority' | 'unreadCount' | 'categoryIds' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => Registrant, { fieldName: 'registrant_id', ref: true, deleteRule: 'restrict', unique: true })
  registrant!: Ref<Registrant>;

  @Enum({ items: () => ConversationStatus, default: ConversationStatus.OPEN })
  status: ConversationStatus = ConversationStatus.OPEN;

  @Enum({ items: () => ConversationPriority, default: ConversationPriority.NORMAL })
  priority: ConversationPriority = ConversationPriority.NORMAL;

  /** The counsellor in charge (a user id), if any. */
  @Property({ type: 'uuid', nullable: true })
  assigneeId?: string | null;

  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' })
  categoryIds: string[] = [];

  @Property({ type: 'integer', default: 0 })
  unreadCount = 0;

  @Property({ type: 'datetime' })
  lastMessageAt!: Date;

  /** The first inbound message still waiting for an answer, for first-response time. */
  @Property({ type: 'datetime', nullable: true })
  awaitingSince?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  firstResponseAt?: Date | null;

  /** Since when an urgent message waits for a counsellor to acknowledge it; null once acknowledged. */
  @Property({ type: 'datetime', nullable: true })
  urgentSince?: Date | null;

  /** The keyword rule that began the urgent episode, as the tenant wrote it; null with `urgentSince`. */
  @Property({ type: 'string', length: 50, nullable: true })
  urgentKeyword?: string | null;

  @Property({ type: 'datetime', nullable: true })
  acknowledgedAt?: Date | null;

  /** When the escalation contacts were last told that nobody acknowledged it. */
  @Property({ type: 'datetime', nullable: true })
  escalatedAt?: Date | null;

  /** The last automatic out-of-hours (or crisis) answer: one per closed period is enough. */
  @Property({ type: 'datetime', nullable: true })
  outOfHoursRepliedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  crisisRepliedAt?: Date | null;

  /** The reply token of the latest inbound message, usable once and only briefly. */
  @Property({ type: 'string', length: 64, nullable: true, lazy: true })
  replyToken?: string | null;

  @Property({ type: 'datetime', nullable: true })
  replyTokenAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One message, in (from the family) or out (from a counsellor or the system). */
@Entity({ tableName: 'message' })
// A thread newest first, and a conversation's last message: `sent_at desc, id desc`.
@Index({ properties: ['conversation', 'sentAt', 'id'] })
// Reports count a tenant's messages by month, and first responses by when the wait began.
@Index({ properties: ['tenant', 'sentAt', 'direction'] })
@Index({ properties: ['tenant', 'answersSince'] })
@Unique({ properties: ['tenant', 'lineMessageId'] })
export class Message {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => Conversation, { fieldName: 'conversation_id', ref: true, deleteRule: 'restrict' })
  conversation!: Ref<Conversation>;

  @Enum({ items: () => MessageDirection })
  direction!: MessageDirection;

  /** LINE's message type (text, image, sticker, location, file, audio, video), or postback. */
  @Property({ type: 'string', length: 16 })
  type!: string;

  /** Text messages only; erased when the family unsends the message. */
  @Property({ type: 'text', nullable: true })
  text?: string | null;

  /** LINE's message id; for a postback, its webhook event id (up to 64 characters, as stored). */
  @Property({ type: 'string', length: 64, nullable: true })
  lineMessageId?: string | null;

  /** The counsellor who wrote an outbound message. */
  @Property({ type: 'uuid', nullable: true })
  sentByUserId?: string | null;

  /** Set when the system sent this message by itself (welcome, out of hours, crisis). */
  @Enum({ items: () => AutomaticReply, nullable: true })
  automatic?: AutomaticReply | null;

  @Property({ type: 'datetime' })
  sentAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  unsentAt?: Date | null;

  /** Buttons sent with an automatic message (a survey question's answers), as LINE takes them. */
  @Property({ type: 'json', nullable: true })
  quickReply?: QuickReplyItem[] | null;

  @Enum({ items: () => DeliveryStatus, nullable: true })
  deliveryStatus?: DeliveryStatus | null;

  /** `X-Line-Retry-Key` of the push: stored before the first attempt, so a retry never sends twice. */
  @Property({ type: 'uuid', nullable: true })
  retryKey?: string | null;

  /** The reply token this message may use (once), if it was fresh when the message was written. */
  @Property({ type: 'string', length: 64, nullable: true, lazy: true })
  replyToken?: string | null;

  @Property({ type: 'datetime', nullable: true })
  replyAttemptedAt?: Date | null;

  @Property({ type: 'string', length: 200, nullable: true })
  deliveryError?: string | null;

  /**
   * On a counsellor's reply that ended a family's wait: when the wait began (the first unanswered
   * inbound message), and whether the channel was open then. Reports measure first-response times
   * from these, in and out of business hours.
   */
  @Property({ type: 'datetime', nullable: true })
  answersSince?: Date | null;

  @Property({ type: 'boolean', nullable: true })
  answersInHours?: boolean | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
