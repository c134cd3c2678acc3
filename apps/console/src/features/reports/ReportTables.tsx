import './locale';
import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MetricUnit, ReportTableFieldsFragment } from '../../gql/graphql';

/** A title with its unit, as the files write it: `初回応答時間（分）`. */
export function titleWithUnit(
  item: { title: string; titleEn: string; unit: MetricUnit },
  language: string,
  t: (key: string) => string,
): string {
  const title = language === 'en' ? item.titleEn : item.title;
  const unit =
    item.unit === 'MINUTES' ? t('reports.units.minutes') : item.unit === 'DAYS' ? t('reports.units.days') : '';
  return `${title}${unit}`;
}

export function labelOf(item: { label: string; labelEn: string }, language: string): string {
  return language === 'en' ? item.labelEn : item.label;
}

/** How a cell looks: hidden values stand out from figures, and say so to screen readers through the legend. */
export function cellClass(value: { suppressed: boolean }): string {
  return value.suppressed ? 'font-bold text-solid-gray-700 bg-solid-gray-50' : '';
}

/**
 * What the marks of a suppressed report mean, with the report's own k (`<5`), or that the figures are exact.
 * Every page that shows report figures shows this beside them.
 */
export function ReportLegend({ k }: { k: number | null }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="report-legend" className="rounded-12 border border-solid-gray-200 bg-white p-4">
      <h2 id="report-legend" className="mb-2 text-lg font-bold">
        {t('reports.legend.title')}
      </h2>
      {k === null ? (
        <p>{t('reports.legend.exact')}</p>
      ) : (
        <>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
            <dt className="font-mono font-bold">{`<${k}`}</dt>
            <dd>{t('reports.legend.small', { k })}</dd>
            <dt className="font-mono font-bold">x</dt>
            <dd>{t('reports.legend.hidden', { k })}</dd>
          </dl>
          {/* Stocks are rounded only where small counts are hidden (exact reports show them as they are). */}
          <p className="mt-2 text-sm text-solid-gray-700">{t('reports.legend.rounded')}</p>
        </>
      )}
    </section>
  );
}

/** One table of a report: months (and the year's total) across, rows down; a scrolling region on narrow screens. */
export function ReportTable({ table }: { table: ReportTableFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const title = titleWithUnit(table, i18n.language, t);
  return (
    <div
      role="region"
      aria-label={t('reports.tableScroll', { title })}
      // Keyboard users scroll it too.
      tabIndex={0}
      className="overflow-x-auto rounded-12 border border-solid-gray-200 bg-white focus-visible:outline-4 focus-visible:outline-focus-yellow"
    >
      <table className="w-full text-right text-sm" aria-labelledby={captionId}>
        <caption id={captionId} className="px-4 pt-3 pb-2 text-left text-base font-bold">
          {title}
        </caption>
        <thead>
          <tr className="border-b border-solid-gray-300">
            <th scope="col" className="px-3 py-2 text-left">
              <span className="sr-only">{t('reports.figure')}</span>
            </th>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className="px-3 py-2 whitespace-nowrap">
                {labelOf(column, i18n.language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} className="border-b border-solid-gray-100 last:border-0">
              <th scope="row" className="px-3 py-2 text-left font-normal whitespace-nowrap">
                {labelOf(row, i18n.language)}
              </th>
              {row.values.map((value, i) => (
                <td key={table.columns[i]?.key ?? i} className={`px-3 py-2 tabular-nums ${cellClass(value)}`}>
                  {value.display === '' ? '—' : value.display}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A fiscal year as Japanese reports name it: 令和7年度 (FY2025). */
export function fiscalYearLabel(year: number, t: TFunction): string {
  return t('reports.fiscalYearOption', { reiwa: year - 2018, label: `FY${year}` });
}

/** The fiscal year a day falls in, for a year that starts in `startMonth`. */
export function currentFiscalYear(startMonth: number, today = new Date()): number {
  const year = today.getFullYear();
  return today.getMonth() + 1 >= startMonth ? year : year - 1;
}
