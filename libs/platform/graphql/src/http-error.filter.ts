import { Catch, HttpStatus, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { isDatabaseUnavailable, unavailableSummary } from '@tsunagu/platform/database';
import { DomainError, ErrorKind } from '@tsunagu/platform/errors';
import { SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE_MESSAGE } from './format-error';

const STATUS: Record<ErrorKind, number> = {
  [ErrorKind.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorKind.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorKind.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorKind.BadUserInput]: HttpStatus.BAD_REQUEST,
  [ErrorKind.Conflict]: HttpStatus.CONFLICT,
};

/**
 * Errors of HTTP routes (health, the LINE webhook, media, downloads) become a status and a JSON body
 * with the same `code` and `reason` as GraphQL errors: domain errors by their kind, a lost or
 * unreachable database as 503 SERVICE_UNAVAILABLE (with `Retry-After`); anything else is left to
 * Nest's own handling. GraphQL errors are left to `createErrorFormatter`.
 */
@Catch()
export class DomainErrorFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('HTTP');

  override catch(error: unknown, host: ArgumentsHost): unknown {
    // GraphQL: thrown on to the executor, which hands it to `createErrorFormatter`.
    if (host.getType() !== 'http') throw error;
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof DomainError) {
      response.status(STATUS[error.kind]).json({
        code: error.kind,
        reason: error.reason,
        message: error.message,
        ...(error.fieldErrors.length > 0 ? { fieldErrors: error.fieldErrors } : {}),
      });
      return undefined;
    }
    if (isDatabaseUnavailable(error)) {
      this.logger.warn({ err: unavailableSummary(error) }, 'the database is unavailable');
      if (!response.headersSent) {
        response
          .status(HttpStatus.SERVICE_UNAVAILABLE)
          .set('retry-after', '5')
          .json({ code: SERVICE_UNAVAILABLE, message: SERVICE_UNAVAILABLE_MESSAGE });
      }
      return undefined;
    }
    super.catch(error, host);
    return undefined;
  }
}
