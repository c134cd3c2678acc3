import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../lib/errors';
import { formatDateTime } from '../../lib/i18n';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { useShell } from '../shell/useShell';
import { CREATE_LINK_CODE, TEST_RECIPIENTS, UNLINK_TEST_RECIPIENT } from './queries';

/** On the account page: link one's own LINE account to a channel to receive test broadcasts. */
export function TestRecipientsSection() {
  const { t } = useTranslation();
  const { tenant } = useShell();
  const list = useQuery(TEST_RECIPIENTS, { fetchPolicy: 'cache-and-network' });
  const [createCode] = useMutation(CREATE_LINK_CODE);
  const [unlink] = useMutation(UNLINK_TEST_RECIPIENT);
  const [codes, setCodes] = useState<Record<string, { code: string; expiresAt: string }>>({});
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const channels = list.data?.testRecipients;
  return (
    <section aria-labelledby="test-recipients" className="mb-8 rounded-12 border border-solid-gray-200 bg-white p-6">
      <h2 id="test-recipients" className="mb-2 text-xl font-bold">
        {t('audience.test.title')}
      </h2>
      <p className="mb-4 text-solid-gray-700">{t('audience.test.lead')}</p>
      {notice && <Alert tone={notice.tone === 'success' ? 'success' : undefined}>{notice.text}</Alert>}
      {channels && channels.length === 0 && <p>{t('audience.test.noChannel')}</p>}
      <ul className="flex flex-col gap-4">
        {channels?.map((channel) => {
          const code = codes[channel.channelId];
          return (
            <li key={channel.channelId} className="flex flex-col gap-2" data-testid="test-recipient-channel">
              <p className="font-bold">{channel.channelName}</p>
              <p className="text-sm">
                {channel.recipients.length === 0
                  ? t('audience.test.nobody')
                  : t('audience.test.linked', {
                      names: channel.recipients.map((r) => r.displayName ?? '—').join('、'),
                    })}
              </p>
              {channel.linkedByMe && <p className="text-sm font-bold">{t('audience.test.me')}</p>}
              {code && (
                <p className="rounded-8 bg-blue-50 p-3 text-lg" role="status">
                  {t('audience.test.code', {
                    code: code.code,
                    time: formatDateTime(code.expiresAt, tenant.timezone),
                  })}
                </p>
              )}
              <div className="flex flex-wrap gap-2">
                <Button
                  variant="secondary"
                  onPress={() => {
                    setNotice(null);
                    createCode({ variables: { input: { channelId: channel.channelId } } })
                      .then((res) => {
                        const made = res.data?.createTestRecipientLinkCode;
                        if (made)
                          setCodes((c) => ({
                            ...c,
                            [channel.channelId]: { code: made.code, expiresAt: String(made.expiresAt) },
                          }));
                      })
                      .catch((e: unknown) => setNotice({ tone: 'error', text: messageOf(e) }));
                  }}
                >
                  {t('audience.test.showCode')}
                </Button>
                {channel.linkedByMe && (
                  <Button
                    variant="text"
                    onPress={() => {
                      setNotice(null);
                      unlink({ variables: { input: { channelId: channel.channelId } } })
                        .then(() => list.refetch())
                        .then(() => setNotice({ tone: 'success', text: t('audience.test.unlinked') }))
                        .catch((e: unknown) => setNotice({ tone: 'error', text: messageOf(e) }));
                    }}
                  >
                    {t('audience.test.unlink')}
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
