import { BadUserInputError, type FieldError } from '@tsunagu/platform/errors';
import { PREFECTURES } from '@tsunagu/tenants';
import type { HouseholdAddress } from './food-delivery.entities';

const PREFECTURE_SET: ReadonlySet<string> = new Set(PREFECTURES);

/** What the address fields of an application or an enrolment carry. */
export interface AddressInput {
  postalCode: string;
  prefecture: string;
  /** 市区町村: `文京区`, `神戸市中央区`. */
  city: string;
  /** 町名・番地: `本郷1-2-3`. */
  street: string;
  /** 建物名・部屋番号 */
  building?: string | null;
  phone?: string | null;
}

/** Full-width letters, digits and spaces as people type them, made plain (NFKC). */
function plain(value: string): string {
  return value.normalize('NFKC').trim();
}

/** Digits with whatever dash people typed between them (ー, －, −, ‐, ...) as `-`. */
function dashed(value: string): string {
  return plain(value).replace(/[‐‑‒–—―−ー－]/g, '-');
}

/**
 * `〒113-0033`, `113-0033`, `1130033`, `１１３－００３３`: answered as `113-0033`; anything else
 * is null.
 */
export function normalisePostalCode(value: string): string | null {
  const digits = dashed(value)
    .replace(/^〒\s*/, '')
    .replace(/\s+/g, '');
  const match = /^(\d{3})-?(\d{4})$/.exec(digits);
  return match ? `${match[1]}-${match[2]}` : null;
}

/** A Japanese phone number: 10 or 11 digits starting with 0, hyphens kept as written. */
export function normalisePhone(value: string): string | null {
  const phone = dashed(value).replace(/[\s()]/g, '');
  if (!/^0[\d-]+$/.test(phone)) return null;
  const digits = phone.replace(/-/g, '').length;
  return digits === 10 || digits === 11 ? phone : null;
}

const TEXT_MAX = 200;

/**
 * A validated, normalised address, or a BAD_USER_INPUT error naming every wrong field (under
 * `prefix`, such as `address.`); nothing is written before this passes.
 */
export function validAddress(input: AddressInput, prefix = 'address.'): HouseholdAddress {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field: `${prefix}${field}`, messages: [message] });
  const postalCode = normalisePostalCode(input.postalCode ?? '');
  if (!postalCode) fail('postalCode', 'a postal code is 〒NNN-NNNN (seven digits)');
  const prefecture = plain(input.prefecture ?? '');
  if (!PREFECTURE_SET.has(prefecture)) fail('prefecture', 'not one of the 47 prefectures');
  const city = plain(input.city ?? '');
  if (!city || city.length > TEXT_MAX) fail('city', `the city, ward, town or village is 1 to ${TEXT_MAX} characters`);
  const street = plain(input.street ?? '');
  if (!street || street.length > TEXT_MAX) fail('street', `the street address is 1 to ${TEXT_MAX} characters`);
  const building = input.building ? plain(input.building) : '';
  if (building.length > TEXT_MAX) fail('building', `at most ${TEXT_MAX} characters`);
  let phone: string | null = null;
  if (input.phone && plain(input.phone)) {
    phone = normalisePhone(input.phone);
    if (!phone) fail('phone', 'a phone number is 10 or 11 digits starting with 0');
  }
  if (errors.length > 0) throw new BadUserInputError(errors, 'ADDRESS_INVALID', 'The address is not valid');
  return {
    postalCode: postalCode as string,
    prefecture,
    city,
    street,
    building: building || null,
    phone,
  };
}
