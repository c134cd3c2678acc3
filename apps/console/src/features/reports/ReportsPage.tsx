import './locale';
import '../programmes/locale';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ReportFormat, ReportTableFieldsFragment } from '../../gql/graphql';
import { downloadWithToken } from '../../lib/download';
import { messageOf } from '../../lib/errors';
import { formatDateTime } from '../../lib/i18n';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { QueryProblem } from '../../ui/QueryProblem';
import { Select } from '../../ui/Select';
import { useShell } from '../shell/useShell';
import { TextLink } from '../../ui/Link';
import { KpiTable } from '../programmes/ContractKpiPage';
import { CONTRACT_KPIS } from '../programmes/queries';
import { EXPORT_TENANT_REPORT, REPORT_CALENDAR, REPORT_PROGRAMMES, TENANT_REPORT } from './queries';
import { ReportCharts } from './ReportCharts';
import { ReportRuns } from './ReportRuns';
import { ReportSettingsPanel } from './ReportSettingsPanel';
import { currentFiscalYear, fiscalYearLabel, ReportLegend, ReportTable } from './ReportTables';

/** How many fiscal years back the picker offers. */
const YEARS_BACK = 4;

/** The tenant's activity report: pickers, the legend, charts of the year, the tables, downloads, the mailed runs. */
export default function ReportsPage() {
  const calendar = useQuery(REPORT_CALENDAR);
  if (!calendar.data?.tenant) return <QueryProblem error={calendar.error} onRetry={() => void calendar.refetch()} />;
  return <Report startMonth={calendar.data.tenant.fiscalYearStartMonth} timeZone={calendar.data.tenant.timezone} />;
}

function Report({ startMonth, timeZone }: { startMonth: number; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const { can, slug } = useShell();
  const search = useSearch({ from: '/$tenant/reports' });
  const navigate = useNavigate({ from: '/$tenant/reports' });
  const manage = can('tenant:reports:manage');
  const thisYear = currentFiscalYear(startMonth);
  const fiscalYear = search.fy ?? thisYear;
  const month = search.month ?? null;
  const exact = manage && search.exact === true;
  const programmeId = search.programme ?? null;
  const programmes = useQuery(REPORT_PROGRAMMES, { skip: !can('tenant:programmes:read') });
  const year = useQuery(TENANT_REPORT, { variables: { fiscalYear, month: null, exact, programmeId } });
  const monthly = useQuery(TENANT_REPORT, {
    variables: { fiscalYear, month, exact, programmeId },
    skip: month === null,
  });
  const shown = month === null ? year : monthly;
  const report = shown.data?.tenantReport;
  const monthColumns = (year.data?.tenantReport?.tables[0]?.columns ?? []).filter((c) => c.key !== 'total');

  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => thisYear - i);
  if (!years.includes(fiscalYear)) years.push(fiscalYear);
  const offered = (programmes.data?.programmes ?? []).filter((p) => !p.archived || p.id === programmeId);
  const kpiContracts = offered.filter((p) => programmeId === null || p.id === programmeId);
  const choose = (next: {
    fy?: number;
    month?: number | undefined;
    exact?: boolean | undefined;
    programme?: string | undefined;
  }) => void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });

  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('reports.title')}</h1>
      <p className="mb-6 text-solid-gray-700">{t('reports.lead')}</p>
      <div className="mb-6 flex flex-wrap items-end gap-4">
        <Select
          label={t('reports.fiscalYear')}
          value={String(fiscalYear)}
          options={years.sort((a, b) => b - a).map((y) => ({ value: String(y), label: fiscalYearLabel(y, t) }))}
          onChange={(value) => choose({ fy: Number(value), month: undefined })}
        />
        <Select
          label={t('reports.month')}
          value={month === null ? '' : String(month)}
          disabled={monthColumns.length === 0}
          options={[
            { value: '', label: t('reports.wholeYear') },
            ...monthColumns.map((c) => ({ value: String(Number(c.key.slice(5))), label: c.label })),
          ]}
          onChange={(value) => choose({ month: value === '' ? undefined : Number(value) })}
        />
        {offered.length > 0 && (
          <Select
            label={t('programmes.reportFilter')}
            value={programmeId ?? ''}
            options={[
              { value: '', label: t('programmes.allProgrammes') },
              ...offered.map((p) => ({ value: p.id, label: p.name })),
            ]}
            onChange={(value) => choose({ programme: value === '' ? undefined : value })}
          />
        )}
        {manage && (
          <label className="flex items-center gap-2 py-2">
            <input
              type="checkbox"
              checked={exact}
              onChange={(event) => choose({ exact: event.target.checked ? true : undefined })}
              className="size-5 accent-blue-900 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-focus-yellow"
            />
            {t('reports.exact')}
          </label>
        )}
      </div>
      {!report ? (
        <QueryProblem error={shown.error} onRetry={() => void shown.refetch()} />
      ) : (
        <div className="flex flex-col gap-8">
          <div className="flex flex-wrap items-start justify-between gap-4">
            <div>
              <p className="text-xl font-bold" data-testid="report-period">
                {report.programmeName && `${report.programmeName} `}
                {i18n.language === 'en' ? report.periodLabelEn : report.periodLabel}
              </p>
              <p className="text-sm text-solid-gray-700">
                {t('reports.generatedAt', { at: formatDateTime(report.generatedAt, timeZone) })}
              </p>
            </div>
            <Downloads
              slug={slug}
              fiscalYear={fiscalYear}
              month={month}
              exact={exact}
              programmeId={programmeId}
              monthKey={monthKeyOf(report.tables, month)}
            />
          </div>
          {kpiContracts.some((p) => p.contracts.length > 0) && (
            <section aria-labelledby="programme-kpis" className="rounded-12 border border-solid-gray-200 bg-white p-4">
              <h2 id="programme-kpis" className="mb-2 text-lg font-bold">
                {t('programmes.programmeKpis')}
              </h2>
              <p className="mb-3 text-sm text-solid-gray-700">{t('programmes.programmeKpisLead')}</p>
              <div className="flex flex-col gap-4">
                {kpiContracts.flatMap((p) =>
                  p.contracts.map((c) => <ContractKpis key={c.id} programme={p.name} contractId={c.id} />),
                )}
              </div>
            </section>
          )}
          {exact && <Alert tone="info">{t('reports.exactNote')}</Alert>}
          <ReportLegend k={report.suppressionThreshold} />
          {year.data?.tenantReport && month === null && <ReportCharts tables={year.data.tenantReport.tables} />}
          <section aria-labelledby="report-tables" className="flex flex-col gap-4">
            <h2 id="report-tables" className="text-xl font-bold">
              {t('reports.tables')}
            </h2>
            {report.tables.map((table) => (
              <ReportTable key={table.key} table={table} />
            ))}
          </section>
          <ReportRuns
            timeZone={timeZone}
            canSend={manage}
            period={{
              fiscalYear,
              month,
              label: i18n.language === 'en' ? report.periodLabelEn : report.periodLabel,
            }}
          />
          {manage && <ReportSettingsPanel />}
        </div>
      )}
    </>
  );
}

/** `2026-03` for a month's report (as the file names it). */
function monthKeyOf(tables: ReportTableFieldsFragment[], month: number | null): string | null {
  if (month === null) return null;
  return tables[0]?.columns[0]?.key ?? null;
}

const FORMATS = [
  { format: 'PDF', label: 'reports.export.pdf' },
  { format: 'XLSX', label: 'reports.export.xlsx' },
  { format: 'CSV', label: 'reports.export.csv' },
] as const;

/** The report as a file: the API makes a short-lived link, fetched with the session's token and saved. */
function Downloads({
  slug,
  fiscalYear,
  month,
  exact,
  programmeId,
  monthKey,
}: {
  slug: string;
  fiscalYear: number;
  month: number | null;
  exact: boolean;
  programmeId: string | null;
  monthKey: string | null;
}) {
  const { t } = useTranslation();
  const [exportReport] = useMutation(EXPORT_TENANT_REPORT);
  const [status, setStatus] = useState<{ tone: 'info' | 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async (format: ReportFormat, name: string) => {
    setBusy(true);
    setStatus({ tone: 'info', text: t('reports.export.working', { format: name }) });
    try {
      const { data } = await exportReport({ variables: { input: { fiscalYear, month, format, exact, programmeId } } });
      if (!data) throw new Error('no link');
      const when = monthKey ?? `FY${fiscalYear}`;
      await downloadWithToken(data.exportTenantReport.url, `${slug}-report-${when}.${format.toLowerCase()}`);
      setStatus({ tone: 'success', text: t('reports.export.done', { format: name }) });
    } catch (error) {
      setStatus({ tone: 'error', text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="report-downloads" className="flex flex-col items-end gap-2">
      <h2 id="report-downloads" className="sr-only">
        {t('reports.export.title')}
      </h2>
      <div className="flex flex-wrap gap-2">
        {FORMATS.map(({ format, label }) => (
          <Button
            key={format}
            variant="secondary"
            isDisabled={busy}
            aria-label={t('reports.export.label', { format: t(label) })}
            onPress={() => void download(format, t(label))}
          >
            {t(label)}
          </Button>
        ))}
      </div>
      <div aria-live="polite">{status && <Alert tone={status.tone}>{status.text}</Alert>}</div>
    </section>
  );
}

/** One contract's KPIs in the report, with a link to its page. */
function ContractKpis({ programme, contractId }: { programme: string; contractId: string }) {
  const { t } = useTranslation();
  const { slug } = useShell();
  const query = useQuery(CONTRACT_KPIS, { variables: { contractId } });
  const report = query.data?.contractKpis;
  if (!report) return <QueryProblem error={query.error} onRetry={() => void query.refetch()} />;
  const label = t('programmes.contractPeriod', { programme, title: report.contract.title, period: report.periodLabel });
  return (
    <div>
      <h3 className="mb-2 font-bold">
        <TextLink to="/$tenant/programmes/contracts/$id" params={{ tenant: slug, id: contractId }}>
          {label}
        </TextLink>
      </h3>
      <KpiTable figures={report.figures} caption={label} />
    </div>
  );
}
