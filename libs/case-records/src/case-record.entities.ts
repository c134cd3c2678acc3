import { randomBytes, randomUUID } from 'node:crypto';
import {
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
import { Registrant } from '@tsunagu/conversations';
import { CaseRecordSettings } from './retention.entities';
import { CounsellorTask } from './counsellor-task.entity';
import type { AssessmentValues, TemplateDefinition } from './template';

/** A tenant's assessment template: a name; its content lives in its versions. */
@Entity({ tableName: 'assessment_template' })
@Unique({ properties: ['tenant', 'name'] })
export class AssessmentTemplate {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** One published version of a template: never changed once written (the runtime role may not update it). */
@Entity({ tableName: 'assessment_template_version' })
@Unique({ properties: ['template', 'version'] })
export class AssessmentTemplateVersion {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => AssessmentTemplate, { fieldName: 'template_id', mapToPk: true, deleteRule: 'restrict' })
  template!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'json' })
  definition!: TemplateDefinition;

  @Property({ type: 'datetime' })
  publishedAt!: Date;

  @Property({ type: 'uuid' })
  publishedById!: string;
}

export enum CaseStatus {
  OPEN = 'open',
  MONITORING = 'monitoring',
  CLOSED = 'closed',
}

/** A family's case: one per registrant. */
@Entity({ tableName: 'case_record' })
@Unique({ properties: ['tenant', 'registrantId'] })
@Index({ properties: ['tenant', 'updatedAt', 'id'] })
@Index({ properties: ['tenant', 'nextReviewOn'] })
@Check({ name: 'case_record_risk_check', expression: 'risk >= 0 and risk <= 3' })
export class CaseRecord {
  [OptionalProps]?: 'status' | 'searchText' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => Registrant, { fieldName: 'registrant_id', mapToPk: true, deleteRule: 'restrict' })
  registrantId!: string;

  @Enum({ items: () => CaseStatus, default: CaseStatus.OPEN })
  status: CaseStatus = CaseStatus.OPEN;

  @Property({ type: 'uuid', nullable: true })
  responsibleUserId?: string | null;

  @Property({ type: 'smallint', nullable: true })
  risk?: number | null;

  /** A calendar date (`YYYY-MM-DD`) in the tenant's zone. */
  @Property({ type: 'date', nullable: true })
  nextReviewOn?: string | null;

  /** The review date the responsible counsellor was last told of: one notification per date. */
  @Property({ type: 'date', nullable: true })
  reviewNotifiedOn?: string | null;

  /** The assessments' text, NFKC-normalised, for search (the case list's `search`). */
  @Property({ type: 'text', default: '' })
  searchText = '';

  @Property({ type: 'uuid' })
  createdById!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}

/** One assessment of a case, written against a template version it keeps. */
@Entity({ tableName: 'case_assessment' })
@Index({ properties: ['caseRecord', 'createdAt'] })
export class CaseAssessment {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => CaseRecord, { fieldName: 'case_record_id', mapToPk: true, deleteRule: 'restrict' })
  caseRecord!: string;

  @ManyToOne(() => AssessmentTemplateVersion, {
    fieldName: 'template_version_id',
    mapToPk: true,
    deleteRule: 'restrict',
  })
  templateVersion!: string;

  @Property({ type: 'json' })
  values!: AssessmentValues;

  @Property({ type: 'uuid' })
  createdById!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}

let lastMs = 0;
let counter = 0;

/**
 * A UUID (version 7) that sorts after every one this process made before: the milliseconds, then a
 * 12-bit counter within the millisecond (RFC 9562, method 1), then random bits. Changes written in
 * the same millisecond (an assessment's fields, all in one save) are thereby read back in the order
 * they were made, `changed_at` then `id`, on every database.
 */
export function orderedUuid(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else if (++counter > 0xfff) {
    // 4,096 in one millisecond, or a clock that went back: borrow the next millisecond.
    lastMs += 1;
    counter = 0;
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8] & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One change of a case or an assessment, field by field: who, when, before and after. Never changed. */
@Entity({ tableName: 'case_record_change' })
@Index({ properties: ['caseRecord', 'changedAt', 'id'] })
export class CaseRecordChange {
  /** Time-ordered: the tiebreaker of changes made in the same millisecond (see `orderedUuid`). */
  @PrimaryKey({ type: 'uuid' })
  id: string = orderedUuid();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => CaseRecord, { fieldName: 'case_record_id', mapToPk: true, deleteRule: 'restrict' })
  caseRecord!: string;

  @ManyToOne(() => CaseAssessment, {
    fieldName: 'assessment_id',
    mapToPk: true,
    deleteRule: 'restrict',
    nullable: true,
  })
  assessment?: string | null;

  /** `status`, `risk`, or an assessment's `values.familyMembers[1].relation`. */
  @Property({ type: 'string', length: 300 })
  field!: string;

  @Property({ type: 'json', nullable: true })
  before?: unknown;

  @Property({ type: 'json', nullable: true })
  after?: unknown;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Property({ type: 'datetime' })
  changedAt!: Date;
}

export const CASE_RECORD_ENTITIES = [
  AssessmentTemplate,
  AssessmentTemplateVersion,
  CaseRecord,
  CaseAssessment,
  CaseRecordChange,
  CaseRecordSettings,
  CounsellorTask,
];
