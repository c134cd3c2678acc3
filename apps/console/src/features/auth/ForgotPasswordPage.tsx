import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { applyApiErrors } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { TextField } from '../../ui/TextField';
import { AuthLayout } from './AuthLayout';

const REQUEST_RESET = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const schema = z.object({ email: z.email(t('errors.email')) });
  const form = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { email: '' } });
  const [request] = useMutation(REQUEST_RESET);
  const [sent, setSent] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (input) => {
    setFormError(null);
    try {
      await request({ variables: { input } });
      setSent(true);
    } catch (error) {
      setFormError(applyApiErrors(error, form.setError, ['email']));
    }
  });
  return (
    <AuthLayout title={t('forgot.title')}>
      {sent ? (
        <Alert tone="success">{t('forgot.sent')}</Alert>
      ) : (
        <form onSubmit={submit} noValidate className="flex flex-col gap-5">
          <p className="text-solid-gray-800">{t('forgot.lead')}</p>
          {formError && <Alert>{formError}</Alert>}
          <TextField control={form.control} name="email" type="email" label={t('fields.email')} autoComplete="email" />
          <Button type="submit" isDisabled={form.formState.isSubmitting}>
            {t('forgot.submit')}
          </Button>
        </form>
      )}
      <p className="mt-6 text-center">
        <TextLink to="/login">{t('common.backToLogin')}</TextLink>
      </p>
    </AuthLayout>
  );
}
