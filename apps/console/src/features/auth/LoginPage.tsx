import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { applyApiErrors } from '../../lib/errors';
import { setSession } from '../../lib/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { TextField } from '../../ui/TextField';
import { AuthLayout } from './AuthLayout';
import { afterSignIn } from './after-sign-in';

const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresAt
      mfaRequired
      mfaToken
      mfaEnrollmentRequired
    }
  }
`);

const VERIFY_MFA = graphql(`
  mutation VerifyMfa($input: VerifyMfaInput!) {
    verifyMfa(input: $input) {
      accessToken
      expiresAt
      mfaEnrollmentRequired
    }
  }
`);

export function LoginPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/login' });
  const [mfaToken, setMfaToken] = useState<string | null>(null);
  const navigate = useNavigate();
  const done = (enrollmentRequired: boolean) => afterSignIn(navigate, enrollmentRequired, search.redirect);
  return (
    <AuthLayout title={mfaToken ? t('mfa.title') : t('login.title')}>
      {mfaToken ? (
        <MfaStep mfaToken={mfaToken} onDone={done} onRestart={() => setMfaToken(null)} />
      ) : (
        <PasswordStep notice={search.notice} onMfa={setMfaToken} onDone={done} />
      )}
    </AuthLayout>
  );
}

function PasswordStep({
  notice,
  onMfa,
  onDone,
}: {
  notice: string | undefined;
  onMfa: (token: string) => void;
  onDone: (enrollmentRequired: boolean) => void;
}) {
  const { t } = useTranslation();
  const schema = z.object({
    email: z.email(t('errors.email')),
    password: z.string().min(1, t('errors.required')),
  });
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', password: '' },
  });
  const [login] = useMutation(LOGIN);
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (input) => {
    setFormError(null);
    try {
      const { data } = await login({ variables: { input } });
      const payload = data?.login;
      if (!payload) return;
      if (payload.mfaRequired && payload.mfaToken) return onMfa(payload.mfaToken);
      setSession(payload);
      onDone(payload.mfaEnrollmentRequired);
    } catch (error) {
      setFormError(applyApiErrors(error, form.setError, ['email', 'password']));
    }
  });
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      {notice && <Alert tone={notice === 'expired' ? 'info' : 'success'}>{t(`login.notice.${notice}`)}</Alert>}
      {formError && <Alert>{formError}</Alert>}
      <TextField control={form.control} name="email" type="email" label={t('fields.email')} autoComplete="username" />
      <TextField
        control={form.control}
        name="password"
        type="password"
        label={t('fields.password')}
        autoComplete="current-password"
      />
      <Button type="submit" isDisabled={form.formState.isSubmitting}>
        {t('login.submit')}
      </Button>
      <p className="text-center">
        <TextLink to="/forgot-password">{t('login.forgot')}</TextLink>
      </p>
    </form>
  );
}

function MfaStep({
  mfaToken,
  onDone,
  onRestart,
}: {
  mfaToken: string;
  onDone: (enrollmentRequired: boolean) => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const [recovery, setRecovery] = useState(false);
  const schema = z.object({
    code: recovery
      ? z.string().trim().min(6, t('mfa.recoveryFormat'))
      : z
          .string()
          .trim()
          .regex(/^\d{3}\s?\d{3}$/, t('mfa.codeFormat')),
  });
  const form = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { code: '' } });
  const [verify] = useMutation(VERIFY_MFA);
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async ({ code }) => {
    setFormError(null);
    try {
      const { data } = await verify({ variables: { input: { mfaToken, code } } });
      if (!data?.verifyMfa.accessToken) return;
      setSession(data.verifyMfa);
      onDone(data.verifyMfa.mfaEnrollmentRequired);
    } catch (error) {
      setFormError(applyApiErrors(error, form.setError, ['code']));
    }
  });
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      <p className="text-solid-gray-800">{recovery ? t('mfa.recoveryLead') : t('mfa.lead')}</p>
      {formError && <Alert>{formError}</Alert>}
      <TextField
        key={recovery ? 'recovery' : 'totp'}
        control={form.control}
        name="code"
        label={recovery ? t('fields.recoveryCode') : t('fields.totp')}
        inputMode={recovery ? 'text' : 'numeric'}
        autoComplete="one-time-code"
        autoFocus
      />
      <Button type="submit" isDisabled={form.formState.isSubmitting}>
        {t('mfa.submit')}
      </Button>
      <div className="flex flex-col items-center gap-2">
        <Button
          variant="text"
          onPress={() => {
            setRecovery(!recovery);
            form.reset({ code: '' });
            setFormError(null);
          }}
        >
          {recovery ? t('mfa.useTotp') : t('mfa.useRecovery')}
        </Button>
        <Button variant="text" onPress={onRestart}>
          {t('mfa.restart')}
        </Button>
      </div>
    </form>
  );
}
