import { BadUserInputError } from '@tsunagu/platform/errors';

/**
 * Text as stored: NFC (a name typed on a Mac and on Windows is one string) and trimmed, between 1
 * and `max` characters (code points, as PostgreSQL counts them).
 */
export function requiredText(value: string | null | undefined, field: string, max: number): string {
  const text = (value ?? '').normalize('NFC').trim();
  const length = [...text].length;
  if (length < 1 || length > max) {
    throw new BadUserInputError([{ field, messages: [`${field} must be 1 to ${max} characters`] }]);
  }
  return text;
}

/** Optional text: trimmed NFC, and empty means none. */
export function optionalText(value: string | null | undefined): string | null {
  const text = value?.normalize('NFC').trim();
  return text ? text : null;
}

/** The key that compares names and areas: full-width ＤＶ, half-width ｶﾀｶﾅ and case make no difference. */
export const matchKey = (text: string): string => text.normalize('NFKC').trim().toLowerCase();

/** Sorts Japanese text as a Japanese reader expects (the database has no Japanese collation). */
export const japaneseOrder = new Intl.Collator('ja').compare;

/** Escapes `%`, `_` and the escape character itself for `like ... escape '!'`. */
export function likePattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
