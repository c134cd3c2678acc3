/** The most tags a family has; each 1 to 30 characters. */
export const MAX_TAGS = 20;
export const TAG_MAX_LENGTH = 30;

/** A tag as stored (NFC, trimmed, inner runs of spaces as one), or null when empty or too long. */
export function cleanTag(raw: string): string | null {
  const tag = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  const length = [...tag].length;
  return length >= 1 && length <= TAG_MAX_LENGTH ? tag : null;
}
