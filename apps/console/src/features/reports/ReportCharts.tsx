import './locale';
import { useTranslation } from 'react-i18next';
import type { ReportTableFieldsFragment } from '../../gql/graphql';
import { labelOf } from './ReportTables';
import { SeriesChart, type ChartSeries } from './SeriesChart';

/** The monthly series charted: which table, which of its rows, and how. */
const CHARTS = [
  { title: 'reports.charts.consultations', table: 'consultations.opened', rows: ['total'], kind: 'bar' },
  { title: 'reports.charts.families', table: 'registrants.total', rows: ['total'], kind: 'line' },
  { title: 'reports.charts.responseTimes', table: 'responsiveness.firstResponse', rows: null, kind: 'line' },
  { title: 'reports.charts.referrals', table: 'referrals.completedByOutcome', rows: null, kind: 'line' },
] as const;

/** Charts of the year's monthly series, from the tables the report holds (a group left out has none). */
export function ReportCharts({ tables }: { tables: ReportTableFieldsFragment[] }) {
  const { t, i18n } = useTranslation();
  const charts = CHARTS.flatMap((chart) => {
    const table = tables.find((x) => x.key === chart.table);
    if (!table) return [];
    const months = table.columns.flatMap((column, index) =>
      column.key === 'total' ? [] : [{ key: column.key, label: labelOf(column, i18n.language), index }],
    );
    // A breakdown's total row is not charted beside its parts.
    const rows = table.rows.filter((row) =>
      chart.rows ? chart.rows.some((key) => key === row.key) : row.key !== 'total',
    );
    const series: ChartSeries[] = rows.map((row) => ({
      key: row.key,
      label: labelOf(row, i18n.language),
      values: months.map((month) => row.values[month.index] ?? { value: null, suppressed: false, display: '' }),
    }));
    return [{ ...chart, months, series }];
  });
  if (charts.length === 0) return null;
  return (
    <section aria-labelledby="report-charts">
      <h2 id="report-charts" className="mb-4 text-xl font-bold">
        {t('reports.charts.title')}
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        {charts.map((chart) => (
          <SeriesChart
            key={chart.table}
            title={t(chart.title)}
            months={chart.months}
            series={chart.series}
            kind={chart.kind}
          />
        ))}
      </div>
    </section>
  );
}
