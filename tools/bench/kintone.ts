/**
 * `npm run bench -- kintone-read [--records 50000]`: reading kintone exports as the records import
 * will. For UTF-8 and Shift_JIS: generates an export of N records with a family table of 0–5 rows
 * each to a temp file, then reads it back (and maps every record to a template) from a file stream,
 * sampling the resident set size as it goes. The reader streams: its peak RSS should not grow with
 * N (compare `--records 5000`). No database.
 */
import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  GENERATED_TABLE,
  GENERATED_TABLE_COLUMNS,
  kintoneExport,
  mapRecord,
  openKintoneCsv,
  readerOptions,
  type GeneratedEncoding,
  type KintoneMapping,
  type TemplateDescription,
} from '@tsunagu/kintone';
import { machineLine, now } from './harness';

export const KINTONE_DEFAULTS = { records: 50_000, seed: 1 };

const TEMPLATE: TemplateDescription = {
  fields: [
    { key: 'consultedOn', kind: 'date' },
    { key: 'name', kind: 'shortText' },
    { key: 'category', kind: 'singleChoice', choices: ['生活', '住まい', '仕事', '子育て', '健康'] },
    {
      key: 'support',
      kind: 'multipleChoice',
      choices: ['食料支援', '家計相談', '就労支援', '住居確保', '医療受診同行'],
    },
    { key: 'income', kind: 'number' },
    { key: 'consent', kind: 'yesNo' },
    { key: 'risk', kind: 'risk' },
    { key: 'story', kind: 'longText' },
    {
      key: 'household',
      kind: 'table',
      columns: GENERATED_TABLE_COLUMNS.map((key) => ({ key, kind: key === '年齢' ? 'number' : 'longText' }) as const),
    },
  ],
};

const MAPPING: KintoneMapping = {
  family: { by: 'recordNumber' },
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
      columns: GENERATED_TABLE_COLUMNS.map((c) => ({ kintone: c, field: c })),
    },
  ],
};

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function kintoneReadBench(options: typeof KINTONE_DEFAULTS): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'kintone-bench-'));
  try {
    console.log(`kintone-read: ${options.records} records, a family table of 0–5 rows each`);
    for (const encoding of ['utf-8', 'shift_jis'] as GeneratedEncoding[]) {
      const file = join(dir, `export-${encoding}.csv`);
      let start = now();
      await pipeline(
        kintoneExport({ records: options.records, encoding, seed: options.seed }),
        createWriteStream(file),
      );
      const generated = (now() - start) / 1000;

      global.gc?.();
      const rssBefore = process.memoryUsage.rss();
      let peak = rssBefore;
      let records = 0;
      let rows = 0;
      let problems = 0;
      start = now();
      const csv = await openKintoneCsv(createReadStream(file), readerOptions(MAPPING));
      for await (const record of csv) {
        const mapped = mapRecord(record, MAPPING, TEMPLATE);
        if (!mapped.ok) problems++;
        records++;
        rows += record.tables[GENERATED_TABLE].length;
        if (records % 1000 === 0) peak = Math.max(peak, process.memoryUsage.rss());
      }
      const seconds = (now() - start) / 1000;
      peak = Math.max(peak, process.memoryUsage.rss());
      if (records !== options.records || problems > 0) {
        throw new Error(`read ${records} of ${options.records} records, ${problems} with problems`);
      }
      console.log(
        `  ${encoding.padEnd(9)} ${mb(statSync(file).size)} (${records} records, ${rows} table rows) generated in ${generated.toFixed(1)} s; ` +
          `read and mapped in ${seconds.toFixed(1)} s = ${Math.round(records / seconds)} records/s; ` +
          `RSS ${mb(rssBefore)} before reading, peak ${mb(peak)} while reading`,
      );
      rmSync(file);
    }
    console.log(`  ${machineLine()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
