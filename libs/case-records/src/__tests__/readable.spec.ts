import { placeOf, readableValue } from '../readable';
import { FieldKind, type FieldDefinition, type TemplateDefinition } from '../template';

const field = (key: string, label: string, kind: FieldKind, extra: Partial<FieldDefinition> = {}): FieldDefinition => ({
  key,
  label,
  kind,
  required: false,
  reportable: false,
  ...extra,
});

const school = field('school', '所属', FieldKind.SINGLE_CHOICE, {
  choices: [
    { value: 'c1', label: '保育所' },
    { value: 'c2', label: '小学校' },
  ],
});
const members = field('familyMembers', '家族', FieldKind.TABLE, {
  columns: [field('relation', '続柄', FieldKind.SHORT_TEXT), school],
});
const DEFINITION: TemplateDefinition = {
  sections: [
    { key: 'family', title: '家族構成', fields: [members] },
    {
      key: 'economy',
      title: '経済状況',
      fields: [
        field('income', '主な収入', FieldKind.MULTIPLE_CHOICE, {
          choices: [
            { value: 'c1', label: '就労収入' },
            { value: 'c2', label: '児童扶養手当' },
          ],
        }),
      ],
    },
  ],
};

describe('values as people read them', () => {
  it('reads choices by their label, in lists and in table cells, and leaves other kinds as kept', () => {
    expect(readableValue(DEFINITION.sections[1].fields[0], ['c2', 'c1'])).toEqual(['児童扶養手当', '就労収入']);
    expect(readableValue(members, [{ relation: '母' }, { relation: '長男', school: 'c2' }])).toEqual([
      { relation: '母' },
      { relation: '長男', school: '小学校' },
    ]);
    expect(readableValue(field('d', '日付', FieldKind.DATE), '2026-11-20')).toBe('2026-11-20');
    // A value no longer among the choices stays as it was kept rather than disappearing.
    expect(readableValue(school, 'c9')).toBe('c9');
    expect(readableValue(school, null)).toBeNull();
  });

  it('places a path in its section, field, row (from 1) and column, or nowhere', () => {
    expect(placeOf(DEFINITION, 'familyMembers[1].school')).toMatchObject({
      section: { title: '家族構成' },
      field: { label: '家族' },
      row: 2,
      column: { label: '所属' },
    });
    expect(placeOf(DEFINITION, 'income')).toMatchObject({ section: { title: '経済状況' }, row: null, column: null });
    expect(placeOf(DEFINITION, 'familyMembers[0].missing')).toBeNull();
    expect(placeOf(DEFINITION, 'gone')).toBeNull();
    expect(placeOf(DEFINITION, 'status')).toBeNull();
  });
});
