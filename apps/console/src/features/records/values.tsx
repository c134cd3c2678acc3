import { useTranslation } from 'react-i18next';
import type { AssessmentFieldKind } from '../../gql/graphql';
import i18n from '../../lib/i18n';
import { formatDay } from '../partner/format';
import type { Field } from './definition';

/** A column of a table value: what `ShownValue` needs of it. */
export interface ShownColumn {
  key: string;
  label: string;
  kind: AssessmentFieldKind;
}

/**
 * A raw value of a field as the API reads it out for people (its `…Shown` and shared values): a
 * choice by its label, table cells likewise. The console does the same for the values it holds.
 */
export function readable(field: Pick<Field, 'kind' | 'choices' | 'columns'>, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const label = (choice: unknown) => field.choices.find((c) => c.value === choice)?.label ?? choice;
  if (field.kind === 'SINGLE_CHOICE') return label(value);
  if (field.kind === 'MULTIPLE_CHOICE') return Array.isArray(value) ? value.map(label) : value;
  if (field.kind === 'TABLE' && Array.isArray(value)) {
    return value.map((row: Record<string, unknown>) =>
      Object.fromEntries(field.columns.map((column) => [column.key, readable(column, row?.[column.key])])),
    );
  }
  return value;
}

/** A read value (not a table) in words: dates and year-months in the page's language, yes/no, risk levels. */
export function shownText(
  kind: AssessmentFieldKind | null | undefined,
  value: unknown,
  t: (key: string) => string,
): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length ? value.map(String).join('、') : null;
  if (kind === 'YES_NO') return value ? t('records.form.yes') : t('records.form.no');
  if (kind === 'RISK_SCALE') return t(`records.risk.${String(value)}`);
  if (kind === 'DATE' && typeof value === 'string') return formatDay(value);
  if (kind === 'YEAR_MONTH' && typeof value === 'string') {
    return new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'ja-JP', {
      year: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${value}-01T12:00:00Z`));
  }
  if (kind === 'NUMBER' && typeof value === 'number') return value.toLocaleString(i18n.language);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A read value as a person sees it: a table as a table, anything else in words (— when empty). */
export function ShownValue({
  kind,
  value,
  columns = [],
}: {
  kind: AssessmentFieldKind;
  value: unknown;
  columns?: ShownColumn[];
}) {
  const { t } = useTranslation();
  if (kind !== 'TABLE') return <>{shownText(kind, value, t) ?? '—'}</>;
  const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  if (rows.length === 0) return <>—</>;
  return (
    <table className="text-left">
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" className="pr-4">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {columns.map((column) => (
              <td key={column.key} className="pr-4">
                {shownText(column.kind, row[column.key], t) ?? '—'}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Shared fields of an assessment (a referral's snapshot, or those to choose from): label, then value. */
export function SharedFields({
  fields,
}: {
  fields: {
    key: string;
    section: string;
    label: string;
    kind: AssessmentFieldKind;
    value: unknown;
    columns: ShownColumn[];
  }[];
}) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2">
      {fields.map((field) => (
        <div key={field.key} className="contents">
          <dt className="font-bold text-solid-gray-700">
            {field.section !== field.label && <span className="block text-xs font-normal">{field.section}</span>}
            {field.label}
          </dt>
          <dd className="whitespace-pre-wrap">
            <ShownValue kind={field.kind} value={field.value} columns={field.columns} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
