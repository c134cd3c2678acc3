import { BadUserInputError } from '@tsunagu/platform/errors';

/**
 * Text as stored: NFC (so that a name typed on a Mac and on Windows is one string) and trimmed,
 * between 1 and `max` characters (code points, as PostgreSQL counts them).
 */
export function cleanText(value: string, field: string, max: number): string {
  const text = value.normalize('NFC').trim();
  const length = [...text].length;
  if (length < 1 || length > max) {
    throw new BadUserInputError([{ field, messages: [`${field} must be 1 to ${max} characters`] }]);
  }
  return text;
}

/** Sorts Japanese text as a Japanese reader expects (the database has no Japanese collation). */
export const japaneseOrder = new Intl.Collator('ja').compare;

/** Category lists: by sort order, then by name as a Japanese reader expects. */
export function byDisplayOrder(a: { sortOrder: number; name: string }, b: { sortOrder: number; name: string }): number {
  return a.sortOrder - b.sortOrder || japaneseOrder(a.name, b.name);
}
