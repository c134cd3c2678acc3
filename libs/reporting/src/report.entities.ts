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
import { MetricGroup, type ReportLanguage } from './report';

export enum ReportTrigger {
  SCHEDULED = 'scheduled',
  MANUAL = 'manual',
}

export enum ReportRunStatus {
  /** Asked for (runReportNow); the job has not finished yet. */
  QUEUED = 'queued',
  SENT = 'sent',
  /** Generated, but no recipient is configured: kept in the history only. */
  NO_RECIPIENTS = 'no_recipients',
  FAILED = 'failed',
}

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** A tenant's report settings until it saves its own: every group, k = 5, no recipients, no schedule, Japanese. */
export function defaultReportSettings(): Pick<
  ReportSettings,
  'groups' | 'suppressionThreshold' | 'recipients' | 'scheduleDay' | 'language'
> {
  return {
    groups: Object.values(MetricGroup),
    suppressionThreshold: DEFAULT_SUPPRESSION_THRESHOLD,
    recipients: [],
    scheduleDay: null,
    language: 'ja',
  };
}

/** A tenant's reporting settings; a tenant without a row has the defaults (every group, k = 5, no recipients). */
@Entity({ tableName: 'report_settings' })
@Check({ name: 'report_settings_suppression_threshold_check', expression: 'suppression_threshold >= 3' })
@Check({
  name: 'report_settings_schedule_day_check',
  expression: 'schedule_day is null or (schedule_day >= 1 and schedule_day <= 28)',
})
export class ReportSettings {
  [OptionalProps]?: 'updatedAt';

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', primary: true })
  tenant!: Ref<Tenant>;

  /** The metric groups the reports include. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  groups!: MetricGroup[];

  /** Counts below this are suppressed (small-cell suppression, k). */
  @Property({ type: 'integer' })
  suppressionThreshold!: number;

  /** Email addresses of the city's liaisons, who receive the scheduled reports. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  recipients!: string[];

  /** The day of the month (1–28, tenant's time zone) the previous month's report is sent; null: not scheduled. */
  @Property({ type: 'integer', nullable: true })
  scheduleDay?: number | null;

  @Enum({ items: ['ja', 'en'] })
  language!: ReportLanguage;

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One generated report in the tenant's history: when, for which period, to how many recipients. */
@Entity({ tableName: 'report_run' })
@Index({ properties: ['tenant', 'createdAt'] })
export class ReportRun {
  [OptionalProps]?: 'createdAt' | 'deliveredTo';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @Property({ type: 'integer' })
  fiscalYear!: number;

  /** A calendar month (1–12) of the fiscal year; null for the whole year. */
  @Property({ type: 'integer', nullable: true })
  month?: number | null;

  @Enum({ items: () => ReportTrigger })
  trigger!: ReportTrigger;

  /** The tenant admin who ran it now; null for the schedule. */
  @Property({ type: 'uuid', nullable: true })
  requestedById?: string | null;

  /** How many recipients it was delivered to. */
  @Property({ type: 'integer' })
  recipientCount!: number;

  /** The addresses it reached: a retry after a failure sends to the others only. */
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  deliveredTo: string[] = [];

  @Enum({ items: () => ReportRunStatus })
  status!: ReportRunStatus;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;
}
