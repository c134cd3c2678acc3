/**
 * Japanese fiscal years (年度): FY2025 runs from April 2025 to March 2026 and is 令和7年度. A
 * tenant may start its year in another month; the label follows the year the fiscal year starts in.
 */

/** The Reiwa era began on 1 May 2019 (令和元年); fiscal years are labelled from FY2019 on. */
const REIWA_FIRST_YEAR = 2019;

/** The fiscal year a calendar date (`YYYY-MM-DD`) belongs to, for a year starting in `startMonth`. */
export function fiscalYearOf(date: string, startMonth = 4): number {
  const [year, month] = date.split('-').map(Number);
  return month >= startMonth ? year : year - 1;
}

/** `令和7年度 (FY2025)`; years before Reiwa are labelled `FY2018` alone. */
export function fiscalYearLabel(fiscalYear: number): string {
  if (fiscalYear < REIWA_FIRST_YEAR) return `FY${fiscalYear}`;
  const reiwa = fiscalYear - REIWA_FIRST_YEAR + 1;
  return `令和${reiwa === 1 ? '元' : reiwa}年度 (FY${fiscalYear})`;
}

/** The first and last day of a fiscal year (`YYYY-MM-DD`). */
export function fiscalYearBounds(fiscalYear: number, startMonth = 4): { from: string; to: string } {
  const from = `${fiscalYear}-${String(startMonth).padStart(2, '0')}-01`;
  const last = new Date(Date.UTC(fiscalYear + 1, startMonth - 1, 1) - 86_400_000);
  return { from, to: last.toISOString().slice(0, 10) };
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A calendar month as reports name it: `2026年3月` (ja) or `March 2026` (en). */
export function monthLabel(year: number, month: number, language: 'ja' | 'en'): string {
  return language === 'ja' ? `${year}年${month}月` : `${MONTHS_EN[month - 1]} ${year}`;
}
