import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { isNetworkFailure, messageOf } from '../../lib/errors';
import { formatDateTime } from '../../lib/i18n';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { NetworkProblem } from '../../ui/NetworkProblem';
import { useShell } from '../shell/useShell';
import { TestRecipientsSection } from '../audience/TestRecipientsSection';

const MY_SESSIONS = graphql(`
  query MySessions {
    mySessions {
      id
      createdAt
      lastUsedAt
      expiresAt
      ip
      userAgent
      current
    }
  }
`);

const REVOKE = graphql(`
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input)
  }
`);

/** A browser's name from its user agent, roughly: enough to tell one's devices apart. */
function deviceOf(userAgent: string | null): string {
  if (!userAgent) return '—';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Chrome\//.test(userAgent)
      ? 'Chrome'
      : /Firefox\//.test(userAgent)
        ? 'Firefox'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : userAgent.slice(0, 40);
  const os = /Windows/.test(userAgent)
    ? 'Windows'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Mac OS X/.test(userAgent)
        ? 'macOS'
        : /Android/.test(userAgent)
          ? 'Android'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : '';
  return os ? `${browser} (${os})` : browser;
}

export default function AccountPage() {
  const { t } = useTranslation();
  const { me, tenant, slug, can } = useShell();
  const sessions = useQuery(MY_SESSIONS, { fetchPolicy: 'network-only' });
  const [revoke] = useMutation(REVOKE);
  const [error, setError] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const end = async (id: string) => {
    setError(null);
    setRevoked(false);
    try {
      await revoke({ variables: { input: { id } } });
      setRevoked(true);
      await sessions.refetch();
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t('account.title')}</h1>
      <section aria-labelledby="mfa" className="mb-8 rounded-12 border border-solid-gray-200 bg-white p-6">
        <h2 id="mfa" className="mb-2 text-xl font-bold">
          {t('account.mfa')}
        </h2>
        {me.mfaEnabled ? (
          <p>{t('account.mfaOn')}</p>
        ) : (
          <div className="flex flex-col items-start gap-2">
            <p>{t('account.mfaOff')}</p>
            <TextLink to="/mfa/setup" search={{ from: `/${slug}/account`, redirect: undefined }}>
              {t('account.mfaSetup')}
            </TextLink>
          </div>
        )}
      </section>
      {can('tenant:test-recipients:manage-own') && <TestRecipientsSection />}
      <section aria-labelledby="sessions" className="rounded-12 border border-solid-gray-200 bg-white p-6">
        <h2 id="sessions" className="mb-2 text-xl font-bold">
          {t('account.sessions')}
        </h2>
        <p className="mb-4 text-solid-gray-700">{t('account.sessionsLead')}</p>
        {error && <Alert>{error}</Alert>}
        {revoked && <Alert tone="success">{t('account.revoked')}</Alert>}
        {sessions.error && !sessions.data ? (
          isNetworkFailure(sessions.error) ? (
            <NetworkProblem onRetry={() => void sessions.refetch()} />
          ) : (
            <Alert>{messageOf(sessions.error)}</Alert>
          )
        ) : !sessions.data?.mySessions ? (
          <p role="status">{t('common.loading')}</p>
        ) : (
          <table className="w-full text-left">
            <thead>
              <tr className="border-b border-solid-gray-300">
                <th scope="col" className="py-2 pr-4">
                  {t('account.device')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('account.ip')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('account.signedIn')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('account.lastUsed')}
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">{t('account.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.mySessions.map((session) => (
                <tr key={session.id} className="border-b border-solid-gray-100" data-testid="session-row">
                  <td className="py-2 pr-4">{deviceOf(session.userAgent)}</td>
                  <td className="py-2 pr-4">{session.ip ?? '—'}</td>
                  <td className="py-2 pr-4">{formatDateTime(session.createdAt, tenant.timezone)}</td>
                  <td className="py-2 pr-4">{formatDateTime(session.lastUsedAt, tenant.timezone)}</td>
                  <td className="py-2">
                    {session.current ? (
                      <span className="font-bold text-success-2">{t('account.thisDevice')}</span>
                    ) : (
                      <Button
                        variant="secondary"
                        aria-label={t('account.revokeLabel', { device: deviceOf(session.userAgent) })}
                        onPress={() => void end(session.id)}
                      >
                        {t('account.revoke')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
