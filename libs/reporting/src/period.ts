import { fiscalYearLabel, fiscalYearOf, monthLabel, startOfDayIn } from '@tsunagu/platform/calendar';
import { BadUserInputError } from '@tsunagu/platform/errors';
import { ReportMonth, ReportPeriod } from './report';

/**
 * The period of a report: fiscal year `fiscalYear` (the year it starts in) of a tenant whose year starts
 * in `fiscalYearStartMonth`, or one calendar `month` (1–12) of it, cut at local midnights in `timeZone`.
 * Month 3 of FY2025 (starting in April) is March 2026.
 */
export function reportPeriod(
  fiscalYear: number,
  month: number | null | undefined,
  fiscalYearStartMonth: number,
  timeZone: string,
): ReportPeriod {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2000 || fiscalYear > 2100) {
    throw new BadUserInputError([{ field: 'fiscalYear', messages: ['must be a year from 2000 to 2100'] }]);
  }
  if (month !== null && month !== undefined && !isMonth(month)) {
    throw new BadUserInputError([{ field: 'month', messages: ['must be a month from 1 to 12'] }]);
  }
  if (!isMonth(fiscalYearStartMonth)) {
    throw new BadUserInputError([{ field: 'fiscalYearStartMonth', messages: ['must be a month from 1 to 12'] }]);
  }
  const yearMonths = Array.from({ length: 12 }, (_, i) => {
    const index = fiscalYearStartMonth - 1 + i;
    return reportMonth(fiscalYear + Math.floor(index / 12), (index % 12) + 1, timeZone);
  });
  if (month === null || month === undefined) {
    return {
      fiscalYear,
      month: null,
      labelJa: fiscalYearLabel(fiscalYear),
      labelEn: `FY${fiscalYear}`,
      timeZone,
      from: yearMonths[0].from,
      to: yearMonths[11].to,
      months: yearMonths,
    };
  }
  const only = yearMonths.find((candidate) => candidate.month === month) as ReportMonth;
  return {
    fiscalYear,
    month,
    labelJa: only.labelJa,
    labelEn: only.labelEn,
    timeZone,
    from: only.from,
    to: only.to,
    months: [only],
  };
}

/**
 * The period from `startsOn` to `endsOn` (calendar dates, both included, cut at local midnights in
 * `timeZone`) as one column: a contract's period, whatever its months. Its fiscal year is the one it starts in.
 */
export function spanPeriod(
  startsOn: string,
  endsOn: string,
  fiscalYearStartMonth: number,
  timeZone: string,
): ReportPeriod {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startsOn) || !/^\d{4}-\d{2}-\d{2}$/.test(endsOn) || endsOn < startsOn) {
    throw new BadUserInputError([{ field: 'endsOn', messages: ['must be a date on or after the start'] }]);
  }
  const from = startOfDayIn(startsOn, timeZone);
  const to = startOfDayIn(nextDay(endsOn), timeZone);
  const labelJa = `${startsOn}〜${endsOn}`;
  const labelEn = `${startsOn} to ${endsOn}`;
  const [year, month] = startsOn.split('-').map(Number);
  return {
    fiscalYear: fiscalYearOf(startsOn, fiscalYearStartMonth),
    month: null,
    labelJa,
    labelEn,
    timeZone,
    from,
    to,
    months: [{ key: 'period', year, month, from, to, labelJa, labelEn }],
  };
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

function reportMonth(year: number, month: number, timeZone: string): ReportMonth {
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return {
    key: `${year}-${pad(month)}`,
    year,
    month,
    from: startOfDayIn(`${year}-${pad(month)}-01`, timeZone),
    to: startOfDayIn(`${next.year}-${pad(next.month)}-01`, timeZone),
    labelJa: monthLabel(year, month, 'ja'),
    labelEn: monthLabel(year, month, 'en'),
  };
}

function isMonth(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 12;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
