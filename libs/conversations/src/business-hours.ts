import holidayJp from '@holiday-jp/holiday_jp';
import type { BusinessHours } from '@tsunagu/channels';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Japanese public holidays, `YYYY-MM-DD` (the package's own lookup scans every key). */
const HOLIDAYS = new Set(Object.keys(holidayJp.holidays));
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * `instant` as wall-clock time in `timeZone`, written as if it were UTC (so that day arithmetic is
 * plain millisecond arithmetic), to the minute.
 */
function wallClock(instant: Date, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  const p = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  return Date.UTC(p['year'], p['month'] - 1, p['day'], p['hour'], p['minute']);
}

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The opening ranges of the local day starting at `day` (a wall-clock midnight), as wall-clock times. */
function openRanges(hours: BusinessHours, day: number): [number, number][] {
  const date = new Date(day).toISOString().slice(0, 10);
  if (hours.closedOnPublicHolidays && HOLIDAYS.has(date)) return [];
  const weekday = WEEKDAYS[new Date(day).getUTCDay()];
  return hours.weekly
    .filter((range) => range.day === weekday)
    .map((range) => [day + minutesOf(range.start) * 60_000, day + minutesOf(range.end) * 60_000]);
}

/** Whether the channel is open at `instant`. No business hours configured: always open. */
export function isOpenAt(hours: BusinessHours | null | undefined, instant: Date, timeZone: string): boolean {
  return wasOpenBetween(hours, instant, instant, timeZone);
}

/**
 * Whether the channel was open at some moment from `from` to `to`: if not, both lie in the same
 * closed period, and a family that had an automatic answer at `from` needs no second one at `to`.
 * Walks the local days in between, not the minutes.
 */
export function wasOpenBetween(
  hours: BusinessHours | null | undefined,
  from: Date,
  to: Date,
  timeZone: string,
): boolean {
  if (!hours) return true;
  const start = wallClock(from, timeZone);
  const end = wallClock(to, timeZone);
  // A closure longer than a year is not one closed period worth keeping quiet over.
  if (end - start > 366 * DAY_MS) return true;
  for (let day = start - (start % DAY_MS); day <= end; day += DAY_MS) {
    if (openRanges(hours, day).some(([open, close]) => open <= end && start < close)) return true;
  }
  return false;
}
