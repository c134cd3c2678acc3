import './locale';
import { useId } from 'react';
import { useController, useFieldArray, useWatch, type Control, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AudienceSchemaQuery, SegmentMatch } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { CheckboxGroup } from '../settings/form';
import { EMPTY_CONDITION, EMPTY_GROUP, MAX_AGE, type ComposerForm } from './segment';

type Schema = NonNullable<AudienceSchemaQuery['audienceSchema']>;

/**
 * Who a SEGMENT broadcast reaches: groups of conditions on the tenant's attributes and tags, combined
 * ALL/ANY within a group and between groups. Every control is a native one, labelled with its group and
 * condition, so the keyboard and screen readers need nothing more.
 */
export function SegmentEditor({ control, schema }: { control: Control<ComposerForm>; schema: Schema }) {
  const { t } = useTranslation();
  const groups = useFieldArray({ control, name: 'segment.groups' });
  const match = useController({ control, name: 'segment.match' });
  return (
    <div className="flex flex-col gap-3 rounded-8 border border-solid-gray-300 p-4" data-testid="segment-editor">
      {groups.fields.length > 1 && (
        <Select
          label={t('broadcasts.editor.groupsMatch')}
          value={match.field.value}
          onChange={(value) => match.field.onChange(value as SegmentMatch)}
          options={(['ALL', 'ANY'] as const).map((m) => ({
            value: m,
            label: t(`broadcasts.editor.groupsMatches.${m}`),
          }))}
        />
      )}
      {groups.fields.map((field, g) => (
        <div key={field.id} className="flex flex-col gap-3">
          {g > 0 && (
            <p className="font-bold text-blue-900" aria-hidden="true">
              {t(`broadcasts.editor.joinGroups.${match.field.value}`)}
            </p>
          )}
          <GroupEditor
            control={control}
            schema={schema}
            g={g}
            onRemove={groups.fields.length > 1 ? () => groups.remove(g) : undefined}
          />
        </div>
      ))}
      <Button
        variant="secondary"
        className="self-start"
        onPress={() => groups.append({ ...EMPTY_GROUP, conditions: [{ ...EMPTY_CONDITION }] })}
      >
        {t('broadcasts.editor.addGroup')}
      </Button>
    </div>
  );
}

function GroupEditor({
  control,
  schema,
  g,
  onRemove,
}: {
  control: Control<ComposerForm>;
  schema: Schema;
  g: number;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const conditions = useFieldArray({ control, name: `segment.groups.${g}.conditions` });
  const match = useController({ control, name: `segment.groups.${g}.match` });
  const group = t('broadcasts.editor.groupN', { n: g + 1 });
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-8 border border-solid-gray-200 bg-solid-gray-50 p-4"
    >
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h3 id={headingId} className="text-base font-bold">
          {group}
        </h3>
        {onRemove && (
          <Button variant="text" onPress={onRemove}>
            {t('broadcasts.editor.removeGroup', { group })}
          </Button>
        )}
      </div>
      {conditions.fields.length > 1 && (
        <Select
          label={t('broadcasts.editor.conditionsMatch', { group })}
          value={match.field.value}
          onChange={(value) => match.field.onChange(value as SegmentMatch)}
          options={(['ALL', 'ANY'] as const).map((m) => ({
            value: m,
            label: t(`broadcasts.editor.conditionsMatches.${m}`),
          }))}
        />
      )}
      {conditions.fields.map((field, c) => (
        <div key={field.id} className="flex flex-col gap-3">
          {c > 0 && (
            <p className="text-sm font-bold text-blue-900" aria-hidden="true">
              {t(`broadcasts.editor.joinConditions.${match.field.value}`)}
            </p>
          )}
          <ConditionEditor
            control={control}
            schema={schema}
            g={g}
            c={c}
            label={t('broadcasts.editor.conditionN', { group, n: c + 1 })}
            onRemove={conditions.fields.length > 1 ? () => conditions.remove(c) : undefined}
          />
        </div>
      ))}
      <Button variant="secondary" className="self-start" onPress={() => conditions.append({ ...EMPTY_CONDITION })}>
        {t('broadcasts.editor.addCondition', { group })}
      </Button>
    </section>
  );
}

const TAGS = '#tags';

function ConditionEditor({
  control,
  schema,
  g,
  c,
  label,
  onRemove,
}: {
  control: Control<ComposerForm>;
  schema: Schema;
  g: number;
  c: number;
  label: string;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const at = `segment.groups.${g}.conditions.${c}` as const;
  const attribute = useController({ control, name: `${at}.attributeKey` });
  const kind = useController({ control, name: `${at}.kind` });
  const choices = useController({ control, name: `${at}.choices` });
  const tags = useController({ control, name: `${at}.tags` });
  const ageFrom = useController({ control, name: `${at}.ageFrom` });
  const ageTo = useController({ control, name: `${at}.ageTo` });
  useWatch({ control, name: at });
  const chosen = schema.attributes.find((a) => a.key === attribute.field.value);
  const value = kind.field.value === 'TAGS' ? TAGS : attribute.field.value;

  const pick = (next: string) => {
    choices.field.onChange([]);
    tags.field.onChange([]);
    ageFrom.field.onChange('');
    ageTo.field.onChange('');
    if (next === TAGS) {
      kind.field.onChange('TAGS');
      attribute.field.onChange('');
      return;
    }
    const picked = schema.attributes.find((a) => a.key === next);
    kind.field.onChange(picked?.kind === 'YEAR_MONTH' ? 'AGE' : 'CHOICES');
    attribute.field.onChange(next);
  };

  return (
    <div
      className="flex flex-col gap-3 rounded-8 border border-solid-gray-300 bg-white p-3"
      data-testid="segment-condition"
    >
      <div className="flex flex-wrap items-end justify-between gap-4">
        <Select
          label={t('broadcasts.editor.attribute', { condition: label })}
          value={value}
          onChange={pick}
          error={attribute.fieldState.error?.message || kind.fieldState.error?.message}
          options={[
            { value: '', label: t('broadcasts.editor.choose') },
            ...schema.attributes.map((a) => ({ value: a.key, label: a.label })),
            { value: TAGS, label: t('broadcasts.editor.tags') },
          ]}
        />
        {onRemove && (
          <Button variant="text" onPress={onRemove}>
            {t('broadcasts.editor.removeCondition', { condition: label })}
          </Button>
        )}
      </div>
      {kind.field.value === 'TAGS' &&
        (schema.tags.length ? (
          <CheckboxGroup
            control={control}
            name={`${at}.tags` as FieldPath<ComposerForm>}
            label={t('broadcasts.editor.anyTag', { condition: label })}
            options={schema.tags.map((tag) => ({ value: tag, label: tag }))}
          />
        ) : (
          <p className="text-sm text-solid-gray-700">{t('broadcasts.editor.noTags')}</p>
        ))}
      {chosen && kind.field.value === 'CHOICES' && (
        <CheckboxGroup
          control={control}
          name={`${at}.choices` as FieldPath<ComposerForm>}
          label={t('broadcasts.editor.anyChoice', { attribute: chosen.label, condition: label })}
          options={chosen.choices.map((choice) => ({ value: choice, label: choice }))}
        />
      )}
      {chosen && kind.field.value === 'AGE' && (
        <fieldset className="flex flex-col gap-2" aria-describedby={`${at}-age-hint`}>
          <legend className="font-bold text-solid-gray-800">
            {t('broadcasts.editor.ageBand', { attribute: chosen.label, condition: label })}
          </legend>
          <div className="flex flex-wrap items-start gap-4">
            <AgeField
              label={t('broadcasts.editor.ageFrom')}
              field={ageFrom.field}
              error={ageFrom.fieldState.error?.message}
            />
            <AgeField
              label={t('broadcasts.editor.ageTo')}
              field={ageTo.field}
              error={ageTo.fieldState.error?.message}
            />
          </div>
          <p id={`${at}-age-hint`} className="text-sm text-solid-gray-700">
            {t('broadcasts.editor.ageHint', { max: MAX_AGE })}
          </p>
        </fieldset>
      )}
    </div>
  );
}

/** Years as digits: a text field with the numeric keyboard, not a spinner that a wheel can change. */
function AgeField({
  label,
  field,
  error,
}: {
  label: string;
  field: { value: string; onChange: (value: string) => void; onBlur: () => void; name: string };
  error?: string;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-bold text-solid-gray-800">
        {label}
      </label>
      <input
        id={id}
        name={field.name}
        inputMode="numeric"
        value={field.value}
        onChange={(event) => field.onChange(event.target.value)}
        onBlur={field.onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="w-24 rounded-8 border border-solid-gray-600 bg-white px-3 py-2 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow aria-invalid:border-2 aria-invalid:border-error-1"
      />
      {error && (
        <p id={`${id}-error`} className="text-sm text-error-2">
          {error}
        </p>
      )}
    </div>
  );
}
