import type { FieldError } from '@tsunagu/platform/errors';

/** The kinds of field an assessment template may hold (GraphQL enum `AssessmentFieldKind`). */
export enum FieldKind {
  SHORT_TEXT = 'short_text',
  LONG_TEXT = 'long_text',
  NUMBER = 'number',
  DATE = 'date',
  /** `YYYY-MM`: a child's birth year-month, as kintone sheets keep it. */
  YEAR_MONTH = 'year_month',
  SINGLE_CHOICE = 'single_choice',
  MULTIPLE_CHOICE = 'multiple_choice',
  YES_NO = 'yes_no',
  /** 0 (none) to 3 (high). */
  RISK_SCALE = 'risk_scale',
  /** Repeating rows with columns of their own (kintone's テーブル); columns are never tables. */
  TABLE = 'table',
}

export interface Choice {
  value: string;
  label: string;
}

export interface FieldDefinition {
  key: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  help?: string | null;
  /** Kept for reporting: whether aggregate reports may count this field. */
  reportable: boolean;
  choices?: Choice[] | null;
  columns?: FieldDefinition[] | null;
}

export interface SectionDefinition {
  key: string;
  title: string;
  fields: FieldDefinition[];
}

export interface TemplateDefinition {
  sections: SectionDefinition[];
}

export type FieldValue = string | number | boolean | string[] | Record<string, unknown>[] | null;
export type AssessmentValues = Record<string, unknown>;

export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 4000;
export const TABLE_MAX_ROWS = 50;
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Every field of a definition, sections flattened, in display order. */
export function fieldsOf(definition: TemplateDefinition): FieldDefinition[] {
  return definition.sections.flatMap((section) => section.fields);
}

/** The definition's own mistakes (duplicate keys, a choice field without choices, a table in a table), by path. */
export function checkDefinition(definition: TemplateDefinition): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, messages: [message] });
  if (definition.sections.length === 0) add('sections', 'a template needs at least one section');
  const sectionKeys = new Set<string>();
  const fieldKeys = new Set<string>();
  definition.sections.forEach((section, s) => {
    const at = `sections[${s}]`;
    if (!KEY.test(section.key)) add(`${at}.key`, 'a key is a letter then letters, digits or _ (64 at most)');
    if (sectionKeys.has(section.key)) add(`${at}.key`, `the section key ${section.key} is used twice`);
    sectionKeys.add(section.key);
    if (!section.title.trim()) add(`${at}.title`, 'a section needs a title');
    if (section.fields.length === 0) add(`${at}.fields`, 'a section needs at least one field');
    section.fields.forEach((field, f) => {
      checkField(field, `${at}.fields[${f}]`, add, false);
      if (fieldKeys.has(field.key)) add(`${at}.fields[${f}].key`, `the field key ${field.key} is used twice`);
      fieldKeys.add(field.key);
    });
  });
  return errors;
}

function checkField(
  field: FieldDefinition,
  at: string,
  add: (field: string, message: string) => void,
  inTable: boolean,
): void {
  if (!KEY.test(field.key)) add(`${at}.key`, 'a key is a letter then letters, digits or _ (64 at most)');
  if (!field.label.trim()) add(`${at}.label`, 'a field needs a label');
  const choiceKind = field.kind === FieldKind.SINGLE_CHOICE || field.kind === FieldKind.MULTIPLE_CHOICE;
  if (choiceKind) {
    const choices = field.choices ?? [];
    if (choices.length === 0) add(`${at}.choices`, 'a choice field needs choices');
    const values = new Set<string>();
    choices.forEach((choice, c) => {
      if (!choice.value.trim() || !choice.label.trim())
        add(`${at}.choices[${c}]`, 'a choice needs a value and a label');
      if (values.has(choice.value)) add(`${at}.choices[${c}].value`, `the choice ${choice.value} is listed twice`);
      values.add(choice.value);
    });
  } else if (field.choices?.length) {
    add(`${at}.choices`, 'only choice fields have choices');
  }
  if (field.kind === FieldKind.TABLE) {
    if (inTable) add(`${at}.kind`, 'a table column cannot be a table');
    const columns = field.columns ?? [];
    if (columns.length === 0) add(`${at}.columns`, 'a table needs columns');
    const keys = new Set<string>();
    columns.forEach((column, c) => {
      checkField(column, `${at}.columns[${c}]`, add, true);
      if (keys.has(column.key)) add(`${at}.columns[${c}].key`, `the column key ${column.key} is used twice`);
      keys.add(column.key);
    });
  } else if (field.columns?.length) {
    add(`${at}.columns`, 'only tables have columns');
  }
}

/**
 * The language of value errors: English for the API (the console says them in the page's language),
 * Japanese where staff read them as they are (the kintone import's refusals).
 */
export type ValueLanguage = 'en' | 'ja';

/**
 * Checks assessment values against their template version, every kind, and answers the errors by
 * path (`values.familyMembers[2].birthYearMonth`) and the values as kept: fields of the version
 * only, empty ones left out.
 */
export function checkValues(
  definition: TemplateDefinition,
  values: unknown,
  language: ValueLanguage = 'en',
): { errors: FieldError[]; values: AssessmentValues } {
  const errors: FieldError[] = [];
  const kept: AssessmentValues = {};
  const say = (en: string, ja: string) => (language === 'ja' ? ja : en);
  if (!isPlainObject(values)) {
    return {
      errors: [
        { field: 'values', messages: [say('values must be an object keyed by field', '値は項目ごとにしてください')] },
      ],
      values: kept,
    };
  }
  const known = new Set(fieldsOf(definition).map((field) => field.key));
  for (const key of Object.keys(values)) {
    if (!known.has(key))
      errors.push({
        field: `values.${key}`,
        messages: [say('no such field in this template version', 'この版の様式にない項目です')],
      });
  }
  for (const field of fieldsOf(definition)) {
    const value = checkValue(field, values[field.key], `values.${field.key}`, errors, say);
    if (value !== undefined) kept[field.key] = value;
  }
  return { errors, values: kept };
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One field's value as kept, or undefined when empty; its errors added under `at`. */
function checkValue(
  field: FieldDefinition,
  value: unknown,
  at: string,
  errors: FieldError[],
  say: (en: string, ja: string) => string,
): unknown {
  const fail = (en: string, ja: string): undefined => {
    errors.push({ field: at, messages: [say(en, ja)] });
    return undefined;
  };
  if (isEmpty(value))
    return field.required ? fail(`${field.label} is required`, `「${field.label}」は必須です`) : undefined;
  switch (field.kind) {
    case FieldKind.SHORT_TEXT:
    case FieldKind.LONG_TEXT: {
      const max = field.kind === FieldKind.SHORT_TEXT ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
      if (typeof value !== 'string') return fail('must be text', '文字列にしてください');
      if (field.kind === FieldKind.SHORT_TEXT && /[\r\n]/.test(value))
        return fail('must be one line', '1行で入力してください（改行は入れられません）');
      if ([...value].length > max) return fail(`must be ${max} characters at most`, `${max}文字以内にしてください`);
      return value;
    }
    case FieldKind.NUMBER:
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail('must be a number', '数値にしてください');
      return value;
    case FieldKind.DATE:
      if (typeof value !== 'string' || !DATE.test(value) || !isCalendarDate(value))
        return fail('must be a date as YYYY-MM-DD', '日付（YYYY-MM-DD）にしてください');
      return value;
    case FieldKind.YEAR_MONTH:
      if (typeof value !== 'string' || !YEAR_MONTH.test(value))
        return fail('must be a year and month as YYYY-MM', '年月（YYYY-MM）にしてください');
      return value;
    case FieldKind.YES_NO:
      if (typeof value !== 'boolean')
        return fail('must be yes or no (true or false)', '「はい」か「いいえ」にしてください');
      return value;
    case FieldKind.RISK_SCALE:
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 3)
        return fail('must be a risk level from 0 to 3', 'リスクは0〜3にしてください');
      return value;
    case FieldKind.SINGLE_CHOICE: {
      const allowed = (field.choices ?? []).map((choice) => choice.value);
      if (typeof value !== 'string' || !allowed.includes(value))
        return fail(`must be one of ${allowed.join(', ')}`, `選択肢（${choiceLabels(field)}）のどれかにしてください`);
      return value;
    }
    case FieldKind.MULTIPLE_CHOICE: {
      const allowed = (field.choices ?? []).map((choice) => choice.value);
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !allowed.includes(v)))
        return fail(`must be a list of ${allowed.join(', ')}`, `選択肢（${choiceLabels(field)}）から選んでください`);
      if (new Set(value).size !== value.length) return fail('lists a choice twice', '同じ選択肢が2回あります');
      return allowed.filter((choice) => (value as string[]).includes(choice));
    }
    case FieldKind.TABLE: {
      if (!Array.isArray(value)) return fail('must be a list of rows', '行の一覧にしてください');
      if (value.length > TABLE_MAX_ROWS)
        return fail(`has ${TABLE_MAX_ROWS} rows at most`, `${TABLE_MAX_ROWS}行までです`);
      const columns = field.columns ?? [];
      const rows: Record<string, unknown>[] = [];
      value.forEach((row, r) => {
        const rowAt = `${at}[${r}]`;
        if (!isPlainObject(row)) {
          errors.push({
            field: rowAt,
            messages: [say('a row must be an object keyed by column', '行は列ごとの値にしてください')],
          });
          return;
        }
        for (const key of Object.keys(row)) {
          if (!columns.some((column) => column.key === key))
            errors.push({
              field: `${rowAt}.${key}`,
              messages: [say('no such column in this table', 'この表にない列です')],
            });
        }
        const kept: Record<string, unknown> = {};
        for (const column of columns) {
          const cell = checkValue(column, row[column.key], `${rowAt}.${column.key}`, errors, say);
          if (cell !== undefined) kept[column.key] = cell;
        }
        rows.push(kept);
      });
      return rows;
    }
  }
}

/** A choice field's choices by their labels, for a message staff read. */
function choiceLabels(field: FieldDefinition): string {
  return (field.choices ?? []).map((choice) => choice.label).join('、');
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** What publishing `next` after `previous` would leave behind for assessments that fill `filled` keys. */
export interface BreakingChange {
  field: string;
  change: 'removed' | 'kind_changed' | 'choices_removed' | 'columns_changed';
}

/**
 * The changes of a new version that would orphan data existing assessments hold: a filled field
 * removed, its kind changed, a choice or a table column it uses removed or changed.
 */
export function breakingChanges(
  previous: TemplateDefinition,
  next: TemplateDefinition,
  filled: ReadonlySet<string>,
): BreakingChange[] {
  const nextFields = new Map(fieldsOf(next).map((field) => [field.key, field]));
  const changes: BreakingChange[] = [];
  for (const field of fieldsOf(previous)) {
    if (!filled.has(field.key)) continue;
    const after = nextFields.get(field.key);
    if (!after) changes.push({ field: field.key, change: 'removed' });
    else if (after.kind !== field.kind) changes.push({ field: field.key, change: 'kind_changed' });
    else if ((field.choices ?? []).some((choice) => !(after.choices ?? []).some((c) => c.value === choice.value)))
      changes.push({ field: field.key, change: 'choices_removed' });
    else if (
      field.kind === FieldKind.TABLE &&
      (field.columns ?? []).some((column) => {
        const kept = (after.columns ?? []).find((c) => c.key === column.key);
        return !kept || kept.kind !== column.kind;
      })
    )
      changes.push({ field: field.key, change: 'columns_changed' });
  }
  return changes;
}

export enum MigrationOutcome {
  /** Carried over as it is. */
  KEPT = 'kept',
  /** The new version has no such field (or it no longer accepts the value): it is left behind. */
  DROPPED = 'dropped',
  /** A field new in this version, left empty. */
  ADDED = 'added',
  /** A required field the new version needs and the assessment does not fill: applying refuses until it is given. */
  MISSING = 'missing',
}

export interface MigrationStep {
  field: string;
  label: string;
  outcome: MigrationOutcome;
  before: unknown;
  after: unknown;
}

/** Field by field, what moving `values` from one version to another does, and the values it would keep. */
export function migrationPlan(
  from: TemplateDefinition,
  to: TemplateDefinition,
  values: AssessmentValues,
): { steps: MigrationStep[]; values: AssessmentValues } {
  const steps: MigrationStep[] = [];
  const kept: AssessmentValues = {};
  const toFields = fieldsOf(to);
  for (const field of toFields) {
    const before = values[field.key];
    if (isEmpty(before)) {
      const existed = fieldsOf(from).some((f) => f.key === field.key);
      if (field.required)
        steps.push({
          field: field.key,
          label: field.label,
          outcome: MigrationOutcome.MISSING,
          before: null,
          after: null,
        });
      else if (!existed)
        steps.push({
          field: field.key,
          label: field.label,
          outcome: MigrationOutcome.ADDED,
          before: null,
          after: null,
        });
      continue;
    }
    const errors: FieldError[] = [];
    const after = checkValue(field, before, field.key, errors, (en) => en);
    if (errors.length === 0 && after !== undefined) {
      kept[field.key] = after;
      steps.push({ field: field.key, label: field.label, outcome: MigrationOutcome.KEPT, before, after });
    } else {
      steps.push({ field: field.key, label: field.label, outcome: MigrationOutcome.DROPPED, before, after: null });
    }
  }
  for (const field of fieldsOf(from)) {
    if (isEmpty(values[field.key]) || toFields.some((f) => f.key === field.key)) continue;
    steps.push({
      field: field.key,
      label: field.label,
      outcome: MigrationOutcome.DROPPED,
      before: values[field.key],
      after: null,
    });
  }
  return { steps, values: kept };
}

/** One changed leaf of an assessment: a field, or a table's cell (`familyMembers[1].relation`). */
export interface ValueChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** The leaves that differ between two value sets of the same version, tables cell by cell. */
export function valueChanges(
  definition: TemplateDefinition,
  before: AssessmentValues,
  after: AssessmentValues,
): ValueChange[] {
  const changes: ValueChange[] = [];
  for (const field of fieldsOf(definition)) {
    const a = before[field.key];
    const b = after[field.key];
    if (field.kind === FieldKind.TABLE) {
      const rowsA = (Array.isArray(a) ? a : []) as Record<string, unknown>[];
      const rowsB = (Array.isArray(b) ? b : []) as Record<string, unknown>[];
      for (let r = 0; r < Math.max(rowsA.length, rowsB.length); r++) {
        for (const column of field.columns ?? []) {
          const x = rowsA[r]?.[column.key] ?? null;
          const y = rowsB[r]?.[column.key] ?? null;
          if (!same(x, y)) changes.push({ path: `${field.key}[${r}].${column.key}`, before: x, after: y });
        }
      }
    } else if (!same(a ?? null, b ?? null)) {
      changes.push({ path: field.key, before: a ?? null, after: b ?? null });
    }
  }
  return changes;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The text of an assessment, for search: every text and choice label, NFKC-normalised. */
export function searchableText(definition: TemplateDefinition, values: AssessmentValues): string {
  const parts: string[] = [];
  const collect = (field: FieldDefinition, value: unknown) => {
    if (isEmpty(value)) return;
    if (field.kind === FieldKind.SHORT_TEXT || field.kind === FieldKind.LONG_TEXT) parts.push(String(value));
    else if (field.kind === FieldKind.SINGLE_CHOICE || field.kind === FieldKind.MULTIPLE_CHOICE) {
      const chosen = Array.isArray(value) ? value : [value];
      for (const choice of field.choices ?? []) if (chosen.includes(choice.value)) parts.push(choice.label);
    } else if (field.kind === FieldKind.TABLE && Array.isArray(value)) {
      for (const row of value as Record<string, unknown>[])
        for (const column of field.columns ?? []) collect(column, row[column.key]);
    }
  };
  for (const field of fieldsOf(definition)) collect(field, values[field.key]);
  return parts.join('\n').normalize('NFKC');
}

/** A line for the family card: the first long text filled in, else the first short text, cut to 120 characters. */
export function summaryOf(definition: TemplateDefinition, values: AssessmentValues): string | null {
  const fields = fieldsOf(definition);
  for (const kind of [FieldKind.LONG_TEXT, FieldKind.SHORT_TEXT]) {
    const field = fields.find((f) => f.kind === kind && typeof values[f.key] === 'string' && values[f.key] !== '');
    if (field) {
      const text = [...(values[field.key] as string)];
      return text.length > 120 ? `${text.slice(0, 119).join('')}…` : text.join('');
    }
  }
  return null;
}
