import { orderedUuid } from '../case-record.entities';
import type { ChangeLabels } from '../case-history';
import { assessmentLines, changeLine, mediaPath } from '../family-export';
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

describe("a history row as the family's record shows it", () => {
  const labels = (extra: Partial<ChangeLabels>): ChangeLabels => ({
    section: null,
    label: null,
    row: null,
    column: null,
    kind: null,
    beforeShown: null,
    afterShown: null,
    ...extra,
  });

  it('names a field by its section and label, a table cell by its row and column, with values read', () => {
    expect(
      changeLine(
        'values.worries',
        labels({
          section: '主訴',
          label: '困りごと',
          kind: FieldKind.MULTIPLE_CHOICE,
          beforeShown: ['食事'],
          afterShown: ['食事', '経済'],
        }),
      ),
    ).toEqual({ item: '主訴 › 困りごと', before: '食事', after: '食事、経済' });
    expect(
      changeLine(
        'values.members[1].relation',
        labels({
          section: '家族',
          label: '家族構成',
          row: 2,
          column: '続柄',
          kind: FieldKind.SHORT_TEXT,
          afterShown: '長女',
        }),
      ),
    ).toEqual({ item: '家族 › 家族構成 2行目 › 続柄', before: '', after: '長女' });
    expect(
      changeLine(
        'values.arrears',
        labels({ section: '主訴', label: '滞納', kind: FieldKind.YES_NO, afterShown: false }),
      ),
    ).toEqual({ item: '主訴 › 滞納', before: '', after: 'いいえ' });
  });

  it("reads the case's own fields in words, and names a field no template version has by its key", () => {
    expect(changeLine('status', labels({ beforeShown: 'open', afterShown: 'closed' }))).toEqual({
      item: '状態',
      before: '対応中',
      after: '終結',
    });
    expect(changeLine('risk', labels({ afterShown: 3 }))).toEqual({ item: 'リスク', before: '', after: '3 高' });
    expect(changeLine('nextReviewOn', labels({ afterShown: '2026-04-01' }))).toEqual({
      item: '次回確認日',
      before: '',
      after: '2026-04-01',
    });
    expect(changeLine('templateVersion', labels({ label: '相談票', beforeShown: 1, afterShown: 2 }))).toEqual({
      item: '様式の版（相談票）',
      before: '第1版',
      after: '第2版',
    });
    expect(changeLine('values.gone', labels({ afterShown: 'x' }))).toEqual({ item: 'gone', before: '', after: 'x' });
  });
});

describe('media files in the archive', () => {
  it('are numbered, keep a file’s own name without what no file system takes, and guess an image’s extension', () => {
    expect(mediaPath(1, 'image/jpeg', null)).toBe('media/001.jpg');
    expect(mediaPath(12, 'application/octet-stream', null)).toBe('media/012.bin');
    expect(mediaPath(3, 'application/pdf', '母子手帳.pdf')).toBe('media/003_母子手帳.pdf');
    expect(mediaPath(4, 'text/plain', '../../etc/passwd')).toBe('media/004__.._etc_passwd');
    expect(mediaPath(5, 'text/plain', 'a:b*c?.txt')).toBe('media/005_a_b_c_.txt');
  });
});

describe('the order of changes made in the same millisecond', () => {
  it('is the order they were made: their ids sort as they were generated', () => {
    const at = Date.now() + 60_000;
    const ids = Array.from({ length: 5000 }, () => orderedUuid(at));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // A clock that steps back keeps the order too.
    expect(orderedUuid(at - 1000) > ids[ids.length - 1]).toBe(true);
  });
});

describe('the retention cut-off', () => {
  it('is the same day and time the given years earlier, 29 February becoming 28 February', () => {
    expect(yearsBefore(new Date('2031-06-15T18:00:00Z'), 5).toISOString()).toBe('2026-06-15T18:00:00.000Z');
    expect(yearsBefore(new Date('2028-02-29T03:00:00Z'), 5).toISOString()).toBe('2023-02-28T03:00:00.000Z');
  });
});
