import { reportPeriod } from '../period';
import { MetricGroup, MetricUnit, RawReport, RawRow, RawTable } from '../report';

/** A row of counts (or of any values, with `extra` for a basis or a derivation). */
export function row(key: string, values: (number | null)[], extra: Partial<RawRow> = {}): RawRow {
  return { key, labelJa: key, labelEn: key, values, ...extra };
}

/** A table over columns named `a`, `b`, ... with the last one `total` when the columns add up. */
export function table(rows: RawRow[], flags: Partial<RawTable> = {}): RawTable {
  const width = rows[0].values.length;
  const columnsAddUp = flags.columnsAddUp ?? false;
  return {
    key: 'test.table',
    group: MetricGroup.CONSULTATIONS,
    titleJa: '表',
    titleEn: 'Table',
    unit: MetricUnit.COUNT,
    columns: Array.from({ length: width }, (_, i) => {
      const key = columnsAddUp && i === width - 1 ? 'total' : String.fromCharCode(97 + i);
      return { key, labelJa: key, labelEn: key };
    }),
    rows,
    columnsAddUp,
    rowsAddUp: false,
    ...flags,
  };
}

export function rawReport(tables: RawTable[]): RawReport {
  return {
    tenantName: '神戸市',
    period: reportPeriod(2025, null, 4, 'Asia/Tokyo'),
    generatedAt: new Date('2026-04-01T00:30:00Z'),
    tables,
  };
}

/** A deterministic pseudo-random generator (mulberry32), so a failing case can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A Kobe FY2025 report as the metric queries would hand it over: consultations by category and month
 * (子育て has 2 in April), a median response time with its basis, and registrants with a net change.
 */
export function kobeReport(month: number | null = null): RawReport {
  const period = reportPeriod(2025, month, 4, 'Asia/Tokyo');
  const columns = [
    ...period.months.map((m) => ({ key: m.key, labelJa: m.labelJa, labelEn: m.labelEn })),
    ...(month === null ? [{ key: 'total', labelJa: '年度計', labelEn: 'FY total' }] : []),
  ];
  const months = period.months.length;
  const series = (first: number, rest: number) => {
    const values = Array.from({ length: months }, (_, i) => (i === 0 ? first : rest + i));
    return month === null ? [...values, values.reduce((a, b) => a + b, 0)] : values;
  };
  const byCategory = [
    { key: 'childcare', labelJa: '子育て', labelEn: 'Childcare', values: series(2, 10) },
    { key: 'money', labelJa: '経済的な困りごと', labelEn: 'Money', values: series(20, 30) },
    { key: 'health', labelJa: '健康', labelEn: 'Health', values: series(15, 12) },
  ];
  const total = byCategory[0].values.map((_, c) => byCategory.reduce((sum, r) => sum + r.values[c], 0));
  return {
    tenantName: '神戸市',
    period,
    generatedAt: new Date('2026-04-01T00:30:00Z'),
    tables: [
      {
        key: 'registrants.changes',
        group: MetricGroup.REGISTRANTS,
        titleJa: '登録者の増減',
        titleEn: 'Registrant changes',
        unit: MetricUnit.COUNT,
        columns,
        rows: [
          row('follows', series(120, 100), { labelJa: '友だち追加', labelEn: 'Follows' }),
          row('unfollows', series(30, 20), { labelJa: 'ブロック', labelEn: 'Unfollows' }),
          row(
            'net',
            series(120, 100).map((v, i) => v - series(30, 20)[i]),
            { labelJa: '純増', labelEn: 'Net change', suppressWith: ['follows', 'unfollows'] },
          ),
        ],
        columnsAddUp: month === null,
        rowsAddUp: false,
      },
      {
        key: 'consultations.byCategory',
        group: MetricGroup.CONSULTATIONS,
        titleJa: '分類別の相談件数',
        titleEn: 'Consultations by category',
        unit: MetricUnit.COUNT,
        columns,
        rows: [
          ...byCategory.map((r) => row(r.key, r.values, { labelJa: r.labelJa, labelEn: r.labelEn })),
          row('total', total, { labelJa: '合計', labelEn: 'Total' }),
        ],
        columnsAddUp: month === null,
        rowsAddUp: true,
      },
      {
        key: 'responsiveness.firstResponse',
        group: MetricGroup.RESPONSIVENESS,
        titleJa: '初回応答までの時間（中央値）',
        titleEn: 'Time to first response (median)',
        unit: MetricUnit.MINUTES,
        columns,
        rows: [
          row(
            'median',
            series(4, 12).map((v) => v + 0.25),
            {
              labelJa: '中央値',
              labelEn: 'Median',
              basis: series(3, 40),
            },
          ),
        ],
        columnsAddUp: false,
        rowsAddUp: false,
      },
    ],
  };
}
