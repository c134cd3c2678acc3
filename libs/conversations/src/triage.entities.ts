import { randomUUID } from 'node:crypto';
import {
  ArrayType,
  Check,
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
import { Conversation } from './conversation.entities';

/** A number a family can call when nobody can answer in time (児童相談所 189, 110, 119, ...). */
export interface CrisisContact {
  name: string;
  phone: string;
  /** e.g. 24時間・無料 */
  note?: string | null;
}

/**
 * A tenant's triage configuration, one row per tenant, created with the defaults the first time
 * the tenant's inbox needs it (see TriageSettings).
 */
@Entity({ tableName: 'inbox_settings' })
export class InboxSettings {
  [OptionalProps]?: 'escalationMinutes' | 'escalationEmails' | 'createdAt' | 'updatedAt';

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', primary: true })
  tenant!: Ref<Tenant>;

  @Property({ type: 'json' })
  crisisContacts!: CrisisContact[];

  /** Emailed when nobody acknowledges an urgent conversation within `escalationMinutes`. */
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  escalationEmails: string[] = [];

  @Property({ type: 'integer', default: 15 })
  escalationMinutes = 15;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A word that marks a conversation URGENT (self-harm, abuse), matched on folded text. */
@Entity({ tableName: 'keyword_rule' })
@Unique({ properties: ['tenant', 'folded'] })
export class KeywordRule {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  /** As the tenant wrote it. */
  @Property({ type: 'string', length: 50 })
  keyword!: string;

  /** NFKC, katakana as hiragana, lower case: what messages are compared with. */
  @Property({ type: 'string', length: 50 })
  folded!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

export enum NotificationKind {
  /** A keyword marked the conversation urgent. */
  URGENT = 'urgent',
  /** Nobody acknowledged an urgent conversation in time: the escalation contacts were told. */
  ESCALATED = 'escalated',
  /** A referral was sent to the user's partner organisation. */
  REFERRAL_RECEIVED = 'referral_received',
  /** A referral the user made (or answers) changed status. */
  REFERRAL_UPDATED = 'referral_updated',
  /** A sent referral passed its response deadline unanswered. */
  REFERRAL_OVERDUE = 'referral_overdue',
  /** A family's case the user is responsible for has reached its review date. */
  CASE_REVIEW_DUE = 'case_review_due',
  /** A counsellor's task was raised about a family (a delivery's worrying observation): for its assignee, or every counsellor. */
  COUNSELLOR_TASK = 'counsellor_task',
  /** The same, marked urgent. */
  COUNSELLOR_TASK_URGENT = 'counsellor_task_urgent',
}

/** One urgent episode of a conversation: when a keyword first marked it urgent, until acknowledged. Reports count them. */
@Entity({ tableName: 'urgent_episode' })
@Index({ properties: ['tenant', 'beganAt'] })
export class UrgentEpisode {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => Conversation, { fieldName: 'conversation_id', mapToPk: true, deleteRule: 'restrict' })
  conversationId!: string;

  @Property({ type: 'datetime' })
  beganAt!: Date;
}

/** An in-app notice to one user about one conversation, one referral or one counsellor's task (no content). */
@Entity({ tableName: 'notification' })
@Index({ properties: ['tenant', 'userId', 'createdAt'] })
@Check({ name: 'notification_about_one_thing', expression: 'num_nonnulls(conversation_id, referral_id, task_id) = 1' })
export class Notification {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @Property({ type: 'uuid' })
  userId!: string;

  @Enum({ items: () => NotificationKind })
  kind!: NotificationKind;

  @ManyToOne(() => Conversation, { fieldName: 'conversation_id', ref: true, deleteRule: 'restrict', nullable: true })
  conversation?: Ref<Conversation> | null;

  @Property({ type: 'uuid', nullable: true })
  referralId?: string | null;

  /** A counsellor's task (case records' `counsellor_task`). */
  @Property({ type: 'uuid', nullable: true })
  taskId?: string | null;

  /** The urgent episode it is about: reading it acknowledges that episode, not a later one. */
  @Property({ type: 'datetime', nullable: true })
  urgentSince?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;
}

/** Who is on duty: urgent notifications go to them (to every counsellor when nobody is). */
@Entity({ tableName: 'counsellor_duty' })
export class CounsellorDuty {
  [OptionalProps]?: 'updatedAt';

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', primary: true })
  tenant!: Ref<Tenant>;

  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'boolean' })
  onDuty!: boolean;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
