import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** About 49,000 passwords seen most often in breaches (zxcvbn-ts common list), lower-cased. */
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  return (common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase())));
}

/**
 * What is wrong with `password` for the account `email`, in words a user can act on; empty when
 * it is acceptable. At least 12 characters, not a common password (nor one repeated), and not
 * containing the email or its local part.
 */
export function passwordProblems(password: string, email: string): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push(`must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  if (password.length > MAX_PASSWORD_LENGTH) problems.push(`must be at most ${MAX_PASSWORD_LENGTH} characters long`);
  const lower = password.normalize('NFKC').toLowerCase();
  if (commonPasswords().has(lower) || isRepetitionOfCommon(lower)) problems.push('is too common: choose another');
  const address = email.trim().toLowerCase();
  const local = address.split('@')[0] ?? '';
  if (address && (lower.includes(address) || (local.length >= 3 && lower.includes(local)))) {
    problems.push('must not contain your email address');
  }
  return problems;
}

/** `passwordpassword`, `qwertyqwerty`: a common password repeated is no better. */
function isRepetitionOfCommon(lower: string): boolean {
  for (let size = 1; size <= lower.length / 2; size++) {
    if (lower.length % size !== 0) continue;
    const unit = lower.slice(0, size);
    if (unit.repeat(lower.length / size) === lower && (size < 4 || commonPasswords().has(unit))) return true;
  }
  return false;
}
