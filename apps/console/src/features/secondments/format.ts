import i18n from '../../lib/i18n';

/** The fiscal year (April to March, as most cities count it) of today in Japan: the NPO works across cities. */
export function currentFiscalYear(now = new Date()): number {
  const [year = 0, month = 0] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
  })
    .format(now)
    .split('-')
    .map(Number);
  return month >= 4 ? year : year - 1;
}

/** 令和7年度 (FY2025) in Japanese, FY2025 in English. */
export function fiscalYearLabel(fiscalYear: number): string {
  return i18n.language === 'en' ? `FY${fiscalYear}` : `令和${fiscalYear - 2018}年度 (FY${fiscalYear})`;
}

/** The fiscal years the roster offers: from the programme's first to the next. */
export function fiscalYears(now = new Date()): number[] {
  const last = currentFiscalYear(now) + 1;
  return Array.from({ length: last - 2020 + 1 }, (_, i) => last - i);
}

export const DATE = /^\d{4}-\d{2}-\d{2}$/;
