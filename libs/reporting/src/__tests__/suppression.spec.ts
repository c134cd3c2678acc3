import { BadUserInputError } from '@tsunagu/platform/errors';
import { MetricUnit, RawTable, ReportTable } from '../report';
import { exactReport, suppressReport } from '../suppression';
import { rawReport, row, seededRandom, table } from './report-fixtures';

function suppress(raw: RawTable, k = 5): ReportTable {
  return suppressReport(rawReport([raw]), k).tables[0];
}

/** The grid of a table as a user reads it: a number, or `<k` where suppressed. */
function shown(result: ReportTable): (number | string | null)[][] {
  return result.rows.map((r) => r.values.map((v) => (v.suppressed ? 'x' : v.value)));
}

/**
 * Which suppressed cells an attacker can compute exactly from the visible cells and the table's sums:
 * cell j is determined when its unit vector lies in the span of the equations restricted to the
 * suppressed cells (Gaussian elimination; the coefficients are 0 and ±1). A suppressed zero counts as
 * known: a reader may know it (a month still to come).
 */
function recoverableCells(raw: RawTable, result: ReportTable): string[] {
  const counts = raw.rows.flatMap((r, i) => (!r.basis && !r.suppressWith ? [i] : []));
  const unknowns = counts.flatMap((r) =>
    raw.columns.flatMap((_, c) =>
      result.rows[r].values[c].suppressed && raw.rows[r].values[c] !== 0 ? [`${r},${c}`] : [],
    ),
  );
  const index = new Map(unknowns.map((cell, i) => [cell, i]));
  const equations: number[][] = [];
  const lines: [number, number][][] = [];
  const width = raw.columns.length;
  if (raw.columnsAddUp) for (const r of counts) lines.push(raw.columns.map((_, c) => [r, c]));
  if (raw.rowsAddUp) for (let c = 0; c < width; c++) lines.push(counts.map((r) => [r, c]));
  for (const line of lines) {
    const equation = unknowns.map(() => 0);
    line.forEach(([r, c], position) => {
      const i = index.get(`${r},${c}`);
      if (i !== undefined) equation[i] += position === line.length - 1 ? -1 : 1;
    });
    equations.push(equation);
  }
  const rank = (matrix: number[][]): number => {
    const m = matrix.map((line) => [...line]);
    let found = 0;
    for (let col = 0; col < unknowns.length && found < m.length; col++) {
      const pivot = m.findIndex((line, i) => i >= found && Math.abs(line[col]) > 1e-9);
      if (pivot < 0) continue;
      [m[found], m[pivot]] = [m[pivot], m[found]];
      for (let i = 0; i < m.length; i++) {
        if (i === found) continue;
        const factor = m[i][col] / m[found][col];
        for (let j = col; j < unknowns.length; j++) m[i][j] -= factor * m[found][j];
      }
      found++;
    }
    return found;
  };
  const base = rank(equations);
  return unknowns.filter((_, i) => rank([...equations, unknowns.map((__, j) => (i === j ? 1 : 0))]) === base);
}

describe('small-cell suppression', () => {
  it('suppresses every count below k, zero included, and keeps the others exact', () => {
    const result = suppress(table([row('a', [0, 4, 5, 120])]));
    expect(result.rows[0].values).toEqual([
      { value: null, suppressed: true, small: true },
      { value: null, suppressed: true, small: true },
      { value: 5, suppressed: false },
      { value: 120, suppressed: false },
    ]);
  });

  it('hides one more cell of a row whose lone small month the fiscal-year total would give away', () => {
    // April 2 is below k; without more, 2 = 60 - (30 + 28). One other month goes too, never the total.
    const raw = table([row('opened', [2, 30, 28, 60])], { columnsAddUp: true });
    const result = suppress(raw);
    expect(shown(result)[0].filter((v) => v === 'x')).toHaveLength(2);
    expect(shown(result)[0][0]).toBe('x');
    expect(shown(result)[0][3]).toBe(60);
    expect(recoverableCells(raw, result)).toEqual([]);
  });

  it('chooses the cell to hide whatever its value, and a total only when nothing else is left', () => {
    // Were the smallest always chosen, a reader would know the hidden one is no larger than those shown.
    const chosen = new Set<number>();
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const raw = { ...table([row(key, [3, 40, 41, 42, 126])], { columnsAddUp: true }), key: `t.${key}` };
      chosen.add(shown(suppress(raw))[0].findIndex((v, i) => i > 0 && v === 'x'));
    }
    expect(chosen.size).toBeGreaterThan(1);
    // The same table always hides the same cells.
    const again = table([row('opened', [9, 3, 9, 21])], { columnsAddUp: true });
    expect(shown(suppress(again))).toEqual(shown(suppress(again)));
    // One row and its total: whatever is hidden in the row must be hidden in the total too.
    const raw = table([row('r1', [2, 50, 52]), row('total', [2, 50, 52])], { columnsAddUp: true, rowsAddUp: true });
    const grid = shown(suppress(raw));
    expect(grid[1]).toEqual(grid[0]);
    expect(recoverableCells(raw, suppress(raw))).toEqual([]);
  });

  it('does not count a hidden zero as protection: a reader may know it', () => {
    // April 2 and nine future months of 0: the zeros alone would leave 2 = 18 - 10 - 6.
    const raw = table([row('opened', [10, 2, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 18])], { columnsAddUp: true });
    const result = suppress(raw);
    const hiddenNonZero = shown(result)[0].filter((v, i) => v === 'x' && raw.rows[0].values[i] !== 0);
    expect(hiddenNonZero.length).toBeGreaterThanOrEqual(2);
    expect(recoverableCells(raw, result)).toEqual([]);
  });

  it('protects a breakdown row from its column total, and spreads to a fixed point across both', () => {
    // Categories by month with totals: 子育て in April is 2.
    const raw = table(
      [row('子育て', [2, 10, 12]), row('経済', [20, 8, 28]), row('健康', [15, 30, 45]), row('total', [37, 48, 85])],
      { columnsAddUp: true, rowsAddUp: true },
    );
    const result = suppress(raw);
    const grid = shown(result);
    expect(grid[0][0]).toBe('x');
    // Its row and its column each hide another cell, and nothing can be worked out.
    expect(grid[0].filter((v) => v === 'x').length).toBeGreaterThanOrEqual(2);
    expect(grid.map((line) => line[0]).filter((v) => v === 'x').length).toBeGreaterThanOrEqual(2);
    expect(recoverableCells(raw, result)).toEqual([]);
  });

  it('hides a figure shown in two tables wherever either table hides it', () => {
    // Messages received: the total of a by-weekday breakdown, and a part of all messages (with sent).
    const received = [40, 12, 52];
    const byWeekday = table(
      [row('月', [25, 6, 31]), row('火', [15, 6, 21]), row('received', received, { sharedAs: 'received' })],
      { columnsAddUp: true, rowsAddUp: true },
    );
    const all = table(
      [row('received', received, { sharedAs: 'received' }), row('sent', [3, 30, 33]), row('total', [43, 42, 85])],
      { columnsAddUp: true, rowsAddUp: true },
    );
    // Alone, the second table hides April's received (the smallest partner of April's 3 sent)
    // while the first shows it as its total.
    const hidden = (result: ReportTable, r: number) => result.rows[r].values.map((v) => v.suppressed);
    expect(hidden(suppress(all), 0)).toEqual([true, true, false]);
    expect(hidden(suppress(byWeekday), 2)).toEqual([false, false, false]);

    const [first, second] = suppressReport(rawReport([byWeekday, all]), 5).tables;
    expect(hidden(first, 2)).toEqual(hidden(second, 0));
    expect(hidden(first, 2)).toEqual([true, true, false]);
    expect(recoverableCells(byWeekday, first)).toEqual([]);
    expect(recoverableCells(all, second)).toEqual([]);
  });

  it('closes a cell that rows and columns together would give away', () => {
    // Each line below has two suppressed cells, yet row 1 + row 2 - column a - column b leaves
    // only (1,c): it is a bridge between two rectangles of small cells, so one more cell goes.
    const raw = table(
      [
        row('r1', [1, 1, 1, 50, 53]),
        row('r2', [1, 1, 60, 70, 132]),
        row('r3', [80, 90, 1, 1, 172]),
        row('r4', [85, 95, 1, 1, 182]),
        row('total', [167, 187, 63, 122, 539]),
      ],
      { columnsAddUp: true, rowsAddUp: true },
    );
    const result = suppress(raw);
    expect(recoverableCells(raw, result)).toEqual([]);
    expect(result.rows[0].values[2].suppressed).toBe(true);
  });

  it('suppresses a statistic with too few observations, and never a statistic to protect a count', () => {
    const raw = table([row('opened', [2, 30, 32]), row('median', [4.25, 12.5, 11], { basis: [2, 30, 32] })], {
      columnsAddUp: true,
      unit: MetricUnit.MINUTES,
    });
    // A MINUTES table's counts need no basis only when they are counts; here 'opened' is the basis row.
    raw.unit = MetricUnit.COUNT;
    expect(shown(suppress(raw))).toEqual([
      ['x', 'x', 32],
      ['x', 12.5, 11],
    ]);
  });

  it('hides a derived row wherever a row it comes from is hidden, and never for its own size', () => {
    const raw = table(
      [
        row('follows', [40, 2, 30, 72]),
        row('unfollows', [38, 1, 29, 68]),
        row('net', [2, 1, 1, 4], { suppressWith: ['follows', 'unfollows'] }),
      ],
      { columnsAddUp: true },
    );
    const grid = shown(suppress(raw));
    // May's follows (2) and unfollows (1) are small, each row hides one more month, and the net
    // change is hidden exactly where either is; the net's own small values (1, 1) hide nothing.
    expect(grid[0][1]).toBe('x');
    expect(grid[1][1]).toBe('x');
    grid[2].forEach((v, c) => expect(v === 'x').toBe(grid[0][c] === 'x' || grid[1][c] === 'x'));
  });

  it('refuses a threshold below 3, and leaves an exact report untouched', () => {
    expect(() => suppressReport(rawReport([]), 2)).toThrow(BadUserInputError);
    expect(() => suppressReport(rawReport([]), 3.5)).toThrow(BadUserInputError);
    const exact = exactReport(rawReport([table([row('a', [0, 1])])]));
    expect(exact.suppressionThreshold).toBeNull();
    expect(exact.tables[0].rows[0].values).toEqual([
      { value: 0, suppressed: false },
      { value: 1, suppressed: false },
    ]);
    expect(suppressReport(rawReport([]), 5).suppressionThreshold).toBe(5);
  });

  it('refuses a statistic without its basis rather than show it unprotected', () => {
    expect(() => suppress(table([row('median', [1.5, 2])], { unit: MetricUnit.MINUTES }))).toThrow(/basis/);
  });

  it('leaves no suppressed cell recoverable in a few hundred random tables', () => {
    const random = seededRandom(20250401);
    const int = (below: number) => Math.floor(random() * below);
    for (let run = 0; run < 400; run++) {
      const height = 1 + int(5);
      const width = 1 + int(6);
      const columnsAddUp = random() < 0.7;
      const rowsAddUp = random() < 0.6;
      const small = random() < 0.5;
      const body = Array.from({ length: height }, () =>
        Array.from({ length: width }, () => (random() < (small ? 0.5 : 0.2) ? int(5) : 5 + int(60))),
      );
      const withTotals = body.map((line) => (columnsAddUp ? [...line, line.reduce((a, b) => a + b, 0)] : line));
      if (rowsAddUp) withTotals.push(withTotals[0].map((_, c) => withTotals.reduce((sum, line) => sum + line[c], 0)));
      const k = 3 + int(4);
      const raw = table(
        withTotals.map((values, i) => row(`r${i}`, values)),
        { columnsAddUp, rowsAddUp },
      );
      const result = suppress(raw, k);
      const context = `run ${run}: ${JSON.stringify({ k, columnsAddUp, rowsAddUp, values: withTotals })}`;
      expect([context, recoverableCells(raw, result)]).toEqual([context, []]);
      result.rows.forEach((r, i) =>
        r.values.forEach((v, c) => {
          const original = withTotals[i][c];
          if (original < k) expect([context, v.suppressed]).toEqual([context, true]);
          if (!v.suppressed) expect(v.value).toBe(original);
        }),
      );
    }
  });
});
