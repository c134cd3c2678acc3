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
  type Ref,
} from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';
import { LineChannel } from '@tsunagu/channels';
import { Registrant } from '@tsunagu/conversations';
import { BroadcastAudienceKind, BroadcastStatus } from './lifecycle';

export enum BroadcastMessageKind {
  TEXT = 'text',
  IMAGE = 'image',
  /** A link with a title: the family sees the title and opens the address. */
  LINK = 'link',
}

/** One message of a broadcast as composed; turned into LINE's message objects when sent. */
export interface BroadcastMessage {
  kind: BroadcastMessageKind;
  /** TEXT: the text, LINE emoji included as `$` placeholders with `emojis`. */
  text?: string | null;
  emojis?: { index: number; productId: string; emojiId: string }[] | null;
  /** IMAGE: HTTPS addresses of the image and its preview. */
  imageUrl?: string | null;
  previewImageUrl?: string | null;
  /** LINK: the title shown and the HTTPS address opened. */
  title?: string | null;
  url?: string | null;
}

/** Who may approve a tenant's broadcasts; a tenant without a row has the defaults. */
@Entity({ tableName: 'broadcast_settings' })
export class BroadcastSettings {
  [OptionalProps]?: 'approverRoles' | 'approverUserIds' | 'allowSelfApproval' | 'updatedAt';

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', primary: true })
  tenant!: Ref<Tenant>;

  /** Tenant roles (lower case) whose holders approve; tenant admins by default. */
  @Property({ type: ArrayType, columnType: 'text[]', default: '{tenant_admin}' })
  approverRoles: string[] = ['tenant_admin'];

  /** Users named as approvers besides those roles (members of the tenant who may compose). */
  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' })
  approverUserIds: string[] = [];

  /** Whether an approver may approve a broadcast they composed (a tenant with one person in the office). */
  @Property({ type: 'boolean', default: false })
  allowSelfApproval = false;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * A push of up to five messages to a channel's families. Composed, approved and cancelled by
 * named people; once SENDING its audience is frozen in `broadcast_recipient` and its figures are
 * counted from there.
 */
@Entity({ tableName: 'broadcast' })
@Index({ properties: ['tenant', 'createdAt'] })
@Index({ properties: ['tenant', 'status', 'createdAt'] })
export class Broadcast {
  [OptionalProps]?:
    | 'status'
    | 'notificationDisabled'
    | 'testUserIds'
    | 'audienceCount'
    | 'sentCount'
    | 'failedCount'
    | 'skippedCount'
    | 'createdAt'
    | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => LineChannel, { fieldName: 'channel_id', mapToPk: true, deleteRule: 'restrict' })
  channelId!: string;

  /** The staff's name for it (never sent). */
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'json' })
  messages!: BroadcastMessage[];

  @Enum({ items: () => BroadcastAudienceKind })
  audienceKind!: BroadcastAudienceKind;

  /** SEGMENT: the segment as the audience library reads it. */
  @Property({ type: 'json', nullable: true })
  segment: unknown = null;

  /** TEST: the staff users whose linked LINE accounts receive it. */
  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' })
  testUserIds: string[] = [];

  /** When it goes; null: as soon as it is approved. */
  @Property({ type: 'datetime', nullable: true })
  scheduledAt: Date | null = null;

  /** Delivered without a sound or notice (quiet hours). */
  @Property({ type: 'boolean', default: false })
  notificationDisabled = false;

  /** LINE's `customAggregationUnits` name, for LINE's own statistics of this broadcast. */
  @Property({ type: 'string', length: 30, nullable: true })
  aggregationUnit: string | null = null;

  @Enum({ items: () => BroadcastStatus, default: BroadcastStatus.DRAFT })
  status: BroadcastStatus = BroadcastStatus.DRAFT;

  @Property({ type: 'uuid' })
  composedById!: string;

  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  approvedById: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  approvedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  rejectedById: string | null = null;

  @Property({ type: 'string', length: 1000, nullable: true })
  rejectionReason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  cancelledById: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  cancelledAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  sendingStartedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;

  /** Families in the frozen audience (once SENDING). */
  @Property({ type: 'integer', default: 0 })
  audienceCount = 0;

  @Property({ type: 'integer', default: 0 })
  sentCount = 0;

  @Property({ type: 'integer', default: 0 })
  failedCount = 0;

  /** Families who blocked the account after the audience was frozen. */
  @Property({ type: 'integer', default: 0 })
  skippedCount = 0;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

export enum BroadcastBatchStatus {
  PENDING = 'pending',
  SENT = 'sent',
  FAILED = 'failed',
}

/**
 * Up to 500 recipients sent in one multicast. Its retry key is committed before the call, so any
 * later attempt (a retry, a worker restarted after a crash) sends the same key and LINE delivers
 * the batch at most once.
 */
@Entity({ tableName: 'broadcast_batch' })
export class BroadcastBatch {
  [OptionalProps]?: 'status' | 'attempts' | 'sentCount' | 'skippedCount';

  @ManyToOne(() => Broadcast, { fieldName: 'broadcast_id', mapToPk: true, deleteRule: 'restrict', primary: true })
  broadcastId!: string;

  @PrimaryKey({ type: 'integer' })
  batchNo!: number;

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @Property({ type: 'uuid', nullable: true })
  retryKey: string | null = null;

  @Enum({ items: () => BroadcastBatchStatus, default: BroadcastBatchStatus.PENDING })
  status: BroadcastBatchStatus = BroadcastBatchStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  attempts = 0;

  @Property({ type: 'integer', default: 0 })
  sentCount = 0;

  @Property({ type: 'integer', default: 0 })
  skippedCount = 0;

  /** Why LINE refused it (a status and LINE's message), for the figures. */
  @Property({ type: 'string', length: 500, nullable: true })
  failureReason: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;
}

/** A family in a broadcast's frozen audience, in one batch. */
@Entity({ tableName: 'broadcast_recipient' })
@Index({ properties: ['broadcastId', 'batchNo'] })
// A family's broadcasts, and the check that a family being removed is in none.
@Index({ properties: ['registrantId'] })
export class BroadcastRecipient {
  [OptionalProps]?: 'skipped';

  @ManyToOne(() => Broadcast, { fieldName: 'broadcast_id', mapToPk: true, deleteRule: 'restrict', primary: true })
  broadcastId!: string;

  @ManyToOne(() => Registrant, { fieldName: 'registrant_id', mapToPk: true, deleteRule: 'restrict', primary: true })
  registrantId!: string;

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @Property({ type: 'integer' })
  batchNo!: number;

  @Property({ type: 'string', length: 64 })
  lineUserId!: string;

  /** The family blocked the account between the freeze and its batch: not sent to. */
  @Property({ type: 'boolean', default: false })
  skipped = false;
}

export enum BroadcastStatisticsState {
  /** Not read from LINE yet (LINE counts for a while after sending). */
  PENDING = 'pending',
  READY = 'ready',
  /** LINE answered 403: the channel's plan gives no statistics. */
  NOT_AVAILABLE = 'not_available',
  /** LINE refused the read (an access token it no longer accepts, say). */
  FAILED = 'failed',
}

/** Taps of one link of a bubble, as LINE last counted them; null under LINE's threshold of 20 people. */
export interface BroadcastLinkStatistics {
  seq: number;
  url: string;
  click: number | null;
  uniqueClick: number | null;
}

/**
 * LINE's statistics of a sent broadcast's aggregation unit, as last read: read daily for the two weeks
 * LINE updates them (then `final`), and when staff ask (at most every few minutes).
 */
@Entity({ tableName: 'broadcast_statistics' })
export class BroadcastStatistics {
  [OptionalProps]?:
    | 'state'
    | 'uniqueImpression'
    | 'uniqueClick'
    | 'clicks'
    | 'readAt'
    | 'requestedAt'
    | 'refreshing'
    | 'final'
    | 'failureReason'
    | 'updatedAt';

  @ManyToOne(() => Broadcast, { fieldName: 'broadcast_id', mapToPk: true, deleteRule: 'restrict', primary: true })
  broadcastId!: string;

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @Enum({ items: () => BroadcastStatisticsState, default: BroadcastStatisticsState.PENDING })
  state: BroadcastStatisticsState = BroadcastStatisticsState.PENDING;

  /** People who opened it; null under LINE's threshold. */
  @Property({ type: 'integer', nullable: true })
  uniqueImpression: number | null = null;

  /** People who tapped any of its links; null under LINE's threshold. */
  @Property({ type: 'integer', nullable: true })
  uniqueClick: number | null = null;

  @Property({ type: 'json' })
  clicks: BroadcastLinkStatistics[] = [];

  /** When LINE last answered with figures. */
  @Property({ type: 'datetime', nullable: true })
  readAt: Date | null = null;

  /** When staff last asked for a read: they may ask again a few minutes later. */
  @Property({ type: 'datetime', nullable: true })
  requestedAt: Date | null = null;

  /** A read staff asked for is queued. */
  @Property({ type: 'boolean', default: false })
  refreshing = false;

  /** Read after LINE stopped updating them: they no longer change. */
  @Property({ type: 'boolean', default: false })
  final = false;

  @Property({ type: 'string', length: 200, nullable: true })
  failureReason: string | null = null;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

export const BROADCAST_ENTITIES = [
  BroadcastSettings,
  Broadcast,
  BroadcastBatch,
  BroadcastRecipient,
  BroadcastStatistics,
];
