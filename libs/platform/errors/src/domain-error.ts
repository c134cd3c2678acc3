/**
 * The kinds of failure a client can act on. Each becomes `extensions.code` of a GraphQL error;
 * the mapping lives in one place (platform/graphql `toGraphQLError`).
 */
export enum ErrorKind {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  BadUserInput = 'BAD_USER_INPUT',
  Conflict = 'CONFLICT',
}

export interface FieldError {
  /** Path of the input field, e.g. `localGovernmentCode`. */
  field: string;
  messages: string[];
}

/**
 * A failure the domain expects. `reason` is a stable, domain-specific code
 * (`TENANT_SLUG_TAKEN`, `TENANT_REQUIRED`, ...) that clients may switch on.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly reason: string,
    message: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(reason = 'NOT_AUTHENTICATED', message = 'Authentication required') {
    super(ErrorKind.Unauthenticated, reason, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(reason = 'NOT_PERMITTED', message = 'You are not allowed to do this') {
    super(ErrorKind.Forbidden, reason, message);
  }
}

export class NotFoundError extends DomainError {
  constructor(reason: string, message: string) {
    super(ErrorKind.NotFound, reason, message);
  }
}

export class ConflictError extends DomainError {
  constructor(reason: string, message: string, fieldErrors: FieldError[] = []) {
    super(ErrorKind.Conflict, reason, message, fieldErrors);
  }
}

export class BadUserInputError extends DomainError {
  constructor(fieldErrors: FieldError[], reason = 'INVALID_INPUT', message = 'The input is not valid') {
    super(ErrorKind.BadUserInput, reason, message, fieldErrors);
  }
}
