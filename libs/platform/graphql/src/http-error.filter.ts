import { Catch, HttpStatus, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, ErrorKind } from '@tsunagu/platform/errors';

const STATUS: Record<ErrorKind, number> = {
  [ErrorKind.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorKind.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorKind.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorKind.BadUserInput]: HttpStatus.BAD_REQUEST,
  [ErrorKind.Conflict]: HttpStatus.CONFLICT,
};

/**
 * Domain errors of HTTP routes (health, and later webhooks and downloads) become a status and a
 * JSON body with the same `code` and `reason` as GraphQL errors. GraphQL errors are left to
 * `createErrorFormatter`: returning the error hands it back to the GraphQL executor.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter<DomainError> {
  catch(error: DomainError, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return error;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(STATUS[error.kind])
      .json({
        code: error.kind,
        reason: error.reason,
        message: error.message,
        ...(error.fieldErrors.length > 0 ? { fieldErrors: error.fieldErrors } : {}),
      });
    return undefined;
  }
}
