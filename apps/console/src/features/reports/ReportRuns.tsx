import './locale';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { messageOf, reasonOf } from '../../lib/errors';
import { formatDateTime } from '../../lib/i18n';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { QueryProblem } from '../../ui/QueryProblem';
import { REPORT_RUNS, RUN_REPORT_NOW } from './queries';

/**
 * The reports mailed to the city (on schedule or by hand), newest first; a tenant admin (`canSend`) may
 * mail the period shown now.
 */
export function ReportRuns({
  timeZone,
  canSend,
  period,
}: {
  timeZone: string;
  canSend: boolean;
  period: { fiscalYear: number; month: number | null; label: string };
}) {
  const { t } = useTranslation();
  const runs = useQuery(REPORT_RUNS, { fetchPolicy: 'cache-and-network' });
  const [runNow, { loading }] = useMutation(RUN_REPORT_NOW, { refetchQueries: ['ReportRuns'] });
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const list = runs.data?.reportRuns?.edges.map((edge) => edge.node);
  const send = async () => {
    setStatus(null);
    try {
      await runNow({ variables: { input: { fiscalYear: period.fiscalYear, month: period.month } } });
      setStatus({ tone: 'success', text: t('reports.runs.queued', { period: period.label }) });
    } catch (error) {
      const tooSoon = reasonOf(error) === 'REPORT_RUN_TOO_SOON';
      setStatus({ tone: 'error', text: tooSoon ? t('reports.runs.tooSoon') : messageOf(error) });
    }
  };
  return (
    <section aria-labelledby="report-runs" className="rounded-12 border border-solid-gray-200 bg-white p-6">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <h2 id="report-runs" className="text-xl font-bold">
          {t('reports.runs.title')}
        </h2>
        {canSend && (
          <Button variant="secondary" isDisabled={loading} onPress={() => void send()}>
            {t('reports.runs.sendNow', { period: period.label })}
          </Button>
        )}
      </div>
      <div aria-live="polite" className="mb-4 empty:mb-0">
        {status && <Alert tone={status.tone}>{status.text}</Alert>}
      </div>
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
