/**
 * Instants and wall-clock time in an IANA time zone (a tenant's), DST included, with nothing but
 * `Intl`: the offset of a zone at an instant is its wall clock read as if it were UTC, minus the instant.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of `timeZone` at `instant`, as `YYYY-MM-DD HH:mm` (e.g. when a report was generated). */
export function localDateTime(instant: Date, timeZone: string): string {
  const { year, month, day, hour, minute } = wallClock(instant, timeZone);
  return `${year}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}`;
}

/**
 * The first instant of the calendar date `date` (`YYYY-MM-DD`) in `timeZone`: its local midnight, or,
 * where a DST change skips midnight (America/Santiago in September), the instant the day begins.
 */
export function startOfDayIn(date: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const midnightAsUtc = Date.UTC(year, month - 1, day);
  // The offset at that midnight is one of the offsets in force a day around it; try each.
  const offsets = [offsetAt(midnightAsUtc - 86_400_000, timeZone), offsetAt(midnightAsUtc + 86_400_000, timeZone)];
  const candidates = offsets.map((offset) => midnightAsUtc - offset);
  const exact = candidates.filter((at) => offsetAt(at, timeZone) === midnightAsUtc - at).sort((a, b) => a - b);
  // Two exact candidates when midnight happens twice (clocks turned back at midnight): the day begins at the first.
  // None when midnight is skipped: the day begins when the earlier offset ends, the later candidate.
  return new Date(exact.length > 0 ? exact[0] : Math.max(...candidates));
}

/** Milliseconds the wall clock of `timeZone` is ahead of UTC at `instant` (Tokyo: 9 hours). */
function offsetAt(instant: number, timeZone: string): number {
  const { year, month, day, hour, minute, second } = wallClock(new Date(instant), timeZone);
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return wallAsUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

function wallClock(
  instant: Date,
  timeZone: string,
): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
