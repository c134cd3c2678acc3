import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/i18n';
import { QueryProblem } from '../../ui/QueryProblem';
import { REPORT_RUNS } from './queries';

/** The reports mailed to the city (on schedule or by hand), newest first. */
export function ReportRuns({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const runs = useQuery(REPORT_RUNS, { fetchPolicy: 'cache-and-network' });
  const list = runs.data?.reportRuns.edges.map((edge) => edge.node);
  return (
    <section aria-labelledby="report-runs" className="rounded-12 border border-solid-gray-200 bg-white p-6">
      <h2 id="report-runs" className="mb-4 text-xl font-bold">
        {t('reports.runs.title')}
      </h2>
      {!list ? (
        <QueryProblem error={runs.error} onRetry={() => void runs.refetch()} />
      ) : list.length === 0 ? (
        <p>{t('reports.runs.none')}</p>
      ) : (
        <div tabIndex={0} className="overflow-x-auto focus-visible:outline-4 focus-visible:outline-focus-yellow">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-solid-gray-300">
                {(['period', 'trigger', 'status', 'recipients', 'createdAt', 'finishedAt'] as const).map((column) => (
                  <th key={column} scope="col" className="px-2 py-2 whitespace-nowrap">
                    {t(`reports.runs.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.map((run) => (
                <tr key={run.id} className="border-b border-solid-gray-100" data-testid="report-run">
                  <td className="px-2 py-2">{run.periodLabel}</td>
                  <td className="px-2 py-2">{t(`reports.runs.${run.trigger}`)}</td>
                  <td className={`px-2 py-2 ${run.status === 'FAILED' ? 'font-bold text-error-2' : ''}`}>
                    {t(`reports.runs.${run.status}`)}
                  </td>
                  <td className="px-2 py-2 tabular-nums">{run.recipientCount}</td>
                  <td className="px-2 py-2">{formatDateTime(run.createdAt, timeZone)}</td>
                  <td className="px-2 py-2">{run.finishedAt ? formatDateTime(run.finishedAt, timeZone) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
