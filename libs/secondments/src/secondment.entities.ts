import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';

export enum SecondmentStatus {
  PLANNED = 'planned',
  ACTIVE = 'active',
  COMPLETED = 'completed',
  EXTENDED = 'extended',
  ENDED_EARLY = 'ended_early',
}

/** 地方公務員法第39条第1項 研修派遣: the default legal basis of a secondment. */
export const DEFAULT_LEGAL_BASIS = '地方公務員法第39条第1項 研修派遣';

/**
 * A municipal employee seconded to the NPO. Owned by the home municipality's tenant (`tenant`),
 * like everything of the roster: row-level security keeps each city to its own people.
 */
@Entity({ tableName: 'seconded_staff' })
export class SecondedStaff {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', index: true })
  tenant!: Ref<Tenant>;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 100 })
  nameKana!: string;

  @Property({ type: 'string', length: 200 })
  homeDepartment!: string;

  @Property({ type: 'string', length: 100 })
  jobTitle!: string;

  @Property({ type: 'string', length: 50, nullable: true })
  employeeNumber?: string | null;

  /** Their tsunagu account, when they have one: they read their own record. */
  @Property({ type: 'uuid', nullable: true })
  userId?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One secondment (研修派遣) of a staff member to the NPO, under a memorandum (覚書). */
@Entity({ tableName: 'secondment' })
@Index({ properties: ['tenant', 'startsOn'] })
export class Secondment {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => SecondedStaff, { fieldName: 'staff_id', mapToPk: true, deleteRule: 'restrict', index: true })
  staffId!: string;

  @Property({ type: 'string', length: 200 })
  hostOrganization!: string;

  @Property({ type: 'string', length: 200 })
  hostDepartment!: string;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  @Property({ type: 'string', length: 500 })
  legalBasis!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  memorandumTitle?: string | null;

  @Property({ type: 'date', nullable: true })
  memorandumSignedOn?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  memorandumReference?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  memorandumUrl?: string | null;

  @Property({ type: 'string', length: 2000, nullable: true })
  duties?: string | null;

  @Enum({ items: () => SecondmentStatus, default: SecondmentStatus.PLANNED })
  status: SecondmentStatus = SecondmentStatus.PLANNED;

  @Property({ type: 'date', nullable: true })
  endedEarlyOn?: string | null;

  @Property({ type: 'string', length: 2000, nullable: true })
  endReason?: string | null;

  /** The mentor at the NPO: a name, and their account when they have one. */
  @Property({ type: 'string', length: 100, nullable: true })
  mentorName?: string | null;

  @Property({ type: 'uuid', nullable: true })
  mentorUserId?: string | null;

  /** Where they went back to, for the alumni view. */
  @Property({ type: 'string', length: 200, nullable: true })
  returnDepartment?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  returnRole?: string | null;

  /**
   * The last day the NPO was reminded of (the reminder 30 days before the end): a secondment
   * whose end moves gets a reminder for its new end; one already reminded of its end, none.
   */
  @Property({ type: 'date', nullable: true })
  endReminderFor?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** Work within a secondment for a city (possibly not the home one) and a programme there. */
@Entity({ tableName: 'secondment_assignment' })
export class SecondmentAssignment {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => Secondment, { fieldName: 'secondment_id', mapToPk: true, deleteRule: 'restrict', index: true })
  secondmentId!: string;

  /** The city the work is for; no foreign key to its rows: that city sees nothing of the roster. */
  @Property({ type: 'uuid' })
  cityTenantId!: string;

  /** The programme, as text (おやこよりそいチャット山形, 文京区こども宅食, ...). */
  @Property({ type: 'string', length: 200 })
  programme!: string;

  /** When the programme is one of the city's LINE channels; its name is kept in `programme`. */
  @Property({ type: 'uuid', nullable: true })
  lineChannelId?: string | null;

  @Property({ type: 'string', length: 100 })
  role!: string;

  /** Share of their time, in percent. */
  @Property({ type: 'integer' })
  timeShare!: number;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** A dated interview note with its short structured part; never shown to the home city. */
@Entity({ tableName: 'secondment_check_in' })
export class SecondmentCheckIn {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => Secondment, { fieldName: 'secondment_id', mapToPk: true, deleteRule: 'restrict', index: true })
  secondmentId!: string;

  @Property({ type: 'date' })
  heldOn!: string;

  @Property({ type: 'uuid' })
  authorUserId!: string;

  /** 1 (struggling) to 5 (thriving). */
  @Property({ type: 'integer' })
  wellbeing!: number;

  @Property({ type: 'string', length: 2000, nullable: true })
  learningGoals?: string | null;

  @Property({ type: 'string', length: 2000, nullable: true })
  issues?: string | null;

  @Property({ type: 'string', length: 4000, nullable: true })
  notes?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** A tenant admin's review of their roster (an onboarding item). */
@Entity({ tableName: 'roster_review' })
export class RosterReview {
  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', primary: true })
  tenant!: Ref<Tenant>;

  @Property({ type: 'uuid' })
  reviewedById!: string;

  @Property({ type: 'datetime' })
  reviewedAt: Date = new Date();
}
