import { BadUserInputError } from '@tsunagu/platform/errors';
import { MetricUnit, RawReport, RawRow, RawTable, Report, ReportTable } from './report';

/**
 * Small-cell suppression: a report a city receives must not let anyone single out a family. With a
 * threshold k (the tenant's, at least 3):
 *
 * - Primary: every count below k is suppressed (shown as `<k`), zero included: "0" and "2" both say
 *   too much about a small group.
 * - Statistics (rows with a `basis`, e.g. a median response time) are suppressed wherever fewer than k
 *   observations stand behind them. They are not additive, so they take no part in what follows.
 * - Derived rows (`suppressWith`, e.g. net change = follows - unfollows) are suppressed in a column
 *   whenever a row they are computed from is; a net change may be negative or small, so they take no
 *   primary suppression of their own.
 * - Complementary: a table whose columns add up (months and their fiscal-year total) makes each row an
 *   equation, one whose rows add up (a breakdown and its total) makes each column one. An equation with
 *   exactly one unknown member (the total counts as one) gives that member away, so one more member is
 *   suppressed, until no equation has exactly one. A suppressed zero is not an unknown: a reader may
 *   know it (a month still to come, a month before the service began), so it protects nothing. The
 *   member is chosen by a fixed order drawn from the table's, row's and column's names, not by its
 *   value: choosing the smallest would tell a reader that it is no larger than the values left shown.
 *   A total is chosen only when nothing else is left.
 * - Stocks (`roundTo`, registrants at each month's end) are rounded, small ones suppressed.
 * - When rows and columns both add up, equations can also be combined: cells that are each one of two
 *   in their row and column may still be recovered from a rectangle of sums around them. In that grid
 *   a suppressed cell is recoverable exactly when it is a bridge of the graph whose vertices are the rows
 *   and columns and whose edges are the suppressed cells, so a bridge gets one more cell that closes a
 *   cycle through it (chosen the same way), until there is none.
 *
 * - A figure shown in several tables (rows with the same `sharedAs`, e.g. messages received as the total
 *   of both the by-weekday and the by-hour tables) is suppressed in every table where it is suppressed in
 *   one, and each table is then completed again, until nothing changes: otherwise one table would show
 *   what the other hides.
 */

/** The smallest threshold a tenant may set. */
export const MIN_SUPPRESSION_THRESHOLD = 3;

/** The report as it is, for those allowed to see exact counts. */
export function exactReport(raw: RawReport): Report {
  return {
    ...raw,
    suppressionThreshold: null,
    tables: raw.tables.map((table) => ({
      ...table,
      rows: table.rows.map((row) => ({
        key: row.key,
        labelJa: row.labelJa,
        labelEn: row.labelEn,
        values: row.values.map((value) => ({ value, suppressed: false })),
      })),
    })),
  };
}

/** The report with small cells suppressed at threshold `k` (see above). */
export function suppressReport(raw: RawReport, k: number): Report {
  if (!Number.isInteger(k) || k < MIN_SUPPRESSION_THRESHOLD) {
    throw new BadUserInputError([
      {
        field: 'k',
        messages: [`the suppression threshold must be an integer of at least ${MIN_SUPPRESSION_THRESHOLD}`],
      },
    ]);
  }
  // Shared figures: suppressed columns of each `sharedAs`, grown until every table agrees.
  const shared = new Map<string, Set<number>>();
  for (;;) {
    const tables = raw.tables.map((table) => suppressTable(table, k, shared));
    let grown = false;
    tables.forEach((table, t) =>
      table.rows.forEach((row, r) => {
        const name = raw.tables[t].rows[r].sharedAs;
        if (!name) return;
        const columns = shared.get(name) ?? new Set<number>();
        row.values.forEach((value, c) => {
          if (value.suppressed && !columns.has(c)) {
            columns.add(c);
            grown = true;
          }
        });
        shared.set(name, columns);
      }),
    );
    if (!grown) return { ...raw, suppressionThreshold: k, tables };
  }
}

type Cell = readonly [row: number, column: number];

function suppressTable(table: RawTable, k: number, shared: ReadonlyMap<string, ReadonlySet<number>>): ReportTable {
  checkShape(table);
  const { rows, columns } = table;
  const suppressed = rows.map(() => columns.map(() => false));
  const isCount = (row: RawRow) => !row.basis && !row.suppressWith;
  const counts = rows.flatMap((row, index) => (isCount(row) ? [index] : []));
  const value = ([r, c]: Cell) => rows[r].values[c];

  rows.forEach((row, r) => {
    row.values.forEach((v, c) => {
      if (row.basis) suppressed[r][c] = row.basis[c] < k;
      else if (isCount(row)) suppressed[r][c] = v !== null && v < k;
      if (row.sharedAs && shared.get(row.sharedAs)?.has(c)) suppressed[r][c] = true;
    });
  });

  // Each equation lists its members with the total last.
  const equations: Cell[][] = [];
  if (table.columnsAddUp) for (const r of counts) equations.push(columns.map((_, c): Cell => [r, c]));
  if (table.rowsAddUp) columns.forEach((_, c) => equations.push(counts.map((r): Cell => [r, c])));
  const isTotal = ([r, c]: Cell) =>
    (table.columnsAddUp && c === columns.length - 1) || (table.rowsAddUp && r === rows.length - 1);
  const isSuppressed = ([r, c]: Cell) => suppressed[r][c];
  /** Suppressed and not known anyway: a zero may be known to a reader (a month still to come). */
  const isUnknown = (cell: Cell) => isSuppressed(cell) && value(cell) !== 0;
  const order = ([r, c]: Cell) => fnv1a(`${table.key}|${rows[r].key}|${columns[c].key}`);

  /** The cell to suppress among `candidates`: a non-total (by the fixed order), else a total. */
  const choose = (candidates: Cell[]): Cell | undefined => {
    const open = candidates.filter((cell) => !isSuppressed(cell) && value(cell) !== null);
    const preferred = open.some((cell) => !isTotal(cell)) ? open.filter((cell) => !isTotal(cell)) : open;
    return preferred.reduce<Cell | undefined>(
      (best, cell) => (best === undefined || order(cell) < order(best) ? cell : best),
      undefined,
    );
  };

  for (;;) {
    const next = completeAnEquation() ?? (table.columnsAddUp && table.rowsAddUp ? closeABridge() : undefined);
    if (!next) break;
    suppressed[next[0]][next[1]] = true;
  }

  /** A cell to suppress in an equation with one suppressed member (none left when its other members are empty). */
  function completeAnEquation(): Cell | undefined {
    for (const equation of equations) {
      const cell = equation.filter(isUnknown).length === 1 ? choose(equation) : undefined;
      if (cell) return cell;
    }
    return undefined;
  }

  /** A cell that puts a suppressed bridge on a cycle, or undefined when there is no bridge to close. */
  function closeABridge(): Cell | undefined {
    const edges: Cell[] = counts.flatMap((r) => columns.flatMap((_, c): Cell[] => (isUnknown([r, c]) ? [[r, c]] : [])));
    for (const bridge of edges) {
      const others = edges.filter((edge) => edge !== bridge);
      const rowSide = reach({ rows: [bridge[0]], columns: [] }, others);
      if (rowSide.columns.has(bridge[1])) continue;
      const columnSide = reach({ rows: [], columns: [bridge[1]] }, others);
      const candidates = counts.flatMap((r) =>
        columns.flatMap((_, c): Cell[] =>
          (rowSide.rows.has(r) && columnSide.columns.has(c)) || (columnSide.rows.has(r) && rowSide.columns.has(c))
            ? [[r, c]]
            : [],
        ),
      );
      const cell = choose(candidates);
      if (cell) return cell;
    }
    return undefined;
  }

  for (const [r, row] of rows.entries()) {
    for (const key of row.suppressWith ?? []) {
      const source = rows.findIndex((candidate) => candidate.key === key);
      columns.forEach((_, c) => (suppressed[r][c] ||= suppressed[source][c]));
    }
  }

  // `<k` says the count is small; anything else hidden (to protect a cell, a statistic of too few
  // cases, a derived row) shows as `x`: "<5" in a table of minutes would read as a time.
  const small = ([r, c]: Cell) => {
    const v = rows[r].values[c];
    return isCount(rows[r]) && v !== null && v < k;
  };
  return {
    ...table,
    rows: rows.map((row, r) => ({
      key: row.key,
      labelJa: row.labelJa,
      labelEn: row.labelEn,
      values: row.values.map((v, c) => {
        if (suppressed[r][c]) return { value: null, suppressed: true, small: small([r, c]) };
        const shown = row.roundTo && v !== null ? Math.round(v / row.roundTo) * row.roundTo : v;
        return { value: shown, suppressed: false };
      }),
    })),
  };
}

/** FNV-1a, 32 bits, with murmur3's final mix (so the last characters move every bit): a fixed, value-blind order of cells. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The rows and columns connected to `start` through the suppressed cells `edges`. */
function reach(
  start: { rows: number[]; columns: number[] },
  edges: Cell[],
): { rows: Set<number>; columns: Set<number> } {
  const rows = new Set(start.rows);
  const columns = new Set(start.columns);
  for (let grown = true; grown; ) {
    grown = false;
    for (const [r, c] of edges) {
      if (rows.has(r) !== columns.has(c)) {
        rows.add(r);
        columns.add(c);
        grown = true;
      }
    }
  }
  return { rows, columns };
}

/** A malformed table is a bug in the metric that built it, not something to render. */
function checkShape(table: RawTable): void {
  const fail = (problem: string) => {
    throw new Error(`report table ${table.key}: ${problem}`);
  };
  for (const row of table.rows) {
    if (row.values.length !== table.columns.length) fail(`row ${row.key} has ${row.values.length} values`);
    if (row.basis && row.basis.length !== table.columns.length) fail(`row ${row.key} has a basis of the wrong length`);
    if (!row.basis && !row.suppressWith && table.unit !== MetricUnit.COUNT)
      fail(`row ${row.key} is a statistic without a basis`);
    for (const key of row.suppressWith ?? []) {
      const source = table.rows.find((candidate) => candidate.key === key);
      if (!source || source.suppressWith)
        fail(`row ${row.key} is derived from ${key}, which is not a row it can follow`);
    }
  }
  const last = table.rows[table.rows.length - 1];
  if (table.rowsAddUp && (!last || last.basis || last.suppressWith)) fail('the total row must be a count');
}
