import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DownloadLinkModel, type DownloadLink } from '@tsunagu/platform/downloads';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import {
  ExportTenantReportInput,
  ReportModel,
  ReportSettingsModel,
  TenantReportArgs,
  UpdateReportSettingsInput,
} from './reports.models';
import { ReportsService } from './reports.service';

/** Activity reports to municipalities. */
@Resolver()
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @RequirePermission(Permission.ReadReports)
  @Query(() => ReportModel, {
    description:
      "The tenant's fiscal year, month by month, or one calendar month of it; small counts suppressed unless a tenant admin asks for exact ones",
  })
  tenantReport(@Args() args: TenantReportArgs): Promise<ReportModel> {
    return this.reports.report(args.fiscalYear, args.month, args.exact);
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
}
