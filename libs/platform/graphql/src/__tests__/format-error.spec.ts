import { GraphQLError } from 'graphql';
import { ConnectionException, DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { DatabaseUnavailableError } from '@tsunagu/platform/database';
import { BadUserInputError, ConflictError } from '@tsunagu/platform/errors';
import { createErrorFormatter } from '../format-error';

function resolverError(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['createTenant'], originalError: original });
}

describe('createErrorFormatter', () => {
  const logged: unknown[] = [];
  const logger = { log: jest.fn(), warn: jest.fn(), error: (entry: unknown) => logged.push(entry) };
  const format = createErrorFormatter(logger, false);

  beforeEach(() => logged.splice(0));

  it('maps a domain error to its code, reason and field errors', () => {
    const error = new BadUserInputError([{ field: 'slug', messages: ['slug is not valid'] }]);
    expect(format({ message: 'x', path: ['createTenant'] }, resolverError(error))).toEqual({
      message: 'The input is not valid',
      path: ['createTenant'],
      locations: undefined,
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        fieldErrors: [{ field: 'slug', messages: ['slug is not valid'] }],
      },
    });
    expect(
      format({ message: 'x' }, resolverError(new ConflictError('TENANT_SLUG_TAKEN', 'taken'))).extensions,
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'TENANT_SLUG_TAKEN',
    });
  });

  it('answers an unexpected error without detail, and logs it without the SQL values', () => {
    const driverError = new UniqueConstraintViolationException(
      Object.assign(new Error(`insert into "app_user" values ('hanako@example.jp') - duplicate key`), {
        code: '23505',
      }),
    );
    const formatted = format(
      { message: driverError.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      resolverError(driverError),
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: undefined,
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(logged)).not.toContain('hanako@example.jp');
    expect(JSON.stringify(logged)).toContain('UniqueConstraintViolationException');
  });

  it('answers SERVICE_UNAVAILABLE, never INTERNAL_SERVER_ERROR, when the database went away', () => {
    const sqlError = (message: string, code?: string) =>
      Object.assign(new Error(`update "conversation" set "note" = 'やまだ はなこ' - ${message}`), { code });
    const lost = [
      new DriverException(sqlError('terminating connection due to administrator command', '57P01')),
      new DriverException(sqlError('the database system is starting up', '57P03')),
      new DriverException(sqlError('connection failure', '08006')),
      new ConnectionException(sqlError('connect ECONNREFUSED 127.0.0.1:5432')),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
      new Error('Connection terminated unexpectedly'),
      new Error('COMMIT; - Client has encountered a connection error and is not queryable'),
      Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), {
        name: 'KnexTimeoutError',
      }),
      new DatabaseUnavailableError(new Error('Connection terminated')),
    ];
    for (const error of lost) {
      expect(format({ message: error.message, path: ['createTenant'] }, resolverError(error))).toEqual({
        message: 'The service is temporarily unavailable: try again in a few seconds',
        path: ['createTenant'],
        locations: undefined,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
    expect(JSON.stringify(logged)).not.toContain('はなこ');
    // Other database errors stay internal.
    const deadlock = new DriverException(sqlError('deadlock detected', '40P01'));
    expect(format({ message: 'x' }, resolverError(deadlock)).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it("passes on Apollo's refusals before execution: a 4xx without a code as BAD_REQUEST, field errors kept", () => {
    const mismatch = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });
    expect(format({ message: mismatch.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, mismatch)).toEqual({
      message: 'provided sha does not match query',
      path: undefined,
      locations: undefined,
      extensions: { code: 'BAD_REQUEST' },
    });
    const fieldErrors = [{ field: 'id', messages: ['must be an id (a UUID)'] }];
    const refused = new GraphQLError('The input is not valid', {
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fieldErrors },
    });
    expect(format({ message: refused.message, extensions: refused.extensions }, refused).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fieldErrors,
    });
    expect(logged).toEqual([]);
  });

  it('adds stack traces in development only', () => {
    const error = resolverError(new Error('boom'));
    expect(format({ message: 'boom' }, error).extensions).not.toHaveProperty('stacktrace');
    expect(createErrorFormatter(logger, true)({ message: 'boom' }, error).extensions).toHaveProperty('stacktrace');
  });
});
