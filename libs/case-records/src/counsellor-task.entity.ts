import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';
import { Registrant } from '@tsunagu/conversations';
// By name, not by class: the case record's file lists this entity among its own (no import cycle).
import type { CaseRecord } from './case-record.entities';

/** What made the task: today, a worrying look at a family's door during a food delivery. */
export enum CounsellorTaskKind {
  DELIVERY_OBSERVATION = 'delivery_observation',
}

export enum CounsellorTaskUrgency {
  /** 気になる: look into it soon. */
  CONCERN = 'concern',
  /** 緊急: look into it now. */
  URGENT = 'urgent',
}

export enum CounsellorTaskStatus {
  OPEN = 'open',
  DONE = 'done',
}

/**
 * Something a counsellor should follow up about a family, raised by another part of the work (a
 * delivery's observation). It names the family (and its case when it has one), is assigned to the
 * case's responsible counsellor or left for any counsellor to take, and is closed as done.
 */
@Entity({ tableName: 'counsellor_task' })
@Index({ name: 'counsellor_task_list_index', properties: ['tenant', 'status', 'assigneeUserId', 'createdAt'] })
// One task per thing that raised it: a second observation of the same delivery updates the first.
@Unique({ properties: ['tenant', 'sourceType', 'sourceId'] })
export class CounsellorTask {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', index: true })
  tenant!: Ref<Tenant>;

  @Enum({ items: () => CounsellorTaskKind })
  kind!: CounsellorTaskKind;

  @Enum({ items: () => CounsellorTaskUrgency })
  urgency!: CounsellorTaskUrgency;

  /** What to do, as the counsellor reads it in the list: `こども宅食 第2回: 配達時の様子「緊急」`. */
  @Property({ type: 'string', length: 300 })
  title!: string;

  /** The family as staff call it (the household's name), for a family without a LINE account too. */
  @Property({ type: 'string', length: 200 })
  familyLabel!: string;

  /** What the deliverer wrote, if anything. */
  @Property({ type: 'string', length: 2000, nullable: true })
  detail?: string | null;

  /** The family's LINE registration, when it has one (erasing the family leaves the task without it). */
  @ManyToOne(() => Registrant, {
    fieldName: 'registrant_id',
    ref: true,
    deleteRule: 'set null',
    nullable: true,
    index: true,
  })
  registrant?: Ref<Registrant> | null;

  /** The family's case record, when one exists (deleting the case leaves the task without it). */
  @ManyToOne('CaseRecord', { fieldName: 'case_record_id', ref: true, deleteRule: 'set null', nullable: true })
  caseRecord?: Ref<CaseRecord> | null;

  /** What raised it: `food_round_household` and that row's id. */
  @Property({ type: 'string', length: 50 })
  sourceType!: string;

  @Property({ type: 'uuid' })
  sourceId!: string;

  /** The case's responsible counsellor when it was raised; null: any counsellor may take it. */
  @Property({ type: 'uuid', nullable: true })
  assigneeUserId?: string | null;

  @Enum({ items: () => CounsellorTaskStatus, default: CounsellorTaskStatus.OPEN })
  status: CounsellorTaskStatus = CounsellorTaskStatus.OPEN;

  @Property({ type: 'uuid', nullable: true })
  createdById?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  doneAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  doneById?: string | null;

  /** What the counsellor did, in a word (`電話で確認、問題なし`). */
  @Property({ type: 'string', length: 2000, nullable: true })
  doneNote?: string | null;
}
