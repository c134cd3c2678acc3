import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { applyApiErrors, isNetworkFailure, messageOf } from '../../lib/errors';
import { setSession } from '../../lib/session';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { NetworkProblem } from '../../ui/NetworkProblem';
import { TextField } from '../../ui/TextField';
import { AuthLayout } from './AuthLayout';
import { afterSignIn } from './after-sign-in';
import { localPasswordProblems, MIN_PASSWORD_LENGTH, PasswordChecklist } from './PasswordChecklist';

const INVITATION = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      email
      role
      accountExists
      expiresAt
      tenant {
        slug
        nameJa
        nameEn
      }
    }
  }
`);

const ACCEPT = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      accessToken
      expiresAt
      mfaRequired
      mfaEnrollmentRequired
    }
  }
`);

export function AcceptInvitationPage() {
  const { t, i18n } = useTranslation();
  const { token } = useSearch({ from: '/accept-invitation' });
  const invitation = useQuery(INVITATION, {
    variables: { token: token ?? '' },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const data = invitation.data?.invitation;
  return (
    <AuthLayout title={t('invitation.title')}>
      {!token ? (
        <Alert>{t('errors.INVITATION_INVALID')}</Alert>
      ) : invitation.error ? (
        isNetworkFailure(invitation.error) ? (
          <NetworkProblem onRetry={() => void invitation.refetch()} />
        ) : (
          <Alert>{messageOf(invitation.error)}</Alert>
        )
      ) : !data ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          <p className="mb-2 text-solid-gray-800">
            {t('invitation.lead', {
              tenant: data.tenant ? (i18n.language === 'en' ? data.tenant.nameEn : data.tenant.nameJa) : 'tsunagu',
              role: t(`roles.${data.role}`),
            })}
          </p>
          <p className="mb-6 text-solid-gray-800">
            {t('fields.email')}: <strong className="break-all">{data.email}</strong>
          </p>
          <AcceptForm token={token} email={data.email} accountExists={data.accountExists} />
        </>
      )}
    </AuthLayout>
  );
}

function AcceptForm({ token, email, accountExists }: { token: string; email: string; accountExists: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const schema = accountExists
    ? z.object({ displayName: z.string(), password: z.string().min(1, t('errors.required')), confirmation: z.string() })
    : z
        .object({
          displayName: z.string().trim().min(1, t('errors.required')).max(100),
          password: z.string().superRefine((p, ctx) => {
            for (const problem of localPasswordProblems(p, email)) {
              ctx.addIssue({ code: 'custom', message: t(`password.${problem}`, { count: MIN_PASSWORD_LENGTH }) });
            }
          }),
          confirmation: z.string(),
        })
        .refine((v) => v.password === v.confirmation, { path: ['confirmation'], message: t('password.mismatch') });
  const form = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { displayName: '', password: '', confirmation: '' },
  });
  const password = useWatch({ control: form.control, name: 'password' });
  const [accept] = useMutation(ACCEPT);
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async ({ displayName, password }) => {
    setFormError(null);
    try {
      const { data } = await accept({
        // An existing account keeps its name: the API reads the name only for a new account.
        variables: { input: { token, password, displayName: accountExists ? email : displayName } },
      });
      const payload = data?.acceptInvitation;
      if (!payload) return;
      if (payload.mfaRequired || !payload.accessToken) {
        // The account has MFA: it signs in with its code, and the role is already added.
        void navigate({ to: '/login', search: { notice: 'invitationAccepted' } });
        return;
      }
      setSession(payload);
      afterSignIn(navigate, payload.mfaEnrollmentRequired, undefined);
    } catch (error) {
      setFormError(applyApiErrors(error, form.setError, ['displayName', 'password']));
    }
  });
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      {accountExists && <Alert tone="info">{t('invitation.existing')}</Alert>}
      {formError && <Alert>{formError}</Alert>}
      {!accountExists && (
        <TextField control={form.control} name="displayName" label={t('fields.displayName')} autoComplete="name" />
      )}
      <TextField
        control={form.control}
        name="password"
        type="password"
        label={accountExists ? t('fields.currentPassword') : t('fields.newPassword')}
        autoComplete={accountExists ? 'current-password' : 'new-password'}
        description={accountExists ? undefined : <PasswordChecklist password={password} email={email} />}
      />
      {!accountExists && (
        <TextField
          control={form.control}
          name="confirmation"
          type="password"
          label={t('fields.confirmation')}
          autoComplete="new-password"
        />
      )}
      <Button type="submit" isDisabled={form.formState.isSubmitting}>
        {accountExists ? t('invitation.submitExisting') : t('invitation.submit')}
      </Button>
      {accountExists && (
        <p className="text-center">
          <TextLink to="/forgot-password">{t('login.forgot')}</TextLink>
        </p>
      )}
    </form>
  );
}
