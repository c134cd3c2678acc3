import { toCsv } from '@tsunagu/platform/downloads';
import { groupLabel, label, shownValue, tableTitle, totalLabel } from './presentation';
import { Report, ReportLanguage } from './report';

/**
 * The report as one rectangular CSV sheet (UTF-8 with BOM, CRLF, so Excel opens it as is): one record
 * per table row, one column per month and the fiscal-year total (a one-month report: that month only).
 */
export function renderReportCsv(report: Report, language: ReportLanguage): Buffer {
  const columns = [
    ...report.period.months.map((month) => ({ key: month.key, label: label(month, language) })),
    ...(report.period.month === null ? [{ key: 'total', label: totalLabel(language) }] : []),
  ];
  const header = [
    ...(language === 'ja' ? ['区分', '指標', '項目'] : ['Group', 'Metric', 'Item']),
    ...columns.map((c) => c.label),
  ];
  const records = report.tables.flatMap((table) => {
    const position = new Map(table.columns.map((column, i) => [column.key, i]));
    return table.rows.map((row) => [
      groupLabel(table.group, language),
      tableTitle(table, language),
      label(row, language),
      ...columns.map((column) => {
        const i = position.get(column.key);
        return i === undefined ? null : shownValue(row.values[i], table.unit, report.suppressionThreshold);
      }),
    ]);
  });
  return toCsv(header, records);
}
