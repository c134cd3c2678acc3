import { fiscalYearOf, todayIn } from '@tsunagu/platform/calendar';
import { SecondmentStatus } from './secondment.entities';

/** How many days before a secondment's last day the NPO is reminded of it. */
export const END_REMINDER_DAYS = 30;

/**
 * The status a secondment has on `today`, a date of its home city's calendar (YYYY-MM-DD in the
 * home city's time zone): a planned one is active from its first day, and one still running is
 * completed from the day after its last. An early end, a completion and an extension the NPO
 * declared are kept, except that an extension, too, ends on its last day.
 */
export function statusOn(
  secondment: { status: SecondmentStatus; startsOn: string; endsOn: string },
  today: string,
): SecondmentStatus {
  const { status } = secondment;
  if (status === SecondmentStatus.COMPLETED || status === SecondmentStatus.ENDED_EARLY) return status;
  if (secondment.endsOn < today) return SecondmentStatus.COMPLETED;
  if (status === SecondmentStatus.PLANNED && secondment.startsOn <= today) return SecondmentStatus.ACTIVE;
  return status;
}

/** The first day on which the NPO is reminded that a secondment ending on `endsOn` ends soon. */
export function endReminderFrom(endsOn: string): string {
  const date = new Date(`${endsOn}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - END_REMINDER_DAYS);
  return date.toISOString().slice(0, 10);
}

/**
 * Whether a city owes the NPO a review of its roster at `now`: it never reviewed it, or its last
 * review was made in an earlier fiscal year than the current one, both read in the city's calendar
 * (its time zone and the month its fiscal year starts).
 */
export function rosterReviewDue(
  reviewedAt: Date | null,
  city: { timezone: string; fiscalYearStartMonth: number },
  now: Date,
): boolean {
  if (!reviewedAt) return true;
  const fiscalYearAt = (instant: Date) => fiscalYearOf(todayIn(city.timezone, instant), city.fiscalYearStartMonth);
  return fiscalYearAt(reviewedAt) < fiscalYearAt(now);
}
