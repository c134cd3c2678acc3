import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditTrail } from '@tsunagu/platform/audit';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { PlatformDb, Tenant, TenantDb, TenantStatus } from '@tsunagu/platform/database';
import { JobsService } from '@tsunagu/platform/jobs';
import { CaseRecordSettings, DEFAULT_RETENTION_YEARS } from './retention.entities';

export const CASE_RETENTION_QUEUE = 'case.retention';

/** The hour (UTC) of the daily run: 03:00 in Japan, when no one counsels. */
const DAILY_RUN_HOUR_UTC = 18;

/** What one run deleted in one tenant: counts only. */
export interface PurgeCounts {
  cases: number;
  assessments: number;
  changes: number;
}

/**
 * Retention of closed cases. Once a day one job (`case.retention`, one queued at a time) deletes,
 * tenant by tenant, every case closed longer ago than the tenant's retention period (default five
 * years), with its assessments and history, and records `case_records.purged` in that tenant's
 * chain with the counts only (no family's name, no id). Running it twice deletes nothing more.
 */
@Injectable()
export class CaseRetentionService implements OnModuleInit {
  private readonly logger = new Logger(CaseRetentionService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenantDb: TenantDb,
    private readonly platformDb: PlatformDb,
    private readonly jobs: JobsService,
    private readonly audit: AuditTrail,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<object>(CASE_RETENTION_QUEUE, async () => {
      // Tomorrow's run first: a failure of this one must not stop the schedule.
      await this.schedule(secondsUntilNextRun(new Date()));
      await this.purgeAll(new Date());
    });
    if (this.config.runJobWorkers) await this.schedule(secondsUntilNextRun(new Date()));
  }

  async settings(em: EntityManager = this.tenantDb.em): Promise<CaseRecordSettings> {
    const tenantId = this.tenantDb.tenantId;
    return (
      (await em.findOne(CaseRecordSettings, { tenant: tenantId })) ??
      em.create(CaseRecordSettings, { tenant: em.getReference(Tenant, tenantId) }, { persist: false })
    );
  }

  async updateSettings(retentionYears: number): Promise<CaseRecordSettings> {
    const em = this.tenantDb.em;
    await em.execute(
      `insert into case_record_settings (tenant_id, retention_years, updated_at) values (?, ?, now())
       on conflict (tenant_id) do update set retention_years = excluded.retention_years, updated_at = now()`,
      [this.tenantDb.tenantId, retentionYears],
    );
    await this.audit.record('case_record_settings.updated', undefined, { retentionYears });
    return em.findOneOrFail(CaseRecordSettings, { tenant: this.tenantDb.tenantId }, { refresh: true });
  }

  /** Every tenant's expired cases, each tenant in its own transaction (one tenant's failure stops no other). */
  async purgeAll(now: Date): Promise<void> {
    const tenants = await this.platformDb.run('case records: tenants whose closed cases may expire', (em) =>
      em.find(Tenant, { status: { $ne: TenantStatus.OFFBOARDED } }, { fields: ['id'], orderBy: { id: 'asc' } }),
    );
    for (const tenant of tenants) {
      try {
        await this.purge(tenant.id, now);
      } catch (error) {
        this.logger.error({ err: error, tenantId: tenant.id }, 'case retention failed for a tenant');
      }
    }
  }

  /** Deletes one tenant's cases closed before its retention period; audited (counts only) when any went. */
  async purge(tenantId: string, now: Date): Promise<PurgeCounts> {
    return this.tenantDb.withTenant(tenantId, async (em) => {
      const settings = await em.findOne(CaseRecordSettings, { tenant: tenantId });
      const years = settings?.retentionYears ?? DEFAULT_RETENTION_YEARS;
      const closedBefore = yearsBefore(now, years);
      const [row] = await em.execute<{ counts: PurgeCounts }[]>(
        'select public.purge_expired_case_records(?::timestamptz) as counts',
        [closedBefore.toISOString()],
      );
      const counts = row.counts;
      if (counts.cases > 0) {
        await this.audit.record('case_records.purged', undefined, {
          cases: counts.cases,
          assessments: counts.assessments,
          changes: counts.changes,
          retentionYears: years,
        });
      }
      return counts;
    });
  }

  private async schedule(afterSeconds: number): Promise<void> {
    await this.platformDb.run('case records: queue the next retention run', (em) =>
      this.jobs.enqueue(em, CASE_RETENTION_QUEUE, {}, { startAfterSeconds: afterSeconds }),
    );
  }
}

/** The same calendar day and time `years` earlier (29 February becomes 28 February). */
export function yearsBefore(now: Date, years: number): Date {
  const then = new Date(now);
  then.setUTCFullYear(now.getUTCFullYear() - years);
  if (then.getUTCMonth() !== now.getUTCMonth()) then.setUTCDate(0);
  return then;
}

function secondsUntilNextRun(now: Date): number {
  const next = new Date(now);
  next.setUTCHours(DAILY_RUN_HOUR_UTC, 0, 0, 0);
  if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
  return Math.ceil((next.getTime() - now.getTime()) / 1000);
}
