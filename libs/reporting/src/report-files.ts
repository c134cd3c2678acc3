import { CSV_CONTENT_TYPE } from '@tsunagu/platform/downloads';
import { renderReportCsv } from './render-csv';
import { renderReportPdf } from './render-pdf';
import { renderReportXlsx } from './render-xlsx';
import { Report, ReportLanguage } from './report';

export enum ReportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
  PDF = 'PDF',
}

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  [ReportFormat.CSV]: CSV_CONTENT_TYPE,
  [ReportFormat.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  [ReportFormat.PDF]: 'application/pdf',
};

/** The report in `format`, for a download or a mail attachment. */
export async function renderReport(report: Report, format: ReportFormat, language: ReportLanguage): Promise<Buffer> {
  switch (format) {
    case ReportFormat.CSV:
      return renderReportCsv(report, language);
    case ReportFormat.XLSX:
      return renderReportXlsx(report, language);
    case ReportFormat.PDF:
      return renderReportPdf(report, language);
  }
}

/**
 * An ASCII file name: `kobe-report-FY2025.csv` for a fiscal year, `kobe-report-2026-03.pdf` for a month.
 * `tenantSlug` is the tenant's slug; anything outside `[a-z0-9-]` in it becomes `-`.
 */
export function reportFilename(report: Report, format: ReportFormat, tenantSlug: string): string {
  const { period } = report;
  const when = period.month === null ? `FY${period.fiscalYear}` : period.months[0].key;
  const slug = tenantSlug.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  return `${slug}-report-${when}.${format.toLowerCase()}`;
}
