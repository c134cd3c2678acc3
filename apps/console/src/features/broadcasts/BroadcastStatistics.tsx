import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BroadcastItemFragment } from '../../gql/graphql';
import { messageOf } from '../../lib/errors';
import { formatDateTime } from '../../lib/i18n';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { useShell } from '../shell/useShell';
import { REFRESH_BROADCAST_STATISTICS } from './queries';

type Statistics = NonNullable<BroadcastItemFragment['statistics']>;

/**
 * What LINE counted of a sent broadcast: the families who opened it and who tapped each of its links,
 * figures of fewer than 20 people hidden as LINE hides them; read daily for the 14 days LINE updates
 * them, and on request (at most every ten minutes).
 */
export function BroadcastStatistics({ b, statistics }: { b: BroadcastItemFragment; statistics: Statistics }) {
  const { t } = useTranslation();
  const { tenant } = useShell();
  const [refresh, { loading }] = useMutation(REFRESH_BROADCAST_STATISTICS);
  const [problem, setProblem] = useState<string | null>(null);
  const figure = (value: number | null | undefined) =>
    value === null || value === undefined ? (
      <span className="text-base font-normal text-solid-gray-700">{t('broadcasts.statistics.hidden')}</span>
    ) : (
      t('broadcasts.statistics.people', { count: value })
    );
  const links = b.messages.flatMap((m, i) => {
    if (m.kind !== 'LINK' || !m.url) return [];
    const counted = statistics.links.find((l) => l.seq === i + 1 && l.url === m.url);
    return [{ seq: i + 1, title: m.title ?? m.url, url: m.url, counted }];
  });
  const waitUntil = statistics.nextRequestAt && Date.parse(statistics.nextRequestAt) > Date.now();

  return (
    <section
      aria-labelledby="broadcast-statistics"
      className="rounded-12 border border-solid-gray-200 bg-white p-4"
      data-testid="broadcast-statistics"
    >
      <h2 id="broadcast-statistics" className="mb-1 text-xl font-bold">
        {t('broadcasts.statistics.title')}
      </h2>
      {statistics.state === 'PENDING' && (
        <>
          <p className="text-lg font-bold">{t('broadcasts.statistics.pending')}</p>
          <p className="text-sm text-solid-gray-700">{t('broadcasts.statistics.pendingLead')}</p>
        </>
      )}
      {statistics.state === 'NOT_AVAILABLE' && (
        <>
          <p className="text-lg font-bold">{t('broadcasts.statistics.notAvailable')}</p>
          <p className="text-sm text-solid-gray-700">{t('broadcasts.statistics.notAvailableLead')}</p>
        </>
      )}
      {statistics.state === 'FAILED' && <Alert tone="error">{t('broadcasts.statistics.failed')}</Alert>}
      {statistics.state === 'READY' && (
        <>
          <dl className="mt-2 grid grid-cols-2 gap-3">
            <div className="rounded-8 bg-solid-gray-50 p-3">
              <dt className="text-sm text-solid-gray-700">{t('broadcasts.statistics.opens')}</dt>
              <dd className="text-2xl font-bold">{figure(statistics.opens)}</dd>
            </div>
            <div className="rounded-8 bg-solid-gray-50 p-3">
              <dt className="text-sm text-solid-gray-700">{t('broadcasts.statistics.clickers')}</dt>
              <dd className="text-2xl font-bold">{figure(statistics.clickers)}</dd>
            </div>
          </dl>
          {links.length > 0 && (
            <table className="mt-4 w-full text-left">
              <caption className="mb-1 text-left font-bold">{t('broadcasts.statistics.links')}</caption>
              <thead>
                <tr className="border-b border-solid-gray-200 text-sm text-solid-gray-700">
                  <th scope="col" className="py-1 pr-2 font-normal">
                    {t('broadcasts.statistics.link')}
                  </th>
                  <th scope="col" className="py-1 pr-2 font-normal">
                    {t('broadcasts.statistics.linkPeople')}
                  </th>
                  <th scope="col" className="py-1 font-normal">
                    {t('broadcasts.statistics.linkTaps')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {links.map((link) => (
                  <tr key={link.seq} className="border-b border-solid-gray-100 align-top">
                    <th scope="row" className="py-2 pr-2 font-normal">
                      <span className="block font-bold">{link.title}</span>
                      <span className="block text-sm break-all text-solid-gray-700">{link.url}</span>
                    </th>
                    <td className="py-2 pr-2 font-bold">{figure(link.counted?.uniqueClicks)}</td>
                    <td className="py-2 font-bold">
                      {link.counted?.clicks === null || link.counted?.clicks === undefined ? (
                        <span className="text-base font-normal text-solid-gray-700">
                          {t('broadcasts.statistics.hidden')}
                        </span>
                      ) : (
                        t('broadcasts.statistics.taps', { count: link.counted.clicks })
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <p className="mt-3 text-sm text-solid-gray-700">
        {statistics.readAt &&
          t('broadcasts.statistics.readAt', { time: formatDateTime(statistics.readAt, tenant.timezone) })}{' '}
        {statistics.final ? t('broadcasts.statistics.final') : t('broadcasts.statistics.daily')}
      </p>
      {problem && <Alert tone="error">{problem}</Alert>}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          isDisabled={loading || statistics.refreshing || !!waitUntil}
          onPress={() => {
            setProblem(null);
            refresh({ variables: { id: b.id } }).catch((error: unknown) => setProblem(messageOf(error)));
          }}
        >
          {t('broadcasts.statistics.refresh')}
        </Button>
        <span role="status" className="text-sm text-solid-gray-700">
          {statistics.refreshing
            ? t('broadcasts.statistics.refreshing')
            : waitUntil && statistics.nextRequestAt
              ? t('broadcasts.statistics.wait', { time: formatDateTime(statistics.nextRequestAt, tenant.timezone) })
              : ''}
        </span>
      </div>
    </section>
  );
}
