/**
 * Text as keyword rules compare it: NFKC (full-width ＤＶ and half-width ｼﾆﾀｲ become DV and シニタイ),
 * katakana folded to hiragana (シニタイ and しにたい match alike), lower case, no spaces.
 */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .toLowerCase()
    .replace(/\s+/g, '');
}

/** The rules (already folded) that `text` contains. */
export function matchingKeywords(text: string, foldedKeywords: readonly string[]): string[] {
  const folded = foldForMatching(text);
  return foldedKeywords.filter((keyword) => keyword.length > 0 && folded.includes(keyword));
}
