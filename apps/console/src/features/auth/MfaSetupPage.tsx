import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { QRCodeSVG } from 'qrcode.react';
import { graphql } from '../../gql';
import { applyApiErrors, isNetworkFailure, messageOf } from '../../lib/errors';
import { setSession } from '../../lib/session';
import { saveText } from '../../lib/download';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { NetworkProblem } from '../../ui/NetworkProblem';
import { AuthLayout } from './AuthLayout';
import { afterSignIn } from './after-sign-in';

const ENROLL = graphql(`
  mutation EnrollMfa {
    enrollMfa {
      otpauthUri
      recoveryCodes
    }
  }
`);

const CONFIRM = graphql(`
  mutation ConfirmMfa($input: ConfirmMfaInput!) {
    confirmMfa(input: $input) {
      mfaEnabled
      auth {
        accessToken
        expiresAt
      }
    }
  }
`);

/** The secret of an otpauth:// URI, grouped by four for reading aloud or typing. */
function secretOf(uri: string): string {
  const secret = new URL(uri).searchParams.get('secret') ?? '';
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

export default function MfaSetupPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/mfa/setup' });
  const navigate = useNavigate();
  const [enroll, enrolment] = useMutation(ENROLL);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void enroll().catch(() => undefined);
  }, [enroll]);

  const schema = z.object({
    code: z
      .string()
      .trim()
      .regex(/^\d{3}\s?\d{3}$/, t('mfa.codeFormat')),
  });
  const form = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { code: '' } });
  const [confirm] = useMutation(CONFIRM);
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async ({ code }) => {
    setFormError(null);
    try {
      const { data } = await confirm({ variables: { input: { code } } });
      if (data?.confirmMfa.auth?.accessToken) setSession(data.confirmMfa.auth);
      if (search.from) void navigate({ href: search.from, replace: true });
      else afterSignIn(navigate, false, search.redirect);
    } catch (error) {
      setFormError(applyApiErrors(error, form.setError, ['code']));
    }
  });

  const data = enrolment.data?.enrollMfa;
  return (
    <AuthLayout title={t('mfaSetup.title')}>
      {!search.from && <Alert tone="info">{t('mfaSetup.required')}</Alert>}
      {enrolment.error ? (
        isNetworkFailure(enrolment.error) ? (
          <NetworkProblem onRetry={() => void enroll().catch(() => undefined)} />
        ) : (
          <Alert>{messageOf(enrolment.error)}</Alert>
        )
      ) : !data ? (
        <p role="status" className="mt-4 text-solid-gray-700">
          {t('common.loading')}
        </p>
      ) : (
        <div className="mt-4 flex flex-col gap-6">
          <section aria-labelledby="mfa-step-1">
            <h2 id="mfa-step-1" className="mb-2 text-lg font-bold">
              {t('mfaSetup.step1')}
            </h2>
            <p className="mb-3 text-solid-gray-800">{t('mfaSetup.scan')}</p>
            <div className="flex justify-center">
              <QRCodeSVG value={data.otpauthUri} size={180} role="img" aria-label={t('mfaSetup.qrLabel')} />
            </div>
            <p className="mt-3 text-sm text-solid-gray-800">{t('mfaSetup.secretLead')}</p>
            <p
              className="mt-1 rounded-6 bg-solid-gray-50 px-3 py-2 text-center font-mono text-lg tracking-wider"
              data-testid="mfa-secret"
            >
              {secretOf(data.otpauthUri)}
            </p>
          </section>
          <section aria-labelledby="mfa-step-2">
            <h2 id="mfa-step-2" className="mb-2 text-lg font-bold">
              {t('mfaSetup.step2')}
            </h2>
            <p className="mb-3 text-solid-gray-800">{t('mfaSetup.recoveryLead')}</p>
            <ul
              className="grid grid-cols-2 gap-2 rounded-6 bg-solid-gray-50 p-3 font-mono"
              data-testid="recovery-codes"
            >
              {data.recoveryCodes.map((code) => (
                <li key={code}>{code}</li>
              ))}
            </ul>
            <Button
              variant="secondary"
              className="mt-3"
              onPress={() => saveText('tsunagu-recovery-codes.txt', `${data.recoveryCodes.join('\n')}\n`)}
            >
              {t('mfaSetup.download')}
            </Button>
          </section>
          <section aria-labelledby="mfa-step-3">
            <h2 id="mfa-step-3" className="mb-2 text-lg font-bold">
              {t('mfaSetup.step3')}
            </h2>
            <form onSubmit={submit} noValidate className="flex flex-col gap-4">
              {formError && <Alert>{formError}</Alert>}
              <TextField
                control={form.control}
                name="code"
                label={t('fields.totp')}
                inputMode="numeric"
                autoComplete="one-time-code"
              />
              <Button type="submit" isDisabled={form.formState.isSubmitting}>
                {t('mfaSetup.submit')}
              </Button>
            </form>
          </section>
        </div>
      )}
    </AuthLayout>
  );
}
