import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { QueryProblem } from '../../ui/QueryProblem';
import { CASE_RECORD_SETTINGS, UPDATE_CASE_RECORD_SETTINGS } from './rights-queries';
import './rights-locale';

const INPUT =
  'w-24 rounded-8 border border-solid-gray-600 bg-white px-3 py-2 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow';

/** How many years closed cases are kept: a tenant setting, beside the templates they are written on. */
export function RetentionSettings() {
  const { t } = useTranslation();
  const query = useQuery(CASE_RECORD_SETTINGS);
  const years = query.data?.caseRecordSettings?.retentionYears;
  return (
    <section aria-labelledby="retention" className="mb-8 rounded-12 border border-solid-gray-200 bg-white p-6">
      <h2 id="retention" className="mb-2 text-xl font-bold">
        {t('rights.retention.title')}
      </h2>
      <p className="mb-4">{t('rights.retention.lead')}</p>
      {years === undefined ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <RetentionForm key={years} years={years} />
      )}
    </section>
  );
}

function RetentionForm({ years }: { years: number }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(years));
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [update, updating] = useMutation(UPDATE_CASE_RECORD_SETTINGS);
  const valid = /^\d{1,2}$/.test(value) && Number(value) >= 1 && Number(value) <= 30;
  const save = async () => {
    if (!valid) {
      setNotice({ tone: 'error', text: t('rights.retention.range') });
      return;
    }
    try {
      await update({ variables: { input: { retentionYears: Number(value) } } });
      setNotice({ tone: 'success', text: t('rights.retention.saved') });
    } catch (error) {
      setNotice({ tone: 'error', text: messageOf(error) });
    }
  };
  return (
    <form
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <div className="flex items-end gap-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="retention-years" className="text-sm font-bold">
            {t('rights.retention.years')}
          </label>
          <input
            id="retention-years"
            className={INPUT}
            inputMode="numeric"
            value={value}
            aria-invalid={!valid}
            onChange={(event) => setValue(event.target.value)}
          />
        </div>
        <Button type="submit" isDisabled={updating.loading}>
          {t('rights.retention.save')}
        </Button>
      </div>
    </form>
  );
}
