import { RECORD_NUMBER_COLUMNS, type KintoneCsvOptions, type KintoneRecord } from './reader';

/**
 * What a record template looks like to the import, as a plain structure (the records model
 * describes its templates with it): fields by key, their kind, the choices of choice fields and
 * the columns of tables.
 */
export type TemplateFieldKind =
  | 'shortText'
  | 'longText'
  | 'number'
  | 'date'
  /** A year and month, `YYYY-MM` (a child's birth month). */
  | 'yearMonth'
  | 'singleChoice'
  | 'multipleChoice'
  | 'yesNo'
  /** A risk level, 0 (none) to 3 (high). */
  | 'risk'
  | 'table';

export interface TemplateField {
  key: string;
  /** The label staff read in the template (`困りごと`): messages name a field by it, with its key. */
  label?: string;
  kind: TemplateFieldKind;
  /** The choices of a single or multiple choice field. */
  choices?: readonly string[];
  /** The columns of a table (no table in a table). */
  columns?: readonly TemplateField[];
}

export interface TemplateDescription {
  fields: readonly TemplateField[];
}

/** A template field as a message names it: `困りごと（worries）`, or its key when it has no label. */
function named(field: TemplateField): string {
  return field.label && field.label !== field.key ? `${field.label}（${field.key}）` : field.key;
}

/** One kintone field (or table column) → one template field (or column). */
export interface KintoneFieldMapping {
  /** The kintone field's name, as in the export's header. */
  kintone: string;
  /** The template field's key (in a table: the column's key). */
  field: string;
  /** Choice fields and risk: kintone label → template choice (risk: 0–3). A label equal to a template choice needs no entry. */
  choices?: Record<string, string | number>;
  /** Yes/no: the labels meaning yes and no (default はい/いいえ and the usual variants). */
  yes?: string[];
  no?: string[];
}

export interface KintoneTableMapping {
  /** The kintone table's name. */
  kintone: string;
  /** The template table field's key. */
  field: string;
  columns: KintoneFieldMapping[];
}

/**
 * How a record finds its family: by a LINE user id in one of its fields, or by the kintone record
 * number kept as the record's external id (so that importing the same export again updates).
 */
export type KintoneFamilyMapping = { by: 'lineUserId'; kintone: string } | { by: 'recordNumber' };

/** The mapping file (JSON). */
export interface KintoneMapping {
  /** The record number column, when it is not 「レコード番号」. */
  recordNumber?: string;
  family: KintoneFamilyMapping;
  fields: KintoneFieldMapping[];
  tables?: KintoneTableMapping[];
}

export type MappingProblemCode =
  /** The mapping file is not of the expected shape. */
  | 'INVALID'
  | 'UNKNOWN_KINTONE_FIELD'
  | 'UNKNOWN_TEMPLATE_FIELD'
  /** A template field (or column) mapped twice. */
  | 'DUPLICATE_TEMPLATE_FIELD'
  /** A table mapped to a field that is not a table, or a field to a table. */
  | 'KIND_MISMATCH'
  /** A translation to a choice the template field does not have. */
  | 'UNKNOWN_TEMPLATE_CHOICE'
  /** A kintone choice label (from the export's header) with no translation. */
  | 'UNTRANSLATED_CHOICE'
  /** A column of a template table that no kintone column maps to. */
  | 'UNMAPPED_TABLE_COLUMN';

export interface MappingProblem {
  code: MappingProblemCode;
  /** The mapping entry, as a path: `fields[2]`, `tables[0].columns[1]`, `family`. */
  entry: string;
  message: string;
}

export const DEFAULT_YES = ['はい', 'あり', '有', '有り', 'yes', 'true', '1', '○', '◯'];
export const DEFAULT_NO = ['いいえ', 'なし', '無', '無し', 'no', 'false', '0', '×'];

/** Reads a parsed mapping file: its shape, or the problems naming each bad entry. */
export function parseKintoneMapping(
  json: unknown,
): { ok: true; mapping: KintoneMapping } | { ok: false; problems: MappingProblem[] } {
  const problems: MappingProblem[] = [];
  const bad = (entry: string, message: string): void => {
    problems.push({ code: 'INVALID', entry, message });
  };
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
  const isLabels = (v: unknown): boolean => v === undefined || (Array.isArray(v) && v.every(isText));
  const checkField = (v: unknown, entry: string): void => {
    if (!isObject(v)) return bad(entry, 'kintone と field を持つオブジェクトにしてください');
    if (!isText(v['kintone'])) bad(`${entry}.kintone`, 'kintoneのフィールド名を書いてください');
    if (!isText(v['field'])) bad(`${entry}.field`, '様式の項目のキーを書いてください');
    const choices = v['choices'];
    if (
      choices !== undefined &&
      !(isObject(choices) && Object.values(choices).every((c) => isText(c) || typeof c === 'number'))
    ) {
      bad(`${entry}.choices`, 'kintoneの選択肢ごとに様式の選択肢を書いてください');
    }
    if (!isLabels(v['yes'])) bad(`${entry}.yes`, '「はい」とみなす表示の一覧（配列）にしてください');
    if (!isLabels(v['no'])) bad(`${entry}.no`, '「いいえ」とみなす表示の一覧（配列）にしてください');
  };

  if (!isObject(json))
    return { ok: false, problems: [{ code: 'INVALID', entry: '', message: 'JSONのオブジェクトにしてください' }] };
  if (json['recordNumber'] !== undefined && !isText(json['recordNumber'])) {
    bad('recordNumber', 'レコード番号の列名を書いてください');
  }
  const family = json['family'];
  if (!isObject(family) || (family['by'] !== 'lineUserId' && family['by'] !== 'recordNumber')) {
    bad('family', '{ "by": "lineUserId", "kintone": "<フィールド名>" } か { "by": "recordNumber" } にしてください');
  } else if (family['by'] === 'lineUserId' && !isText(family['kintone'])) {
    bad('family.kintone', 'LINEユーザーIDが入っているフィールド名を書いてください');
  }
  if (!Array.isArray(json['fields'])) bad('fields', '一覧（配列）にしてください');
  else json['fields'].forEach((f, i) => checkField(f, `fields[${i}]`));
  const tables = json['tables'];
  if (tables !== undefined && !Array.isArray(tables)) bad('tables', '一覧（配列）にしてください');
  else if (Array.isArray(tables)) {
    tables.forEach((t, i) => {
      const entry = `tables[${i}]`;
      if (!isObject(t)) return bad(entry, 'kintone、field、columns を持つオブジェクトにしてください');
      if (!isText(t['kintone'])) bad(`${entry}.kintone`, 'kintoneのテーブル名を書いてください');
      if (!isText(t['field'])) bad(`${entry}.field`, '様式の表の項目のキーを書いてください');
      if (!Array.isArray(t['columns'])) bad(`${entry}.columns`, '一覧（配列）にしてください');
      else t['columns'].forEach((c, j) => checkField(c, `${entry}.columns[${j}]`));
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, mapping: json as unknown as KintoneMapping };
}

/** The reader's options a mapping decides: its tables' columns, and the record number column. */
export function readerOptions(mapping: KintoneMapping): Pick<KintoneCsvOptions, 'tables' | 'recordNumberColumn'> {
  return {
    tables: Object.fromEntries((mapping.tables ?? []).map((t) => [t.kintone, t.columns.map((c) => c.kintone)])),
    ...(mapping.recordNumber === undefined ? {} : { recordNumberColumn: mapping.recordNumber }),
  };
}

/**
 * A multiple choice field may be exported as one cell (labels on lines of their own) or as one
 * column per label, `name[label]`: the labels of the latter, from the header.
 */
function splitChoiceLabels(columns: readonly string[], name: string): string[] {
  const prefix = `${name}[`;
  return columns.filter((c) => c.startsWith(prefix) && c.endsWith(']')).map((c) => c.slice(prefix.length, -1));
}

function hasColumn(columns: ReadonlySet<string>, all: readonly string[], name: string): boolean {
  return columns.has(name) || splitChoiceLabels(all, name).length > 0;
}

/**
 * Checks a mapping against an export's header and a template: every kintone field exists in the
 * header, every template field in the template and with a kind that fits, every translation goes
 * to a choice the field has, every label known from the header is translated, every column of a
 * mapped template table is mapped. Returns every problem (none: the mapping can be used).
 */
export function validateKintoneMapping(
  mapping: KintoneMapping,
  columns: readonly string[],
  template: TemplateDescription,
): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const header = new Set(columns);
  const byKey = new Map(template.fields.map((f) => [f.key, f]));

  const checkEntry = (
    m: KintoneFieldMapping,
    entry: string,
    target: TemplateField | undefined,
    where: string,
    used: Set<string>,
  ): void => {
    if (!hasColumn(header, columns, m.kintone)) {
      problems.push({
        code: 'UNKNOWN_KINTONE_FIELD',
        entry,
        message: `書き出したファイルに「${m.kintone}」の列がありません`,
      });
    }
    if (!target) {
      problems.push({ code: 'UNKNOWN_TEMPLATE_FIELD', entry, message: `${where}に「${m.field}」の項目がありません` });
      return;
    }
    if (used.has(target.key)) {
      problems.push({
        code: 'DUPLICATE_TEMPLATE_FIELD',
        entry,
        message: `様式の項目「${named(target)}」が2回対応づけられています`,
      });
    }
    used.add(target.key);
    if (target.kind === 'table') {
      problems.push({
        code: 'KIND_MISMATCH',
        entry,
        message: `「${named(target)}」は表です。"tables" に書いてください`,
      });
      return;
    }
    for (const [label, choice] of Object.entries(m.choices ?? {})) {
      const known =
        target.kind === 'risk'
          ? [0, 1, 2, 3].includes(Number(choice)) && String(choice).trim() !== ''
          : (target.choices ?? []).includes(String(choice));
      if (!known) {
        problems.push({
          code: 'UNKNOWN_TEMPLATE_CHOICE',
          entry: `${entry}.choices["${label}"]`,
          message:
            target.kind === 'risk'
              ? `リスクは0〜3です（「${choice}」は使えません）`
              : `「${named(target)}」に選択肢「${choice}」はありません`,
        });
      }
    }
    if (target.kind === 'multipleChoice') {
      for (const label of splitChoiceLabels(columns, m.kintone)) {
        if (!translate(label, m, target)) {
          problems.push({
            code: 'UNTRANSLATED_CHOICE',
            entry,
            message: `kintoneの選択肢「${label}」を「${named(target)}」のどの選択肢にするかが書かれていません`,
          });
        }
      }
    }
  };

  const usedFields = new Set<string>();
  mapping.fields.forEach((m, i) => checkEntry(m, `fields[${i}]`, byKey.get(m.field), '様式', usedFields));
  if (mapping.family.by === 'lineUserId' && !header.has(mapping.family.kintone)) {
    problems.push({
      code: 'UNKNOWN_KINTONE_FIELD',
      entry: 'family',
      message: `書き出したファイルに「${mapping.family.kintone}」の列がありません`,
    });
  }
  const recordNumber = mapping.recordNumber ?? RECORD_NUMBER_COLUMNS.find((c) => header.has(c));
  if (mapping.recordNumber !== undefined && !header.has(mapping.recordNumber)) {
    problems.push({
      code: 'UNKNOWN_KINTONE_FIELD',
      entry: 'recordNumber',
      message: `書き出したファイルに「${mapping.recordNumber}」の列がありません`,
    });
  } else if (recordNumber === undefined && mapping.family.by === 'recordNumber') {
    problems.push({
      code: 'UNKNOWN_KINTONE_FIELD',
      entry: 'family',
      message: `書き出したファイルにレコード番号の列（${RECORD_NUMBER_COLUMNS.join('、')}）がありません。レコード番号も書き出すか、"recordNumber" に列名を書いてください`,
    });
  }
  (mapping.tables ?? []).forEach((t, i) => {
    const entry = `tables[${i}]`;
    const target = byKey.get(t.field);
    if (!target) {
      problems.push({ code: 'UNKNOWN_TEMPLATE_FIELD', entry, message: `様式に「${t.field}」の項目がありません` });
      return;
    }
    if (usedFields.has(target.key)) {
      problems.push({
        code: 'DUPLICATE_TEMPLATE_FIELD',
        entry,
        message: `様式の項目「${named(target)}」が2回対応づけられています`,
      });
    }
    usedFields.add(target.key);
    if (target.kind !== 'table') {
      problems.push({ code: 'KIND_MISMATCH', entry, message: `「${named(target)}」は表ではありません` });
      return;
    }
    const templateColumns = new Map((target.columns ?? []).map((c) => [c.key, c]));
    const usedColumns = new Set<string>();
    t.columns.forEach((c, j) =>
      checkEntry(c, `${entry}.columns[${j}]`, templateColumns.get(c.field), `表「${named(target)}」`, usedColumns),
    );
    for (const column of target.columns ?? []) {
      if (!usedColumns.has(column.key)) {
        problems.push({
          code: 'UNMAPPED_TABLE_COLUMN',
          entry,
          message: `表「${named(target)}」の列「${named(column)}」に対応するkintoneの列がありません`,
        });
      }
    }
  });
  return problems;
}

/** A kintone label's template choice: its translation, or itself when the field has that choice. */
function translate(label: string, m: KintoneFieldMapping, target: TemplateField): string | undefined {
  const translated = m.choices?.[label];
  if (translated !== undefined) return String(translated);
  return (target.choices ?? []).includes(label) ? label : undefined;
}

/** A value of a mapped record, by the template field's kind. Empty cells are null. */
export type MappedScalar = string | number | boolean | string[] | null;
export type MappedValue = MappedScalar | Record<string, MappedScalar>[];

export interface MappedRecord {
  /** The kintone record number: the record's external id (re-importing updates it). */
  externalId: string | null;
  family: { lineUserId: string } | { externalId: string };
  /** Template field key → value (tables: a list of rows, column key → value). */
  values: Record<string, MappedValue>;
}

export interface RecordProblem {
  /** `INVALID_VALUE`: a cell that does not convert; `NO_FAMILY_KEY`: nothing to find the family by. */
  code: 'INVALID_VALUE' | 'NO_FAMILY_KEY';
  /** The record's first line in the export. */
  line: number;
  /** The kintone field (for a table column: `table[row].column`, row from 1). */
  field: string;
  message: string;
}

/**
 * One kintone record as template values, converting kintone's formats: dates `YYYY-MM-DD` (or
 * `YYYY/MM/DD`), numbers with thousands separators (and full-width digits), multiple choices one
 * label a line (or one column per label), yes/no labels, empty cells as null. Assumes a mapping
 * {@link validateKintoneMapping} accepted; every value that does not convert is a problem naming
 * the record's line and the field.
 */
export function mapRecord(
  record: KintoneRecord,
  mapping: KintoneMapping,
  template: TemplateDescription,
): { ok: true; record: MappedRecord } | { ok: false; problems: RecordProblem[] } {
  const problems: RecordProblem[] = [];
  const byKey = new Map(template.fields.map((f) => [f.key, f]));
  const values: Record<string, MappedValue> = {};
  const problem = (field: string, message: string, code: RecordProblem['code'] = 'INVALID_VALUE'): void => {
    problems.push({ code, line: record.line, field, message });
  };

  for (const m of mapping.fields) {
    const target = byKey.get(m.field);
    if (!target) continue;
    values[target.key] = convert(record.fields, m, target, m.kintone, problem);
  }
  for (const t of mapping.tables ?? []) {
    const target = byKey.get(t.field);
    if (!target) continue;
    const columns = new Map((target.columns ?? []).map((c) => [c.key, c]));
    values[target.key] = (record.tables[t.kintone] ?? []).map((row, r) => {
      const out: Record<string, MappedScalar> = {};
      for (const c of t.columns) {
        const column = columns.get(c.field);
        if (column) out[column.key] = convert(row, c, column, `${t.kintone}[${r + 1}].${c.kintone}`, problem);
      }
      return out;
    });
  }

  const externalId = record.recordNumber;
  let family: MappedRecord['family'] | null = null;
  if (mapping.family.by === 'lineUserId') {
    const lineUserId = (record.fields[mapping.family.kintone] ?? '').trim();
    if (lineUserId === '')
      problem(mapping.family.kintone, 'LINEユーザーIDが空のため、家族を特定できません', 'NO_FAMILY_KEY');
    else family = { lineUserId };
  } else if (externalId === null) {
    problem(mapping.recordNumber ?? 'レコード番号', 'レコード番号が空のため、家族を特定できません', 'NO_FAMILY_KEY');
  } else family = { externalId };

  if (problems.length > 0 || family === null) return { ok: false, problems };
  return { ok: true, record: { externalId, family, values } };
}

const FULL_WIDTH_DIGITS = /[０-９．－，]/g;

function convert(
  cells: Record<string, string>,
  m: KintoneFieldMapping,
  target: TemplateField,
  name: string,
  problem: (field: string, message: string) => void,
): MappedScalar {
  if (target.kind === 'multipleChoice') {
    let labels: string[];
    if (m.kintone in cells) {
      labels = cells[m.kintone].split(/\r\n|\r|\n/);
    } else {
      // One column per label: a non-empty cell (kintone writes 1) other than 0 marks it chosen.
      const prefix = `${m.kintone}[`;
      labels = Object.entries(cells)
        .filter(
          ([column, v]) => column.startsWith(prefix) && column.endsWith(']') && v.trim() !== '' && v.trim() !== '0',
        )
        .map(([column]) => column.slice(prefix.length, -1));
    }
    const chosen: string[] = [];
    for (const label of labels.map((l) => l.trim()).filter((l) => l !== '')) {
      const choice = translate(label, m, target);
      if (choice === undefined)
        problem(name, `「${label}」は「${named(target)}」の選択肢になく、対応表にも読み替えがありません`);
      else if (!chosen.includes(choice)) chosen.push(choice);
    }
    return chosen.length > 0 ? chosen : null;
  }
  const raw = cells[m.kintone] ?? '';
  const value = target.kind === 'longText' ? raw.replace(/\r\n?/g, '\n') : raw.trim();
  if (value.trim() === '') return null;
  switch (target.kind) {
    case 'shortText':
      if (/[\r\n]/.test(value)) {
        problem(name, '1行の文字列に改行は入れられません');
        return null;
      }
      return value;
    case 'longText':
      return value;
    case 'number': {
      const number = parseNumber(value);
      if (number === null) problem(name, `「${value}」は数値ではありません`);
      return number;
    }
    case 'date': {
      const date = parseDate(value);
      if (date === null) problem(name, `「${value}」は日付（YYYY-MM-DD）ではありません`);
      return date;
    }
    case 'yearMonth': {
      // kintone has no month field: sheets keep it as text (2024-05, 2024/5) or as a date.
      const month = parseYearMonth(value);
      if (month === null) problem(name, `「${value}」は年月（YYYY-MM）ではありません`);
      return month;
    }
    case 'singleChoice': {
      const choice = translate(value, m, target);
      if (choice === undefined)
        problem(name, `「${value}」は「${named(target)}」の選択肢になく、対応表にも読み替えがありません`);
      return choice ?? null;
    }
    case 'yesNo': {
      const label = value.toLowerCase();
      if ((m.yes ?? DEFAULT_YES).some((l) => l.toLowerCase() === label)) return true;
      if ((m.no ?? DEFAULT_NO).some((l) => l.toLowerCase() === label)) return false;
      problem(
        name,
        `「${value}」は「はい」（${(m.yes ?? DEFAULT_YES).join('、')}）にも「いいえ」（${(m.no ?? DEFAULT_NO).join('、')}）にも当たりません`,
      );
      return null;
    }
    case 'risk': {
      const translated = m.choices?.[value];
      const risk = translated !== undefined ? Number(translated) : parseNumber(value);
      if (risk === null || !Number.isInteger(risk) || risk < 0 || risk > 3) {
        problem(name, `「${value}」は0〜3のリスクではありません`);
        return null;
      }
      return risk;
    }
    default:
      problem(name, `「${named(target)}」（${target.kind}）は1つのセルからは読めません`);
      return null;
  }
}

function parseNumber(value: string): number | null {
  const ascii = value.replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  if (!/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(ascii)) return null;
  return Number(ascii.replace(/,/g, ''));
}

function parseDate(value: string): string | null {
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parseYearMonth(value: string): string | null {
  const date = parseDate(value);
  if (date !== null) return date.slice(0, 7);
  const match = /^(\d{4})[-/](\d{1,2})$/.exec(value);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return null;
  return `${match[1]}-${match[2].padStart(2, '0')}`;
}
