import './locale';
import { useQuery } from '@apollo/client/react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PlatformReportQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/i18n';
import { QueryProblem } from '../../ui/QueryProblem';
import { Select } from '../../ui/Select';
import { PLATFORM_REPORT } from './queries';
import { cellClass, currentFiscalYear, fiscalYearLabel, labelOf, ReportLegend, ReportTable } from './ReportTables';

/** The platform's fiscal calendar (the API's): April to March, in Tokyo. */
const PLATFORM_START_MONTH = 4;
const PLATFORM_TIME_ZONE = 'Asia/Tokyo';

/** The platform report: every city summed (suppressed at the strictest k), and each city at its own k. */
export default function PlatformReportPage() {
  const { t, i18n } = useTranslation();
  const search = useSearch({ from: '/platform/report' });
  const navigate = useNavigate({ from: '/platform/report' });
  const thisYear = currentFiscalYear(PLATFORM_START_MONTH);
  const fiscalYear = search.fy ?? thisYear;
  const report = useQuery(PLATFORM_REPORT, { variables: { fiscalYear } });
  const data = report.data?.platformReport;
  const years = Array.from({ length: 5 }, (_, i) => thisYear - i);
  if (!years.includes(fiscalYear)) years.push(fiscalYear);
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('reports.platform.title')}</h1>
      <p className="mb-6 max-w-4xl text-solid-gray-700">{t('reports.platform.lead')}</p>
      <div className="mb-6 flex flex-wrap items-end gap-4">
        <Select
          label={t('reports.fiscalYear')}
          value={String(fiscalYear)}
          options={years.sort((a, b) => b - a).map((y) => ({ value: String(y), label: fiscalYearLabel(y, t) }))}
          onChange={(value) => void navigate({ search: { fy: Number(value) }, replace: true })}
        />
      </div>
      {!data ? (
        <QueryProblem error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <div className="flex flex-col gap-8">
          <div>
            <p className="text-xl font-bold">{i18n.language === 'en' ? data.periodLabelEn : data.periodLabel}</p>
            <p className="text-sm text-solid-gray-700">
              {t('reports.generatedAt', { at: formatDateTime(data.generatedAt, PLATFORM_TIME_ZONE) })}
            </p>
          </div>
          <ReportLegend k={data.suppressionThreshold} />
          <CityBreakdown cities={data.cities} />
          <section aria-labelledby="platform-summed" className="flex flex-col gap-4">
            <h2 id="platform-summed" className="text-xl font-bold">
              {t('reports.platform.summed')}
            </h2>
            {data.tables.map((table) => (
              <ReportTable key={table.key} table={table} />
            ))}
          </section>
        </div>
      )}
    </>
  );
}

type City = NonNullable<PlatformReportQuery['platformReport']>['cities'][number];

/** Figures down, cities across: each city's cells as its own report shows them (its k). */
function CityBreakdown({ cities }: { cities: City[] }) {
  const { t, i18n } = useTranslation();
  const figures = new Map<string, City['figures'][number]>();
  for (const city of cities)
    for (const figure of city.figures) if (!figures.has(figure.key)) figures.set(figure.key, figure);
  return (
    <section aria-labelledby="platform-cities">
      <h2 id="platform-cities" className="mb-4 text-xl font-bold">
        {t('reports.platform.cities')}
      </h2>
      <div
        role="region"
        aria-label={t('reports.tableScroll', { title: t('reports.platform.citiesCaption') })}
        tabIndex={0}
        className="overflow-x-auto rounded-12 border border-solid-gray-200 bg-white focus-visible:outline-4 focus-visible:outline-focus-yellow"
      >
        <table className="w-full text-right text-sm">
          <caption className="px-4 pt-3 pb-2 text-left font-bold">{t('reports.platform.citiesCaption')}</caption>
          <thead>
            <tr className="border-b border-solid-gray-300">
              <th scope="col" className="px-3 py-2 text-left">
                {t('reports.figure')}
              </th>
              {cities.map((city) => (
                <th key={city.tenantSlug} scope="col" className="px-3 py-2 whitespace-nowrap">
                  {t('reports.platform.cityHeader', {
                    name: i18n.language === 'en' ? city.tenantNameEn : city.tenantName,
                    k: city.suppressionThreshold,
                  })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...figures.values()].map((figure) => (
              <tr key={figure.key} className="border-b border-solid-gray-100 last:border-0">
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  {i18n.language === 'en' ? figure.titleEn : figure.title}
                  <span className="text-solid-gray-700">: {labelOf(figure, i18n.language)}</span>
                </th>
                {cities.map((city) => {
                  const value = city.figures.find((f) => f.key === figure.key)?.value;
                  return (
                    <td key={city.tenantSlug} className={`px-3 py-2 tabular-nums ${value ? cellClass(value) : ''}`}>
                      {!value || value.display === '' ? t('reports.platform.missing') : value.display}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
