import {
  breakingChanges,
  checkDefinition,
  checkValues,
  FieldKind,
  migrationPlan,
  MigrationOutcome,
  searchableText,
  valueChanges,
  type FieldDefinition,
  type TemplateDefinition,
} from '../template';

const field = (key: string, kind: FieldKind, extra: Partial<FieldDefinition> = {}): FieldDefinition => ({
  key,
  label: key,
  kind,
  required: false,
  reportable: false,
  ...extra,
});

const CHOICES = [
  { value: 'low', label: '低い' },
  { value: 'high', label: '高い' },
];

const TEMPLATE: TemplateDefinition = {
  sections: [
    {
      key: 'family',
      title: '家族構成',
      fields: [
        field('familyMembers', FieldKind.TABLE, {
          columns: [
            field('relation', FieldKind.SHORT_TEXT, { required: true }),
            field('birthYearMonth', FieldKind.YEAR_MONTH),
            field('notes', FieldKind.LONG_TEXT),
          ],
        }),
      ],
    },
    {
      key: 'main',
      title: '主訴',
      fields: [
        field('complaint', FieldKind.LONG_TEXT, { required: true }),
        field('name', FieldKind.SHORT_TEXT),
        field('income', FieldKind.NUMBER),
        field('visitedOn', FieldKind.DATE),
        field('level', FieldKind.SINGLE_CHOICE, { choices: CHOICES }),
        field('needs', FieldKind.MULTIPLE_CHOICE, { choices: CHOICES }),
        field('benefits', FieldKind.YES_NO),
        field('risk', FieldKind.RISK_SCALE),
      ],
    },
  ],
};

const VALID = {
  familyMembers: [
    { relation: '母', birthYearMonth: '1990-04' },
    { relation: '長男', notes: '小学3年' },
  ],
  complaint: '子どもの食事が心配',
  name: '山田',
  income: 120000,
  visitedOn: '2026-11-30',
  level: 'high',
  needs: ['high', 'low'],
  benefits: false,
  risk: 2,
};

function errorsFor(values: Record<string, unknown>): Record<string, string[]> {
  return Object.fromEntries(checkValues(TEMPLATE, values).errors.map((e) => [e.field, e.messages]));
}

describe('assessment values against their template version', () => {
  it('keeps valid values of every kind, choices in the template order', () => {
    const { errors, values } = checkValues(TEMPLATE, VALID);
    expect(errors).toEqual([]);
    expect(values.needs).toEqual(['low', 'high']);
    expect(values.familyMembers).toEqual(VALID.familyMembers);
    expect(values.benefits).toBe(false);
  });

  it('names the path of each wrong value, kind by kind', () => {
    const errors = errorsFor({
      ...VALID,
      familyMembers: [{ relation: '母' }, { relation: '父' }, { relation: '長女', birthYearMonth: '2015-13' }],
      name: 'two\nlines',
      income: '12万',
      visitedOn: '2026-02-30',
      level: 'medium',
      needs: ['low', 'unknown'],
      benefits: 'yes',
      risk: 4,
      stray: 1,
    });
    expect(Object.keys(errors).sort()).toEqual(
      [
        'values.familyMembers[2].birthYearMonth',
        'values.name',
        'values.income',
        'values.visitedOn',
        'values.level',
        'values.needs',
        'values.benefits',
        'values.risk',
        'values.stray',
      ].sort(),
    );
  });

  it('requires required fields and required columns of each row', () => {
    const errors = errorsFor({ familyMembers: [{ birthYearMonth: '1990-01' }] });
    expect(errors['values.complaint']).toEqual(['complaint is required']);
    expect(errors['values.familyMembers[0].relation']).toEqual(['relation is required']);
  });

  it('says the same errors in Japanese for staff who read them as they are (the kintone import)', () => {
    const ja = checkValues(
      TEMPLATE,
      {
        familyMembers: [{ birthYearMonth: '2015-13' }],
        name: 'two\nlines',
        income: '12万',
        visitedOn: '2026-02-30',
        level: 'medium',
        benefits: 'yes',
        risk: 4,
        stray: 1,
      },
      'ja',
    ).errors;
    const en = checkValues(TEMPLATE, { familyMembers: [{ birthYearMonth: '2015-13' }], stray: 1 }).errors;
    // The API keeps English: the console translates its known messages itself.
    expect(en.flatMap((e) => e.messages)).toContain('no such field in this template version');
    // Every message in Japanese, none in English.
    for (const message of ja.flatMap((e) => e.messages)) expect(message).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    expect(Object.fromEntries(ja.map((e) => [e.field, e.messages[0]]))).toMatchObject({
      'values.complaint': expect.stringMatching(/^「.+」は必須です$/),
      'values.name': '1行で入力してください（改行は入れられません）',
      'values.income': '数値にしてください',
      'values.visitedOn': '日付（YYYY-MM-DD）にしてください',
      'values.benefits': '「はい」か「いいえ」にしてください',
      'values.risk': 'リスクは0〜3にしてください',
      'values.stray': 'この版の様式にない項目です',
      'values.familyMembers[0].birthYearMonth': '年月（YYYY-MM）にしてください',
    });
  });

  it('refuses a fractional risk, a long short text and a table that is not a list', () => {
    const errors = errorsFor({ complaint: 'x', risk: 1.5, name: 'あ'.repeat(201), familyMembers: { relation: '母' } });
    expect(Object.keys(errors).sort()).toEqual(['values.familyMembers', 'values.name', 'values.risk']);
  });
});

describe('template definitions', () => {
  it('refuses duplicate keys, choice fields without choices and tables in tables', () => {
    const errors = checkDefinition({
      sections: [
        {
          key: 'a',
          title: 'A',
          fields: [
            field('x', FieldKind.SHORT_TEXT),
            field('x', FieldKind.NUMBER),
            field('pick', FieldKind.SINGLE_CHOICE),
            field('rows', FieldKind.TABLE, { columns: [field('inner', FieldKind.TABLE, { columns: [] })] }),
          ],
        },
      ],
    });
    expect(errors.map((e) => e.field).sort()).toEqual(
      [
        'sections[0].fields[1].key',
        'sections[0].fields[2].choices',
        'sections[0].fields[3].columns[0].columns',
        'sections[0].fields[3].columns[0].kind',
      ].sort(),
    );
  });

  it('accepts the template above', () => {
    expect(checkDefinition(TEMPLATE)).toEqual([]);
  });
});

describe('versions', () => {
  const withoutIncome: TemplateDefinition = {
    sections: [
      TEMPLATE.sections[0],
      {
        ...TEMPLATE.sections[1],
        fields: [
          ...TEMPLATE.sections[1].fields.filter((f) => f.key !== 'income' && f.key !== 'risk'),
          field('risk', FieldKind.SHORT_TEXT),
          field('school', FieldKind.SHORT_TEXT, { required: true }),
          field('note', FieldKind.SHORT_TEXT),
        ],
      },
    ],
  };

  it('a filled field removed or changed in kind is a breaking change; an unfilled one is not', () => {
    expect(breakingChanges(TEMPLATE, withoutIncome, new Set(['income', 'risk']))).toEqual([
      { field: 'income', change: 'removed' },
      { field: 'risk', change: 'kind_changed' },
    ]);
    expect(breakingChanges(TEMPLATE, withoutIncome, new Set(['complaint']))).toEqual([]);
  });

  it('removing a choice or a table column that records fill is a breaking change', () => {
    const fewer: TemplateDefinition = JSON.parse(JSON.stringify(TEMPLATE));
    fewer.sections[1].fields.find((f) => f.key === 'level')!.choices = [CHOICES[0]];
    fewer.sections[0].fields[0].columns = fewer.sections[0].fields[0].columns!.slice(0, 2);
    expect(breakingChanges(TEMPLATE, fewer, new Set(['level', 'familyMembers']))).toEqual([
      { field: 'familyMembers', change: 'columns_changed' },
      { field: 'level', change: 'choices_removed' },
    ]);
  });

  it('previews a migration field by field', () => {
    const { values } = checkValues(TEMPLATE, VALID);
    const plan = migrationPlan(TEMPLATE, withoutIncome, values);
    const outcome = Object.fromEntries(plan.steps.map((s) => [s.field, s.outcome]));
    expect(outcome).toMatchObject({
      complaint: MigrationOutcome.KEPT,
      familyMembers: MigrationOutcome.KEPT,
      income: MigrationOutcome.DROPPED,
      risk: MigrationOutcome.DROPPED,
      school: MigrationOutcome.MISSING,
      note: MigrationOutcome.ADDED,
    });
    expect(plan.values).not.toHaveProperty('income');
    expect(plan.values.complaint).toBe(VALID.complaint);
  });
});

describe('changes and search', () => {
  it('lists changed fields and table cells by path', () => {
    const before = checkValues(TEMPLATE, VALID).values;
    const after = checkValues(TEMPLATE, {
      ...VALID,
      risk: 3,
      familyMembers: [VALID.familyMembers[0], { relation: '長男', notes: '小学4年' }, { relation: '長女' }],
    }).values;
    expect(valueChanges(TEMPLATE, before, after).map((c) => c.path)).toEqual([
      'familyMembers[1].notes',
      'familyMembers[2].relation',
      'risk',
    ]);
  });

  it('searches text and choice labels, NFKC-normalised', () => {
    const text = searchableText(TEMPLATE, checkValues(TEMPLATE, { ...VALID, complaint: 'ＤＶの心配' }).values);
    expect(text).toContain('DVの心配');
    expect(text).toContain('高い');
    expect(text).toContain('小学3年');
  });
});
