import './locale';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { SecondmentRowFragment, SecondmentView } from '../../gql/graphql';
import { downloadWithToken } from '../../lib/download';
import { messageOf } from '../../lib/errors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { Select } from '../../ui/Select';
import { usePlatformShell } from '../platform/PlatformShell';
import { useCityOptions } from './CitySelect';
import { currentFiscalYear, fiscalYearLabel, fiscalYears } from './format';
import { CURRENT_ROSTER, EXPORT_ROSTER, SECONDMENTS } from './queries';
import { RosterReviews } from './RosterReviews';

const TH = 'border-b border-solid-gray-420 px-3 py-2 text-left font-bold';
const TD = 'border-b border-solid-gray-200 px-3 py-2 align-top';

/**
 * The NPO's roster across cities: who is seconded now, by host organisation and department; every
 * secondment of a fiscal year, or the alumni with their return placements; and the CSV of a year.
 */
export function RosterPage() {
  const { t } = useTranslation();
  const { can } = usePlatformShell();
  const { fy, view, city } = useSearch({ from: '/platform/secondments' });
  const navigate = useNavigate({ from: '/platform/secondments' });
  const manage = can('platform:secondments:manage');
  const filter = {
    ...(fy ? { fiscalYear: fy } : {}),
    ...(view ? { view } : {}),
    ...(city ? { homeTenantSlug: city } : {}),
  };
  const list = useQuery(SECONDMENTS, { variables: { filter }, notifyOnNetworkStatusChange: true });
  const current = useQuery(CURRENT_ROSTER);
  const rows = list.data?.secondments?.edges.map((e) => e.node) ?? [];
  const alumni = view === 'ALUMNI';

  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold text-solid-gray-900">{t('secondments.title')}</h1>
        {manage && (
          <TextLink to="/platform/secondments/new" className="font-bold">
            {t('secondments.create')}
          </TextLink>
        )}
      </div>

      <section aria-labelledby="roster-current" className="mb-8 rounded-12 border border-solid-gray-200 bg-white p-6">
        <h2 id="roster-current" className="mb-4 text-xl font-bold">
          {t('secondments.current.title')}
        </h2>
        {!current.data?.currentSecondmentRoster ? (
          <QueryProblem error={current.error} onRetry={() => void current.refetch()} />
        ) : current.data.currentSecondmentRoster.length === 0 ? (
          <p>{t('secondments.current.empty')}</p>
        ) : (
          <div className="flex flex-col gap-4">
            {current.data.currentSecondmentRoster.map((department) => (
              <section
                key={`${department.hostOrganization}/${department.hostDepartment}`}
                aria-label={`${department.hostOrganization} ${department.hostDepartment}`}
              >
                <h3 className="font-bold">
                  {department.hostOrganization}
                  <span className="ml-2 font-normal text-solid-gray-700">{department.hostDepartment}</span>
                </h3>
                <ul className="mt-2 flex flex-col gap-1">
                  {department.secondments.map((s) => (
                    <li key={s.id} className="flex flex-wrap gap-x-4">
                      <TextLink to="/platform/secondments/$id" params={{ id: s.id }}>
                        {s.staff.name}
                      </TextLink>
                      <span>{s.homeCity.nameJa}</span>
                      <span>{t('secondments.period', { from: s.startsOn, to: s.endsOn })}</span>
                      <span>{t(`secondments.status.${s.status}`)}</span>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="roster-list" className="rounded-12 border border-solid-gray-200 bg-white p-6">
        <h2 id="roster-list" className="mb-4 text-xl font-bold">
          {t('secondments.list.title')}
        </h2>
        <div className="mb-4 flex flex-wrap items-end gap-4">
          <Select
            label={t('secondments.list.fiscalYear')}
            value={fy ? String(fy) : ''}
            onChange={(value) =>
              void navigate({ search: (prev) => ({ ...prev, fy: value ? Number(value) : undefined }) })
            }
            options={[
              { value: '', label: t('secondments.list.allYears') },
              ...fiscalYears().map((year) => ({ value: String(year), label: fiscalYearLabel(year) })),
            ]}
          />
          <Select
            label={t('secondments.list.view')}
            value={view ?? ''}
            onChange={(value) =>
              void navigate({
                search: (prev) => ({ ...prev, view: (value || undefined) as SecondmentView | undefined }),
              })
            }
            options={[
              { value: '', label: t('secondments.list.all') },
              { value: 'CURRENT', label: t('secondments.list.current') },
              { value: 'ALUMNI', label: t('secondments.list.alumni') },
            ]}
          />
          {manage && (
            <CityFilter
              value={city ?? ''}
              onChange={(value) => void navigate({ search: (prev) => ({ ...prev, city: value || undefined }) })}
            />
          )}
          {can('secondments:export') && <ExportButton fiscalYear={fy ?? currentFiscalYear()} />}
        </div>
        {!list.data?.secondments ? (
          <QueryProblem error={list.error} onRetry={() => void list.refetch()} />
        ) : rows.length === 0 ? (
          <p>{t('secondments.list.empty')}</p>
        ) : (
          <RosterTable rows={rows} alumni={alumni} />
        )}
        {list.data?.secondments?.pageInfo.hasNextPage && (
          <Button
            variant="secondary"
            className="mt-4"
            onPress={() =>
              void list.fetchMore({
                variables: { after: list.data?.secondments?.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) =>
                  previous.secondments && fetchMoreResult.secondments
                    ? {
                        secondments: {
                          ...fetchMoreResult.secondments,
                          edges: [...previous.secondments.edges, ...fetchMoreResult.secondments.edges],
                        },
                      }
                    : fetchMoreResult,
              })
            }
          >
            {t('secondments.list.more')}
          </Button>
        )}
      </section>

      {manage && <RosterReviews />}
    </>
  );
}

/** The home city filter, by name; the address keeps the slug. */
function CityFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const options = useCityOptions(t('secondments.cities.all'));
  return <Select label={t('secondments.list.city')} value={value} onChange={onChange} options={options} />;
}

function RosterTable({ rows, alumni }: { rows: SecondmentRowFragment[]; alumni: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t('secondments.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className={TH}>
              {t('secondments.columns.fiscalYear')}
            </th>
            <th scope="col" className={TH}>
              {t('secondments.columns.name')}
            </th>
            <th scope="col" className={TH}>
              {t('secondments.columns.homeCity')}
            </th>
            <th scope="col" className={TH}>
              {t('secondments.columns.host')}
            </th>
            <th scope="col" className={TH}>
              {t('secondments.columns.period')}
            </th>
            <th scope="col" className={TH}>
              {t('secondments.columns.status')}
            </th>
            {alumni && (
              <th scope="col" className={TH}>
                {t('secondments.columns.returnPlacement')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <td className={TD}>{s.fiscalYearLabel}</td>
              <th scope="row" className={`${TD} text-left font-normal`}>
                <TextLink to="/platform/secondments/$id" params={{ id: s.id }}>
                  {s.staff.name}
                </TextLink>
                <span className="block text-xs text-solid-gray-700">{s.staff.nameKana}</span>
              </th>
              <td className={TD}>
                {s.homeCity.nameJa}
                <span className="block text-xs text-solid-gray-700">{s.staff.homeDepartment}</span>
              </td>
              <td className={TD}>
                {s.hostOrganization}
                <span className="block text-xs text-solid-gray-700">{s.hostDepartment}</span>
              </td>
              <td className={TD}>{t('secondments.period', { from: s.startsOn, to: s.endedEarlyOn ?? s.endsOn })}</td>
              <td className={TD}>{t(`secondments.status.${s.status}`)}</td>
              {alumni && <td className={TD}>{[s.returnDepartment, s.returnRole].filter(Boolean).join(' ') || '—'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The CSV of a fiscal year's roster, fetched with the token and saved from a blob. */
function ExportButton({ fiscalYear }: { fiscalYear: number }) {
  const { t } = useTranslation();
  const [exportRoster, { loading }] = useMutation(EXPORT_ROSTER);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    setOutcome(null);
    try {
      const { data } = await exportRoster({ variables: { input: { fiscalYear } } });
      if (!data) throw new Error('no link');
      await downloadWithToken(data.exportSecondmentRoster.url, `secondment-roster-FY${fiscalYear}.csv`);
      setOutcome({ ok: true, text: t('secondments.export.done') });
    } catch (error) {
      setOutcome({ ok: false, text: messageOf(error) });
    }
  };
  return (
    <div className="flex flex-col gap-2">
      <Button variant="secondary" isDisabled={loading} onPress={() => void run()}>
        {t('secondments.export.button', { year: fiscalYearLabel(fiscalYear) })}
      </Button>
      {outcome && <Alert tone={outcome.ok ? 'success' : 'error'}>{outcome.text}</Alert>}
    </div>
  );
}
