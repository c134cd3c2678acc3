import { assessmentLines } from '../family-export';
import { yearsBefore } from '../retention.service';
import { FieldKind, type FieldDefinition, type TemplateDefinition } from '../template';

const field = (key: string, label: string, kind: FieldKind, extra: Partial<FieldDefinition> = {}): FieldDefinition => ({
  key,
  label,
  kind,
  required: false,
  reportable: false,
  ...extra,
});

const DEFINITION: TemplateDefinition = {
  sections: [
    {
      key: 'main',
      title: '主訴',
      fields: [
        field('complaint', '主訴', FieldKind.LONG_TEXT),
        field('worries', '困りごと', FieldKind.MULTIPLE_CHOICE, {
          choices: [
            { value: 'food', label: '食事' },
            { value: 'money', label: '経済' },
          ],
        }),
        field('arrears', '滞納', FieldKind.YES_NO),
        field('members', '家族構成', FieldKind.TABLE, {
          columns: [field('relation', '続柄', FieldKind.SHORT_TEXT), field('born', '生年月', FieldKind.YEAR_MONTH)],
        }),
      ],
    },
  ],
};

describe("a family's record as a person reads it", () => {
  it('names fields by label, choices by label, yes/no in words and tables row by row', () => {
    expect(
      assessmentLines(DEFINITION, {
        complaint: '家賃が払えない',
        worries: ['food', 'money'],
        arrears: false,
        members: [{ relation: '母', born: '1988-06' }, { relation: '長女' }],
      }),
    ).toEqual([
      ['主訴', '家賃が払えない'],
      ['困りごと', '食事、経済'],
      ['滞納', 'いいえ'],
      ['家族構成 1: 続柄', '母'],
      ['家族構成 1: 生年月', '1988-06'],
      ['家族構成 2: 続柄', '長女'],
    ]);
  });
});

describe('the retention cut-off', () => {
  it('is the same day and time the given years earlier, 29 February becoming 28 February', () => {
    expect(yearsBefore(new Date('2031-06-15T18:00:00Z'), 5).toISOString()).toBe('2026-06-15T18:00:00.000Z');
    expect(yearsBefore(new Date('2028-02-29T03:00:00Z'), 5).toISOString()).toBe('2023-02-28T03:00:00.000Z');
  });
});
