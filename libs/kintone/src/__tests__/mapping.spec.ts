import {
  GENERATED_COLUMNS,
  GENERATED_TABLE,
  generatedKintoneRecord,
  readerOptions,
  mapRecord,
  parseKintoneMapping,
  validateKintoneMapping,
  type KintoneMapping,
  type KintoneRecord,
  type TemplateDescription,
} from '..';

const TEMPLATE: TemplateDescription = {
  fields: [
    { key: 'consultedOn', kind: 'date' },
    { key: 'name', kind: 'shortText' },
    { key: 'category', kind: 'singleChoice', choices: ['living', 'housing', 'work', 'children', 'health'] },
    { key: 'support', kind: 'multipleChoice', choices: ['food', 'budget', 'job', 'home', 'clinic'] },
    { key: 'income', kind: 'number' },
    { key: 'consent', kind: 'yesNo' },
    { key: 'risk', kind: 'risk' },
    { key: 'story', kind: 'longText' },
    {
      key: 'household',
      kind: 'table',
      columns: [
        { key: 'relation', kind: 'shortText' },
        { key: 'name', kind: 'shortText' },
        { key: 'age', kind: 'number' },
        { key: 'note', kind: 'longText' },
      ],
    },
  ],
};

// The mapping of the generated export (the example of docs/operations.md).
const MAPPING: KintoneMapping = {
  family: { by: 'lineUserId', kintone: 'LINEユーザーID' },
  fields: [
    { kintone: '相談日', field: 'consultedOn' },
    { kintone: '氏名', field: 'name' },
    {
      kintone: '相談区分',
      field: 'category',
      choices: { 生活: 'living', 住まい: 'housing', 仕事: 'work', 子育て: 'children', 健康: 'health' },
    },
    {
      kintone: '支援内容',
      field: 'support',
      choices: { 食料支援: 'food', 家計相談: 'budget', 就労支援: 'job', 住居確保: 'home', 医療受診同行: 'clinic' },
    },
    { kintone: '月収', field: 'income' },
    { kintone: '同意', field: 'consent' },
    { kintone: 'リスク', field: 'risk' },
    { kintone: '相談内容', field: 'story' },
  ],
  tables: [
    {
      kintone: '家族構成',
      field: 'household',
      columns: [
        { kintone: '続柄', field: 'relation' },
        { kintone: '家族氏名', field: 'name' },
        { kintone: '年齢', field: 'age' },
        { kintone: '備考', field: 'note' },
      ],
    },
  ],
};

const record = (fields: Record<string, string>, tables: KintoneRecord['tables'] = {}): KintoneRecord => ({
  line: 42,
  recordNumber: '7',
  fields: { LINEユーザーID: 'U1234', ...fields },
  tables,
});

describe('the mapping file', () => {
  it('accepts the mapping of the generated export, against its header and the template', () => {
    const parsed = parseKintoneMapping(JSON.parse(JSON.stringify(MAPPING)));
    expect(parsed).toEqual({ ok: true, mapping: MAPPING });
    expect(validateKintoneMapping(MAPPING, GENERATED_COLUMNS, TEMPLATE)).toEqual([]);
    expect(readerOptions(MAPPING)).toEqual({ tables: { 家族構成: ['続柄', '家族氏名', '年齢', '備考'] } });
  });

  it('names each malformed entry', () => {
    const parsed = parseKintoneMapping({
      family: { by: 'phone' },
      fields: [{ kintone: '氏名' }, { kintone: '区分', field: 'category', choices: { 生活: ['living'] } }],
      tables: [{ kintone: '家族', field: 'household' }],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => [p.code, p.entry])).toEqual([
      ['INVALID', 'family'],
      ['INVALID', 'fields[0].field'],
      ['INVALID', 'fields[1].choices'],
      ['INVALID', 'tables[0].columns'],
    ]);
  });

  it('names unknown kintone and template fields, untranslated choices, and unmapped table columns', () => {
    const mapping: KintoneMapping = {
      family: { by: 'lineUserId', kintone: 'LINE ID' },
      fields: [
        { kintone: '相談日', field: 'consultedOn' },
        { kintone: '電話番号', field: 'name' },
        { kintone: '氏名', field: 'fullName' },
        { kintone: '相談区分', field: 'category', choices: { 生活: 'life' } },
        { kintone: '支援内容', field: 'support', choices: { 食料支援: 'food' } },
        { kintone: 'リスク', field: 'risk', choices: { 高: 5 } },
        { kintone: '月収', field: 'household' },
      ],
      tables: [{ kintone: '家族構成', field: 'household', columns: [{ kintone: '続柄', field: 'relation' }] }],
    };
    // 支援内容 exported as one column per choice: its labels are known from the header.
    const header = [
      'レコード番号',
      '相談日',
      '氏名',
      '相談区分',
      '支援内容[食料支援]',
      '支援内容[家計相談]',
      'リスク',
      '月収',
      '続柄',
    ];
    expect(validateKintoneMapping(mapping, header, TEMPLATE).map((p) => [p.code, p.entry])).toEqual([
      ['UNKNOWN_KINTONE_FIELD', 'fields[1]'],
      ['UNKNOWN_TEMPLATE_FIELD', 'fields[2]'],
      ['UNKNOWN_TEMPLATE_CHOICE', 'fields[3].choices["生活"]'],
      ['UNTRANSLATED_CHOICE', 'fields[4]'],
      ['UNKNOWN_TEMPLATE_CHOICE', 'fields[5].choices["高"]'],
      ['KIND_MISMATCH', 'fields[6]'],
      ['UNKNOWN_KINTONE_FIELD', 'family'],
      ['DUPLICATE_TEMPLATE_FIELD', 'tables[0]'],
      ['UNMAPPED_TABLE_COLUMN', 'tables[0]'],
      ['UNMAPPED_TABLE_COLUMN', 'tables[0]'],
      ['UNMAPPED_TABLE_COLUMN', 'tables[0]'],
    ]);
    const untranslated = validateKintoneMapping(mapping, header, TEMPLATE).find(
      (p) => p.code === 'UNTRANSLATED_CHOICE',
    );
    expect(untranslated?.message).toContain('家計相談');
  });
});

describe('finding the record number', () => {
  it('names a record number column the export lacks, when the mapping needs one', () => {
    const byNumber: KintoneMapping = { family: { by: 'recordNumber' }, fields: [] };
    expect(validateKintoneMapping(byNumber, ['氏名'], TEMPLATE).map((p) => [p.code, p.entry])).toEqual([
      ['UNKNOWN_KINTONE_FIELD', 'family'],
    ]);
    expect(validateKintoneMapping(byNumber, ['Record number', '氏名'], TEMPLATE)).toEqual([]);
    const named: KintoneMapping = { ...byNumber, recordNumber: '管理番号' };
    expect(validateKintoneMapping(named, ['レコード番号'], TEMPLATE).map((p) => [p.code, p.entry])).toEqual([
      ['UNKNOWN_KINTONE_FIELD', 'recordNumber'],
    ]);
    expect(readerOptions(named)).toEqual({ tables: {}, recordNumberColumn: '管理番号' });
  });
});

describe('mapRecord', () => {
  it("converts kintone's formats to the template's values", () => {
    const result = mapRecord(
      record(
        {
          相談日: '2026/4/1',
          氏名: ' 山田 太郎 ',
          相談区分: '住まい',
          支援内容: '食料支援\r\n家計相談\n',
          月収: '１２３,４５６',
          同意: 'いいえ',
          リスク: '3',
          相談内容: '一行目\r\n二行目',
        },
        {
          家族構成: [
            { 続柄: '妻', 家族氏名: '山田 花子', 年齢: '41', 備考: '' },
            { 続柄: '長男', 家族氏名: '山田 一郎', 年齢: '', 備考: '高校生' },
          ],
        },
      ),
      MAPPING,
      TEMPLATE,
    );
    expect(result).toEqual({
      ok: true,
      record: {
        externalId: '7',
        family: { lineUserId: 'U1234' },
        values: {
          consultedOn: '2026-04-01',
          name: '山田 太郎',
          category: 'housing',
          support: ['food', 'budget'],
          income: 123456,
          consent: false,
          risk: 3,
          story: '一行目\n二行目',
          household: [
            { relation: '妻', name: '山田 花子', age: 41, note: null },
            { relation: '長男', name: '山田 一郎', age: null, note: '高校生' },
          ],
        },
      },
    });
  });

  it('reads empty cells as null, and a record with no table rows as an empty table', () => {
    const result = mapRecord(record({}, { 家族構成: [] }), MAPPING, TEMPLATE);
    expect(result.ok && result.record.values).toEqual({
      consultedOn: null,
      name: null,
      category: null,
      support: null,
      income: null,
      consent: null,
      risk: null,
      story: null,
      household: [],
    });
  });

  it('reads a multiple choice exported as one column per label, and yes/no labels of its own', () => {
    const mapping: KintoneMapping = {
      family: { by: 'recordNumber' },
      fields: [
        { kintone: '支援内容', field: 'support', choices: { 食料支援: 'food', 就労支援: 'job' } },
        { kintone: '同意', field: 'consent', yes: ['同意する'], no: ['同意しない'] },
      ],
    };
    const result = mapRecord(
      record({ '支援内容[食料支援]': '1', '支援内容[就労支援]': '', '支援内容[home]': '1', 同意: '同意する' }),
      mapping,
      TEMPLATE,
    );
    expect(result).toEqual({
      ok: true,
      record: { externalId: '7', family: { externalId: '7' }, values: { support: ['food', 'home'], consent: true } },
    });
  });

  it('names the line and the field of every value that does not convert', () => {
    const result = mapRecord(
      {
        ...record(
          {
            相談日: '2026-02-30',
            相談区分: '教育',
            支援内容: '食料支援\n送迎',
            月収: '12万',
            同意: 'たぶん',
            リスク: '4',
          },
          { 家族構成: [{ 続柄: '妻', 家族氏名: '花子', 年齢: '四十', 備考: '' }] },
        ),
        fields: {
          相談日: '2026-02-30',
          相談区分: '教育',
          支援内容: '食料支援\n送迎',
          月収: '12万',
          同意: 'たぶん',
          リスク: '4',
        },
      },
      MAPPING,
      TEMPLATE,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.field])).toEqual([
      [42, '相談日'],
      [42, '相談区分'],
      [42, '支援内容'],
      [42, '月収'],
      [42, '同意'],
      [42, 'リスク'],
      [42, '家族構成[1].年齢'],
      [42, 'LINEユーザーID'],
    ]);
    expect(result.problems[2].message).toContain('送迎');
  });

  it('reads a year and month as text or as a date, and names one that is neither', () => {
    const template: TemplateDescription = { fields: [{ key: 'birth', kind: 'yearMonth' }] };
    const mapping: KintoneMapping = { family: { by: 'recordNumber' }, fields: [{ kintone: '生年月', field: 'birth' }] };
    const month = (cell: string) => mapRecord(record({ 生年月: cell }), mapping, template);
    for (const [cell, expected] of [
      ['2024-05', '2024-05'],
      ['2024/5', '2024-05'],
      ['2024/5/17', '2024-05'],
    ]) {
      expect(month(cell)).toEqual({ ok: true, record: expect.objectContaining({ values: { birth: expected } }) });
    }
    expect(month('2024-13')).toEqual({
      ok: false,
      problems: [
        { code: 'INVALID_VALUE', line: 42, field: '生年月', message: '「2024-13」は年月（YYYY-MM）ではありません' },
      ],
    });
  });

  it('maps every generated record', () => {
    for (let i = 0; i < 500; i++) {
      const generated = generatedKintoneRecord(i, 3);
      const result = mapRecord({ line: i + 2, ...generated }, { ...MAPPING, family: { by: 'recordNumber' } }, TEMPLATE);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.record.family).toEqual({ externalId: String(i + 1) });
      expect(result.record.values['household']).toHaveLength(generated.tables[GENERATED_TABLE].length);
    }
  });
});
