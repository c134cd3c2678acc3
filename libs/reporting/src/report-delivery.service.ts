import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { AuditTrail } from '@tsunagu/platform/audit';
import { AccessService } from '@tsunagu/platform/auth';
import { fiscalYearOf, todayIn } from '@tsunagu/platform/calendar';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { PlatformDb, Tenant, TenantDb } from '@tsunagu/platform/database';
import {
  connectionFromRows,
  decodeCursor,
  encodeCursor,
  createdBefore,
  parsePosition,
  type Connection,
} from '@tsunagu/platform/graphql';
import { ConflictError } from '@tsunagu/platform/errors';
import { JobsService } from '@tsunagu/platform/jobs';
import { MailService, type MailAttachment } from '@tsunagu/platform/mail';
import { reportPeriod } from './period';
import { mailBody } from './presentation';
import { ReportRun, ReportRunStatus, ReportSettings, ReportTrigger } from './report.entities';
import { ReportFormat, REPORT_CONTENT_TYPES, renderReport, reportFilename } from './report-files';
import type { ReportRunModel, RunReportNowInput } from './reports.models';
import { ReportsService } from './reports.service';

export const REPORT_DISPATCH_QUEUE = 'report.dispatch';
export const REPORT_SEND_QUEUE = 'report.send';

interface SendJob {
  tenantId: string;
  fiscalYear: number;
  month: number | null;
  trigger: ReportTrigger;
  /** The run a tenant admin asked for (runReportNow); scheduled runs are recorded when sent. */
  runId?: string;
}

/** A tenant admin sends at most one report now per this interval. */
const RUN_NOW_INTERVAL_MS = 60_000;

/** A scheduled run still queued after this long lost its sender. */
const ABANDONED_AFTER_MS = 30 * 60_000;

/** The files every mailed report carries. */
const MAILED_FORMATS = [ReportFormat.PDF, ReportFormat.XLSX, ReportFormat.CSV];

/**
 * Reports sent by mail: each month on the tenant's day (in its time zone) the previous month's
 * report goes to the recipients, and a tenant admin may send one now. Mailed reports are always
 * suppressed. One dispatcher job (`report.dispatch`, one queued at a time) runs every hour, finds the
 * tenants due and queues their `report.send` jobs; each sent report is kept in the tenant's history.
 */
@Injectable()
export class ReportDeliveryService implements OnModuleInit {
  private readonly logger = new Logger(ReportDeliveryService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenantDb: TenantDb,
    private readonly platformDb: PlatformDb,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly audit: AuditTrail,
    private readonly access: AccessService,
    private readonly reports: ReportsService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<SendJob>(REPORT_SEND_QUEUE, (job) => this.send(job));
    await this.jobs.work<object>(REPORT_DISPATCH_QUEUE, async () => {
      // The next hour's dispatcher first: a failure of this one must not stop the schedule.
      await this.scheduleDispatch(secondsToNextHour(new Date()));
      await this.dispatch(new Date());
    });
    // Processes that run jobs keep one dispatcher queued (the queue takes no second one).
    if (this.config.runJobWorkers) await this.scheduleDispatch(0);
  }

  /** Queues the report of the previous month for every tenant whose day it is at `now`. */
  async dispatch(now: Date): Promise<number> {
    return this.platformDb.run('reports: find the tenants whose monthly report is due', async (em) => {
      const due = await em.execute<
        { tenant_id: string; schedule_day: number; timezone: string; fiscal_year_start_month: number }[]
      >(
        `select s.tenant_id, s.schedule_day, t.timezone, t.fiscal_year_start_month
           from report_settings s join tenant t on t.id = s.tenant_id
          where s.schedule_day is not null and t.status = 'active'`,
      );
      let queued = 0;
      for (const tenant of due) {
        const [year, month, day] = todayIn(tenant.timezone, now).split('-').map(Number);
        if (day !== tenant.schedule_day) continue;
        const previous = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
        const date = `${previous.year}-${String(previous.month).padStart(2, '0')}-01`;
        const job: SendJob = {
          tenantId: tenant.tenant_id,
          fiscalYear: fiscalYearOf(date, tenant.fiscal_year_start_month),
          month: previous.month,
          trigger: ReportTrigger.SCHEDULED,
        };
        await this.jobs.enqueue(em, REPORT_SEND_QUEUE, job);
        queued++;
      }
      return queued;
    });
  }

  /** A tenant admin's report, sent now to the recipients; it shows in the history at once, as queued. */
  async runNow(input: RunReportNowInput): Promise<ReportRunModel> {
    const em = this.tenantDb.em;
    const tenantId = this.tenantDb.tenantId;
    const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
    reportPeriod(input.fiscalYear, input.month, tenant.fiscalYearStartMonth, tenant.timezone); // refuses bad input
    // Each run mails every recipient: one a minute is plenty, and a repeated click sends nothing twice.
    await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`report-now:${tenantId}`]);
    const recent = await em.count(ReportRun, {
      tenant: tenantId,
      trigger: ReportTrigger.MANUAL,
      createdAt: { $gt: new Date(Date.now() - RUN_NOW_INTERVAL_MS) },
    });
    if (recent > 0) {
      throw new ConflictError(
        'REPORT_RUN_TOO_SOON',
        'A report was sent just now: wait a minute before sending another',
      );
    }
    const run = em.create(ReportRun, {
      tenant: em.getReference(Tenant, tenantId),
      fiscalYear: input.fiscalYear,
      month: input.month ?? null,
      trigger: ReportTrigger.MANUAL,
      requestedById: this.access.current().userId,
      recipientCount: 0,
      status: ReportRunStatus.QUEUED,
    });
    await em.flush();
    const job: SendJob = {
      tenantId,
      fiscalYear: input.fiscalYear,
      month: input.month ?? null,
      trigger: ReportTrigger.MANUAL,
      runId: run.id,
    };
    await this.jobs.enqueue(em, REPORT_SEND_QUEUE, job);
    await this.audit.record('report.run_requested', { type: 'report_run', id: run.id });
    return this.model(run, tenant);
  }

  /** The tenant's sent reports, newest first. */
  async runs(first: number, after: string | null | undefined): Promise<Connection<ReportRunModel>> {
    const em = this.tenantDb.em;
    const tenantId = this.tenantDb.tenantId;
    const position = after ? decodeCursor(after, parsePosition) : undefined;
    const rows = await em.find(
      ReportRun,
      {
        tenant: tenantId,
        ...createdBefore(position),
      },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 },
    );
    const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
    return connectionFromRows(
      rows,
      first,
      (run) => encodeCursor({ at: run.createdAt.toISOString(), id: run.id }),
      (run) => this.model(run, tenant),
    );
  }

  /**
   * Sends one report (suppressed, in the tenant's language) to the tenant's recipients and records it.
   * The run is claimed before any mail goes out (a scheduled period once, under a lock), each delivery
   * is recorded as it succeeds, and a retry sends to the others only. An address the mail server
   * refuses for good is not retried; any other failure retries the job.
   */
  async send(job: SendJob): Promise<void> {
    const claimed = await this.tenantDb.withTenant(job.tenantId, async (em) => {
      let run = job.runId ? await em.findOne(ReportRun, { id: job.runId, tenant: job.tenantId }) : null;
      if (job.trigger === ReportTrigger.SCHEDULED) {
        await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
          `report:${job.tenantId}:${job.fiscalYear}:${job.month}`,
        ]);
        run = await em.findOne(ReportRun, {
          tenant: job.tenantId,
          trigger: ReportTrigger.SCHEDULED,
          fiscalYear: job.fiscalYear,
          month: job.month,
        });
        // Sent already, or being sent by another job: a failed one is taken up again, and so is one
        // whose sender died (still queued after half an hour; the dispatcher comes back every hour).
        const abandoned =
          run?.status === ReportRunStatus.QUEUED && run.createdAt.getTime() < Date.now() - ABANDONED_AFTER_MS;
        if (run && run.status !== ReportRunStatus.FAILED && !abandoned) return null;
        run ??= em.create(ReportRun, {
          tenant: em.getReference(Tenant, job.tenantId),
          fiscalYear: job.fiscalYear,
          month: job.month,
          trigger: ReportTrigger.SCHEDULED,
          recipientCount: 0,
          status: ReportRunStatus.QUEUED,
        });
        run.status = ReportRunStatus.QUEUED;
        await em.flush();
      }
      if (!run || run.status === ReportRunStatus.SENT) return null;
      const { report, tenant, language } = await this.reports.compute(
        em,
        job.tenantId,
        job.fiscalYear,
        job.month,
        false,
      );
      const recipients = (await em.findOne(ReportSettings, { tenant: job.tenantId }))?.recipients ?? [];
      return { runId: run.id, delivered: run.deliveredTo, report, slug: tenant.slug, language, recipients };
    });
    if (!claimed) return;
    const { report, language } = claimed;
    // Rendered outside the transaction: on the embedded database an open transaction holds up the rest.
    const attachments: MailAttachment[] = [];
    for (const format of MAILED_FORMATS) {
      attachments.push({
        filename: reportFilename(report, format, claimed.slug),
        contentType: REPORT_CONTENT_TYPES[format],
        content: await renderReport(report, format, language),
      });
    }
    const period = language === 'ja' ? report.period.labelJa : report.period.labelEn;
    const refused: string[] = [];
    for (const to of claimed.recipients.filter((r) => !claimed.delivered.includes(r))) {
      try {
        await this.mail.deliver({
          to,
          subject:
            language === 'ja'
              ? `【tsunagu】${report.tenantName} 活動報告 ${period}`
              : `[tsunagu] ${report.tenantName} activity report ${period}`,
          text: mailBody(report, language),
          attachments,
        });
      } catch (error) {
        if (isPermanentRefusal(error)) {
          refused.push(to);
          continue;
        }
        await this.finish(job.tenantId, claimed.runId, ReportRunStatus.FAILED);
        throw error; // retried by the queue, for the recipients not reached yet
      }
      await this.tenantDb.withTenant(job.tenantId, (em) =>
        em.execute(
          `update report_run set delivered_to = array_append(delivered_to, ?), recipient_count = recipient_count + 1
            where id = ?`,
          [to, claimed.runId],
        ),
      );
    }
    const status =
      claimed.recipients.length === 0
        ? ReportRunStatus.NO_RECIPIENTS
        : refused.length === claimed.recipients.length
          ? ReportRunStatus.FAILED
          : ReportRunStatus.SENT;
    await this.finish(job.tenantId, claimed.runId, status, refused.length);
    this.logger.log({ tenantId: job.tenantId, status, refused: refused.length }, 'report sent');
  }

  private async finish(tenantId: string, runId: string, status: ReportRunStatus, refused = 0): Promise<void> {
    await this.tenantDb.withTenant(tenantId, async (em) => {
      const run = await em.findOneOrFail(ReportRun, { id: runId, tenant: tenantId });
      run.status = status;
      run.finishedAt = new Date();
      await em.flush();
      await this.audit.record(
        'report.sent',
        { type: 'report_run', id: run.id },
        { status, trigger: run.trigger, deliveredTo: run.deliveredTo.join(','), refused },
      );
    });
  }

  private async scheduleDispatch(afterSeconds: number): Promise<void> {
    await this.platformDb.run('reports: queue the dispatcher of scheduled reports', (em) =>
      this.jobs.enqueue(em, REPORT_DISPATCH_QUEUE, {}, { startAfterSeconds: afterSeconds }),
    );
  }

  private model(run: ReportRun, tenant: Tenant): ReportRunModel {
    const period = reportPeriod(run.fiscalYear, run.month, tenant.fiscalYearStartMonth, tenant.timezone);
    return {
      id: run.id,
      fiscalYear: run.fiscalYear,
      month: run.month ?? null,
      periodLabel: period.labelJa,
      trigger: run.trigger,
      status: run.status,
      recipientCount: run.recipientCount,
      createdAt: run.createdAt,
      finishedAt: run.finishedAt ?? null,
    };
  }
}

function secondsToNextHour(now: Date): number {
  return 3600 - (Math.floor(now.getTime() / 1000) % 3600);
}

/** An SMTP 5xx answer: the server will not take this address, however often it is asked. */
function isPermanentRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
