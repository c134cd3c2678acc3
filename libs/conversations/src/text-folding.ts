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

const LATIN = /^[a-z0-9]+$/;

/**
 * The rules (already folded) that `text` contains. Japanese keywords match anywhere (Japanese has no
 * spaces between words); Latin ones only as a whole word, so that `dv` does not match "dvd".
 * Spaces are kept for that check: "dv です" is a word, "dvd" is not.
 */
export function matchingKeywords(text: string, foldedKeywords: readonly string[]): string[] {
  const folded = foldForMatching(text);
  const withSpaces = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
  return foldedKeywords.filter((keyword) => {
    if (keyword.length === 0) return false;
    if (!LATIN.test(keyword)) return folded.includes(keyword);
    return new RegExp(`(?<![a-z0-9])${keyword}(?![a-z0-9])`).test(withSpaces);
  });
}

/**
 * The rule that fires for `text`: the first, in the order given, whose folded keyword the text
 * contains. Triage marks conversations with it, and the settings page's "try a sentence" shows it:
 * one matcher for both.
 */
export function firingRule<R extends { folded: string }>(text: string, rules: readonly R[]): R | undefined {
  const [folded] = matchingKeywords(
    text,
    rules.map((r) => r.folded),
  );
  return folded === undefined ? undefined : rules.find((r) => r.folded === folded);
}
