import { KintoneCsvError } from './errors';

/** The delimiters kintone writes (and reads): comma, tab, semicolon. */
export type KintoneDelimiter = ',' | '\t' | ';';

export interface CsvRow {
  /** The physical line the row starts on (1-based; the header is line 1). */
  line: number;
  cells: string[];
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The delimiter of a header line: the one of comma, tab and semicolon found most often outside
 * quotes (a comma when none is). kintone quotes every header, so field names with commas do not
 * mislead the count.
 */
export function detectDelimiter(headerLine: string): KintoneDelimiter {
  const counts = { ',': 0, '\t': 0, ';': 0 };
  let inQuotes = false;
  for (const ch of headerLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === ',' || ch === '\t' || ch === ';')) counts[ch]++;
  }
  let best: KintoneDelimiter = ',';
  for (const d of ['\t', ';'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

/**
 * The end of the first line outside quotes in `text`, or -1 when the text does not hold a whole
 * line yet.
 */
export function headerLineEnd(text: string): number {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (!inQuotes && (c === LF || c === CR)) return i;
  }
  return -1;
}

/**
 * RFC 4180 rows from text pushed chunk by chunk: quoted values may hold delimiters, doubled quotes
 * and line breaks (CRLF, LF or CR end a row); a quote inside an unquoted value is kept as text, as
 * spreadsheet programs do. Blank lines are skipped. Holds one row at a time.
 */
export class CsvTokenizer {
  private readonly delimiter: number;
  private cells: string[] = [];
  private field = '';
  /** No character of the current field seen yet: a quote here opens a quoted value. */
  private fresh = true;
  private inQuotes = false;
  /** The previous character closed a quoted value (or is the first of a doubled quote). */
  private afterQuote = false;
  /** The previous row ended with CR: an LF right after it belongs to that line break. */
  private afterCR = false;
  private line = 1;
  private rowLine = 1;

  constructor(delimiter: KintoneDelimiter) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  push(chunk: string, rows: CsvRow[]): void {
    let start = 0;
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (this.afterCR) {
        this.afterCR = false;
        if (c === LF) {
          start = i + 1;
          continue;
        }
      }
      if (this.inQuotes) {
        if (c === QUOTE) {
          this.field += chunk.slice(start, i);
          this.inQuotes = false;
          this.afterQuote = true;
          start = i + 1;
        } else if (c === LF) this.line++;
        continue;
      }
      if (this.afterQuote) {
        this.afterQuote = false;
        if (c === QUOTE) {
          // A doubled quote: one quote in the value, and the value goes on quoted.
          this.field += '"';
          this.inQuotes = true;
          start = i + 1;
          continue;
        }
      }
      if (c === this.delimiter) {
        this.cells.push(this.field + chunk.slice(start, i));
        this.field = '';
        this.fresh = true;
        start = i + 1;
      } else if (c === LF || c === CR) {
        this.cells.push(this.field + chunk.slice(start, i));
        this.field = '';
        this.fresh = true;
        this.endRow(rows);
        this.line++;
        this.rowLine = this.line;
        this.afterCR = c === CR;
        start = i + 1;
      } else if (c === QUOTE && this.fresh) {
        this.fresh = false;
        this.inQuotes = true;
        start = i + 1;
      } else {
        this.fresh = false;
      }
    }
    this.field += chunk.slice(start);
  }

  /** The last row when the text does not end with a line break; an open quote is an error. */
  finish(rows: CsvRow[]): void {
    if (this.inQuotes) {
      throw new KintoneCsvError('UNTERMINATED_QUOTE', '引用符（"）で始まった値が閉じられていません', this.rowLine);
    }
    if (this.cells.length > 0 || this.field !== '' || !this.fresh) {
      this.cells.push(this.field);
      this.field = '';
      this.endRow(rows);
    }
  }

  private endRow(rows: CsvRow[]): void {
    const cells = this.cells;
    this.cells = [];
    if (cells.length === 1 && cells[0] === '') return;
    rows.push({ line: this.rowLine, cells });
  }
}
