import './locale';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BroadcastItemFragment, BroadcastStatus } from '../../gql/graphql';
import { formatDateTime } from '../../lib/i18n';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { Select } from '../../ui/Select';
import { useShell } from '../shell/useShell';
import { BroadcastStatusBadge } from './BroadcastStatusBadge';
import { goesAt } from './time';
import { BroadcastLive } from './BroadcastLive';
import { BROADCASTS } from './queries';

const STATUSES: BroadcastStatus[] = [
  'DRAFT',
  'AWAITING_APPROVAL',
  'SCHEDULED',
  'APPROVED',
  'SENDING',
  'SENT',
  'PARTIALLY_FAILED',
  'CANCELLED',
];
const PAGE = 20;

/** The tenant's broadcasts, newest first, with their state and reach; a sending one's figures fill in live. */
export default function BroadcastsPage() {
  const { t } = useTranslation();
  const { slug, tenant, can } = useShell();
  const [status, setStatus] = useState<BroadcastStatus | ''>('');
  const list = useQuery(BROADCASTS, {
    variables: { first: PAGE, status: status || null },
    fetchPolicy: 'cache-and-network',
  });
  const connection = list.data?.broadcasts;
  return (
    <>
      <BroadcastLive onChange={() => void list.refetch()} />
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{t('broadcasts.title')}</h1>
          <p className="mt-2 max-w-3xl">{t('broadcasts.lead')}</p>
        </div>
        {can('tenant:broadcasts:compose') && (
          <TextLink
            to="/$tenant/broadcasts/new"
            params={{ tenant: slug }}
            className="rounded-8 bg-blue-900 px-5 py-2.5 font-bold text-white no-underline hover:bg-blue-1000 hover:text-white"
          >
            {t('broadcasts.create')}
          </TextLink>
        )}
      </div>
      <div className="mb-4 max-w-xs">
        <Select
          label={t('broadcasts.filter')}
          value={status}
          onChange={(value) => setStatus(value as BroadcastStatus | '')}
          options={[
            { value: '', label: t('broadcasts.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`broadcasts.status.${s}`) })),
          ]}
        />
      </div>
      {!connection ? (
        <QueryProblem error={list.error} onRetry={() => void list.refetch()} />
      ) : connection.edges.length === 0 ? (
        <p>{t('broadcasts.empty')}</p>
      ) : (
        <div className="rounded-12 border border-solid-gray-200 bg-white p-4">
          <table className="w-full text-left">
            <thead>
              <tr className="border-b border-solid-gray-300">
                <th scope="col" className="py-2 pr-4">
                  {t('broadcasts.columns.title')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('broadcasts.columns.status')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('broadcasts.columns.recipients')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('broadcasts.columns.schedule')}
                </th>
                <th scope="col" className="py-2">
                  {t('broadcasts.columns.composedBy')}
                </th>
              </tr>
            </thead>
            <tbody>
              {connection.edges.map((edge) => (
                <Row key={edge.node.id} item={edge.node} slug={slug} timeZone={tenant.timezone} />
              ))}
            </tbody>
          </table>
          {connection.pageInfo.hasNextPage && (
            <Button
              variant="secondary"
              className="mt-4"
              onPress={() =>
                void list.fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) =>
                    fetchMoreResult.broadcasts
                      ? {
                          broadcasts: {
                            ...fetchMoreResult.broadcasts,
                            edges: [...(previous.broadcasts?.edges ?? []), ...fetchMoreResult.broadcasts.edges],
                          },
                        }
                      : previous,
                })
              }
            >
              {t('broadcasts.more')}
            </Button>
          )}
        </div>
      )}
    </>
  );
}

function Row({ item, slug, timeZone }: { item: BroadcastItemFragment; slug: string; timeZone: string }) {
  const { t } = useTranslation();
  const b = item;
  const figures = b.figures;
  return (
    <tr className="border-b border-solid-gray-100 align-top" data-testid="broadcast-row">
      <td className="py-2 pr-4 font-bold">
        <TextLink to="/$tenant/broadcasts/$id" params={{ tenant: slug, id: b.id }}>
          {b.title}
        </TextLink>
      </td>
      <td className="py-2 pr-4">
        <BroadcastStatusBadge status={b.status} />
      </td>
      <td className="py-2 pr-4 whitespace-nowrap">
        {figures
          ? `${figures.sent} / ${t('broadcasts.families', { count: figures.audience })}`
          : t('broadcasts.families', { count: b.recipientCount })}
      </td>
      <td className="py-2 pr-4">{goesAt(b) ? formatDateTime(goesAt(b) as string, timeZone) : t('broadcasts.now')}</td>
      <td className="py-2">{b.composedBy.displayName}</td>
    </tr>
  );
}
