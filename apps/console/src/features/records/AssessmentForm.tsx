import { useId, useState, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { apiErrors, messageOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import type { Field, Version } from './definition';
import { ADD_ASSESSMENT, UPDATE_ASSESSMENT } from './queries';

type Column = Field;
type Values = Record<string, unknown>;
type Row = Record<string, unknown>;

const INPUT =
  'rounded-8 border border-solid-gray-600 bg-white px-3 py-2 text-base focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow aria-invalid:border-2 aria-invalid:border-error-1';

/** The API's words for a field, said in the page's language when the console knows them. */
function fieldMessage(message: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  const max = /(\d+) (characters|rows) at most/.exec(message);
  if (max) return t(max[2] === 'rows' ? 'records.form.errors.rows' : 'records.form.errors.tooLong', { max: max[1] });
  const known: [RegExp, string][] = [
    [/is required$/, 'required'],
    [/must be one line/, 'oneLine'],
    [/must be a number/, 'number'],
    [/YYYY-MM-DD/, 'date'],
    [/YYYY-MM/, 'yearMonth'],
    [/risk level/, 'risk'],
    [/must be (one|a list) of|lists a choice twice|yes or no/, 'choice'],
  ];
  const key = known.find(([pattern]) => pattern.test(message))?.[1];
  return key ? t(`records.form.errors.${key}`) : message;
}

/** Values as the API keeps them: empty answers left out, numbers as numbers. */
function cleaned(fields: (Field | Column)[], values: Values): Values {
  const out: Values = {};
  for (const field of fields) {
    const value = values[field.key];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (field.kind === 'TABLE') {
      out[field.key] = (value as Row[]).map((row) => cleaned(field.columns, row));
    } else if (field.kind === 'NUMBER' || field.kind === 'RISK_SCALE') {
      const n = Number(value);
      out[field.key] = Number.isNaN(n) ? value : n;
    } else {
      out[field.key] = value;
    }
  }
  return out;
}

/**
 * An assessment rendered from its template version: every field kind, tables with rows to add and
 * remove, and the API's BAD_USER_INPUT errors on their fields (`values.familyMembers[2].birthYearMonth`).
 */
export function AssessmentForm({
  caseRecordId,
  assessmentId,
  version,
  initial,
  onDone,
  onCancel,
}: {
  caseRecordId: string;
  assessmentId?: string;
  version: Version;
  initial: Values;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [add, adding] = useMutation(ADD_ASSESSMENT);
  const [update, updating] = useMutation(UPDATE_ASSESSMENT);
  const fields = version.sections.flatMap((section) => section.fields);

  const submit = async () => {
    setErrors({});
    setFormError(null);
    const input = cleaned(fields, values);
    try {
      if (assessmentId) await update({ variables: { input: { id: assessmentId, values: input } } });
      else await add({ variables: { input: { caseRecordId, templateVersionId: version.id, values: input } } });
      onDone();
    } catch (error) {
      const fieldErrors = apiErrors(error)[0]?.extensions?.fieldErrors ?? [];
      if (fieldErrors.length > 0) {
        setErrors(
          Object.fromEntries(fieldErrors.map((e) => [e.field, e.messages.map((m) => fieldMessage(m, t)).join(' ')])),
        );
        setFormError(t('records.form.invalid'));
      } else {
        setFormError(messageOf(error));
      }
    }
  };

  const set = (key: string, value: unknown) => setValues((v) => ({ ...v, [key]: value }));

  return (
    <form
      className="flex flex-col gap-6"
      aria-label={version.templateName}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {formError && <Alert>{formError}</Alert>}
      {version.sections.map((section) => (
        <fieldset key={section.key} className="flex flex-col gap-4 rounded-8 border border-solid-gray-200 p-4">
          <legend className="px-1 text-lg font-bold">{section.title}</legend>
          {section.fields.map((field) =>
            field.kind === 'TABLE' ? (
              <TableField
                key={field.key}
                field={field}
                rows={(values[field.key] as Row[] | undefined) ?? []}
                onChange={(rows) => set(field.key, rows)}
                errors={errors}
              />
            ) : (
              <Labelled key={field.key} field={field} error={errors[`values.${field.key}`]}>
                {(id, describedBy) => (
                  <Input
                    id={id}
                    describedBy={describedBy}
                    field={field}
                    value={values[field.key]}
                    onChange={(value) => set(field.key, value)}
                    invalid={Boolean(errors[`values.${field.key}`])}
                  />
                )}
              </Labelled>
            ),
          )}
        </fieldset>
      ))}
      <div className="flex gap-3">
        <Button type="submit" isDisabled={adding.loading || updating.loading}>
          {t('records.form.save')}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          {t('records.form.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** A field's label, help and error around its input, tied together for screen readers. */
function Labelled({
  field,
  error,
  children,
}: {
  field: Field | Column;
  error?: string;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const described = [field.help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const grouped = field.kind === 'MULTIPLE_CHOICE';
  const label = (
    <>
      {field.label}
      {field.required && <span className="ml-2 text-sm font-normal text-error-2">{t('records.form.required')}</span>}
    </>
  );
  return (
    <div
      className="flex flex-col gap-1"
      role={grouped ? 'group' : undefined}
      aria-labelledby={grouped ? `${id}-label` : undefined}
    >
      {grouped ? (
        <span id={`${id}-label`} className="font-bold text-solid-gray-800">
          {label}
        </span>
      ) : (
        <label htmlFor={id} className="font-bold text-solid-gray-800">
          {label}
        </label>
      )}
      {field.help && (
        <p id={`${id}-help`} className="text-sm text-solid-gray-700">
          {field.help}
        </p>
      )}
      {children(id, described || undefined)}
      {error && (
        <p id={`${id}-error`} className="text-sm text-error-2">
          {error}
        </p>
      )}
    </div>
  );
}

function Input({
  id,
  describedBy,
  field,
  value,
  onChange,
  invalid,
}: {
  id: string;
  describedBy?: string;
  field: Field | Column;
  value: unknown;
  onChange: (value: unknown) => void;
  invalid: boolean;
}) {
  const { t } = useTranslation();
  const common = { id, 'aria-describedby': describedBy, 'aria-invalid': invalid || undefined, className: INPUT };
  const text = value == null ? '' : String(value);
  switch (field.kind) {
    case 'LONG_TEXT':
      return <textarea {...common} rows={3} value={text} onChange={(e) => onChange(e.target.value)} />;
    case 'NUMBER':
      return <input {...common} type="number" value={text} onChange={(e) => onChange(e.target.value)} />;
    case 'DATE':
      return <input {...common} type="date" value={text} onChange={(e) => onChange(e.target.value)} />;
    case 'YEAR_MONTH':
      return (
        <input
          {...common}
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM"
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'SINGLE_CHOICE':
    case 'RISK_SCALE':
    case 'YES_NO': {
      const options =
        field.kind === 'SINGLE_CHOICE'
          ? field.choices
          : field.kind === 'YES_NO'
            ? [
                { value: 'true', label: t('records.form.yes') },
                { value: 'false', label: t('records.form.no') },
              ]
            : ['0', '1', '2', '3'].map((v) => ({ value: v, label: t(`records.risk.${v}`) }));
      return (
        <select
          {...common}
          value={text}
          onChange={(e) => {
            const v = e.target.value;
            onChange(
              v === ''
                ? undefined
                : field.kind === 'YES_NO'
                  ? v === 'true'
                  : field.kind === 'RISK_SCALE'
                    ? Number(v)
                    : v,
            );
          }}
        >
          <option value="">{t('records.form.unset')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
    }
    case 'MULTIPLE_CHOICE': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <div className="flex flex-wrap gap-4" aria-describedby={describedBy}>
          {field.choices.map((choice) => (
            <label key={choice.value} className="flex items-center gap-2">
              <input
                type="checkbox"
                aria-invalid={invalid || undefined}
                checked={chosen.includes(choice.value)}
                onChange={(e) =>
                  onChange(e.target.checked ? [...chosen, choice.value] : chosen.filter((v) => v !== choice.value))
                }
                className="size-5"
              />
              {choice.label}
            </label>
          ))}
        </div>
      );
    }
    default:
      return <input {...common} type="text" value={text} onChange={(e) => onChange(e.target.value)} />;
  }
}

/** A table (kintone's テーブル): a row per entry, each column its own input. */
function TableField({
  field,
  rows,
  onChange,
  errors,
}: {
  field: Field;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const tableError = errors[`values.${field.key}`];
  return (
    <div className="flex flex-col gap-2" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="font-bold text-solid-gray-800">
        {field.label}
      </span>
      {field.help && <p className="text-sm text-solid-gray-700">{field.help}</p>}
      {tableError && <p className="text-sm text-error-2">{tableError}</p>}
      {rows.map((row, r) => (
        <div
          key={r}
          role="group"
          aria-label={t('records.form.row', { n: r + 1 })}
          className="flex flex-wrap items-end gap-3 rounded-8 bg-solid-gray-50 p-3"
          data-testid={`row-${field.key}-${r}`}
        >
          {field.columns.map((column) => {
            const path = `values.${field.key}[${r}].${column.key}`;
            return (
              <Labelled key={column.key} field={column} error={errors[path]}>
                {(cellId, describedBy) => (
                  <Input
                    id={cellId}
                    describedBy={describedBy}
                    field={column}
                    value={row[column.key]}
                    invalid={Boolean(errors[path])}
                    onChange={(value) => onChange(rows.map((x, i) => (i === r ? { ...x, [column.key]: value } : x)))}
                  />
                )}
              </Labelled>
            );
          })}
          <Button variant="text" onPress={() => onChange(rows.filter((_, i) => i !== r))}>
            {t('records.form.removeRow', { n: r + 1 })}
          </Button>
        </div>
      ))}
      <div>
        <Button variant="secondary" onPress={() => onChange([...rows, {}])}>
          {t('records.form.addRow')}
        </Button>
      </div>
    </div>
  );
}
