import { Workbook } from 'exceljs';
import { pdfText } from '@tsunagu/platform/testing';
import { renderReportCsv } from '../render-csv';
import { renderReportPdf } from '../render-pdf';
import { renderReportXlsx } from '../render-xlsx';
import { MetricGroup, MetricUnit, type RawReport, type RawTable } from '../report';
import { suppressReport } from '../suppression';
import { kobeReport } from './report-fixtures';

/** Kobe's report with the case-records section as the metric builds it: open cases by risk (a stock), needs. */
function withCaseRecords(): RawReport {
  const report = kobeReport();
  const columns = report.tables[0].columns;
  const months = columns.length - 1;
  const stock = (n: number) => [...Array.from({ length: months }, () => n), n];
  const risks = [
    { key: 'risk0', labelJa: 'リスク 0（なし）', labelEn: 'Risk 0 (none)', values: stock(24), roundTo: 10 },
    { key: 'risk3', labelJa: 'リスク 3（高）', labelEn: 'Risk 3 (high)', values: stock(2), roundTo: 10 },
  ];
  const openByRisk: RawTable = {
    key: 'caseRecords.openByRisk',
    group: MetricGroup.CASE_RECORDS,
    titleJa: '対応中のケース（月末、リスク別）',
    titleEn: 'Open cases at month end, by risk level',
    unit: MetricUnit.COUNT,
    columns,
    rows: [...risks, { key: 'total', labelJa: '計', labelEn: 'Total', values: stock(26), roundTo: 10 }],
    columnsAddUp: false,
    rowsAddUp: true,
  };
  const needs: RawTable = {
    key: 'caseRecords.needs',
    group: MetricGroup.CASE_RECORDS,
    titleJa: 'アセスメントで挙げられたニーズ（ケース数）',
    titleEn: 'Needs named in assessments (cases)',
    unit: MetricUnit.COUNT,
    columns,
    rows: [
      { key: 'need1', labelJa: '困りごと：食事', labelEn: '困りごと：食事', values: stock(12) },
      { key: 'need2', labelJa: '滞納・借金', labelEn: '滞納・借金', values: stock(3) },
    ],
    columnsAddUp: false,
    rowsAddUp: false,
  };
  return { ...report, tables: [...report.tables, openByRisk, needs] };
}

describe("the report's case-records section", () => {
  const report = suppressReport(withCaseRecords(), 5);
  const cells = (tableKey: string, rowKey: string) =>
    report.tables.find((t) => t.key === tableKey)!.rows.find((r) => r.key === rowKey)!.values;

  it('suppresses small counts of open cases and needs, and the total that would give them away', () => {
    expect(cells('caseRecords.openByRisk', 'risk3').every((v) => v.suppressed && v.small)).toBe(true);
    // Risk 3 hidden, risk 0 is hidden too (shown x), or total − risk 0 would tell it; the total
    // shows, rounded like every stock (26 → 30).
    expect(cells('caseRecords.openByRisk', 'risk0')[0]).toEqual({ value: null, suppressed: true, small: false });
    expect(cells('caseRecords.openByRisk', 'total')[0]).toEqual({ value: 30, suppressed: false });
    expect(cells('caseRecords.needs', 'need2').every((v) => v.suppressed)).toBe(true);
    expect(cells('caseRecords.needs', 'need1')[0]).toEqual({ value: 12, suppressed: false });
  });

  it('renders in the CSV, the workbook (a sheet of its own) and the PDF like every other section', async () => {
    const csv = renderReportCsv(report, 'ja').toString('utf8').split('\r\n');
    expect(csv.find((line) => line.startsWith('ケース記録,対応中のケース（月末、リスク別）,リスク 3（高）,'))).toMatch(
      /,<5,/,
    );
    expect(
      csv.find((line) => line.startsWith('ケース記録,アセスメントで挙げられたニーズ（ケース数）,困りごと：食事,')),
    ).toMatch(/,12,/);
    const workbook = new Workbook();
    await workbook.xlsx.load(
      (await renderReportXlsx(report, 'ja')) as unknown as Parameters<Workbook['xlsx']['load']>[0],
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('ケース記録');
    const rows = workbook.getWorksheet('ケース記録')!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.find((row) => row[1] === 'リスク 3（高）')?.[2]).toBe('<5');
    const text = pdfText(await renderReportPdf(report, 'ja'));
    expect(text).toContain('アセスメントで挙げられたニーズ（ケース数）');
    expect(text).toContain('困りごと：食事');
  });
});
