import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useForm, useWatch } from 'react-hook-form';
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
import { MIN_PASSWORD_LENGTH, PasswordChecklist } from './PasswordChecklist';

const RESET = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token } = useSearch({ from: '/reset-password' });
  const navigate = useNavigate();
  const schema = z
    .object({
      newPassword: z.string().min(MIN_PASSWORD_LENGTH, t('password.tooShort', { count: MIN_PASSWORD_LENGTH })),
      confirmation: z.string(),
    })
    .refine((v) => v.newPassword === v.confirmation, { path: ['confirmation'], message: t('password.mismatch') });
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { newPassword: '', confirmation: '' },
  });
  const password = useWatch({ control: form.control, name: 'newPassword' });
  const [reset] = useMutation(RESET);
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async ({ newPassword }) => {
    setFormError(null);
    try {
      await reset({ variables: { input: { token: token ?? '', newPassword } } });
      void navigate({ to: '/login', search: { notice: 'passwordReset' } });
    } catch (error) {
      setFormError(applyApiErrors(error, form.setError, ['newPassword']));
    }
  });
  return (
    <AuthLayout title={t('reset.title')}>
      {!token ? (
        <Alert>{t('errors.RESET_TOKEN_INVALID')}</Alert>
      ) : (
        <form onSubmit={submit} noValidate className="flex flex-col gap-5">
          {formError && <Alert>{formError}</Alert>}
          <TextField
            control={form.control}
            name="newPassword"
            type="password"
            label={t('fields.newPassword')}
            autoComplete="new-password"
            description={<PasswordChecklist password={password} email={undefined} />}
          />
          <TextField
            control={form.control}
            name="confirmation"
            type="password"
            label={t('fields.confirmation')}
            autoComplete="new-password"
          />
          <Button type="submit" isDisabled={form.formState.isSubmitting}>
            {t('reset.submit')}
          </Button>
        </form>
      )}
      <p className="mt-6 text-center">
        <TextLink to="/login">{t('common.backToLogin')}</TextLink>
      </p>
    </AuthLayout>
  );
}
