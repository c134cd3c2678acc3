import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { loggableArguments, loggableError, scrubText, serializeLoggedError } from '../loggable';

const TEXT = '子どもが夜泣きして眠れません';
const EMAIL = 'hanako.yamada@example.jp';

/** A database error as MikroORM makes it: the statement with its values inlined, and pg's fields. */
function driverError(): UniqueConstraintViolationException {
  return new UniqueConstraintViolationException(
    Object.assign(
      new Error(
        `insert into "app_user" ("email", "display_name") values ('${EMAIL}', '${TEXT}', 'it''s') - duplicate key value violates unique constraint "app_user_email_unique"`,
      ),
      {
        code: '23505',
        detail: `Key (email)=(${EMAIL}) already exists.`,
        where: `SQL statement "${TEXT}"`,
        table: 'app_user',
        constraint: 'app_user_email_unique',
      },
    ),
  );
}

describe('scrubText', () => {
  it('takes every literal out of a statement and keeps its identifiers', () => {
    expect(scrubText(`insert into "message" ("text") values ('${TEXT}', 'it''s', E'x') - failed`)).toBe(
      `insert into "message" ("text") values ('?', '?', E'?') - failed`,
    );
  });

  it('takes out the value PostgreSQL or JavaScript quotes after a colon, even one that looks like a name', () => {
    expect(scrubText('invalid input syntax for type uuid: "yamada_hanako"')).toBe(
      'invalid input syntax for type uuid: "?"',
    );
    expect(scrubText(`Unexpected token, "${TEXT}" is not valid JSON`)).toBe('Unexpected token, "?" is not valid JSON');
    expect(scrubText('relation "app_user" does not exist')).toBe('relation "app_user" does not exist');
  });

  it('ends a text at a quote left open, and hides email addresses', () => {
    expect(scrubText(`values ('${TEXT}`)).toBe('values ([cut]');
    expect(scrubText(`550 rejected: <${EMAIL}>`)).toBe('550 rejected: <[email]>');
    const frame = 'at convertException (/app/node_modules/@mikro-orm/core/platforms/ExceptionConverter.js:8:16)';
    expect(scrubText(frame)).toBe(frame);
  });
});

describe('loggableError', () => {
  it("keeps a database error's kind, SQLSTATE and schema objects, never its values, detail or where", () => {
    const entry = loggableError(driverError());
    const text = JSON.stringify(entry);
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain(TEXT);
    expect(text).not.toContain("it''s");
    expect(entry).toMatchObject({
      type: 'UniqueConstraintViolationException',
      sqlState: '23505',
      table: 'app_user',
      constraint: 'app_user_email_unique',
    });
    expect(entry).not.toHaveProperty('detail');
    expect(entry).not.toHaveProperty('where');
    expect((entry['stack'] as string[]).every((line) => line.trimStart().startsWith('at '))).toBe(true);
  });

  it('follows causes', () => {
    const wrapped = new Error('the job failed', { cause: driverError() });
    expect(JSON.stringify(loggableError(wrapped))).not.toContain(EMAIL);
    expect(loggableError(wrapped)['cause']).toMatchObject({ sqlState: '23505' });
  });
});

describe('what the logger applies to every call', () => {
  it('makes errors safe wherever they sit in the arguments, and scrubs strings', () => {
    const error = driverError();
    const args = loggableArguments([
      { err: error, nested: { list: [error, `failed: ${error.message}`], stack: error.stack } },
      `message: ${error.message}`,
    ]);
    const text = JSON.stringify(args);
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain(TEXT);
    expect(JSON.stringify(loggableArguments([error]))).toContain('UniqueConstraintViolationException');
    // Logged again (an entry made by loggableError, passed to the logger), the frames stay whole.
    const [again] = loggableArguments([{ err: loggableError(error) }]) as [{ err: { stack: string[] } }];
    expect(again.err.stack).toEqual(loggableError(error)['stack']);
  });

  it('serializes what a call site built by hand from an error', () => {
    const error = driverError();
    const detail = (error as unknown as { detail: string }).detail;
    const entry = serializeLoggedError({ type: error.name, message: error.message, detail });
    expect(JSON.stringify(entry)).not.toContain(EMAIL);
  });
});
