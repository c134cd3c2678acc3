import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * 全国地方公共団体コード: five digits and a check digit. The check digit is the last digit of
 * 11 − (Σ dᵢ·wᵢ mod 11) with weights 6, 5, 4, 3, 2 (Kobe 28100 → 281000).
 */
export function isValidLocalGovernmentCode(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const weights = [6, 5, 4, 3, 2];
  const sum = weights.reduce((total, weight, i) => total + Number(code[i]) * weight, 0);
  return (11 - (sum % 11)) % 10 === Number(code[5]);
}

export function IsLocalGovernmentCode(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isLocalGovernmentCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: 'localGovernmentCode must be a 6-digit local government code with a valid check digit',
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidLocalGovernmentCode(value) },
    });
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be an IANA time zone such as Asia/Tokyo`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidTimeZone(value) },
    });
}
