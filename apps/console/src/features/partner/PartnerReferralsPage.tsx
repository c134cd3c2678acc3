import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PartnerReferralRowFragment, ReferralFilter, ReferralStatus } from '../../gql/graphql';
import { formatDateTime } from '../../lib/i18n';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { ReferralStatusBadge } from '../referrals/ReferralStatusBadge';
import { useShell } from '../shell/useShell';
import { DaysLeft } from './DaysLeft';
import { formatDay } from './format';
import { PARTNER_REFERRALS } from './queries';

/** Everything but SENT that a partner sees (never a draft): the referrals already answered. */
const ANSWERED: ReferralStatus[] = ['ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'DECLINED', 'CLOSED', 'RECALLED'];

/**
 * A partner agency's home: the referrals sent to it. Every referral awaiting an answer comes first (asked
 * for apart from the rest, so none hides behind newer answered ones), the nearest deadline on top with
 * the business days left or overdue; then the others, newest first. New referrals join the list live
 * (the tenant's live updates refetch both).
 */
export function PartnerReferralsPage() {
  const { t } = useTranslation();
  const waiting = usePartnerReferrals({ status: 'SENT' });
  const others = usePartnerReferrals({ statuses: ANSWERED });
  if (!waiting.connection || !others.connection) {
    const failed = waiting.connection ? others : waiting;
    return <QueryProblem error={failed.error} onRetry={() => void failed.refetch()} />;
  }
  // Newest first from the API; the deadline follows the day sent, so the loaded ones sort by it.
  const awaiting = waiting.referrals.sort(
    (a, b) => (a.respondBy ?? '').localeCompare(b.respondBy ?? '') || (b.sentAt ?? '').localeCompare(a.sentAt ?? ''),
  );

  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="mb-2 text-3xl font-bold text-solid-gray-900">{t('partner.title')}</h1>
        <p className="text-solid-gray-800">{t('partner.lead')}</p>
      </div>
      <ReferralList id="waiting" title={t('partner.waiting')} empty={t('partner.waitingEmpty')} list={waiting}>
        {awaiting}
      </ReferralList>
      <ReferralList id="others" title={t('partner.others')} empty={t('partner.othersEmpty')} list={others}>
        {others.referrals}
      </ReferralList>
    </div>
  );
}

/** One of the list's two queries, with its own pages. */
function usePartnerReferrals(filter: ReferralFilter) {
  const query = useQuery(PARTNER_REFERRALS, { variables: { filter } });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = query.data?.referrals;
  const loadMore = async () => {
    if (!connection?.pageInfo.hasNextPage || loadingMore) return;
    setLoadingMore(true);
    try {
      await query.fetchMore({ variables: { filter, after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };
  return {
    connection,
    referrals: connection ? connection.edges.map((edge) => edge.node) : [],
    error: query.error,
    refetch: query.refetch,
    loadingMore,
    loadMore,
  };
}

function ReferralList({
  id,
  title,
  empty,
  list,
  children: referrals,
}: {
  id: string;
  title: string;
  empty: string;
  list: ReturnType<typeof usePartnerReferrals>;
  children: PartnerReferralRowFragment[];
}) {
  const { t } = useTranslation();
  const { slug, tenant } = useShell();
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-12 border border-solid-gray-200 bg-white p-4">
      <h2 id={`${id}-title`} className="mb-3 text-xl font-bold">
        {title}
        <span className="ml-2 text-base font-normal text-solid-gray-700">
          （{referrals.length}
          {list.connection?.pageInfo.hasNextPage ? '+' : ''}）
        </span>
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
                <span className="text-sm text-solid-gray-800">
                  {t('partner.respondBy', { date: formatDay(r.respondBy) })} <DaysLeft referral={r} />
                </span>
              )}
              {r.outcome && <span className="text-sm text-solid-gray-800">{t(`referral.reason.${r.outcome}`)}</span>}
            </li>
          ))}
        </ul>
      )}
      {list.connection?.pageInfo.hasNextPage && (
        <Button
          variant="secondary"
          className="mt-3"
          aria-describedby={`${id}-title`}
          onPress={() => void list.loadMore()}
          isDisabled={list.loadingMore}
        >
          {t('partner.more')}
        </Button>
      )}
    </section>
  );
}
