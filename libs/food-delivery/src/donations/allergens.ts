/**
 * Allergens a donated item declares, after the labelling rules of the Consumer Affairs Agency
 * (食品表示基準): the eight 特定原材料 a label must show (くるみ since 2023), then the twenty
 * 特定原材料に準ずるもの it is recommended to show (the 2024 list: マカダミアナッツ in, まつたけ out).
 * A fixed list, so a round's packing can be checked against a family's allergies by value;
 * an empty list means the donor declared none.
 */
export enum Allergen {
  // 特定原材料 (mandatory)
  SHRIMP = 'shrimp',
  CRAB = 'crab',
  WALNUT = 'walnut',
  WHEAT = 'wheat',
  BUCKWHEAT = 'buckwheat',
  EGG = 'egg',
  MILK = 'milk',
  PEANUT = 'peanut',
  // 特定原材料に準ずるもの (recommended)
  ALMOND = 'almond',
  ABALONE = 'abalone',
  SQUID = 'squid',
  SALMON_ROE = 'salmon_roe',
  ORANGE = 'orange',
  CASHEW = 'cashew',
  KIWI = 'kiwi',
  BEEF = 'beef',
  SESAME = 'sesame',
  SALMON = 'salmon',
  MACKEREL = 'mackerel',
  SOYBEAN = 'soybean',
  CHICKEN = 'chicken',
  BANANA = 'banana',
  PORK = 'pork',
  MACADAMIA = 'macadamia',
  PEACH = 'peach',
  YAM = 'yam',
  APPLE = 'apple',
  GELATIN = 'gelatin',
}

/** The Japanese word on a label for each allergen, in the order of the list above. */
export const ALLERGEN_LABELS: Record<Allergen, string> = {
  [Allergen.SHRIMP]: 'えび',
  [Allergen.CRAB]: 'かに',
  [Allergen.WALNUT]: 'くるみ',
  [Allergen.WHEAT]: '小麦',
  [Allergen.BUCKWHEAT]: 'そば',
  [Allergen.EGG]: '卵',
  [Allergen.MILK]: '乳',
  [Allergen.PEANUT]: '落花生',
  [Allergen.ALMOND]: 'アーモンド',
  [Allergen.ABALONE]: 'あわび',
  [Allergen.SQUID]: 'いか',
  [Allergen.SALMON_ROE]: 'いくら',
  [Allergen.ORANGE]: 'オレンジ',
  [Allergen.CASHEW]: 'カシューナッツ',
  [Allergen.KIWI]: 'キウイフルーツ',
  [Allergen.BEEF]: '牛肉',
  [Allergen.SESAME]: 'ごま',
  [Allergen.SALMON]: 'さけ',
  [Allergen.MACKEREL]: 'さば',
  [Allergen.SOYBEAN]: '大豆',
  [Allergen.CHICKEN]: '鶏肉',
  [Allergen.BANANA]: 'バナナ',
  [Allergen.PORK]: '豚肉',
  [Allergen.MACADAMIA]: 'マカダミアナッツ',
  [Allergen.PEACH]: 'もも',
  [Allergen.YAM]: 'やまいも',
  [Allergen.APPLE]: 'りんご',
  [Allergen.GELATIN]: 'ゼラチン',
};

/** The eight a label must show. */
export const MANDATORY_ALLERGENS: readonly Allergen[] = [
  Allergen.SHRIMP,
  Allergen.CRAB,
  Allergen.WALNUT,
  Allergen.WHEAT,
  Allergen.BUCKWHEAT,
  Allergen.EGG,
  Allergen.MILK,
  Allergen.PEANUT,
];
