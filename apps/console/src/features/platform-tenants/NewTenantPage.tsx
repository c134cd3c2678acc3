import './locale';
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyApiErrors } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { Select } from '../../ui/Select';
import { checkLocalGovernmentCode, PREFECTURES } from './local-government-code';
import { CREATE_TENANT } from './queries';

interface Values {
  slug: string;
  nameJa: string;
  nameEn: string;
  localGovernmentCode: string;
}

const SLUG = /^[a-z][a-z0-9-]{1,38}[a-z0-9]$/;

/** A platform admin adds a city: the local government code is checked as it is typed, as the API checks it. */
export default function NewTenantPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CREATE_TENANT);
  const [problem, setProblem] = useState<string | null>(null);
  const [chosenPrefecture, setChosenPrefecture] = useState<string | null>(null);
  const form = useForm<Values>({ defaultValues: { slug: '', nameJa: '', nameEn: '', localGovernmentCode: '' } });
  const code = useWatch({ control: form.control, name: 'localGovernmentCode' });
  const check = checkLocalGovernmentCode(code.trim());
  // The code's first two digits name the prefecture; an admin may still choose another.
  const prefecture = chosenPrefecture ?? (check.kind === 'ok' ? check.prefecture : undefined) ?? PREFECTURES[0];

  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    let invalid = false;
    for (const field of ['slug', 'nameJa', 'nameEn'] as const) {
      if (!values[field].trim()) {
        form.setError(field, { message: t('platformTenants.new.required') });
        invalid = true;
      }
    }
    if (values.slug && !SLUG.test(values.slug)) {
      form.setError('slug', { message: t('platformTenants.new.slugFormat') });
      invalid = true;
    }
    if (check.kind !== 'ok') {
      form.setError('localGovernmentCode', { message: codeMessage() });
      invalid = true;
    }
    if (invalid) return;
    try {
      await create({
        variables: { input: { ...values, localGovernmentCode: values.localGovernmentCode.trim(), prefecture } },
      });
      await navigate({ to: '/platform/tenants/$slug', params: { slug: values.slug } });
    } catch (error) {
      setProblem(applyApiErrors(error, form.setError, ['slug', 'nameJa', 'nameEn', 'localGovernmentCode']));
    }
  });

  function codeMessage(): string {
    if (check.kind === 'ok') return t('platformTenants.new.codeOk', { prefecture: check.prefecture ?? '' });
    if (check.kind === 'check-digit') return t('platformTenants.new.codeCheckDigit', { expected: check.expected });
    return t('platformTenants.new.codeDigits', { count: check.missing });
  }

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('platformTenants.new.title')}</h1>
      <p className="mb-6">{t('platformTenants.new.lead')}</p>
      <section className="rounded-12 border border-solid-gray-200 bg-white p-6">
        {problem && <Alert>{problem}</Alert>}
        <form onSubmit={(event) => void submit(event)} noValidate className="mt-2 flex max-w-xl flex-col gap-4">
          <TextField control={form.control} name="nameJa" label={t('platformTenants.new.nameJa')} />
          <TextField control={form.control} name="nameEn" label={t('platformTenants.new.nameEn')} />
          <TextField
            control={form.control}
            name="slug"
            label={t('platformTenants.new.slug')}
            description={t('platformTenants.new.slugHint')}
            autoComplete="off"
          />
          <TextField
            control={form.control}
            name="localGovernmentCode"
            label={t('platformTenants.new.code')}
            inputMode="numeric"
            autoComplete="off"
            description={
              code ? (
                <span
                  data-testid="code-check"
                  aria-live="polite"
                  className={
                    check.kind === 'ok'
                      ? 'font-bold text-success-2'
                      : check.kind === 'check-digit'
                        ? 'font-bold text-error-2'
                        : ''
                  }
                >
                  {codeMessage()}
                </span>
              ) : (
                t('platformTenants.new.codeHint')
              )
            }
          />
          <Select
            label={t('platformTenants.new.prefecture')}
            value={prefecture}
            options={PREFECTURES.map((p) => ({ value: p, label: p }))}
            onChange={setChosenPrefecture}
          />
          <div>
            <Button type="submit" isDisabled={loading}>
              {t('platformTenants.new.submit')}
            </Button>
          </div>
        </form>
      </section>
    </>
  );
}
