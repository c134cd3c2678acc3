import holidayJp from '@holiday-jp/holiday_jp';
import type { BusinessHours } from '@tsunagu/channels';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date, weekday and HH:MM of `instant` in `timeZone`. */
function localTime(instant: Date, timeZone: string): { date: string; weekday: string; time: string } {
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
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  const date = `${parts['year']}-${parts['month']}-${parts['day']}`;
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
  return { date, weekday, time: `${parts['hour']}:${parts['minute']}` };
}

/** Whether the channel is open at `instant`. No business hours configured: always open. */
export function isOpenAt(hours: BusinessHours | null | undefined, instant: Date, timeZone: string): boolean {
  if (!hours) return true;
  const { date, weekday, time } = localTime(instant, timeZone);
  if (hours.closedOnPublicHolidays && holidayJp.isHoliday(date)) return false;
  return hours.weekly.some((range) => range.day === weekday && range.start <= time && time < range.end);
}

/** Longer closures than this count as a new closed period (an automatic answer may be sent again). */
const LONGEST_CLOSED_PERIOD_MS = 5 * 24 * 60 * 60 * 1000;
const MINUTE = 60_000;

/**
 * Whether the channel was open at some minute between `from` and `to`: if not, both lie in the same
 * closed period, and a family that had an automatic answer at `from` needs no second one at `to`.
 */
export function wasOpenBetween(
  hours: BusinessHours | null | undefined,
  from: Date,
  to: Date,
  timeZone: string,
): boolean {
  if (to.getTime() - from.getTime() > LONGEST_CLOSED_PERIOD_MS) return true;
  for (let t = Math.floor(from.getTime() / MINUTE) * MINUTE; t <= to.getTime(); t += MINUTE) {
    if (isOpenAt(hours, new Date(t), timeZone)) return true;
  }
  return false;
}
