/**
 * CSV for Japanese users (docs: DESIGN "Japanese data"): UTF-8 with a byte order mark, so Excel
 * opens it as UTF-8; RFC 4180 fields and CRLF line ends.
 *
 *   const file = toCsv(['日時', '操作'], rows.map((r) => [r.at, r.action]));
 *   await downloads.create({ filename: 'x.csv', contentType: CSV_CONTENT_TYPE, content: file });
 */

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Dates are written as ISO 8601 (UTC); format them first for another form. */
export type CsvValue = string | number | bigint | boolean | Date | null | undefined;

export interface CsvOptions {
  /** Start with the UTF-8 byte order mark. Default true. */
  bom?: boolean;
  /**
   * Prefix a text cell starting with `=`, `+`, `-`, `@`, tab or carriage return with `'`, so a
   * spreadsheet does not run it as a formula (CSV injection). Numbers are left alone. Default true.
   */
  neutralizeFormulas?: boolean;
}

/** One field, quoted when it holds a comma, a double quote, CR or LF (RFC 4180), quotes doubled. */
export function csvField(value: CsvValue, options: CsvOptions = {}): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'string') {
    text = options.neutralizeFormulas !== false && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  } else text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, without its line end. */
export function csvRecord(values: readonly CsvValue[], options: CsvOptions = {}): string {
  return values.map((value) => csvField(value, options)).join(',');
}

/** A whole file: the header record, then one record per row, each ended by CRLF. */
export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
  options: CsvOptions = {},
): Buffer {
  const lines = [csvRecord(header, options)];
  for (const row of rows) lines.push(csvRecord(row, options));
  return Buffer.from((options.bom === false ? '' : BOM) + lines.join(CRLF) + CRLF, 'utf8');
}
