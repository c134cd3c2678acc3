import { Readable } from 'node:stream';
import {
  encodeShiftJis,
  GENERATED_TABLE,
  GENERATED_TABLE_COLUMNS,
  generatedKintoneRecord,
  KintoneCsvError,
  kintoneExport,
  openKintoneCsv,
  readKintoneCsv,
  type KintoneCsvOptions,
  type KintoneRecord,
} from '..';

/** The bytes as a stream cut into small chunks, so that characters and quotes straddle chunks. */
function bytes(buffer: Buffer, size = 7): Readable {
  const chunks: Buffer[] = [];
  for (let i = 0; i < buffer.length; i += size) chunks.push(buffer.subarray(i, i + size));
  return Readable.from(chunks);
}

async function read(buffer: Buffer, options: KintoneCsvOptions = {}): Promise<KintoneRecord[]> {
  const records: KintoneRecord[] = [];
  for await (const record of readKintoneCsv(bytes(buffer), options)) records.push(record);
  return records;
}

async function failure(buffer: Buffer, options: KintoneCsvOptions = {}): Promise<KintoneCsvError> {
  try {
    await read(buffer, options);
  } catch (error) {
    if (error instanceof KintoneCsvError) return error;
    throw error;
  }
  throw new Error('the export was read without an error');
}

const FAMILY = { 家族: ['続柄', '名前'] };

// As the web UI writes it: every value quoted, CRLF, the start column first, the record's fields
// repeated on the line of its second table row, a value with a comma, a doubled quote and a line break.
const SHEET = [
  '"レコードの開始行","レコード番号","氏名","相談内容","家族","続柄","名前"',
  '"*","12","山田, 太郎","家賃の滞納。""至急""","101","妻","花子"',
  '"","12","山田, 太郎","家賃の滞納。""至急""","102","長男","一郎\r\n（高校生）"',
  '"*","13","髙橋 ① ～","","","",""',
  '',
].join('\r\n');

describe('reading a kintone export', () => {
  it('reads a record with its table rows over several lines, and a record with no row', async () => {
    const records = await read(Buffer.from(SHEET), { tables: FAMILY });
    expect(records).toEqual([
      {
        line: 2,
        recordNumber: '12',
        fields: { レコード番号: '12', 氏名: '山田, 太郎', 相談内容: '家賃の滞納。"至急"' },
        tables: {
          家族: [
            { 続柄: '妻', 名前: '花子' },
            { 続柄: '長男', 名前: '一郎\r\n（高校生）' },
          ],
        },
      },
      {
        line: 5,
        recordNumber: '13',
        fields: { レコード番号: '13', 氏名: '髙橋 ① ～', 相談内容: '' },
        tables: { 家族: [] },
      },
    ]);
  });

  it.each([
    ['UTF-8 without BOM', Buffer.from(SHEET), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SHEET)]), 'utf-8'],
    ['Shift_JIS (CP932: 髙, ①, ～)', encodeShiftJis(SHEET), 'shift_jis'],
  ])('detects %s', async (_name, buffer, encoding) => {
    const csv = await openKintoneCsv(bytes(buffer), { tables: FAMILY });
    expect(csv.encoding).toBe(encoding);
    expect(csv.columns[0]).toBe('レコードの開始行');
    const records: KintoneRecord[] = [];
    for await (const record of csv) records.push(record);
    expect(records.map((r) => r.fields['氏名'])).toEqual(['山田, 太郎', '髙橋 ① ～']);
    expect(records[0].tables['家族'][1]['名前']).toBe('一郎\r\n（高校生）');
  });

  it('takes an explicit encoding over detection', async () => {
    // Valid UTF-8 and valid Shift_JIS at once: detection says UTF-8, the option says otherwise.
    const sjis = encodeShiftJis('"氏名"\r\n"ｱｲ"\r\n');
    expect((await read(sjis))[0].fields['氏名']).toBe('ｱｲ');
    const asUtf8 = Buffer.from('"name"\r\n"\u00e9"\r\n');
    expect((await read(asUtf8))[0].fields['name']).toBe('é');
    expect((await read(asUtf8, { encoding: 'cp932' }))[0].fields['name']).toBe('ﾃｩ');
  });

  it('names an encoding it cannot detect, and one it does not read', async () => {
    const latin1 = Buffer.concat([Buffer.from('"name"\r\n"caf'), Buffer.from([0xe9, 0xfd]), Buffer.from('"\r\n')]);
    const undetected = await failure(latin1);
    expect(undetected.reason).toBe('ENCODING_UNDETECTED');
    expect(undetected.kind).toBe('BAD_USER_INPUT');
    expect((await failure(Buffer.from(SHEET), { encoding: 'euc-jp' })).reason).toBe('ENCODING_UNSUPPORTED');
  });

  it('names the line of bytes the encoding cannot decode past the detection sample', async () => {
    const head = Buffer.from('"氏名"\r\n' + '"あ"\r\n'.repeat(30_000));
    const error = await failure(Buffer.concat([head, Buffer.from([0x82, 0xa0]), Buffer.from('\r\n')]));
    expect(error.reason).toBe('INVALID_BYTES');
    expect(error.line).toBe(30_002);
  });

  it.each([
    ['comma', ','],
    ['tab', '\t'],
    ['semicolon', ';'],
  ])('detects the %s delimiter from the header', async (_name, delimiter) => {
    const text = SHEET.replace(/","/g, `"${delimiter}"`);
    const csv = await openKintoneCsv(bytes(Buffer.from(text)), { tables: FAMILY });
    expect(csv.delimiter).toBe(delimiter);
    const records: KintoneRecord[] = [];
    for await (const record of csv) records.push(record);
    expect(records.map((r) => [r.fields['氏名'], r.tables['家族'].length])).toEqual([
      ['山田, 太郎', 2],
      ['髙橋 ① ～', 0],
    ]);
  });

  it('reads unquoted values, LF line ends and a last line without a line break', async () => {
    const records = await read(Buffer.from('レコード番号,氏名,メモ\n1,山田,"a\nb"\n2,鈴木,c'));
    expect(records.map((r) => [r.line, r.recordNumber, r.fields['メモ']])).toEqual([
      [2, '1', 'a\nb'],
      [4, '2', 'c'],
    ]);
  });

  it('reads CR line ends, and a quote inside an unquoted value as text', async () => {
    const records = await read(Buffer.from('"レコード番号","メモ"\r"1",5"皿\r"2","x"'));
    expect(records.map((r) => [r.line, r.fields['メモ']])).toEqual([
      [2, '5"皿'],
      [3, 'x'],
    ]);
  });

  it('reads an export without tables as one record a line', async () => {
    const records = await read(Buffer.from('"レコード番号","氏名"\r\n"1","山田"\r\n"2","鈴木"\r\n'));
    expect(records.map((r) => r.fields)).toEqual([
      { レコード番号: '1', 氏名: '山田' },
      { レコード番号: '2', 氏名: '鈴木' },
    ]);
  });

  it('reads rows of two tables, on lines of their own (cli-kintone) or sharing lines (web UI)', async () => {
    const tables = { 家族: ['続柄'], 支援: ['内容'] };
    const ownLines = [
      '"*","レコード番号","家族","続柄","支援","内容"',
      '"*","1","1","妻","",""',
      '"","1","2","長男","",""',
      '"","1","","","9","食料支援"',
    ].join('\r\n');
    const shared = [
      '"レコードの開始行","レコード番号","続柄","内容"',
      '"*","1","妻","食料支援"',
      '"","1","長男",""',
    ].join('\r\n');
    for (const text of [ownLines, shared]) {
      const [record] = await read(Buffer.from(text), { tables });
      expect(record.tables).toEqual({ 家族: [{ 続柄: '妻' }, { 続柄: '長男' }], 支援: [{ 内容: '食料支援' }] });
    }
  });

  it('refuses a table row that comes before any record, naming its line', async () => {
    const text = ['"レコードの開始行","レコード番号","続柄"', '"","1","妻"', '"*","2","夫"'].join('\r\n');
    const error = await failure(Buffer.from(text), { tables: { 家族: ['続柄'] } });
    expect(error.reason).toBe('TABLE_ROW_WITHOUT_RECORD');
    expect(error.line).toBe(2);
    expect(error.message).toBe(
      '2行目：レコードの最初の行より前に表の行があります（「レコードの開始行」の列に「*」がありません）',
    );
  });

  it('refuses a table row carrying another record\'s number (a lost "*")', async () => {
    const text = ['"レコードの開始行","レコード番号","続柄"', '"*","1","妻"', '"","1","長男"', '"","2","夫"'].join(
      '\r\n',
    );
    const error = await failure(Buffer.from(text), { tables: { 家族: ['続柄'] } });
    expect(error.reason).toBe('TABLE_ROW_OF_ANOTHER_RECORD');
    expect(error.line).toBe(4);
  });

  it('names the line where an unclosed quote begins', async () => {
    const error = await failure(Buffer.from('"氏名","メモ"\r\n"山田","ok"\r\n"鈴木","開いたまま\r\n続く\r\n'));
    expect(error.reason).toBe('UNTERMINATED_QUOTE');
    expect(error.line).toBe(3);
  });

  it('refuses a header naming a column twice, and an empty file', async () => {
    expect((await failure(Buffer.from('"氏名","氏名"\r\n"a","b"\r\n'))).reason).toBe('DUPLICATE_COLUMN');
    expect((await failure(Buffer.alloc(0))).reason).toBe('EMPTY_FILE');
  });

  it.each([
    ['UTF-8', 'utf-8', ','],
    ['UTF-8 with BOM, tab-delimited', 'utf-8-bom', '\t'],
    ['Shift_JIS', 'shift_jis', ','],
    ['Shift_JIS, tab-delimited', 'shift_jis', '\t'],
  ] as const)('reads back every record and row of a generated export (%s)', async (_name, encoding, delimiter) => {
    const records = 3000;
    const csv = await openKintoneCsv(kintoneExport({ records, encoding, delimiter, seed: 7 }), {
      tables: { [GENERATED_TABLE]: [...GENERATED_TABLE_COLUMNS] },
    });
    expect(csv.encoding).toBe(encoding === 'shift_jis' ? 'shift_jis' : 'utf-8');
    expect(csv.delimiter).toBe(delimiter);
    let index = 0;
    let rows = 0;
    let previousLine = 1;
    for await (const { line, ...record } of csv) {
      expect(record).toEqual(generatedKintoneRecord(index, 7));
      expect(line).toBeGreaterThan(previousLine);
      previousLine = line;
      rows += record.tables[GENERATED_TABLE].length;
      index++;
    }
    expect(index).toBe(records);
    // 0 to 5 rows a record: well over one per record on average.
    expect(rows).toBeGreaterThan(records * 2);
  });
});
