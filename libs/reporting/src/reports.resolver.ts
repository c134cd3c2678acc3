import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageArgs, type Connection } from '@tsunagu/platform/graphql';
import { DownloadLinkModel, type DownloadLink } from '@tsunagu/platform/downloads';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import {
  ExportTenantReportInput,
  PlatformReportModel,
  ReportModel,
  ReportRunConnection,
  ReportRunModel,
  ReportSettingsModel,
  RunReportNowInput,
  TenantReportArgs,
  UpdateReportSettingsInput,
} from './reports.models';
import { ReportDeliveryService } from './report-delivery.service';
import { ReportsService } from './reports.service';

/** Activity reports to municipalities. */
@Resolver()
export class ReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly delivery: ReportDeliveryService,
  ) {}

  @RequirePermission(Permission.ReadReports)
  @Query(() => ReportModel, {
    description:
      "The tenant's fiscal year, month by month, or one calendar month of it; small counts suppressed unless a tenant admin asks for exact ones",
  })
  tenantReport(@Args() args: TenantReportArgs): Promise<ReportModel> {
    return this.reports.report(args.fiscalYear, args.month, args.exact, args.programmeId);
  }

  @RequirePermission(Permission.ReadPlatformReport)
  @Query(() => PlatformReportModel, {
    description:
      "Platform admins: every tenant's fiscal year summed, small counts suppressed (at the strictest k, at least 5); statistics are left out; and each city's year totals at its own k",
  })
  platformReport(@Args('fiscalYear', { type: () => Int }) fiscalYear: number): Promise<PlatformReportModel> {
    return this.reports.platformReport(fiscalYear);
  }

  @RequirePermission(Permission.ReadReports)
  @Mutation(() => DownloadLinkModel, { description: 'The report as CSV, XLSX or PDF (a download link); audited' })
  exportTenantReport(@Args('input') input: ExportTenantReportInput): Promise<DownloadLink> {
    return this.reports.export(input);
  }

  @RequirePermission(Permission.ManageReports)
  @Query(() => ReportSettingsModel)
  reportSettings(): Promise<ReportSettingsModel> {
    return this.reports.settings();
  }

  @RequirePermission(Permission.ManageReports)
  @Mutation(() => ReportSettingsModel, { description: 'Groups, k, recipients, schedule and language; audited' })
  updateReportSettings(@Args('input') input: UpdateReportSettingsInput): Promise<ReportSettingsModel> {
    return this.reports.updateSettings(input);
  }

  @RequirePermission(Permission.ReadReports)
  @Query(() => ReportRunConnection, { description: 'Reports sent by mail, newest first' })
  reportRuns(@Args() args: PageArgs): Promise<Connection<ReportRunModel>> {
    return this.delivery.runs(args.first, args.after);
  }

  @RequirePermission(Permission.ManageReports)
  @Mutation(() => ReportRunModel, {
    description: "Mails the period's report (suppressed; PDF, XLSX and CSV) to the recipients now; audited",
  })
  runReportNow(@Args('input') input: RunReportNowInput): Promise<ReportRunModel> {
    return this.delivery.runNow(input);
  }
}
