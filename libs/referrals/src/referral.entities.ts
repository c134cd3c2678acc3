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
  type Ref,
} from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';
import { Conversation, Registrant } from '@tsunagu/conversations';
import { PartnerOrganization, PartnerService } from '@tsunagu/partners';
import type { SharedAssessmentField } from '@tsunagu/case-records';
import { ReferralCloseReason, ReferralOutcome, ReferralSide, ReferralStatus } from './lifecycle';

export enum ConsentMethod {
  IN_CHAT = 'in_chat',
  BY_PHONE = 'by_phone',
  IN_PERSON = 'in_person',
}

/** A tenant's referral settings; a tenant without a row has the defaults. */
@Entity({ tableName: 'referral_settings' })
@Check({
  name: 'referral_settings_response_business_days_check',
  expression: 'response_business_days >= 1 and response_business_days <= 30',
})
export class ReferralSettings {
  [OptionalProps]?: 'responseBusinessDays' | 'updatedAt';

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', primary: true })
  tenant!: Ref<Tenant>;

  /** Business days a partner has to accept or decline a sent referral. */
  @Property({ type: 'integer', default: 3 })
  responseBusinessDays = 3;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * A family's consent to share with one partner organisation for one purpose: who obtained it, on
 * which date, how. Withdrawn, it stops every sharing made under it.
 */
@Entity({ tableName: 'referral_consent' })
@Index({ properties: ['tenant', 'registrantId'] })
export class ReferralConsent {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  // Relations kept as ids (`mapToPk`): the database keeps them whole, the code passes ids.
  @ManyToOne(() => Registrant, { fieldName: 'registrant_id', mapToPk: true, deleteRule: 'restrict' })
  registrantId!: string;

  @ManyToOne(() => PartnerOrganization, { fieldName: 'partner_organization_id', mapToPk: true, deleteRule: 'restrict' })
  partnerOrganizationId!: string;

  @Property({ type: 'string', length: 500 })
  purpose!: string;

  @Enum({ items: () => ConsentMethod })
  method!: ConsentMethod;

  /** A calendar date (`YYYY-MM-DD`). */
  @Property({ type: 'date' })
  obtainedOn!: string;

  @Property({ type: 'uuid' })
  obtainedById!: string;

  @Property({ type: 'string', length: 2000, nullable: true })
  note?: string | null;

  @Property({ type: 'datetime', nullable: true })
  withdrawnAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  withdrawnById?: string | null;

  @Property({ type: 'string', length: 2000, nullable: true })
  withdrawalNote?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** A family referred to a partner organisation (つなぐ). */
@Entity({ tableName: 'referral' })
@Index({ properties: ['tenant', 'status', 'createdAt'] })
@Index({ properties: ['tenant', 'partnerOrganizationId', 'createdAt'] })
// A family's referrals (its card), and those made from one conversation (the `conversationId` filter).
@Index({ properties: ['tenant', 'registrantId', 'createdAt'] })
@Index({ properties: ['tenant', 'conversationId', 'createdAt'] })
export class Referral {
  [OptionalProps]?:
    | 'status'
    | 'shareDisplayName'
    | 'sharedMessageIds'
    | 'sharedAssessmentFields'
    | 'createdAt'
    | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => Registrant, { fieldName: 'registrant_id', mapToPk: true, deleteRule: 'restrict' })
  registrantId!: string;

  @ManyToOne(() => Conversation, {
    fieldName: 'conversation_id',
    mapToPk: true,
    nullable: true,
    deleteRule: 'restrict',
  })
  conversationId?: string | null;

  @ManyToOne(() => PartnerOrganization, { fieldName: 'partner_organization_id', mapToPk: true, deleteRule: 'restrict' })
  partnerOrganizationId!: string;

  @ManyToOne(() => PartnerService, {
    fieldName: 'partner_service_id',
    mapToPk: true,
    nullable: true,
    deleteRule: 'restrict',
  })
  partnerServiceId?: string | null;

  @ManyToOne(() => ReferralConsent, {
    fieldName: 'consent_id',
    mapToPk: true,
    nullable: true,
    deleteRule: 'restrict',
    index: true,
  })
  consentId?: string | null;

  @Enum({ items: () => ReferralStatus, default: ReferralStatus.DRAFT })
  status: ReferralStatus = ReferralStatus.DRAFT;

  /** Written for the partner: the only free text they see. */
  @Property({ type: 'string', length: 4000 })
  summary!: string;

  @Property({ type: 'boolean', default: false })
  shareDisplayName = false;

  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' })
  sharedMessageIds: string[] = [];

  /** Keys of the latest assessment's fields to share: their values are read when it is sent. */
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  sharedAssessmentFields: string[] = [];

  @Property({ type: 'uuid' })
  createdById!: string;

  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date | null;

  /** The last business day for the partner to accept or decline (a calendar date). */
  @Property({ type: 'date', nullable: true })
  respondBy?: string | null;

  /** When the deadline passed unanswered (the reminder went out). */
  @Property({ type: 'datetime', nullable: true })
  overdueAt?: Date | null;

  /** Accepted or declined. */
  @Property({ type: 'datetime', nullable: true })
  respondedAt?: Date | null;

  /** Completed, closed, declined or recalled. */
  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;

  @Enum({ items: () => ReferralOutcome, nullable: true })
  outcome?: ReferralOutcome | null;

  @Enum({ items: () => ReferralCloseReason, nullable: true })
  closeReason?: ReferralCloseReason | null;

  @Property({ type: 'string', length: 2000, nullable: true })
  declineReason?: string | null;

  @Property({ type: 'string', length: 2000, nullable: true })
  recallReason?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** What a partner sees of a referral: taken when it is sent, emptied when consent is withdrawn. */
@Entity({ tableName: 'referral_share' })
export class ReferralShare {
  [OptionalProps]?: 'messages' | 'assessmentFields';

  // A relation (kept as its id) so that the unit of work inserts the referral first.
  @ManyToOne(() => Referral, { fieldName: 'referral_id', primary: true, mapToPk: true, deleteRule: 'restrict' })
  referralId!: string;

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @Property({ type: 'uuid' })
  partnerOrganizationId!: string;

  @Property({ type: 'string', length: 4000, nullable: true })
  summary?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  displayName?: string | null;

  @Property({ type: 'json' })
  messages: SharedMessage[] = [];

  /** The chosen fields of the family's latest assessment, as they were when sent. */
  @Property({ type: 'json' })
  assessmentFields: SharedAssessmentField[] = [];

  @Property({ type: 'datetime' })
  sharedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  withdrawnAt?: Date | null;
}

export interface SharedMessage {
  direction: 'in' | 'out';
  text: string;
  sentAt: string;
}

/** One step of a referral's timeline, seen by both sides. */
@Entity({ tableName: 'referral_event' })
@Index({ properties: ['referralId', 'occurredAt'] })
// Reports count the timeline's steps by month.
@Index({ properties: ['tenant', 'occurredAt'] })
export class ReferralEvent {
  [OptionalProps]?: 'occurredAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => Referral, { fieldName: 'referral_id', mapToPk: true, deleteRule: 'restrict' })
  referralId!: string;

  @Property({ type: 'uuid' })
  partnerOrganizationId!: string;

  @Enum({ items: () => ReferralStatus, nullable: true })
  fromStatus?: ReferralStatus | null;

  @Enum({ items: () => ReferralStatus })
  toStatus!: ReferralStatus;

  /** Null for the system. */
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Enum({ items: () => ReferralSide })
  actorSide!: ReferralSide;

  /** The outcome, close reason, or `overdue`: a stable code. */
  @Property({ type: 'string', length: 100, nullable: true })
  reason?: string | null;

  @Property({ type: 'string', length: 2000, nullable: true })
  note?: string | null;

  @Property({ type: 'datetime' })
  occurredAt: Date = new Date();
}
