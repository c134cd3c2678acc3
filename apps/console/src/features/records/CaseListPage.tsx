import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/i18n';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { Select } from '../../ui/Select';
import { useShell } from '../shell/useShell';
import { CASE_RECORDS } from './queries';

const PAGE = 50;

/** The tenant's cases, most recently changed first, with filters and a search (family, text, tags). */
export default function CaseListPage() {
  const { t } = useTranslation();
  const { slug, tenant } = useShell();
  const search = useSearch({ from: '/$tenant/cases' });
  const navigate = useNavigate({ from: '/$tenant/cases' });
  const [term, setTerm] = useState(search.q ?? '');
  const filter = {
    status: search.state,
    risk: search.risk,
    reviewDue: search.due,
    responsibleUserId: search.responsible,
    search: search.q,
  };
  const query = useQuery(CASE_RECORDS, { variables: { first: PAGE, filter }, fetchPolicy: 'cache-and-network' });
  const set = (patch: Partial<typeof search>) => void navigate({ search: (s) => ({ ...s, ...patch }) });
  const page = query.data?.caseRecords;
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t('records.list.title')}</h1>
      <div className="mb-6 flex flex-wrap items-end gap-4 rounded-12 border border-solid-gray-200 bg-white p-4">
        <form
          role="search"
          className="flex items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            set({ q: term.trim() || undefined });
          }}
        >
          <div className="flex flex-col gap-1">
            <label htmlFor="case-search" className="text-sm font-bold text-solid-gray-800">
              {t('records.list.search')}
            </label>
            <input
              id="case-search"
              type="search"
              value={term}
              onChange={(e) => setTerm(e.target.value)}
              className="rounded-8 border border-solid-gray-600 bg-white px-3 py-2 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow"
            />
          </div>
          <Button type="submit" variant="secondary">
            {t('records.list.searchButton')}
          </Button>
        </form>
        <Select
          label={t('records.card.status')}
          value={search.state ?? ''}
          onChange={(v) => set({ state: (v || undefined) as typeof search.state })}
          options={[
            { value: '', label: t('records.any') },
            ...['OPEN', 'MONITORING', 'CLOSED'].map((s) => ({ value: s, label: t(`records.status.${s}`) })),
          ]}
        />
        <Select
          label={t('records.card.risk')}
          value={search.risk == null ? '' : String(search.risk)}
          onChange={(v) => set({ risk: v === '' ? undefined : Number(v) })}
          options={[
            { value: '', label: t('records.any') },
            ...['0', '1', '2', '3'].map((r) => ({ value: r, label: t(`records.risk.${r}`) })),
          ]}
        />
        <Select
          label={t('records.list.reviewDue')}
          value={search.due == null ? '' : String(search.due)}
          onChange={(v) => set({ due: v === '' ? undefined : v === 'true' })}
          options={[
            { value: '', label: t('records.any') },
            { value: 'true', label: t('records.list.reviewDueOnly') },
            { value: 'false', label: t('records.list.notDue') },
          ]}
        />
        <Select
          label={t('records.list.responsible')}
          value={search.responsible ?? ''}
          onChange={(v) => set({ responsible: v || undefined })}
          options={[
            { value: '', label: t('records.any') },
            ...(query.data?.counsellors ?? []).map((c) => ({ value: c.id, label: c.displayName })),
          ]}
        />
      </div>
      {!page ? (
        <QueryProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : page.edges.length === 0 ? (
        <p>{t('records.list.empty')}</p>
      ) : (
        <>
          <table className="w-full rounded-12 bg-white text-left">
            <thead>
              <tr className="border-b border-solid-gray-300">
                <th scope="col" className="p-2">
                  {t('records.list.family')}
                </th>
                <th scope="col" className="p-2">
                  {t('records.card.status')}
                </th>
                <th scope="col" className="p-2">
                  {t('records.card.risk')}
                </th>
                <th scope="col" className="p-2">
                  {t('records.card.nextReview')}
                </th>
                <th scope="col" className="p-2">
                  {t('records.list.responsible')}
                </th>
                <th scope="col" className="p-2">
                  {t('records.list.updated')}
                </th>
              </tr>
            </thead>
            <tbody>
              {page.edges.map(({ node }) => (
                <tr key={node.id} className="border-b border-solid-gray-200 align-top" data-testid="case-row">
                  <td className="p-2">
                    <TextLink to="/$tenant/cases/$id" params={{ tenant: slug, id: node.id }}>
                      {node.familyName ?? t('records.list.unknownFamily')}
                    </TextLink>
                    {node.latestAssessment?.summary && (
                      <span className="block text-xs text-solid-gray-700">{node.latestAssessment.summary}</span>
                    )}
                  </td>
                  <td className="p-2">{t(`records.status.${node.status}`)}</td>
                  <td className="p-2">{node.risk == null ? '—' : t(`records.risk.${node.risk}`)}</td>
                  <td className={`p-2 ${node.reviewDue ? 'font-bold text-error-2' : ''}`}>
                    {node.nextReviewOn ?? '—'}
                  </td>
                  <td className="p-2">{node.responsibleName ?? '—'}</td>
                  <td className="p-2">{formatDate(node.updatedAt, tenant.timezone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {page.pageInfo.hasNextPage && (
            <Button
              variant="secondary"
              className="mt-4"
              onPress={() =>
                void query.fetchMore({
                  variables: { after: page.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => {
                    const before = previous.caseRecords;
                    const more = fetchMoreResult.caseRecords;
                    if (!before || !more) return fetchMoreResult;
                    return { ...fetchMoreResult, caseRecords: { ...more, edges: [...before.edges, ...more.edges] } };
                  },
                })
              }
            >
              {t('records.list.more')}
            </Button>
          )}
        </>
      )}
    </>
  );
}
