import type { Readable } from 'node:stream';
import { CsvTokenizer, detectDelimiter, headerLineEnd, type CsvRow, type KintoneDelimiter } from './csv';
import { decodeKintoneBytes, type KintoneEncoding } from './decode';
import { KintoneCsvError } from './errors';

/**
 * How kintone lays out a record with tables (テーブル, also called サブテーブル) in a CSV export,
 * as cli-kintone, kintone's own import/export tool, documents it (github.com/kintone/cli-kintone,
 * README, "CSV format" → "Table"), and as the web UI's 「ファイルに書き出す」 writes it with the
 * column named 「レコードの開始行」 instead of `*`:
 *
 *   - one column, the first, marks where a record begins: `*` on a record's first line, empty on
 *     the lines that follow it;
 *   - the record's other fields (outside tables) are on its first line; kintone repeats them on
 *     the following lines, where they are ignored (only the record number is checked there);
 *   - each table row is on a line of its own: the first row on the record's first line, the
 *     next ones on the following lines; with several tables, their rows may share lines or not
 *     (a line with no value for a table holds no row of it);
 *   - a column named after the table itself holds the row's id (kintone's, not kept here);
 *   - a record with no table row is one line, its table cells empty.
 *
 * The header alone cannot tell which columns are a table's (kintone writes field names), so the
 * caller says so (`tables`, from the mapping file). A file with no start column has one record a
 * line.
 */
export interface KintoneRecord {
  /** The record's first physical line (1-based; the header is line 1), for messages. */
  line: number;
  /** The value of the record number column (「レコード番号」), when there is one. */
  recordNumber: string | null;
  /** Field name (the header) → the cell, for every column outside tables. */
  fields: Record<string, string>;
  /** Table name → its rows, each column name → the cell. */
  tables: Record<string, Record<string, string>[]>;
}

export interface KintoneCsvOptions {
  /** `utf-8` or `shift_jis` (aliases: utf8, sjis, cp932, windows-31j…); detected when absent. */
  encoding?: string;
  /** The tables of the export: table name → the names of its columns, as in the header. */
  tables?: Record<string, readonly string[]>;
  /** The record number column; by default 「レコード番号」, `Record number` or `Record_number`. */
  recordNumberColumn?: string;
}

export interface KintoneCsv extends AsyncIterable<KintoneRecord> {
  readonly encoding: KintoneEncoding;
  readonly delimiter: KintoneDelimiter;
  /** The header, as written (without the BOM). */
  readonly columns: readonly string[];
}

/** The start column's names: the web UI's, and cli-kintone's. */
export const START_COLUMNS = ['レコードの開始行', '*'] as const;
const HEADER_MAX = 1024 * 1024;
/** The record number column's names: the web UI's (Japanese, English), and cli-kintone's. */
export const RECORD_NUMBER_COLUMNS = ['レコード番号', 'Record number', 'Record_number'];

/**
 * Opens a kintone export: detects the encoding and the delimiter, reads the header, and returns
 * the records as an async iterable (once) that reads the stream as it goes — memory holds one
 * record and one chunk, whatever the file's size.
 */
export async function openKintoneCsv(
  input: Readable | AsyncIterable<Uint8Array | string>,
  options: KintoneCsvOptions = {},
): Promise<KintoneCsv> {
  const { encoding, text } = await decodeKintoneBytes(input, options.encoding);
  // Enough text for the header line; the rest waits in `pending`.
  let pending = '';
  let end = -1;
  let exhausted = false;
  while (end < 0) {
    const next = await text.next();
    if (next.done) {
      exhausted = true;
      end = pending.length;
      break;
    }
    pending += next.value;
    end = headerLineEnd(pending);
    // A stray quote in the header would have the search read the whole file: stop at 1 MiB.
    if (end < 0 && pending.length > HEADER_MAX) end = pending.length;
  }
  const delimiter = detectDelimiter(pending.slice(0, end));
  const tokenizer = new CsvTokenizer(delimiter);
  const rows: CsvRow[] = [];
  tokenizer.push(pending, rows);
  if (exhausted) tokenizer.finish(rows);
  if (rows.length === 0 && exhausted) throw new KintoneCsvError('EMPTY_FILE', 'ファイルに見出し行がありません');

  // The header may still be incomplete when it ends the text read so far without a line break.
  while (rows.length === 0) {
    const next = await text.next();
    if (next.done) {
      exhausted = true;
      tokenizer.finish(rows);
      if (rows.length === 0) throw new KintoneCsvError('EMPTY_FILE', 'ファイルに見出し行がありません');
      break;
    }
    tokenizer.push(next.value, rows);
  }
  const header = rows.shift() as CsvRow;
  const columns = header.cells;
  const layout = columnLayout(columns, options);
  let used = false;

  async function* records(): AsyncGenerator<KintoneRecord> {
    if (used) throw new Error('the records of a kintone export can be read once');
    used = true;
    let current: KintoneRecord | null = null;
    let batch: CsvRow[] = rows;
    for (;;) {
      for (const row of batch) {
        if (layout.start < 0 || (row.cells[layout.start] ?? '').trim() === '*') {
          if (current) yield current;
          current = layout.newRecord(row);
        } else {
          if (!current) {
            throw new KintoneCsvError(
              'TABLE_ROW_WITHOUT_RECORD',
              `レコードの最初の行より前に表の行があります（「${columns[layout.start]}」の列に「*」がありません）`,
              row.line,
            );
          }
          layout.continueRecord(current, row);
        }
      }
      if (exhausted) break;
      batch = [];
      const next = await text.next();
      if (next.done) {
        exhausted = true;
        tokenizer.finish(batch);
      } else tokenizer.push(next.value, batch);
    }
    if (current) yield current;
  }

  return { encoding, delimiter, columns, [Symbol.asyncIterator]: records };
}

/** The records of a kintone export, read as they stream: {@link openKintoneCsv} then iterate. */
export async function* readKintoneCsv(
  input: Readable | AsyncIterable<Uint8Array | string>,
  options: KintoneCsvOptions = {},
): AsyncGenerator<KintoneRecord> {
  yield* await openKintoneCsv(input, options);
}

interface ColumnLayout {
  start: number;
  newRecord(row: CsvRow): KintoneRecord;
  continueRecord(record: KintoneRecord, row: CsvRow): void;
}

function columnLayout(columns: string[], options: KintoneCsvOptions): ColumnLayout {
  const index = new Map<string, number>();
  columns.forEach((name, i) => {
    if (index.has(name)) {
      throw new KintoneCsvError('DUPLICATE_COLUMN', `見出しに「${name}」の列が2つあります`, 1);
    }
    index.set(name, i);
  });
  const start = START_COLUMNS.map((name) => index.get(name)).find((i) => i !== undefined) ?? -1;
  const recordNumberName = options.recordNumberColumn ?? RECORD_NUMBER_COLUMNS.find((name) => index.has(name));
  const recordNumber = recordNumberName === undefined ? -1 : (index.get(recordNumberName) ?? -1);
  const inTables = new Set<number>();
  const tables = Object.entries(options.tables ?? {}).map(([name, names]) => {
    const id = index.get(name) ?? -1;
    if (id >= 0) inTables.add(id);
    const cells = names.flatMap((column) => {
      const i = index.get(column);
      if (i === undefined) return [];
      inTables.add(i);
      return [{ column, i }];
    });
    return { name, id, cells };
  });
  const fields = columns.flatMap((name, i) => (i === start || inTables.has(i) ? [] : [{ name, i }]));

  const addRows = (record: KintoneRecord, row: CsvRow): void => {
    for (const table of tables) {
      let present = table.id >= 0 && (row.cells[table.id] ?? '') !== '';
      const values: Record<string, string> = {};
      for (const { column, i } of table.cells) {
        const value = row.cells[i] ?? '';
        values[column] = value;
        if (value !== '') present = true;
      }
      if (present) record.tables[table.name].push(values);
    }
  };

  return {
    start,
    newRecord(row) {
      const values: Record<string, string> = {};
      for (const { name, i } of fields) values[name] = row.cells[i] ?? '';
      const record: KintoneRecord = {
        line: row.line,
        recordNumber: recordNumber >= 0 ? row.cells[recordNumber] || null : null,
        fields: values,
        tables: Object.fromEntries(tables.map((t) => [t.name, []])),
      };
      addRows(record, row);
      return record;
    },
    continueRecord(record, row) {
      const number = recordNumber >= 0 ? (row.cells[recordNumber] ?? '') : '';
      if (number !== '' && record.recordNumber !== null && number !== record.recordNumber) {
        throw new KintoneCsvError(
          'TABLE_ROW_OF_ANOTHER_RECORD',
          `レコード${number}の表の行が、レコード${record.recordNumber}の最初の行（${record.line}行目）のあとに「*」なしで続いています`,
          row.line,
        );
      }
      addRows(record, row);
    },
  };
}
