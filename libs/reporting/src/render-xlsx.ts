import {
  generatedAtLine,
  groupLabel,
  label,
  reportGroups,
  reportTitle,
  shownValue,
  suppressionNote,
  tableTitle,
} from './presentation';
import { Report, ReportLanguage } from './report';

/**
 * The report as an Excel workbook: one sheet per metric group, each opening with the title block
 * (tenant, period, when, what `<k` means), then its tables with a bold header row. Figures are numbers,
 * so a city can sum and chart them; suppressed cells are the text `<k`.
 */
export async function renderReportXlsx(report: Report, language: ReportLanguage): Promise<Buffer> {
  // Loaded when a report is rendered, not at start: the library is large and most processes never need it.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  workbook.creator = 'tsunagu';
  workbook.created = report.generatedAt;
  workbook.modified = report.generatedAt;
  for (const group of reportGroups(report)) {
    const sheet = workbook.addWorksheet(groupLabel(group, language));
    sheet.getColumn(1).width = 32;
    sheet.addRow([reportTitle(report, language)]).font = { bold: true, size: 14 };
    sheet.addRow([label(report.period, language)]);
    sheet.addRow([generatedAtLine(report, language)]);
    sheet.addRow([suppressionNote(report, language)]);
    for (const table of report.tables.filter((candidate) => candidate.group === group)) {
      sheet.addRow([]);
      sheet.addRow([tableTitle(table, language)]).font = { bold: true, size: 12 };
      const header = sheet.addRow([
        language === 'ja' ? '項目' : 'Item',
        ...table.columns.map((c) => label(c, language)),
      ]);
      header.font = { bold: true };
      for (const row of table.rows) {
        const values = row.values.map((value) => shownValue(value, table.unit, report.suppressionThreshold));
        const added = sheet.addRow([label(row, language), ...values]);
        // `<5` is text: right-align it with the numbers it stands for.
        values.forEach((value, i) => {
          if (typeof value === 'string') added.getCell(i + 2).alignment = { horizontal: 'right' };
        });
      }
    }
    for (let column = 2; column <= sheet.columnCount; column++) sheet.getColumn(column).width = 12;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
