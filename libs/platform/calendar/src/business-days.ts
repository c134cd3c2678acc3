import holidayJp from '@holiday-jp/holiday_jp';

/**
 * Business days in Japan: weekends and national holidays (`@holiday-jp/holiday_jp`, which includes
 * substitute holidays) are not. Dates are calendar dates, `YYYY-MM-DD`, never instants.
 */
export function isBusinessDay(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(date);
}

/** The package's holidays, keyed `YYYY-MM-DD`. */
const HOLIDAYS = new Set(Object.keys(holidayJp.holidays));

/** The date `days` business days after `date` (a referral sent on a Friday with 1 day: Monday). */
export function addBusinessDays(date: string, days: number): string {
  let current = date;
  let left = days;
  while (left > 0) {
    current = nextDate(current);
    if (isBusinessDay(current)) left--;
  }
  return current;
}

/**
 * Business days after `from` up to and including `to` (Friday to the next Monday: 1); negative when
 * `to` comes before `from`.
 */
export function businessDaysBetween(from: string, to: string): number {
  if (to < from) return -businessDaysBetween(to, from);
  let count = 0;
  for (let current = from; current < to; ) {
    current = nextDate(current);
    if (isBusinessDay(current)) count++;
  }
  return count;
}

/**
 * Business days left before a deadline that is the last business day to act: 0 on that day itself,
 * and once it has passed, minus the business days since (at least -1: the day after is overdue even
 * on a weekend).
 */
export function businessDaysLeft(deadline: string, today: string): number {
  return today <= deadline ? businessDaysBetween(today, deadline) : -Math.max(1, businessDaysBetween(deadline, today));
}

/** Today's calendar date in `timeZone` (the tenant's). */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function nextDate(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
