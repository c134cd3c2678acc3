import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PartnerReferralRowFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/i18n';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { ReferralStatusBadge } from '../referrals/ReferralStatusBadge';
import { useShell } from '../shell/useShell';
import { formatDay } from './format';
import { PARTNER_REFERRALS } from './queries';

/**
 * A partner agency's home: the referrals sent to it. Those awaiting an answer come first, the nearest
 * deadline on top and the overdue ones marked; then the others, newest first. New referrals join the
 * list live (the tenant's live updates refetch it).
 */
export function PartnerReferralsPage() {
  const { t } = useTranslation();
  const list = useQuery(PARTNER_REFERRALS);
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = list.data?.referrals;
  if (!connection) return <QueryProblem error={list.error} onRetry={() => void list.refetch()} />;

  const referrals = connection.edges.map((edge) => edge.node);
  const waiting = referrals
    .filter((r) => r.status === 'SENT')
    .sort(
      (a, b) => (a.respondBy ?? '').localeCompare(b.respondBy ?? '') || (b.sentAt ?? '').localeCompare(a.sentAt ?? ''),
    );
  const others = referrals.filter((r) => r.status !== 'SENT');
  const loadMore = async () => {
    if (!connection.pageInfo.hasNextPage || loadingMore) return;
    setLoadingMore(true);
    try {
      await list.fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="mb-2 text-3xl font-bold text-solid-gray-900">{t('partner.title')}</h1>
        <p className="text-solid-gray-800">{t('partner.lead')}</p>
      </div>
      <ReferralList id="waiting" title={t('partner.waiting')} empty={t('partner.waitingEmpty')} referrals={waiting} />
      <ReferralList id="others" title={t('partner.others')} empty={t('partner.othersEmpty')} referrals={others} />
      {connection.pageInfo.hasNextPage && (
        <Button variant="secondary" className="self-start" onPress={() => void loadMore()} isDisabled={loadingMore}>
          {t('partner.more')}
        </Button>
      )}
    </div>
  );
}

function ReferralList({
  id,
  title,
  empty,
  referrals,
}: {
  id: string;
  title: string;
  empty: string;
  referrals: PartnerReferralRowFragment[];
}) {
  const { t } = useTranslation();
  const { slug, tenant } = useShell();
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-12 border border-solid-gray-200 bg-white p-4">
      <h2 id={`${id}-title`} className="mb-3 text-xl font-bold">
        {title}
        <span className="ml-2 text-base font-normal text-solid-gray-700">（{referrals.length}）</span>
      </h2>
      {referrals.length === 0 ? (
        <p className="text-solid-gray-700">{empty}</p>
      ) : (
        <ul aria-labelledby={`${id}-title`} className="flex flex-col divide-y divide-solid-gray-200">
          {referrals.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-3" data-testid="partner-referral">
              <TextLink to="/$tenant/referrals/$id" params={{ tenant: slug, id: r.id }} className="min-w-48 font-bold">
                {r.familyDisplayName ??
                  (r.sentAt
                    ? t('partner.unnamed', { date: formatDateTime(r.sentAt, tenant.timezone) })
                    : t('partner.notShared'))}
              </TextLink>
              <ReferralStatusBadge status={r.status} />
              {r.sentAt && r.familyDisplayName && (
                <span className="text-sm text-solid-gray-700">
                  {t('partner.sentAt', { date: formatDateTime(r.sentAt, tenant.timezone) })}
                </span>
              )}
              {r.status === 'SENT' && r.respondBy && (
                <span className={`text-sm ${r.overdue ? 'font-bold text-error-2' : 'text-solid-gray-800'}`}>
                  {t('partner.respondBy', { date: formatDay(r.respondBy) })}
                  {r.overdue && `（${t('partner.overdue')}）`}
                </span>
              )}
              {r.outcome && <span className="text-sm text-solid-gray-800">{t(`referral.reason.${r.outcome}`)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
