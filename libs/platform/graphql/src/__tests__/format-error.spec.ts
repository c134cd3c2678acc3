import { GraphQLError } from 'graphql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
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

  it('adds stack traces in development only', () => {
    const error = resolverError(new Error('boom'));
    expect(format({ message: 'boom' }, error).extensions).not.toHaveProperty('stacktrace');
    expect(createErrorFormatter(logger, true)({ message: 'boom' }, error).extensions).toHaveProperty('stacktrace');
  });
});
