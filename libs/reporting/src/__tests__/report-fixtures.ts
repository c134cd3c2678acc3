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
