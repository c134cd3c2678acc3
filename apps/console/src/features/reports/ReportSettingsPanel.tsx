import './locale';
import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { MetricGroup, ReportSettingsQuery } from '../../gql/graphql';
import { applyApiErrors } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { QueryProblem } from '../../ui/QueryProblem';
import { TextField } from '../../ui/TextField';
import { Select } from '../../ui/Select';
import { REPORT_SETTINGS, UPDATE_REPORT_SETTINGS } from './queries';

interface Form {
  groups: MetricGroup[];
  suppressionThreshold: string;
  recipients: string[];
  newRecipient: string;
  scheduleDay: string;
  language: string;
}

/** In the API's order (the order reports show them). */
const GROUPS: MetricGroup[] = [
  'REGISTRANTS',
  'CONSULTATIONS',
  'RESPONSIVENESS',
  'REFERRALS',
  'SECONDMENTS',
  'BROADCASTS',
  'CASE_RECORDS',
  'FOOD_DELIVERY',
];

const FIELDS = ['groups', 'suppressionThreshold', 'recipients', 'newRecipient', 'scheduleDay', 'language'] as const;

/** A tenant admin's report settings: what reports include, k, who receives them, when, in which language. */
export function ReportSettingsPanel() {
  const { t } = useTranslation();
  const settings = useQuery(REPORT_SETTINGS);
  return (
    <section aria-labelledby="report-settings" className="rounded-12 border border-solid-gray-200 bg-white p-6">
      <h2 id="report-settings" className="mb-4 text-xl font-bold">
        {t('reports.settings.title')}
      </h2>
      {settings.data?.reportSettings ? (
        <SettingsForm settings={settings.data.reportSettings} />
      ) : (
        <QueryProblem error={settings.error} onRetry={() => void settings.refetch()} />
      )}
    </section>
  );
}

function formOf(settings: NonNullable<ReportSettingsQuery['reportSettings']>): Form {
  return {
    groups: settings.groups,
    suppressionThreshold: String(settings.suppressionThreshold),
    recipients: settings.recipients,
    newRecipient: '',
    scheduleDay:
      settings.scheduleDay === null || settings.scheduleDay === undefined ? '' : String(settings.scheduleDay),
    language: settings.language,
  };
}

function SettingsForm({ settings }: { settings: NonNullable<ReportSettingsQuery['reportSettings']> }) {
  const { t } = useTranslation();
  const [update, { loading }] = useMutation(UPDATE_REPORT_SETTINGS);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { control, handleSubmit, setError, clearErrors, getValues, setValue, watch, reset } = useForm<Form>({
    defaultValues: formOf(settings),
  });
  useEffect(() => reset(formOf(settings)), [settings, reset]);
  const recipients = watch('recipients');

  const addRecipient = () => {
    const email = getValues('newRecipient').trim().toLowerCase();
    if (!z.email().safeParse(email).success) {
      setError('newRecipient', { type: 'format', message: t('reports.settings.invalidEmail') });
      return;
    }
    clearErrors('newRecipient');
    if (!recipients.includes(email)) setValue('recipients', [...recipients, email]);
    setValue('newRecipient', '');
  };

  const save = async (form: Form) => {
    setProblem(null);
    setSaved(false);
    const threshold = Number(form.suppressionThreshold);
    if (!Number.isInteger(threshold) || threshold < 3 || threshold > 100) {
      setError('suppressionThreshold', { type: 'range', message: t('reports.settings.invalidThreshold') });
      return;
    }
    const day = form.scheduleDay.trim() === '' ? null : Number(form.scheduleDay);
    if (day !== null && (!Number.isInteger(day) || day < 1 || day > 28)) {
      setError('scheduleDay', { type: 'range', message: t('reports.settings.invalidDay') });
      return;
    }
    try {
      await update({
        variables: {
          input: {
            groups: form.groups,
            suppressionThreshold: threshold,
            recipients: form.recipients,
            scheduleDay: day,
            language: form.language,
          },
        },
        refetchQueries: ['TenantReport'],
      });
      setSaved(true);
    } catch (error) {
      setProblem(applyApiErrors(error, setError, FIELDS));
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(save)(event)} className="flex max-w-2xl flex-col gap-6" noValidate>
      <Controller
        control={control}
        name="groups"
        render={({ field }) => (
          <fieldset>
            <legend className="mb-2 font-bold text-solid-gray-800">{t('reports.settings.groups')}</legend>
            <div className="flex flex-wrap gap-x-6 gap-y-2">
              {GROUPS.map((group) => (
                <label key={group} className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={field.value.includes(group)}
                    onChange={(event) =>
                      field.onChange(
                        event.target.checked ? [...field.value, group] : field.value.filter((g) => g !== group),
                      )
                    }
                    className="size-5 accent-blue-900 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow"
                  />
                  {t(`reports.groups.${group}`)}
                </label>
              ))}
            </div>
          </fieldset>
        )}
      />
      <TextField
        control={control}
        name="suppressionThreshold"
        label={t('reports.settings.threshold')}
        inputMode="numeric"
      />
      <fieldset>
        <legend className="mb-2 font-bold text-solid-gray-800">{t('reports.settings.recipients')}</legend>
        {recipients.length === 0 ? (
          <p className="mb-2 text-solid-gray-700">{t('reports.settings.noRecipients')}</p>
        ) : (
          <ul className="mb-3 flex flex-col gap-1" data-testid="report-recipients">
            {recipients.map((email) => (
              <li key={email} className="flex items-center justify-between gap-4 border-b border-solid-gray-100 py-1">
                <span>{email}</span>
                <Button
                  variant="text"
                  aria-label={t('reports.settings.remove', { email })}
                  onPress={() =>
                    setValue(
                      'recipients',
                      recipients.filter((r) => r !== email),
                    )
                  }
                >
                  {t('reports.settings.removeShort')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className="flex items-end gap-2">
          <div className="grow">
            <TextField control={control} name="newRecipient" label={t('reports.settings.addRecipient')} type="email" />
          </div>
          <Button variant="secondary" onPress={addRecipient}>
            {t('reports.settings.add')}
          </Button>
        </div>
      </fieldset>
      <TextField control={control} name="scheduleDay" label={t('reports.settings.scheduleDay')} inputMode="numeric" />
      <Controller
        control={control}
        name="language"
        render={({ field }) => (
          <Select
            label={t('reports.settings.language')}
            value={field.value}
            options={(['ja', 'en'] as const).map((l) => ({ value: l, label: t(`reports.languages.${l}`) }))}
            onChange={field.onChange}
          />
        )}
      />
      {problem && <Alert>{problem}</Alert>}
      {saved && <Alert tone="success">{t('reports.settings.saved')}</Alert>}
      <div>
        <Button type="submit" isDisabled={loading}>
          {t('reports.settings.save')}
        </Button>
      </div>
    </form>
  );
}
