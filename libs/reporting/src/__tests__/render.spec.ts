import { Workbook } from 'exceljs';
import { pdfText } from '@tsunagu/platform/testing';
import { renderReportCsv } from '../render-csv';
import { renderReportPdf } from '../render-pdf';
import { renderReportXlsx } from '../render-xlsx';
import { ReportFormat, renderReport, reportFilename } from '../report-files';
import { exactReport, suppressReport } from '../suppression';
import { kobeReport } from './report-fixtures';

const MONTHS_JA =
  '2025年4月,2025年5月,2025年6月,2025年7月,2025年8月,2025年9月,2025年10月,2025年11月,2025年12月,2026年1月,2026年2月,2026年3月';

async function readWorkbook(file: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  // exceljs types its input as its own Buffer; Node's generic Buffer is the same thing at run time.
  await workbook.xlsx.load(file as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  return workbook;
}

describe('report files', () => {
  const report = suppressReport(kobeReport(), 5);

  it('writes a CSV Excel opens as UTF-8, with Japanese headers and suppressed cells as <5', () => {
    const csv = renderReportCsv(report, 'ja');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(`区分,指標,項目,${MONTHS_JA},年度計`);
    const childcare = lines.find((line) => line.startsWith('相談,分類別の相談件数,子育て,'))!;
    // April's 2 is small (<5); another month of the row is hidden to protect it (x).
    const cells = childcare.split(',').slice(3);
    expect(cells[0]).toBe('<5');
    expect(cells).toContain('x');
    // A median resting on too few cases is hidden as x, not "<5" (which would read as minutes).
    expect(lines).toContain(
      '応答,初回応答までの時間（中央値）（分）,中央値,x,13.3,14.3,15.3,16.3,17.3,18.3,19.3,20.3,21.3,22.3,23.3,202.3',
    );
    expect(lines[lines.length - 1]).toBe('');
  });

  it('writes an English CSV, and one month as that month alone', () => {
    expect(renderReportCsv(report, 'en').toString('utf8').split('\r\n')[0]).toBe(
      '\uFEFFGroup,Metric,Item,April 2025,May 2025,June 2025,July 2025,August 2025,September 2025,October 2025,November 2025,December 2025,January 2026,February 2026,March 2026,FY total',
    );
    const march = renderReportCsv(suppressReport(kobeReport(3), 5), 'ja')
      .toString('utf8')
      .split('\r\n');
    expect(march[0]).toBe('\uFEFF区分,指標,項目,2026年3月');
    expect(march).toContain('相談,分類別の相談件数,子育て,<5');
  });

  it('writes a workbook with a sheet per group, numbers as numbers and <5 as text', async () => {
    const workbook = await readWorkbook(await renderReportXlsx(report, 'ja'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['登録者', '相談', '応答']);
    const sheet = workbook.getWorksheet('相談')!;
    expect(sheet.getCell('A1').value).toBe('神戸市 活動報告 令和7年度 (FY2025)');
    expect(sheet.getCell('A4').value).toContain('<5');
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const childcare = rows.find((row) => row[1] === '子育て')!;
    expect(childcare[2]).toBe('<5');
    expect(childcare).toContain('x');
    const total = rows.find((row) => row[1] === '合計')!;
    expect(total[14]).toBe(kobeReport().tables[1].rows[3].values[12]);

    const exact = await readWorkbook(await renderReportXlsx(exactReport(kobeReport()), 'en'));
    expect(exact.worksheets.map((sheet) => sheet.name)).toEqual(['Registrants', 'Consultations', 'Responsiveness']);
    expect(exact.getWorksheet('Consultations')!.getCell('A4').value).toBe('Exact counts (no suppression)');
  });

  it('writes a PDF whose Japanese text is embedded and extractable', async () => {
    const pdf = await renderReportPdf(report, 'ja');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('神戸市 活動報告 令和7年度 (FY2025)');
    expect(text).toContain('子育て');
    expect(text).toContain('<5');
    expect(text).toContain('2026年3月');
  });

  it('continues a long table on the next page', async () => {
    const long = kobeReport();
    const consultations = long.tables[1];
    const first = consultations.rows[1];
    consultations.rows = [
      ...Array.from({ length: 80 }, (_, i) => ({ ...first, key: `c${i}`, labelJa: `分類${i + 1}` })),
      consultations.rows[3],
    ];
    consultations.rowsAddUp = false;
    const text = pdfText(await renderReportPdf(exactReport(long), 'ja'));
    expect(text).toContain('分類80');
    expect(text).toMatch(/-- 2 of \d+ --/);
  });

  it('names files in ASCII after the tenant and the period', async () => {
    expect(reportFilename(report, ReportFormat.CSV, 'kobe')).toBe('kobe-report-FY2025.csv');
    expect(reportFilename(suppressReport(kobeReport(3), 5), ReportFormat.PDF, 'kobe')).toBe('kobe-report-2026-03.pdf');
    expect((await renderReport(report, ReportFormat.XLSX, 'ja')).subarray(0, 2).toString()).toBe('PK');
  });
});
