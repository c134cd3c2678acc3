/**
 * The packing list's arithmetic: children's ages at a round, their bands, and which planned items
 * a household's allergies warn about. Pure functions (unit-tested).
 */

/** Age bands of the packing list (what goes in the box differs: baby food, snacks, school-age portions). */
export enum AgeBand {
  /** 0–2歳 */
  INFANT = 'infant',
  /** 3–5歳 */
  PRESCHOOL = 'preschool',
  /** 6–11歳 (小学生) */
  PRIMARY = 'primary',
  /** 12–14歳 (中学生) */
  LOWER_SECONDARY = 'lower_secondary',
  /** 15–17歳 */
  UPPER_SECONDARY = 'upper_secondary',
  /** 18歳以上 */
  ADULT = 'adult',
}

export const AGE_BANDS: readonly AgeBand[] = Object.values(AgeBand);

/** A child's age in whole years on `on` (`YYYY-MM-DD`), from a birth year-month `YYYY-MM` (born on the 1st). */
export function ageOn(birthMonth: string, on: string): number | null {
  const birth = /^(\d{4})-(\d{2})$/.exec(birthMonth);
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(on);
  if (!birth || !day) return null;
  const months = (Number(day[1]) - Number(birth[1])) * 12 + (Number(day[2]) - Number(birth[2]));
  return months < 0 ? null : Math.floor(months / 12);
}

export function ageBand(age: number): AgeBand {
  if (age <= 2) return AgeBand.INFANT;
  if (age <= 5) return AgeBand.PRESCHOOL;
  if (age <= 11) return AgeBand.PRIMARY;
  if (age <= 14) return AgeBand.LOWER_SECONDARY;
  if (age <= 17) return AgeBand.UPPER_SECONDARY;
  return AgeBand.ADULT;
}

/** NFKC, katakana as hiragana, lower case: how allergy words and item names are compared. */
export function foldFood(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .toLowerCase()
    .trim();
}

/**
 * The words people write for the allergens labelled by law (特定原材料), and what an item named
 * with them contains. `卵` in a household's allergies also warns about `たまごボーロ` and `玉子スープ`.
 */
const ALLERGEN_WORDS: readonly (readonly string[])[] = [
  ['卵', '玉子', 'たまご', '鶏卵', 'えっぐ', 'エッグ', 'マヨネーズ'],
  ['乳', '牛乳', 'ミルク', '乳製品', 'チーズ', 'ヨーグルト', 'バター'],
  ['小麦', 'こむぎ', 'パン', 'うどん', 'パスタ', 'そうめん', 'ラーメン'],
  ['そば', '蕎麦'],
  ['落花生', 'ピーナッツ', 'ぴーなっつ'],
  ['えび', '海老', 'エビ'],
  ['かに', '蟹', 'カニ'],
  ['くるみ', '胡桃'],
].map((words) => words.map(foldFood));

/** A household's allergies as separate words: `卵、乳（軽度）` → `卵`, `乳`. */
export function allergyWords(allergies: string | null | undefined): string[] {
  if (!allergies) return [];
  const words = foldFood(allergies)
    .replace(/[(（][^)）]*[)）]/g, ' ')
    .split(/[、,，・/／;；\s]+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0 && !['なし', '無し', 'ない', 'とくになし', '特になし'].includes(w));
  return [...new Set(words)];
}

export interface PlannedItemWithAllergens {
  name: string;
  quantity: number;
  /** The allergens the item carries, when whoever planned it said (`['小麦', '卵']`). */
  allergens?: readonly string[] | null;
}

export interface AllergenWarning {
  itemName: string;
  /** The household's word that matched. */
  allergen: string;
}

/**
 * The planned items a household's allergies warn about: an allergy word found in the item's
 * declared allergens or in its name, directly or through the words of the same allergen.
 */
export function allergenWarnings(
  allergies: string | null | undefined,
  items: readonly PlannedItemWithAllergens[],
): AllergenWarning[] {
  const words = allergyWords(allergies);
  if (words.length === 0) return [];
  const warnings: AllergenWarning[] = [];
  for (const item of items) {
    const texts = [item.name, ...(item.allergens ?? [])].map(foldFood);
    for (const word of words) {
      const family = ALLERGEN_WORDS.find((group) => group.includes(word)) ?? [word];
      if (family.some((w) => texts.some((text) => text.includes(w)))) {
        warnings.push({ itemName: item.name, allergen: word });
      }
    }
  }
  return warnings;
}

/** The planned items as stored, with their allergens when they carry them (a list of words). */
export function plannedItemsOf(value: unknown): PlannedItemWithAllergens[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((raw: unknown) => {
    if (!raw || typeof raw !== 'object') return [];
    const item = raw as Record<string, unknown>;
    if (typeof item['name'] !== 'string') return [];
    const allergens = Array.isArray(item['allergens'])
      ? item['allergens'].filter((a): a is string => typeof a === 'string')
      : null;
    return [{ name: item['name'], quantity: Number(item['quantity'] ?? 0), allergens }];
  });
}
