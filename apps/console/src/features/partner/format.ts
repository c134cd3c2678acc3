import { formatDate } from '../../lib/i18n';

/** A calendar date of the API (`YYYY-MM-DD`, already the tenant's day), in the page's language. */
export function formatDay(day: string): string {
  // Noon UTC of that day, read in UTC: the same calendar day whatever the browser's zone.
  return formatDate(`${day}T12:00:00Z`, 'UTC');
}
