/**
 * What may reach the logs. Families' messages, names, email addresses and consent purposes must
 * never be written there, and they travel inside errors: a database error's message carries the
 * failed statement with its values inlined (MikroORM inlines them), its `detail` repeats a
 * conflicting key, a JavaScript error may quote the value it choked on. The logger applies these
 * functions to everything it writes (`pinoHttp` serializers and its `logMethod` hook), so that no
 * call site can leak by passing a raw error.
 */

/** A PostgreSQL SQLSTATE: five digits or capital letters. */
const SQLSTATE = /^[0-9A-Z]{5}$/;
/** Quoted text: SQL literals ('' escapes a quote), double-quoted and backquoted strings. */
const QUOTED = /'(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g;
/** Quoted text kept outside statements: property, column, constraint and type names. */
const IDENTIFIER = /^[A-Za-z_$][\w$.:-]{0,62}$/;
/** An email address; not a file path with a scoped package in it (`node_modules/@mikro-orm/core/…`). */
const EMAIL = /[^\s@'"<>(),;:/\\]+@[^\s@'"<>(),;:/\\]+\.[A-Za-z0-9-]+/g;
const MAX_TEXT = 2_000;

/**
 * A text with the values it may carry taken out. Single-quoted text (SQL literals) always becomes
 * `'?'`; double-quoted or backquoted text stays only when it looks like an identifier (a column,
 * constraint, type or property name) and does not follow `: ` (where PostgreSQL and JavaScript
 * quote the value they refused). A quote left open ends the text. Email addresses become `[email]`.
 */
export function scrubText(text: string): string {
  let scrubbed = '';
  let last = 0;
  for (const match of text.matchAll(QUOTED)) {
    const index = match.index;
    const before = text.slice(last, index);
    if (/['"`]/.test(before)) return finish(scrubbed + cutAtQuote(before));
    scrubbed += before + scrubQuoted(match[0], text.slice(Math.max(0, index - 2), index));
    last = index + match[0].length;
  }
  return finish(scrubbed + cutAtQuote(text.slice(last)));
}

function scrubQuoted(quoted: string, preceding: string): string {
  const mark = quoted[0];
  const keep = mark !== "'" && preceding !== ': ' && IDENTIFIER.test(quoted.slice(1, -1));
  return keep ? quoted : `${mark}?${mark}`;
}

function cutAtQuote(text: string): string {
  const open = text.search(/['"`]/);
  return open < 0 ? text : `${text.slice(0, open)}[cut]`;
}

function finish(text: string): string {
  const scrubbed = text.replace(EMAIL, '[email]');
  return scrubbed.length > MAX_TEXT ? `${scrubbed.slice(0, MAX_TEXT)}[cut]` : scrubbed;
}

/** Only the frames of a stack: its first line repeats the message. */
export function stackFrames(stack: unknown): string[] | undefined {
  const lines = typeof stack === 'string' ? stack.split('\n') : Array.isArray(stack) ? stack : undefined;
  return lines?.filter((line): line is string => typeof line === 'string' && line.trimStart().startsWith('at '));
}

/** Database error fields that name the schema, never the data. */
const SCHEMA_FIELDS = ['table', 'column', 'constraint', 'dataType', 'routine', 'severity'] as const;

/**
 * What of an error may be logged: its class, its message without values, its code, for a database
 * error the SQLSTATE and the schema objects involved (never `detail`, `where`, `hint`, the
 * statement's parameters or the internal query), the stack's frames, and its cause the same way.
 */
export function loggableError(error: unknown, depth = 0): Record<string, unknown> {
  if (!isObject(error)) return { type: typeof error };
  const source = error as Record<string, unknown>;
  const entry: Record<string, unknown> = {
    type:
      typeof source['type'] === 'string'
        ? source['type']
        : typeof source['name'] === 'string'
          ? source['name']
          : 'Error',
  };
  if (typeof source['message'] === 'string') entry['message'] = scrubText(source['message']);
  const code = source['code'];
  if (typeof code === 'string' && code.length <= 64) entry['code'] = scrubText(code);
  else if (typeof code === 'number') entry['code'] = code;
  const sqlState = source['sqlState'] ?? (typeof code === 'string' && SQLSTATE.test(code) ? code : undefined);
  if (typeof sqlState === 'string' && SQLSTATE.test(sqlState)) {
    entry['sqlState'] = sqlState;
    for (const field of SCHEMA_FIELDS) {
      if (typeof source[field] === 'string') entry[field] = scrubText(source[field] as string);
    }
  }
  if (typeof source['status'] === 'number') entry['status'] = source['status'];
  if (typeof source['statusCode'] === 'number') entry['statusCode'] = source['statusCode'];
  const frames = stackFrames(source['stack']);
  if (frames) entry['stack'] = frames;
  if (source['cause'] !== undefined && depth < 3) entry['cause'] = loggableError(source['cause'], depth + 1);
  return entry;
}

/**
 * A log call's arguments made safe (pino's `logMethod` hook): errors anywhere become
 * `loggableError`, strings are scrubbed, plain objects and arrays are walked (request and response
 * objects are left to their own serializers).
 */
export function loggableArguments(args: unknown[]): unknown[] {
  return args.map((arg, index) => {
    if (arg instanceof Error) return index === 0 ? { err: loggableError(arg) } : loggableError(arg);
    return loggableValue(arg, 0);
  });
}

/** A logged value made safe; see `loggableArguments`. */
export function loggableValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value instanceof Error) return loggableError(value);
  if (depth > 6) return '[nested]';
  if (Array.isArray(value)) return value.map((item) => loggableValue(item, depth + 1));
  if (!isPlainObject(value)) return value;
  const safe: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // Stack frames name code, not data: kept as they are (only the message line is dropped).
    safe[key] =
      key === 'stack' ? (stackFrames(item) ?? loggableValue(item, depth + 1)) : loggableValue(item, depth + 1);
  }
  return safe;
}

/** The `err` serializer: an error, or what a call site built from one. */
export function serializeLoggedError(value: unknown): unknown {
  if (value instanceof Error) return loggableError(value);
  if (isPlainObject(value) && ('message' in value || 'stack' in value || 'code' in value)) {
    return loggableError(value);
  }
  return loggableValue(value);
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
