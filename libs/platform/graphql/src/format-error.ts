import { HttpException, type LoggerService } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorKind, loggableError } from '@tsunagu/platform/errors';
import { isDatabaseUnavailable, unavailableSummary } from '@tsunagu/platform/database';

/** The code of a failure that is not the request's fault and may pass if tried again shortly. */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
export const SERVICE_UNAVAILABLE_MESSAGE = 'The service is temporarily unavailable: try again in a few seconds';

/** The GraphQL error of a request that met a lost or unreachable database. */
export function serviceUnavailable(): GraphQLFormattedError {
  return { message: SERVICE_UNAVAILABLE_MESSAGE, extensions: { code: SERVICE_UNAVAILABLE } };
}

/** Codes Apollo itself produces for requests that never reached a resolver: safe to pass on. */
const APOLLO_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** What graphql-js says, without a code, when a request's variables hold too many errors to list. */
const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables';

const HTTP_STATUS_KINDS: Record<number, ErrorKind> = {
  400: ErrorKind.BadUserInput,
  401: ErrorKind.Unauthenticated,
  403: ErrorKind.Forbidden,
  404: ErrorKind.NotFound,
  409: ErrorKind.Conflict,
};

/**
 * The one place where failures become GraphQL errors. Domain errors carry their kind as
 * `extensions.code`, their stable `reason` and any field errors. A lost or unreachable database is
 * SERVICE_UNAVAILABLE (try again). Anything unexpected is logged and answered as
 * INTERNAL_SERVER_ERROR without detail; stack traces leave only in development.
 */
export function createErrorFormatter(
  logger: LoggerService,
  development: boolean,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = unwrapResolverError(error);
    const where = { path: formatted.path, locations: formatted.locations };
    const stack = development && original instanceof Error ? { stacktrace: original.stack?.split('\n') } : {};

    if (original instanceof DomainError) {
      return {
        message: original.message,
        ...where,
        extensions: {
          code: original.kind,
          reason: original.reason,
          ...(original.fieldErrors.length > 0 ? { fieldErrors: original.fieldErrors } : {}),
          ...stack,
        },
      };
    }
    if (isDatabaseUnavailable(original)) {
      logger.warn({ err: unavailableSummary(original) }, 'the database is unavailable');
      return { ...serviceUnavailable(), ...where };
    }
    if (original instanceof HttpException && original.getStatus() === 429) {
      return {
        message: 'Too many requests: try again in a minute',
        ...where,
        extensions: { code: 'TOO_MANY_REQUESTS' },
      };
    }
    if (original instanceof HttpException && HTTP_STATUS_KINDS[original.getStatus()]) {
      return {
        message: original.message,
        ...where,
        extensions: { code: HTTP_STATUS_KINDS[original.getStatus()], ...stack },
      };
    }
    const code = formatted.extensions?.['code'];
    if (original instanceof GraphQLError && typeof code === 'string' && APOLLO_REQUEST_CODES.has(code)) {
      const fieldErrors = formatted.extensions?.['fieldErrors'];
      const reason = formatted.extensions?.['reason'];
      return {
        message: formatted.message,
        ...where,
        extensions: {
          code,
          ...(typeof reason === 'string' ? { reason } : {}),
          ...(fieldErrors ? { fieldErrors } : {}),
          ...stack,
        },
      };
    }
    if (original instanceof GraphQLError && original.message.startsWith(TOO_MANY_VARIABLE_ERRORS)) {
      // graphql-js stops coercing variables after 50 errors and says so without a code: the input's
      // fault, like each of the errors before it (a large nested input, such as a segment, can have
      // that many).
      return { message: formatted.message, ...where, extensions: { code: 'BAD_USER_INPUT', ...stack } };
    }
    if (isRefusedRequest(original)) {
      // Refused by Apollo before any operation ran, with a 4xx status but no code (a persisted
      // query whose hash does not match its text, an unsupported persisted-query version).
      return { message: formatted.message, ...where, extensions: { code: 'BAD_REQUEST', ...stack } };
    }
    logger.error({ err: loggableError(original) }, 'unexpected error in a GraphQL operation');
    return { message: 'Internal server error', ...where, extensions: { code: 'INTERNAL_SERVER_ERROR', ...stack } };
  };
}

/** An error Apollo raised itself, outside any resolver, answering with a 4xx status. */
function isRefusedRequest(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.path || error.originalError) return false;
  const status = (error.extensions['http'] as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
