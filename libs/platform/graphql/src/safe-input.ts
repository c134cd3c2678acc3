import type { NextFunction, Request, Response } from 'express';
import type { FieldError } from '@tsunagu/platform/errors';

/**
 * Text that no part of the system can keep: PostgreSQL refuses NUL in `text` and `jsonb` (the
 * statement fails), and an unpaired UTF-16 surrogate has no UTF-8 form (the driver silently turns
 * it into U+FFFD). Both are refused once, at the edge: HTTP bodies, query strings, paths and headers
 * (`rejectUnsafeInput`) and GraphQL arguments written in the document (`InputCheckPlugin`).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string cannot be accepted, or null when it can. */
export function unsafeTextIssue(value: string): string | null {
  const match = UNSAFE_TEXT.exec(value);
  if (!match) return null;
  return match[0] === '\u0000' ? 'must not contain a NUL character' : 'must not contain an unpaired surrogate';
}

/** At most this many field errors are reported for one request. */
const MAX_FIELD_ERRORS = 10;
/** Deeper JSON than this is not walked further (the body limit bounds its size). */
const MAX_DEPTH = 64;

/** Every string (and object key) of a JSON value that cannot be accepted, with its path. */
export function findUnsafeText(value: unknown, path: string, found: FieldError[] = [], depth = 0): FieldError[] {
  if (found.length >= MAX_FIELD_ERRORS) return found;
  if (typeof value === 'string') {
    const issue = unsafeTextIssue(value);
    if (issue) found.push({ field: path, messages: [issue] });
  } else if (Array.isArray(value)) {
    if (depth > MAX_DEPTH) return found;
    value.forEach((item, index) => findUnsafeText(item, join(path, String(index)), found, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    if (depth > MAX_DEPTH) return found;
    for (const [key, item] of Object.entries(value)) {
      const keyIssue = unsafeTextIssue(key);
      if (keyIssue) {
        found.push({ field: path, messages: [`a key ${keyIssue}`] });
        continue;
      }
      findUnsafeText(item, join(path, key), found, depth + 1);
    }
  }
  return found;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

const MESSAGE = 'The request contains text that cannot be stored (a NUL character or an unpaired surrogate)';

/**
 * Express middleware, after the body parser: refuses a request whose JSON body, query string, path
 * or headers hold unsafe text with 400 `BAD_USER_INPUT` (`UNSAFE_TEXT`), before any route runs.
 * GraphQL requests get a GraphQL error body; other routes the JSON body of domain errors.
 */
export function rejectUnsafeInput(req: Request, res: Response, next: NextFunction): void {
  const found: FieldError[] = [];
  const graphql = req.path === '/graphql';
  // A GraphQL body's parts are named as clients know them: `query`, `variables.input.text`.
  findUnsafeText(req.body, graphql ? '' : 'body', found);
  findUnsafeText(req.query, 'query', found);
  findUnsafeText(decodedPath(req.path), 'path', found);
  for (const [name, value] of Object.entries(req.headers)) findUnsafeText(value, `headers.${name}`, found);
  if (found.length === 0) {
    next();
    return;
  }
  const error = { code: 'BAD_USER_INPUT', reason: 'UNSAFE_TEXT', fieldErrors: found };
  if (graphql) {
    res.status(400).json({ errors: [{ message: MESSAGE, extensions: error }] });
  } else {
    res.status(400).json({ ...error, message: MESSAGE });
  }
}

/** The path as routes see their parameters (percent-decoded); a malformed escape is left to Express. */
function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
