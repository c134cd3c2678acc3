import { csvRecord } from '@tsunagu/platform/downloads';
import { encodeCp932 } from './cp932';

/**
 * The courier file: ヤマト運輸 B2クラウド「外部データから発行」の基本レイアウト (送り状発行データ,
 * the layout B2 reads as CSV), its first 42 columns in their published order, one row per household,
 * a header row of the item names, Shift_JIS (CP932), CRLF. docs/food-delivery.md says which columns
 * are filled and where the layout comes from.
 */
export const B2_COLUMNS = [
  'お客様管理番号',
  '送り状種類',
  'クール区分',
  '伝票番号',
  '出荷予定日',
  'お届け予定日',
  '配達時間帯',
  'お届け先コード',
  'お届け先電話番号',
  'お届け先電話番号枝番',
  'お届け先郵便番号',
  'お届け先住所',
  'お届け先アパートマンション名',
  'お届け先会社・部門１',
  'お届け先会社・部門２',
  'お届け先名',
  'お届け先名(ｶﾅ)',
  '敬称',
  'ご依頼主コード',
  'ご依頼主電話番号',
  'ご依頼主電話番号枝番',
  'ご依頼主郵便番号',
  'ご依頼主住所',
  'ご依頼主アパートマンション',
  'ご依頼主名',
  'ご依頼主名(ｶﾅ)',
  '品名コード１',
  '品名１',
  '品名コード２',
  '品名２',
  '荷扱い１',
  '荷扱い２',
  '記事',
  'ｺﾚｸﾄ代金引換額（税込)',
  '内消費税額等',
  '止置き',
  '営業所コード',
  '発行枚数',
  '個数口表示フラグ',
  '請求先顧客コード',
  '請求先分類コード',
  '運賃管理番号',
] as const;

/** 送り状種類 0: 発払い (the sender pays). */
const INVOICE_PREPAID = '0';
/** クール区分 0: 通常. */
const NOT_CHILLED = '0';
/** 止置き 0: 利用しない (delivered to the door). */
const DELIVER_TO_DOOR = '0';

/** An address as the sealed value holds it (either shape the households' service has written). */
export interface SealedAddress {
  postalCode: string;
  prefecture: string;
  city?: string | null;
  street?: string | null;
  building?: string | null;
  line1?: string | null;
  line2?: string | null;
  phone?: string | null;
}

export interface CourierRecipient {
  /** お客様管理番号: half-width, at most 20 characters (the place's id without hyphens, cut). */
  reference: string;
  name: string;
  address: SealedAddress;
}

export interface CourierSender {
  name: string;
  phone: string;
  postalCode: string;
  address: string;
  building?: string | null;
}

export interface CourierFileOptions {
  /** `YYYY-MM-DD` */
  shipOn: string;
  itemName: string;
  /** 記事: the round's name. */
  note: string;
  billingCustomerCode?: string | null;
  billingClassCode?: string | null;
  freightNumber?: string | null;
}

export interface CourierFile {
  content: Buffer;
  rows: number;
  /** Characters CP932 lacks, written as 〓 (the coordinator checks those labels). */
  replaced: number;
}

/** The street part (after the prefecture) and the building part of an address, in either shape. */
export function addressLines(address: SealedAddress): { street: string; building: string } {
  const street =
    address.city || address.street ? `${address.city ?? ''}${address.street ?? ''}` : (address.line1 ?? '');
  return { street: `${address.prefecture}${street}`, building: address.building ?? address.line2 ?? '' };
}

/** The reference of a place for お客様管理番号: 20 half-width characters. */
export function courierReference(placeId: string): string {
  return placeId.replace(/-/g, '').slice(0, 20);
}

export function courierFile(
  recipients: readonly CourierRecipient[],
  sender: CourierSender,
  options: CourierFileOptions,
): CourierFile {
  const shipOn = options.shipOn.replace(/-/g, '/');
  const lines = [csvRecord(B2_COLUMNS)];
  for (const r of recipients) {
    const { street, building } = addressLines(r.address);
    const row: Record<(typeof B2_COLUMNS)[number], string> = {
      お客様管理番号: r.reference,
      送り状種類: INVOICE_PREPAID,
      クール区分: NOT_CHILLED,
      伝票番号: '',
      出荷予定日: shipOn,
      お届け予定日: '',
      配達時間帯: '',
      お届け先コード: '',
      お届け先電話番号: r.address.phone ?? '',
      お届け先電話番号枝番: '',
      お届け先郵便番号: r.address.postalCode,
      お届け先住所: street,
      お届け先アパートマンション名: building,
      'お届け先会社・部門１': '',
      'お届け先会社・部門２': '',
      お届け先名: r.name,
      'お届け先名(ｶﾅ)': '',
      敬称: '様',
      ご依頼主コード: '',
      ご依頼主電話番号: sender.phone,
      ご依頼主電話番号枝番: '',
      ご依頼主郵便番号: sender.postalCode,
      ご依頼主住所: sender.address,
      ご依頼主アパートマンション: sender.building ?? '',
      ご依頼主名: sender.name,
      'ご依頼主名(ｶﾅ)': '',
      品名コード１: '',
      品名１: options.itemName,
      品名コード２: '',
      品名２: '',
      荷扱い１: '',
      荷扱い２: '',
      記事: options.note,
      'ｺﾚｸﾄ代金引換額（税込)': '',
      内消費税額等: '',
      止置き: DELIVER_TO_DOOR,
      営業所コード: '',
      発行枚数: '',
      個数口表示フラグ: '',
      請求先顧客コード: options.billingCustomerCode ?? '',
      請求先分類コード: options.billingClassCode ?? '',
      運賃管理番号: options.freightNumber ?? '',
    };
    lines.push(csvRecord(B2_COLUMNS.map((column) => row[column])));
  }
  const { bytes, replaced } = encodeCp932(lines.join('\r\n') + '\r\n');
  return { content: bytes, rows: recipients.length, replaced };
}
