import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import i18n from './i18n';
import { NetworkError } from './session';

interface ApiError {
  message: string;
  extensions?: {
    code?: string;
    reason?: string;
    fieldErrors?: { field: string; messages: string[] }[];
  };
}

/** The API could not be reached, or answered with no GraphQL result: the page offers a retry. */
export function isNetworkFailure(error: unknown): boolean {
  return (
    error instanceof NetworkError || error instanceof TypeError || ServerError.is(error) || ServerParseError.is(error)
  );
}

export function apiErrors(error: unknown): ApiError[] {
  return CombinedGraphQLErrors.is(error) ? (error.errors as ApiError[]) : [];
}

export function reasonOf(error: unknown): string | undefined {
  return apiErrors(error)[0]?.extensions?.reason;
}

/** The password policy's reasons, said in the page's language ("newPassword must be at least 12 …"). */
function translateFieldMessage(message: string): string {
  const length = /must be at least (\d+) characters long/.exec(message);
  if (length) return i18n.t('password.tooShort', { count: Number(length[1]) });
  if (/must be at most (\d+) characters long/.test(message)) return i18n.t('password.tooLong');
  if (message.includes('is too common')) return i18n.t('password.common');
  if (message.includes('must not contain your email')) return i18n.t('password.email');
  if (message.includes('must be an email')) return i18n.t('errors.email');
  if (message.includes('6 digits')) return i18n.t('mfa.codeFormat');
  if (message.startsWith('a postal code is')) return i18n.t('food.errors.postalCode');
  if (message === 'not one of the 47 prefectures') return i18n.t('food.errors.prefecture');
  if (message.startsWith('a phone number is')) return i18n.t('food.errors.phone');
  if (message.startsWith('say what the basis is')) return i18n.t('food.errors.note');
  if (message.includes('not the current code')) return i18n.t('errors.INVALID_MFA_CODE');
  return message;
}

/** A sentence for the form as a whole: known reasons in the page's language, else the API's words. */
export function messageOf(error: unknown): string {
  if (isNetworkFailure(error)) return i18n.t('errors.network');
  const first = apiErrors(error)[0];
  if (!first) return i18n.t('errors.unexpected');
  // The reason when the console knows it, else the code (FORBIDDEN has several reasons), else the API's words.
  const key = [first.extensions?.reason, first.extensions?.code]
    .filter((name): name is string => !!name)
    .map((name) => `errors.${name}`)
    .find((candidate) => i18n.exists(candidate));
  return key ? i18n.t(key) : first.message;
}

/**
 * Puts the API's BAD_USER_INPUT field errors on the form's fields (what was typed stays) and
 * returns what is left for the form as a whole, if anything.
 */
export function applyApiErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): string | null {
  const errors = apiErrors(error);
  let unplaced = errors.length === 0;
  for (const e of errors) {
    const fieldErrors = e.extensions?.fieldErrors ?? [];
    if (e.extensions?.code !== 'BAD_USER_INPUT' || fieldErrors.length === 0) {
      unplaced = true;
      continue;
    }
    for (const fieldError of fieldErrors) {
      const name = fieldError.field.split('.').pop() as Path<T>;
      if (fields.includes(name)) {
        setError(name, { type: 'server', message: fieldError.messages.map(translateFieldMessage).join(' ') });
      } else {
        unplaced = true;
      }
    }
  }
  return unplaced ? messageOf(error) : null;
}
