import { randomInt } from 'node:crypto';
import { authenticator } from 'otplib';

/** TOTP (RFC 6238): 6 digits, 30-second steps, one step of clock drift either way. */
const totp = authenticator.clone({ window: 1 });

export const RECOVERY_CODE_COUNT = 10;

export function newTotpSecret(): string {
  return totp.generateSecret(20);
}

export function otpauthUri(email: string, secret: string): string {
  return totp.keyuri(email, 'tsunagu', secret);
}

const STEP_SECONDS = 30;

/**
 * The time step of `code` when it is valid for `secret` and later than `lastStep` (a code, once
 * accepted, is never accepted again), otherwise null.
 */
export function acceptTotp(code: string, secret: string, lastStep: number | null, now = Date.now()): number | null {
  const digits = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(digits)) return null;
  const delta = totp.checkDelta(digits, secret);
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / STEP_SECONDS) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** For tests and the enrolment check: the code of the current step. */
export function currentTotp(secret: string): string {
  return totp.generate(secret);
}

/** The sealed secret opens only for its own user. */
export function mfaSecretContext(userId: string): string {
  return `mfa-secret:${userId}`;
}

/** `k7f3q-2xw9m`: 50 random bits, unambiguous characters. */
export function newRecoveryCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Whether a user must sign in with MFA: platform roles when MFA_REQUIRED_FOR_PLATFORM_ROLES is on,
 * and any active membership whose tenant lists its role (`mfaRequiredRoles`: the tenant's list).
 */
export function mfaRequired(
  user: { platformRoles: readonly string[] },
  memberships: { role: string; mfaRequiredRoles: readonly string[] }[],
  requiredForPlatformRoles: boolean,
): boolean {
  if (user.platformRoles.length > 0 && requiredForPlatformRoles) return true;
  return memberships.some((m) => m.mfaRequiredRoles.includes(m.role));
}
