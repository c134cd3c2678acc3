import { readFileSync } from 'fs';
import { createRequire } from 'module';
import { dirname, join } from 'path';
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
import { Report, ReportLanguage, ReportTable } from './report';

/**
 * The report as a printable PDF: A4 landscape, Noto Sans JP embedded (pdfkit keeps only the glyphs
 * used), each group and table as a simple grid that continues on the next page, header repeated.
 * Thirteen value columns (twelve months and the total) fit at 7 points.
 */
export async function renderReportPdf(report: Report, language: ReportLanguage): Promise<Buffer> {
  // Loaded when a report is rendered, not at start: the library is large and most processes never need it.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    info: { Title: reportTitle(report, language), Creator: 'tsunagu', CreationDate: report.generatedAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(REGULAR, font('NotoSansJP-Regular.otf'));
  doc.registerFont(BOLD, font('NotoSansJP-Bold.otf'));

  const bottom = doc.page.height - MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  let y = MARGIN;
  const write = (text: string, size: number, bold = false, gap = 4) => {
    doc.font(bold ? BOLD : REGULAR).fontSize(size);
    const height = doc.heightOfString(text, { width });
    if (y + height > bottom) y = newPage();
    doc.text(text, MARGIN, y, { width });
    y += height + gap;
  };
  const newPage = () => {
    doc.addPage();
    return MARGIN;
  };

  write(reportTitle(report, language), 14, true);
  write(generatedAtLine(report, language), 8, false, 2);
  write(suppressionNote(report, language), 8, false, 10);
  for (const group of reportGroups(report)) {
    if (y + 3 * ROW_HEIGHT + 30 > bottom) y = newPage();
    write(groupLabel(group, language), 11, true, 6);
    for (const table of report.tables.filter((candidate) => candidate.group === group)) {
      if (y + 3 * ROW_HEIGHT + 14 > bottom) y = newPage();
      write(tableTitle(table, language), 9, true, 2);
      y = drawTable(doc, table, report, language, y, bottom, newPage) + 8;
    }
  }
  doc.end();
  return finished;
}

const MARGIN = 36;
const ROW_HEIGHT = 12;
const LABEL_WIDTH = 170;
const REGULAR = 'NotoSansJP';
const BOLD = 'NotoSansJP-Bold';

/** Draws a table from `top`, on as many pages as it needs; returns where it ends. */
function drawTable(
  doc: PDFKit.PDFDocument,
  table: ReportTable,
  report: Report,
  language: ReportLanguage,
  top: number,
  bottom: number,
  newPage: () => number,
): number {
  const valueWidth = Math.min(60, (doc.page.width - 2 * MARGIN - LABEL_WIDTH) / Math.max(1, table.columns.length));
  const right = MARGIN + LABEL_WIDTH + valueWidth * table.columns.length;
  const line = (cells: string[], y: number, bold: boolean) => {
    doc.font(bold ? BOLD : REGULAR).fontSize(7);
    doc.text(cells[0], MARGIN + 2, y + 2, { width: LABEL_WIDTH - 4, height: ROW_HEIGHT - 2, ellipsis: true });
    cells.slice(1).forEach((cell, i) => {
      const x = MARGIN + LABEL_WIDTH + i * valueWidth;
      doc.text(cell, x, y + 2, { width: valueWidth - 3, height: ROW_HEIGHT - 2, align: 'right', lineBreak: false });
    });
    doc
      .moveTo(MARGIN, y + ROW_HEIGHT)
      .lineTo(right, y + ROW_HEIGHT)
      .lineWidth(0.3)
      .strokeColor('#999999')
      .stroke();
  };
  const header = (y: number) => {
    doc
      .rect(MARGIN, y, right - MARGIN, ROW_HEIGHT)
      .fill('#eeeeee')
      .fillColor('black');
    line([language === 'ja' ? '項目' : 'Item', ...table.columns.map((c) => label(c, language))], y, true);
    return y + ROW_HEIGHT;
  };
  let y = header(top);
  for (const row of table.rows) {
    if (y + ROW_HEIGHT > bottom) y = header(newPage());
    const values = row.values.map((value) => shownValue(value, table.unit, report.suppressionThreshold));
    line([label(row, language), ...values.map((value) => (value === null ? '' : String(value)))], y, false);
    y += ROW_HEIGHT;
  }
  return y;
}

/**
 * A Noto Sans JP file of `@embedpdf/fonts-jp`. Its fonts are not in the package's `exports`, so they are
 * found beside its entry point (`dist/index.cjs`, next to `fonts/`), read once.
 */
function font(file: string): Buffer {
  let data = fonts.get(file);
  if (!data) {
    const entry = createRequire(__filename).resolve('@embedpdf/fonts-jp');
    data = readFileSync(join(dirname(entry), '..', 'fonts', file));
    fonts.set(file, data);
  }
  return data;
}
const fonts = new Map<string, Buffer>();
