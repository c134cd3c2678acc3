import './locale';
import '../reports/locale';
import { useQuery } from '@apollo/client/react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ContractKpisQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/i18n';
import { Alert } from '../../ui/Alert';
import { TextLink } from '../../ui/Link';
import { QueryProblem } from '../../ui/QueryProblem';
import { cellClass, ReportLegend } from '../reports/ReportTables';
import { useShell } from '../shell/useShell';
import { CONTRACT_KPIS } from './queries';

type Figure = NonNullable<ContractKpisQuery['contractKpis']>['figures'][number];

/** A contract's KPIs: each target against what the programme's channels recorded over the contract's period. */
export default function ContractKpiPage() {
  const { t } = useTranslation();
  const { slug, tenant } = useShell();
  const { id } = useParams({ from: '/$tenant/programmes/contracts/$id' });
  const query = useQuery(CONTRACT_KPIS, { variables: { contractId: id } });
  const report = query.data?.contractKpis;
  if (!report) return <QueryProblem error={query.error} onRetry={() => void query.refetch()} />;
  const { contract } = report;
  const fiscalYear = Number(contract.startsOn.slice(0, 4)) - (Number(contract.startsOn.slice(5, 7)) < 4 ? 1 : 0);
  return (
    <>
      <p className="mb-2 flex flex-wrap gap-4">
        <TextLink to="/$tenant/programmes" params={{ tenant: slug }}>
          {t('programmes.report.back')}
        </TextLink>
        <TextLink
          to="/$tenant/reports"
          params={{ tenant: slug }}
          search={{ fy: fiscalYear, programme: report.programmeId }}
        >
          {t('programmes.report.toReport')}
        </TextLink>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{contract.title}</h1>
      <p className="mb-1 text-solid-gray-700">{t('programmes.report.lead', { programme: report.programmeName })}</p>
      <dl className="mb-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-bold">{t('programmes.department')}</dt>
        <dd>{contract.department}</dd>
        {contract.contractNumber && (
          <>
            <dt className="font-bold">{t('programmes.contractNumber')}</dt>
            <dd>{contract.contractNumber}</dd>
          </>
        )}
        <dt className="font-bold">{t('programmes.period')}</dt>
        <dd data-testid="kpi-period">{report.periodLabel}</dd>
      </dl>
      <p className="mb-2">{t('programmes.report.elapsed', { percent: report.elapsed })}</p>
      <Progress value={report.elapsed} label={t('programmes.report.elapsed', { percent: report.elapsed })} />
      <p className="mt-2 mb-6 text-sm text-solid-gray-700">
        {t('reports.generatedAt', { at: formatDateTime(report.generatedAt, tenant.timezone) })}
      </p>
      <div className="mb-6">
        <ReportLegend k={report.suppressionThreshold} />
      </div>
      {report.figures.some((f) => !f.recorded) && (
        <div className="mb-6">
          <Alert tone="info">{t('programmes.report.notRecordedNote')}</Alert>
        </div>
      )}
      <KpiTable figures={report.figures} caption={t('programmes.report.caption', { title: contract.title })} />
    </>
  );
}

/** A contract's KPIs as a table: each target, the actual (hidden when small) and the progress. */
export function KpiTable({ figures, caption }: { figures: Figure[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <div className="overflow-x-auto rounded-12 border border-solid-gray-200 bg-white">
      <table className="w-full table-fixed border-collapse">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-solid-gray-200 text-left">
            <th scope="col" className="p-3">
              {t('programmes.report.kpi')}
            </th>
            <th scope="col" className="w-32 p-3 text-right">
              {t('programmes.report.target')}
            </th>
            <th scope="col" className="w-32 p-3 text-right">
              {t('programmes.report.actual')}
            </th>
            <th scope="col" className="w-1/3 p-3">
              {t('programmes.report.progress')}
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <KpiRow key={figure.kpi.id} figure={figure} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function KpiRow({ figure }: { figure: Figure }) {
  const { t } = useTranslation();
  const { kpi, actual, progress } = figure;
  const unit = kpi.unit === 'PERCENT' ? '%' : '';
  return (
    <tr className="border-b border-solid-gray-200 last:border-b-0">
      <th scope="row" className="p-3 text-left font-normal">
        {kpi.label}
        {kpi.label !== t(`programmes.kpiKind.${kpi.kind}`) && (
          <span className="block text-sm text-solid-gray-700">{t(`programmes.kpiKind.${kpi.kind}`)}</span>
        )}
      </th>
      <td className="p-3 text-right tabular-nums">
        {kpi.target.toLocaleString('ja-JP')}
        {unit}
      </td>
      <td className={`p-3 text-right tabular-nums ${cellClass(actual)}`} data-testid={`kpi-actual-${kpi.kind}`}>
        {!figure.recorded
          ? t('programmes.report.notRecorded')
          : actual.suppressed
            ? actual.display
            : `${Number(actual.display).toLocaleString('ja-JP')}${unit}`}
      </td>
      <td className="p-3">
        {progress === null || progress === undefined ? (
          <span aria-label={t('programmes.report.progress')}>{t('programmes.report.hiddenProgress')}</span>
        ) : (
          <div className="flex items-center gap-2">
            <Progress
              value={progress}
              label={t('programmes.report.progressLabel', { label: kpi.label, percent: progress })}
            />
            <span className="w-16 text-right tabular-nums">{t('programmes.report.percent', { value: progress })}</span>
          </div>
        )}
      </td>
    </tr>
  );
}

/** A bar for a share (0–100; more than 100 fills it). */
function Progress({ value, label }: { value: number; label: string }) {
  const width = Math.max(0, Math.min(100, value));
  return (
    <div
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(width)}
      aria-label={label}
      className="h-3 w-full overflow-hidden rounded-full bg-solid-gray-100"
    >
      <div className={`h-full ${value >= 100 ? 'bg-green-800' : 'bg-blue-900'}`} style={{ width: `${width}%` }} />
    </div>
  );
}
