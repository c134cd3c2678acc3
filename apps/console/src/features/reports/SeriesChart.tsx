import './locale';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { cellClass } from './ReportTables';

export interface ChartValue {
  value: number | null;
  suppressed: boolean;
  display: string;
}

export interface ChartSeries {
  key: string;
  label: string;
  values: ChartValue[];
}

/** Series are told apart by colour and by line pattern, so that neither colour vision nor a grey print loses them. */
const LOOKS: { stroke: string; fill: string; dash: string | undefined }[] = [
  { stroke: 'stroke-blue-900', fill: 'fill-blue-900', dash: undefined },
  { stroke: 'stroke-orange-800', fill: 'fill-orange-800', dash: '8 4' },
  { stroke: 'stroke-green-900', fill: 'fill-green-900', dash: '2 3' },
  { stroke: 'stroke-magenta-800', fill: 'fill-magenta-800', dash: '10 3 2 3' },
  { stroke: 'stroke-purple-800', fill: 'fill-purple-800', dash: '4 2' },
];

const FIRST_LOOK = { stroke: 'stroke-blue-900', fill: 'fill-blue-900', dash: undefined };
const lookOf = (index: number) => LOOKS[index % LOOKS.length] ?? FIRST_LOOK;

const WIDTH = 640;
const HEIGHT = 240;
const MARGIN = { top: 16, right: 12, bottom: 36, left: 52 };

/** Four round steps (1, 2, 5 × 10ⁿ) that reach the largest value: whole numbers for counts. */
function axis(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, ([1, 2, 5, 10].find((f) => f * power >= rough) ?? 10) * power);
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}

/** `4月` / `Apr` for a month key `2025-04`. */
function monthLabel(key: string, language: string): string {
  const [year, month] = key.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 2000, (month ?? 1) - 1, 1)),
  );
}

/**
 * A small chart of monthly series, drawn as SVG: bars for one series of counts, lines otherwise. Hidden
 * (suppressed) months are not drawn; bars mark them with their sign. The figures are also a table under
 * the chart, and the SVG carries a title and a description for screen readers.
 */
export function SeriesChart({
  title,
  months,
  series,
  kind,
}: {
  title: string;
  /** Month columns only (`2025-04` … `2026-03`) with their labels. */
  months: { key: string; label: string }[];
  series: ChartSeries[];
  kind: 'bar' | 'line';
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const shown = series.flatMap((s) => s.values.map((v) => (v.suppressed ? null : v.value))).filter((v) => v !== null);
  const ticks = axis(Math.max(0, ...shown));
  const top = ticks.at(-1) ?? 1;
  const step = plotWidth / Math.max(months.length, 1);
  const x = (i: number) => MARGIN.left + step * i + step / 2;
  const y = (value: number) => MARGIN.top + plotHeight - (value / top) * plotHeight;
  const hidden = series.some((s) => s.values.some((v) => v.suppressed));
  const description = t('reports.charts.description', {
    title,
    summary: `${t('reports.charts.series')}: ${series.map((s) => s.label).join('、')}。${hidden ? t('reports.charts.hiddenPoints') : ''}`,
  });
  const barWidth = (step * 0.7) / Math.max(series.length, 1);

  return (
    <figure className="rounded-12 border border-solid-gray-200 bg-white p-4" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="mb-2 font-bold">
        {title}
      </figcaption>
      {series.length === 0 || shown.length === 0 ? (
        <p className="text-solid-gray-700">{t('reports.charts.none')}</p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          className="h-auto w-full"
          data-testid="chart"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={MARGIN.left}
                x2={WIDTH - MARGIN.right}
                y1={y(tick)}
                y2={y(tick)}
                className="stroke-solid-gray-200"
              />
              <text x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end" className="fill-solid-gray-800 text-[11px]">
                {tick.toLocaleString(i18n.language)}
              </text>
            </g>
          ))}
          {months.map((month, i) => (
            <text
              key={month.key}
              x={x(i)}
              y={HEIGHT - MARGIN.bottom + 16}
              textAnchor="middle"
              className="fill-solid-gray-800 text-[11px]"
            >
              {monthLabel(month.key, i18n.language)}
            </text>
          ))}
          {series.map((s, index) => {
            const look = lookOf(index);
            if (kind === 'bar') {
              return (
                <g key={s.key}>
                  {s.values.map((v, i) => {
                    const left = x(i) - (barWidth * series.length) / 2 + barWidth * index;
                    if (v.suppressed || v.value === null) {
                      return v.suppressed ? (
                        <text
                          key={i}
                          x={left + barWidth / 2}
                          y={y(0) - 4}
                          textAnchor="middle"
                          className="fill-solid-gray-800 text-[10px]"
                        >
                          {v.display}
                        </text>
                      ) : null;
                    }
                    return (
                      <rect
                        key={i}
                        x={left}
                        width={barWidth}
                        y={y(v.value)}
                        height={Math.max(0, y(0) - y(v.value))}
                        className={look.fill}
                      />
                    );
                  })}
                </g>
              );
            }
            // Lines break where a month is hidden: nothing is drawn across what the report does not show.
            const segments: string[][] = [];
            let segment: string[] = [];
            s.values.forEach((v, i) => {
              if (v.suppressed || v.value === null) {
                segments.push(segment);
                segment = [];
              } else segment.push(`${x(i)},${y(v.value)}`);
            });
            segments.push(segment);
            return (
              <g key={s.key}>
                {segments
                  .filter((points) => points.length > 1)
                  .map((points, i) => (
                    <polyline
                      key={i}
                      points={points.join(' ')}
                      fill="none"
                      strokeWidth={2.5}
                      strokeDasharray={look.dash}
                      className={look.stroke}
                    />
                  ))}
                {s.values.map((v, i) =>
                  v.suppressed || v.value === null ? null : (
                    <circle key={i} cx={x(i)} cy={y(v.value)} r={3.5} className={look.fill} />
                  ),
                )}
              </g>
            );
          })}
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} className="stroke-solid-gray-600" />
        </svg>
      )}
      {series.length > 1 && (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t('reports.charts.series')}>
          {series.map((s, index) => {
            const look = lookOf(index);
            return (
              <li key={s.key} className="flex items-center gap-2">
                <svg width="28" height="10" aria-hidden="true">
                  <line
                    x1="0"
                    x2="28"
                    y1="5"
                    y2="5"
                    strokeWidth={3}
                    strokeDasharray={look.dash}
                    className={look.stroke}
                  />
                </svg>
                {s.label}
              </li>
            );
          })}
        </ul>
      )}
      {hidden && kind === 'line' && (
        <p className="mt-1 text-sm text-solid-gray-700">{t('reports.charts.hiddenPoints')}</p>
      )}
      <details className="mt-2">
        <summary className="cursor-pointer text-blue-900 underline underline-offset-4 focus-visible:outline-4 focus-visible:outline-focus-yellow">
          {t('reports.charts.showTable')}
        </summary>
        <div tabIndex={0} className="overflow-x-auto focus-visible:outline-4 focus-visible:outline-focus-yellow">
          <table className="mt-2 w-full text-right text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-solid-gray-300">
                <th scope="col" className="px-2 py-1 text-left">
                  {t('reports.charts.series')}
                </th>
                {months.map((month) => (
                  <th key={month.key} scope="col" className="px-2 py-1 whitespace-nowrap">
                    {monthLabel(month.key, i18n.language)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.map((s) => (
                <tr key={s.key} className="border-b border-solid-gray-100">
                  <th scope="row" className="px-2 py-1 text-left font-normal whitespace-nowrap">
                    {s.label}
                  </th>
                  {s.values.map((v, i) => (
                    <td key={months[i]?.key ?? i} className={`px-2 py-1 tabular-nums ${cellClass(v)}`}>
                      {v.display === '' ? '—' : v.display}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
