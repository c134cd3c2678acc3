import { Readable } from 'node:stream';
import type { KintoneDelimiter } from './csv';
import type { KintoneMapping } from './mapping';
import type { KintoneRecord } from './reader';

/**
 * kintone-shaped exports for tests and the benchmark: an assessment sheet app (相談記録シート)
 * with a family table of 0–5 rows a record, laid out as kintone writes it (see reader.ts): every
 * value quoted, CRLF line ends, 「レコードの開始行」 first, a record's fields repeated on the lines
 * of its further table rows. Records are made one at a time from (seed, index), so an export of
 * any size streams, and a test can rebuild any record to compare.
 */
export type GeneratedEncoding = 'utf-8' | 'utf-8-bom' | 'shift_jis';

export interface KintoneExportOptions {
  records: number;
  encoding?: GeneratedEncoding;
  delimiter?: KintoneDelimiter;
  seed?: number;
}

export const GENERATED_TABLE = '家族構成';
export const GENERATED_TABLE_COLUMNS = ['続柄', '家族氏名', '年齢', '備考'] as const;
export const GENERATED_FIELDS = [
  'レコード番号',
  '相談日',
  '氏名',
  'LINEユーザーID',
  '相談区分',
  '支援内容',
  '月収',
  '同意',
  'リスク',
  '相談内容',
] as const;
export const GENERATED_COLUMNS = [
  'レコードの開始行',
  ...GENERATED_FIELDS,
  GENERATED_TABLE,
  ...GENERATED_TABLE_COLUMNS,
] as const;

const FAMILY_NAMES = ['山田', '佐藤', '鈴木', '髙橋', '田中', '渡辺', '伊藤', '中村', '小林', '加藤'];
const GIVEN_NAMES = ['太郎', '花子', '一郎', '美咲', '翔太', 'さくら', '健', '陽菜', '大輔', 'ゆい'];
const CATEGORIES = ['生活', '住まい', '仕事', '子育て', '健康'];
const SUPPORTS = ['食料支援', '家計相談', '就労支援', '住居確保', '医療受診同行'];
const RELATIONS = ['妻', '夫', '長男', '長女', '次男', '母', '父'];
const NOTES = [
  '',
  '保育園に通園中',
  '持病あり、通院は月2回',
  '「学校に行きたくない」と話す',
  '要介護２\r\n（デイサービス利用）',
  '連絡は夕方以降, 携帯へ',
];
const STORIES = [
  '家賃の滞納が3か月、電気代も払えていない。',
  '仕事を失い、収入が途絶えた。"すぐに"食料が必要。',
  '離婚後、子ども2人と転居。\r\n住所変更の手続きが未了。',
  '母の介護で休職中～復職の見通しは立たない。',
  '①国保の減免\r\n②就学援助\r\nの申請を一緒に行う。',
  '本人より電話, 来所を希望。',
];

/** A small, fast, seeded generator (mulberry32): the same (seed, index) gives the same record. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The record the export holds at `index` (0-based), as the reader returns it (without its line). */
export function generatedKintoneRecord(index: number, seed = 1): Omit<KintoneRecord, 'line'> {
  const next = random(Math.imul(seed, 2654435761) ^ index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const recordNumber = String(index + 1);
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 1000) * 86_400_000);
  const supports = SUPPORTS.filter(() => next() < 0.35);
  const income = Math.floor(next() * 400) * 1000;
  const rows = Math.floor(next() * 6);
  const family = pick(FAMILY_NAMES);
  return {
    recordNumber,
    fields: {
      レコード番号: recordNumber,
      相談日: day.toISOString().slice(0, 10),
      氏名: `${family} ${pick(GIVEN_NAMES)}`,
      LINEユーザーID: next() < 0.8 ? `U${(index * 7919 + seed).toString(16).padStart(32, '0')}` : '',
      相談区分: pick(CATEGORIES),
      支援内容: supports.join('\n'),
      月収: income.toLocaleString('en-US'),
      同意: next() < 0.9 ? 'はい' : 'いいえ',
      リスク: String(Math.floor(next() * 4)),
      相談内容: `${pick(STORIES)}${next() < 0.3 ? pick(STORIES) : ''}`,
    },
    tables: {
      [GENERATED_TABLE]: Array.from({ length: rows }, () => ({
        続柄: pick(RELATIONS),
        家族氏名: `${family} ${pick(GIVEN_NAMES)}`,
        年齢: String(Math.floor(next() * 90)),
        備考: pick(NOTES),
      })),
    },
  };
}

const quote = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/** The lines of one record, as kintone writes them (without the final CRLF). */
function recordLines(record: Omit<KintoneRecord, 'line'>, delimiter: string, rowIds: () => number): string {
  const rows = record.tables[GENERATED_TABLE];
  const fields = GENERATED_FIELDS.map((f) => quote(record.fields[f]));
  const lines: string[] = [];
  for (let r = 0; r < Math.max(1, rows.length); r++) {
    const row = rows[r];
    const tableCells = row
      ? [quote(String(rowIds())), ...GENERATED_TABLE_COLUMNS.map((c) => quote(row[c]))]
      : GENERATED_TABLE_COLUMNS.map(() => '""').concat('""');
    lines.push([quote(r === 0 ? '*' : ''), ...fields, ...tableCells].join(delimiter));
  }
  return lines.join('\r\n');
}

/** A generated export, streamed in chunks of about 64 KiB. */
export function kintoneExport(options: KintoneExportOptions): Readable {
  const { records, encoding = 'utf-8', delimiter = ',', seed = 1 } = options;
  const encode = encoding === 'shift_jis' ? encodeShiftJis : (text: string) => Buffer.from(text, 'utf8');
  let rowId = 0;
  const rowIds = (): number => ++rowId;
  async function* chunks(): AsyncGenerator<Buffer> {
    if (encoding === 'utf-8-bom') yield Buffer.from([0xef, 0xbb, 0xbf]);
    let text = GENERATED_COLUMNS.map(quote).join(delimiter) + '\r\n';
    for (let i = 0; i < records; i++) {
      text += recordLines(generatedKintoneRecord(i, seed), delimiter, rowIds) + '\r\n';
      if (text.length >= 32 * 1024) {
        yield encode(text);
        text = '';
      }
    }
    if (text) yield encode(text);
  }
  return Readable.from(chunks(), { objectMode: false });
}

let shiftJisTable: Map<string, Buffer> | null = null;

/**
 * Text as Shift_JIS (CP932) bytes. Node has no Shift_JIS encoder, so the table is the decoder's
 * read backwards (every valid two-byte code, the first code of a character winning): what it
 * writes, the reader decodes back to the same text.
 */
export function encodeShiftJis(text: string): Buffer {
  if (!shiftJisTable) {
    const table = new Map<string, Buffer>();
    const decoder = new TextDecoder('shift_jis', { fatal: true });
    for (let b = 0xa1; b <= 0xdf; b++) table.set(decoder.decode(Uint8Array.of(b)), Buffer.of(b));
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue;
        let char: string;
        try {
          char = decoder.decode(Uint8Array.of(lead, trail));
        } catch {
          continue;
        }
        if (!table.has(char)) table.set(char, Buffer.of(lead, trail));
      }
    }
    shiftJisTable = table;
  }
  const table = shiftJisTable;
  const out = Buffer.alloc(text.length * 2);
  let n = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) {
      out[n++] = code;
      continue;
    }
    const bytes = table.get(char);
    if (!bytes) throw new Error(`"${char}" (U+${code.toString(16).toUpperCase()}) has no Shift_JIS code`);
    n += bytes.copy(out, n);
  }
  return out.subarray(0, n);
}

const choicesOf = (pairs: [string, string][]) => pairs.map(([value, label]) => ({ value, label }));

/**
 * The sections of an assessment template a generated export fits (kintone's labels are the choices'
 * labels: no translation needed), for the import's tests and benchmark.
 */
export const GENERATED_TEMPLATE_SECTIONS = [
  {
    key: 'intake',
    title: '相談記録',
    fields: [
      { key: 'consultedOn', label: '相談日', kind: 'DATE', required: true },
      { key: 'name', label: '氏名', kind: 'SHORT_TEXT' },
      {
        key: 'category',
        label: '相談区分',
        kind: 'SINGLE_CHOICE',
        choices: choicesOf([
          ['living', '生活'],
          ['housing', '住まい'],
          ['work', '仕事'],
          ['children', '子育て'],
          ['health', '健康'],
        ]),
      },
      {
        key: 'support',
        label: '支援内容',
        kind: 'MULTIPLE_CHOICE',
        choices: choicesOf([
          ['food', '食料支援'],
          ['budget', '家計相談'],
          ['job', '就労支援'],
          ['home', '住居確保'],
          ['clinic', '医療受診同行'],
        ]),
      },
      { key: 'income', label: '月収', kind: 'NUMBER' },
      { key: 'consent', label: '同意', kind: 'YES_NO' },
      { key: 'risk', label: 'リスク', kind: 'RISK_SCALE' },
      { key: 'story', label: '相談内容', kind: 'LONG_TEXT' },
      {
        key: 'household',
        label: '家族構成',
        kind: 'TABLE',
        columns: [
          { key: 'relation', label: '続柄', kind: 'SHORT_TEXT', required: true },
          { key: 'name', label: '氏名', kind: 'SHORT_TEXT' },
          { key: 'age', label: '年齢', kind: 'NUMBER' },
          { key: 'note', label: '備考', kind: 'LONG_TEXT' },
        ],
      },
    ],
  },
];

/** The mapping of a generated export onto `GENERATED_TEMPLATE_SECTIONS`. */
export const GENERATED_MAPPING: KintoneMapping = {
  family: { by: 'lineUserId', kintone: 'LINEユーザーID' },
  fields: [
    { kintone: '相談日', field: 'consultedOn' },
    { kintone: '氏名', field: 'name' },
    { kintone: '相談区分', field: 'category' },
    { kintone: '支援内容', field: 'support' },
    { kintone: '月収', field: 'income' },
    { kintone: '同意', field: 'consent' },
    { kintone: 'リスク', field: 'risk' },
    { kintone: '相談内容', field: 'story' },
  ],
  tables: [
    {
      kintone: GENERATED_TABLE,
      field: 'household',
      columns: GENERATED_TABLE_COLUMNS.map((kintone, i) => ({
        kintone,
        field: ['relation', 'name', 'age', 'note'][i],
      })),
    },
  ],
};
