import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditTrail } from '@tsunagu/platform/audit';
import { AccessService } from '@tsunagu/platform/auth';
import { PlatformDb, Tenant, TenantDb } from '@tsunagu/platform/database';
import { DownloadsService, type DownloadLink } from '@tsunagu/platform/downloads';
import { BadUserInputError, ForbiddenError } from '@tsunagu/platform/errors';
import { TenantRole } from '@tsunagu/platform/permissions';
import { OnboardingChecks } from '@tsunagu/tenants';
import { METRICS, scopeToChannels, TOTAL_COLUMN, type MetricContext } from './metrics';
import { reportPeriod, spanPeriod } from './period';
import { ReportScopes, type ReportScope } from './report-scopes';
import { shownValue } from './presentation';
import { presentation } from './presentation-model';
import {
  MetricGroup,
  MetricUnit,
  type RawReport,
  type RawTable,
  type Report,
  type ReportLanguage,
  type ReportPeriod,
} from './report';
import { DEFAULT_SUPPRESSION_THRESHOLD, defaultReportSettings, ReportSettings } from './report.entities';
import { REPORT_CONTENT_TYPES, renderReport, reportFilename } from './report-files';
import type {
  ExportTenantReportInput,
  PlatformCityReportModel,
  PlatformReportModel,
  ReportModel,
  ReportSettingsModel,
  UpdateReportSettingsInput,
} from './reports.models';
import { exactReport, suppressReport } from './suppression';

/** The platform report's fiscal calendar: April to March, each tenant in its own time zone. */
const PLATFORM_FISCAL_YEAR_START = 4;
const PLATFORM_TIME_ZONE = 'Asia/Tokyo';

/**
 * Activity reports of a tenant, computed in its own transaction (row-level security applies) from
 * the metric registry. Everyone gets small counts suppressed (k from the settings); a tenant admin
 * may ask for exact counts. Reports hold counts and statistics only: no names, no text, no notes.
 */
@Injectable()
export class ReportsService implements OnModuleInit {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly platformDb: PlatformDb,
    private readonly access: AccessService,
    private readonly audit: AuditTrail,
    private readonly downloads: DownloadsService,
    private readonly onboarding: OnboardingChecks,
    private readonly scopes: ReportScopes,
  ) {}

  onModuleInit(): void {
    this.onboarding.register({
      item: 'reporting',
      isComplete: async (em, tenantId) =>
        ((await em.findOne(ReportSettings, { tenant: tenantId }))?.recipients.length ?? 0) > 0,
    });
  }

  // Settings

  async settings(): Promise<ReportSettingsModel> {
    const settings = await this.currentSettings(this.tenantDb.em, this.tenantDb.tenantId);
    return {
      groups: settings.groups,
      suppressionThreshold: settings.suppressionThreshold,
      recipients: settings.recipients,
      scheduleDay: settings.scheduleDay ?? null,
      language: settings.language,
    };
  }

  async updateSettings(input: UpdateReportSettingsInput): Promise<ReportSettingsModel> {
    // Null clears the schedule; the rest cannot be empty.
    const required = (['groups', 'suppressionThreshold', 'recipients', 'language'] as const).filter(
      (field) => input[field] === null,
    );
    if (required.length > 0) {
      throw new BadUserInputError(required.map((field) => ({ field, messages: ['cannot be null'] })));
    }
    const em = this.tenantDb.em;
    const tenantId = this.tenantDb.tenantId;
    // The row with the defaults if there is none, then locked: two first saves do not collide.
    const defaults = defaultReportSettings();
    await em.execute(
      `insert into report_settings (tenant_id, groups, suppression_threshold, recipients, schedule_day, language, updated_at)
       values (?, ?::text[], ?, ?::text[], ?, ?, now()) on conflict (tenant_id) do nothing`,
      [
        tenantId,
        `{${defaults.groups.join(',')}}`,
        defaults.suppressionThreshold,
        `{${defaults.recipients.join(',')}}`,
        defaults.scheduleDay,
        defaults.language,
      ],
    );
    const settings = await em.findOneOrFail(
      ReportSettings,
      { tenant: tenantId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    const before = settings.recipients;
    if (input.groups !== undefined) settings.groups = orderedGroups(input.groups);
    if (input.suppressionThreshold !== undefined) settings.suppressionThreshold = input.suppressionThreshold;
    if (input.recipients !== undefined) settings.recipients = input.recipients.map((r) => r.trim().toLowerCase());
    if (input.scheduleDay !== undefined) settings.scheduleDay = input.scheduleDay;
    if (input.language !== undefined) settings.language = input.language;
    await em.flush();
    // Which addresses reports go to is how they would leave the city: the audit names them.
    await this.audit.record('report.settings_updated', undefined, {
      groups: settings.groups.join(','),
      suppressionThreshold: settings.suppressionThreshold,
      recipientsAdded: settings.recipients.filter((r) => !before.includes(r)).join(','),
      recipientsRemoved: before.filter((r) => !settings.recipients.includes(r)).join(','),
      scheduleDay: settings.scheduleDay ?? null,
      language: settings.language,
    });
    return this.settings();
  }

  // Reports

  /**
   * The tenant's report; `exact` (tenant admins only) skips suppression; `programmeId` cuts it to
   * what happened on that programme's LINE channels.
   */
  async report(
    fiscalYear: number,
    month: number | null | undefined,
    exact: boolean,
    programmeId?: string | null,
  ): Promise<ReportModel> {
    const { report } = await this.build(fiscalYear, month, exact, programmeId);
    await this.audit.record('report.viewed', undefined, {
      fiscalYear,
      month: month ?? null,
      exact,
      programmeId: programmeId ?? null,
    });
    return presentation(report);
  }

  /** The report as a file (CSV, XLSX or PDF) behind a download link; audited. */
  async export(input: ExportTenantReportInput): Promise<DownloadLink> {
    const { report, tenant, language } = await this.build(
      input.fiscalYear,
      input.month,
      input.exact,
      input.programmeId,
    );
    const link = await this.downloads.create({
      filename: reportFilename(report, input.format, tenant.slug),
      contentType: REPORT_CONTENT_TYPES[input.format],
      content: await renderReport(report, input.format, language),
    });
    await this.audit.record('report.exported', undefined, {
      fiscalYear: input.fiscalYear,
      month: input.month ?? null,
      format: input.format,
      exact: report.suppressionThreshold === null,
      programmeId: input.programmeId ?? null,
    });
    return link;
  }

  /** Computes a tenant's report in `em` (the tenant's transaction): suppressed at its k unless `exact`. */
  async compute(
    em: EntityManager,
    tenantId: string,
    fiscalYear: number,
    month: number | null | undefined,
    exact: boolean,
    scope: ReportScope | null = null,
  ): Promise<{ report: Report; tenant: Tenant; language: ReportLanguage }> {
    const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
    const settings = await this.currentSettings(em, tenantId);
    // A month is cut from its fiscal year's report, suppressed as there: suppressed on its own, a
    // month would show cells the year hides, and the year's totals would then give them away.
    const monthPeriod = reportPeriod(fiscalYear, month, tenant.fiscalYearStartMonth, tenant.timezone);
    const fiscalYearPeriod = reportPeriod(fiscalYear, null, tenant.fiscalYearStartMonth, tenant.timezone);
    const raw = await this.raw(
      await this.context(em, tenant, fiscalYearPeriod, scope),
      tenant,
      settings.groups,
      scope?.name ?? null,
    );
    const year = exact ? exactReport(raw) : suppressReport(raw, settings.suppressionThreshold);
    return {
      report: month === null || month === undefined ? year : monthOf(year, monthPeriod),
      tenant,
      language: settings.language,
    };
  }

  /**
   * Every tenant's fiscal year (April to March, each in its own time zone) summed, suppressed
   * at the largest k of the tenants (at least the default). Statistics (medians, percentiles) cannot be summed and are left out. Each
   * tenant's figures are computed in that tenant's own transaction; the reading is audited.
   * Beside the sum, each city's year totals, suppressed as that city's own report suppresses them (at its k).
   */
  async platformReport(fiscalYear: number): Promise<PlatformReportModel> {
    const tenants = await this.platformDb.run('reports: the tenants of the platform report', (em) =>
      em.find(Tenant, {}, { orderBy: { slug: 'asc' } }),
    );
    const cities: { tenant: Tenant; raw: RawReport; k: number }[] = [];
    for (const tenant of tenants) {
      cities.push(
        await this.tenantDb.withTenant(tenant.id, async (em) => ({
          tenant,
          k: (await this.currentSettings(em, tenant.id)).suppressionThreshold,
          raw: await this.raw(
            await this.context(
              em,
              tenant,
              reportPeriod(fiscalYear, null, PLATFORM_FISCAL_YEAR_START, tenant.timezone),
              null,
            ),
            tenant,
            Object.values(MetricGroup),
          ),
        })),
      );
    }
    // The strictest city's k: a summed row often holds one city's figures alone (its own partners).
    const k = Math.max(DEFAULT_SUPPRESSION_THRESHOLD, ...cities.map((city) => city.k));
    const period = reportPeriod(fiscalYear, null, PLATFORM_FISCAL_YEAR_START, PLATFORM_TIME_ZONE);
    const summed: RawReport = {
      tenantName: 'tsunagu',
      programmeName: null,
      period,
      generatedAt: new Date(),
      tables: sumTables(cities.map((city) => city.raw)),
    };
    await this.platformDb.run('reports: audit the platform report', (em) =>
      this.audit.recordOnPlatformPath(em, null, 'report.platform_viewed', undefined, {
        fiscalYear,
        tenants: tenants.length,
      }),
    );
    return {
      ...presentation(suppressReport(summed, k)),
      cities: cities.map(({ tenant, raw, k: cityK }) => cityFigures(tenant, suppressReport(raw, cityK))),
    };
  }

  /**
   * The exact figures of the current tenant between two calendar dates (inclusive, in its time zone)
   * as one column, on `scope`'s channels only, and the tenant's k: what a contract's KPIs are read from.
   */
  async spanFigures(
    startsOn: string,
    endsOn: string,
    groups: MetricGroup[],
    scope: ReportScope,
  ): Promise<{ raw: RawReport; context: MetricContext; suppressionThreshold: number }> {
    const em = this.tenantDb.em;
    const tenant = await em.findOneOrFail(Tenant, { id: this.tenantDb.tenantId });
    const settings = await this.currentSettings(em, tenant.id);
    const period = spanPeriod(startsOn, endsOn, tenant.fiscalYearStartMonth, tenant.timezone);
    const context = await this.context(em, tenant, period, scope);
    const raw = await this.raw(context, tenant, groups);
    return { raw, context, suppressionThreshold: settings.suppressionThreshold };
  }

  private async context(
    em: EntityManager,
    tenant: Tenant,
    period: ReportPeriod,
    scope: ReportScope | null,
  ): Promise<MetricContext> {
    const columns = period.months.map((m) => ({ key: m.key, labelJa: m.labelJa, labelEn: m.labelEn }));
    if (period.months.length > 1) columns.push(TOTAL_COLUMN);
    const context = { em, tenantIds: [tenant.id], period, timeZone: tenant.timezone, columns };
    return scope ? scopeToChannels({ ...context, channelIds: scope.channelIds, programmeId: scope.id }) : context;
  }

  /** The tables of `groups` in `context` (a period, cut to a programme's channels or not). */
  private async raw(
    context: MetricContext,
    tenant: Tenant,
    groups: MetricGroup[],
    programmeName: string | null = null,
  ): Promise<RawReport> {
    // Room to sort a year's waits in memory (percentiles): the default spills to disk. Transaction-local.
    await context.em.execute(`select set_config('work_mem', '64MB', true)`);
    const tables = [];
    for (const metric of METRICS.filter((m) => groups.includes(m.group)))
      tables.push(...(await metric.tables(context)));
    return { tenantName: tenant.nameJa, programmeName, period: context.period, generatedAt: new Date(), tables };
  }

  private async build(
    fiscalYear: number,
    month: number | null | undefined,
    exact: boolean,
    programmeId?: string | null,
  ) {
    if (exact && !this.access.current().roles.includes(TenantRole.TENANT_ADMIN)) {
      throw new ForbiddenError('EXACT_COUNTS_NOT_PERMITTED', 'Only tenant admins may see exact counts');
    }
    const em = this.tenantDb.em;
    const scope = programmeId ? await this.scopes.resolve(em, programmeId) : null;
    return this.compute(em, this.tenantDb.tenantId, fiscalYear, month, exact, scope);
  }

  private async currentSettings(em: EntityManager, tenantId: string): Promise<ReportSettings> {
    return (
      (await em.findOne(ReportSettings, { tenant: tenantId })) ??
      em.create(
        ReportSettings,
        { tenant: em.getReference(Tenant, tenantId), ...defaultReportSettings() },
        { persist: false },
      )
    );
  }
}

/**
 * The tables of several tenants' reports added up, row by row (rows matched by their label, so that
 * categories and partners of the same name meet); statistics are left out, as they do not add up.
 */
function sumTables(reports: RawReport[]): RawTable[] {
  const tables = new Map<string, RawTable>();
  for (const report of reports) {
    for (const table of report.tables) {
      if (table.unit !== MetricUnit.COUNT) continue;
      const sum = tables.get(table.key) ?? { ...table, rows: [] };
      for (const row of table.rows) {
        if (row.basis) continue;
        const isTotal = (r: { key: string }) => r.key === 'total';
        const same = sum.rows.find((r) => r.labelJa === row.labelJa && isTotal(r) === isTotal(row));
        if (same) same.values = same.values.map((v, i) => (v ?? 0) + (row.values[i] ?? 0));
        else sum.rows.push({ ...row, values: [...row.values] });
      }
      tables.set(table.key, sum);
    }
  }
  for (const table of tables.values()) {
    // A breakdown's total row stays last.
    if (table.rowsAddUp) {
      const [total] = table.rows.splice(
        table.rows.findIndex((r) => r.key === 'total'),
        1,
      );
      table.rows.push(total);
    }
    // Rows met by label may have had one key in one city and another elsewhere (category1, ...).
    const seen = new Set<string>();
    table.rows = table.rows.map((row, i) => {
      const key = seen.has(row.key) ? `${row.key}.${i}` : row.key;
      seen.add(key);
      return { ...row, key };
    });
  }
  return [...tables.values()];
}

/**
 * A city's line of the platform report: the fiscal-year column of its report, suppressed whole at the
 * city's own k (so that the year's cells are hidden exactly as in the report the city itself reads):
 * a breakdown's total row, or every row of a table without one.
 */
function cityFigures(tenant: Tenant, report: Report): PlatformCityReportModel {
  const figures: PlatformCityReportModel['figures'] = [];
  for (const table of report.tables) {
    const column = table.columns.findIndex((c) => c.key === TOTAL_COLUMN.key);
    if (column < 0) continue;
    const rows = table.rowsAddUp ? table.rows.slice(-1) : table.rows;
    for (const row of rows) {
      const value = row.values[column];
      figures.push({
        key: `${table.key}.${row.key}`,
        title: table.titleJa,
        titleEn: table.titleEn,
        label: row.labelJa,
        labelEn: row.labelEn,
        unit: table.unit,
        value: {
          value: value.value,
          suppressed: value.suppressed,
          display: String(shownValue(value, table.unit, report.suppressionThreshold) ?? ''),
        },
      });
    }
  }
  return {
    tenantSlug: tenant.slug,
    tenantName: tenant.nameJa,
    tenantNameEn: tenant.nameEn,
    suppressionThreshold: report.suppressionThreshold ?? 0,
    figures,
  };
}

/** One month of a fiscal year's report: its column alone, as the year's report shows it. */
function monthOf(year: Report, period: ReportPeriod): Report {
  const key = period.months[0].key;
  return {
    ...year,
    period,
    tables: year.tables.map((table) => {
      const index = table.columns.findIndex((c) => c.key === key);
      return {
        ...table,
        columns: [table.columns[index]],
        columnsAddUp: false,
        rows: table.rows.map((row) => ({ ...row, values: [row.values[index]] })),
      };
    }),
  };
}

/** Groups in the registry's order, whatever order they were given in. */
function orderedGroups(groups: MetricGroup[]): MetricGroup[] {
  return Object.values(MetricGroup).filter((g) => groups.includes(g));
}
