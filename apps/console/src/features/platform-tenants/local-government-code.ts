/**
 * 全国地方公共団体コード as the API checks it (libs/tenants `isValidLocalGovernmentCode`; the console
 * imports no server code): five digits and a check digit, the last digit of 11 − (Σ dᵢ·wᵢ mod 11)
 * with weights 6, 5, 4, 3, 2. The first two digits are the prefecture's JIS X 0401 code.
 */
export function expectedCheckDigit(body: string): number {
  const weights = [6, 5, 4, 3, 2];
  const sum = weights.reduce((total, weight, i) => total + Number(body[i]) * weight, 0);
  return (11 - (sum % 11)) % 10;
}

export type CodeCheck =
  | { kind: 'incomplete'; missing: number }
  | { kind: 'check-digit'; expected: number }
  | { kind: 'ok'; prefecture: string | undefined };

export function checkLocalGovernmentCode(code: string): CodeCheck {
  if (!/^\d{0,6}$/.test(code) || code.length < 6) {
    return { kind: 'incomplete', missing: Math.max(0, 6 - code.replace(/\D/g, '').length) };
  }
  const expected = expectedCheckDigit(code.slice(0, 5));
  if (expected !== Number(code[5])) return { kind: 'check-digit', expected };
  return { kind: 'ok', prefecture: PREFECTURES[Number(code.slice(0, 2)) - 1] };
}

/** The 47 prefectures in JIS X 0401 order (01 北海道 … 47 沖縄県), written as the API expects them. */
export const PREFECTURES = [
  '北海道',
  '青森県',
  '岩手県',
  '宮城県',
  '秋田県',
  '山形県',
  '福島県',
  '茨城県',
  '栃木県',
  '群馬県',
  '埼玉県',
  '千葉県',
  '東京都',
  '神奈川県',
  '新潟県',
  '富山県',
  '石川県',
  '福井県',
  '山梨県',
  '長野県',
  '岐阜県',
  '静岡県',
  '愛知県',
  '三重県',
  '滋賀県',
  '京都府',
  '大阪府',
  '兵庫県',
  '奈良県',
  '和歌山県',
  '鳥取県',
  '島根県',
  '岡山県',
  '広島県',
  '山口県',
  '徳島県',
  '香川県',
  '愛媛県',
  '高知県',
  '福岡県',
  '佐賀県',
  '長崎県',
  '熊本県',
  '大分県',
  '宮崎県',
  '鹿児島県',
  '沖縄県',
] as const;
