import { shownValue } from './presentation';
import type { Report } from './report';
import type { ReportModel } from './reports.models';

/** A report as GraphQL returns it: each value with how the files show it (`<5` when suppressed). */
export function presentation(report: Report): ReportModel {
  const { period } = report;
  return {
    tenantName: report.tenantName,
    programmeName: report.programmeName ?? null,
    fiscalYear: period.fiscalYear,
    month: period.month,
    periodLabel: period.labelJa,
    periodLabelEn: period.labelEn,
    generatedAt: report.generatedAt,
    suppressionThreshold: report.suppressionThreshold,
    tables: report.tables.map((table) => ({
      key: table.key,
      group: table.group,
      title: table.titleJa,
      titleEn: table.titleEn,
      unit: table.unit,
      columns: table.columns.map((c) => ({ key: c.key, label: c.labelJa, labelEn: c.labelEn })),
      rows: table.rows.map((row) => ({
        key: row.key,
        label: row.labelJa,
        labelEn: row.labelEn,
        values: row.values.map((value) => ({
          value: value.value,
          suppressed: value.suppressed,
          display: String(shownValue(value, table.unit, report.suppressionThreshold) ?? ''),
        })),
      })),
    })),
  };
}
