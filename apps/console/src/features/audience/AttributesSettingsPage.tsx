import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm, useController } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { RegistrantAttributeKind } from '../../gql/graphql';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { QueryProblem } from '../../ui/QueryProblem';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useShell } from '../shell/useShell';
import { FormStatus, ItemActions, Section, SelectField, settingsMessage, useSave } from '../settings/form';
import { AUDIENCE_SCHEMA, CREATE_ATTRIBUTE, DELETE_ATTRIBUTE, UPDATE_ATTRIBUTE } from './queries';

type Attribute = {
  id: string;
  key: string;
  label: string;
  kind: RegistrantAttributeKind;
  choices: string[];
  askedInSurvey: boolean;
  question?: string | null;
};

const KINDS: readonly RegistrantAttributeKind[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'YEAR_MONTH', 'AREA'];

/** `/$tenant/settings/attributes`: what the tenant records of its families, and what the LINE survey asks. */
export default function AttributesSettingsPage() {
  const { t } = useTranslation();
  const { can } = useShell();
  const allowed = can('tenant:registrant-attributes:manage');
  const schema = useQuery(AUDIENCE_SCHEMA, { fetchPolicy: 'cache-and-network', skip: !allowed });
  const [remove] = useMutation(DELETE_ATTRIBUTE);
  const [editing, setEditing] = useState<string | null>(null);
  const [removalError, setRemovalError] = useState<string | null>(null);
  const refetch = () => schema.refetch();
  const attributes = schema.data?.audienceSchema?.attributes;
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('audience.settings.title')}</h1>
      <p className="mb-6 text-solid-gray-700">{t('audience.settings.lead')}</p>
      {!allowed ? (
        <Alert>{t('errors.FORBIDDEN')}</Alert>
      ) : !attributes ? (
        <QueryProblem error={schema.error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Section id="attributes" title={t('audience.settings.list')} lead={t('audience.settings.removeConfirm')}>
            {removalError && <Alert>{removalError}</Alert>}
            {attributes.length === 0 && <p>{t('audience.settings.none')}</p>}
            <ul className="flex flex-col divide-y divide-solid-gray-100" aria-label={t('audience.settings.list')}>
              {attributes.map((attribute) => (
                <li key={attribute.id} className="py-3" data-testid="attribute">
                  {editing === attribute.id ? (
                    <AttributeForm
                      attribute={attribute}
                      done={async () => {
                        setEditing(null);
                        await refetch();
                      }}
                    />
                  ) : (
                    <div className="flex items-start justify-between gap-4">
                      <div>
                        <p className="font-bold">
                          {attribute.label} <span className="font-normal text-solid-gray-700">({attribute.key})</span>
                        </p>
                        <p className="text-sm text-solid-gray-800">
                          {t(`audience.kinds.${attribute.kind}`)}
                          {attribute.choices.length > 0 && `：${attribute.choices.join('、')}`}
                        </p>
                        <p className="text-sm text-solid-gray-700">
                          {attribute.askedInSurvey
                            ? `${t('audience.settings.inSurvey')}：${attribute.question ?? attribute.label}`
                            : t('audience.settings.notInSurvey')}
                        </p>
                      </div>
                      <ItemActions
                        name={attribute.label}
                        onEdit={() => setEditing(attribute.id)}
                        onRemove={() => {
                          setRemovalError(null);
                          remove({ variables: { input: { id: attribute.id } } })
                            .then(() => refetch())
                            .catch((e: unknown) => setRemovalError(settingsMessage(e)));
                        }}
                      />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </Section>
          <Section id="add-attribute" title={t('audience.settings.add')}>
            <AttributeForm done={refetch} />
          </Section>
        </>
      )}
    </>
  );
}

function AttributeForm({ attribute, done }: { attribute?: Attribute; done: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const schema = z.object({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, t('audience.settings.keyHelp')),
    label: z
      .string()
      .trim()
      .min(1, t('settings.required'))
      .max(50, t('settings.tooLong', { max: 50 })),
    kind: z.enum(['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'YEAR_MONTH', 'AREA']),
    choices: z.string(),
    askedInSurvey: z.boolean(),
    question: z.string().max(200, t('settings.tooLong', { max: 200 })),
  });
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      key: attribute?.key ?? '',
      label: attribute?.label ?? '',
      kind: attribute?.kind ?? 'SINGLE_CHOICE',
      choices: attribute?.choices.join('\n') ?? '',
      askedInSurvey: attribute?.askedInSurvey ?? false,
      question: attribute?.question ?? '',
    },
  });
  const [create] = useMutation(CREATE_ATTRIBUTE);
  const [update] = useMutation(UPDATE_ATTRIBUTE);
  const kind = form.watch('kind');
  const survey = useController({ control: form.control, name: 'askedInSurvey' });
  const hasChoices = kind !== 'YEAR_MONTH';
  const { submit, formError, saved, submitting } = useSave(
    form,
    ['key', 'label', 'choices', 'askedInSurvey', 'question'],
    async (values) => {
      const choices = hasChoices
        ? values.choices
            .split('\n')
            .map((c) => c.trim())
            .filter(Boolean)
        : [];
      const common = { label: values.label, choices, askedInSurvey: values.askedInSurvey, question: values.question };
      if (attribute) await update({ variables: { input: { id: attribute.id, ...common } } });
      else await create({ variables: { input: { key: values.key, kind: values.kind, ...common } } });
      await done();
    },
    { resetOnSuccess: !attribute },
  );
  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-3"
      aria-label={attribute ? t('audience.settings.editTitle', { label: attribute.label }) : t('audience.settings.add')}
    >
      <FormStatus formError={formError} saved={saved} />
      {!attribute && (
        <>
          <TextField control={form.control} name="key" label={t('audience.settings.key')} />
          <SelectField
            control={form.control}
            name="kind"
            label={t('audience.settings.kind')}
            options={KINDS.map((value) => ({ value, label: t(`audience.kinds.${value}`) }))}
          />
        </>
      )}
      <TextField control={form.control} name="label" label={t('audience.settings.label')} />
      {hasChoices && (
        <TextAreaField control={form.control} name="choices" label={t('audience.settings.choices')} rows={5} />
      )}
      <label className="flex items-center gap-2 font-bold text-solid-gray-800">
        <input
          type="checkbox"
          name={survey.field.name}
          checked={Boolean(survey.field.value)}
          onChange={(e) => survey.field.onChange(e.target.checked)}
          onBlur={survey.field.onBlur}
          className="size-5"
        />
        {t('audience.settings.survey')}
      </label>
      {survey.fieldState.error?.message && <p className="text-sm text-error-1">{survey.fieldState.error.message}</p>}
      <TextField control={form.control} name="question" label={t('audience.settings.question')} />
      <div>
        <Button type="submit" isDisabled={submitting}>
          {attribute ? t('audience.settings.save') : t('settings.add')}
        </Button>
      </div>
    </form>
  );
}
