import { appendFileSync } from 'node:fs';

/**
 * The log scan of the test run: the test helpers record the distinctive strings they send (message
 * texts, names, emails, purposes, passwords, tokens) and the global teardown looks for each of them
 * in everything the application logged during the run. Any hit fails the run.
 *
 * TSUNAGU_TEST_LOG_FILE (the application's log) and TSUNAGU_TEST_SENT_FILE (the recorded strings,
 * one JSON string a line) are set by the Jest global setup.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const ENUM_LIKE = /^[A-Z][A-Z0-9_]*$/;
const NUMERIC = /^[\d\s.,:+\-/]+$/;
/** Every recorded string is at least this long: the index of the scan is built on its first characters. */
export const MIN_RECORDED_LENGTH = 4;

/**
 * Whether a sent string is distinctive enough to look for in the logs: text with a non-ASCII
 * character (Japanese) of 4 characters or more, an email address, ASCII text with spaces of 8 or
 * more (sentences, passphrases), or a single ASCII word of 24 or more (tokens, LINE ids). Not ids,
 * dates, numbers, enum values, slugs or short words, which the logs may carry for other reasons.
 */
export function isDistinctive(value: string): boolean {
  const text = value.trim();
  if (text.length < MIN_RECORDED_LENGTH) return false;
  if (UUID.test(text) || ISO_DATE.test(text) || ENUM_LIKE.test(text) || NUMERIC.test(text)) return false;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(text)) return true;
  if (text.includes('@')) return text.length >= 6;
  if (/\s/.test(text)) return text.length >= 8;
  return text.length >= 24;
}

const recorded = new Set<string>();

/** Records the distinctive strings inside `value` (walked through objects and arrays). */
export function recordSent(value: unknown): void {
  const file = process.env['TSUNAGU_TEST_SENT_FILE'];
  if (!file) return;
  const found: string[] = [];
  collect(value, found, 0);
  const fresh = found.filter((s) => !recorded.has(s));
  if (fresh.length === 0) return;
  for (const s of fresh) recorded.add(s);
  appendFileSync(file, fresh.map((s) => `${JSON.stringify(s)}\n`).join(''));
}

function collect(value: unknown, into: string[], depth: number): void {
  if (depth > 12) return;
  if (typeof value === 'string') {
    if (isDistinctive(value)) into.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
  } else if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const item of Object.values(value)) collect(item, into, depth + 1);
  }
}

export interface LogLeak {
  /** The string a test sent. */
  value: string;
  /** The log line it was found in (cut to a readable length). */
  line: string;
}

/**
 * The forms a sent string may take in a log line: as sent, JSON-escaped (logs are JSON lines),
 * as a SQL literal ('' for '), normalised as the application stores names and emails (NFKC, an
 * email lower-cased), and the start of a long text (a statement cut short).
 */
function variants(value: string): string[] {
  const forms = new Set<string>([value, value.normalize('NFKC'), value.normalize('NFC')]);
  if (value.includes('@')) forms.add(value.normalize('NFKC').trim().toLowerCase());
  if (value.length > 40) forms.add(value.slice(0, 32));
  for (const form of [...forms]) {
    forms.add(form.replace(/'/g, "''"));
    forms.add(JSON.stringify(form).slice(1, -1));
    forms.add(JSON.stringify(form.replace(/'/g, "''")).slice(1, -1));
  }
  return [...forms].filter((form) => form.length >= MIN_RECORDED_LENGTH);
}

/** Every sent string found in the log, with the line it was found in. */
export function findLeaks(log: string, sent: Iterable<string>): LogLeak[] {
  const index = new Map<string, { form: string; value: string }[]>();
  for (const value of sent) {
    for (const form of variants(value)) {
      const key = form.slice(0, MIN_RECORDED_LENGTH);
      const bucket = index.get(key);
      if (bucket) bucket.push({ form, value });
      else index.set(key, [{ form, value }]);
    }
  }
  const leaks = new Map<string, string>();
  for (let i = 0; i + MIN_RECORDED_LENGTH <= log.length; i++) {
    const bucket = index.get(log.slice(i, i + MIN_RECORDED_LENGTH));
    if (!bucket) continue;
    for (const { form, value } of bucket) {
      if (!leaks.has(value) && log.startsWith(form, i)) leaks.set(value, lineAt(log, i));
    }
  }
  return [...leaks].map(([value, line]) => ({ value, line }));
}

function lineAt(log: string, position: number): string {
  const start = log.lastIndexOf('\n', position) + 1;
  const end = log.indexOf('\n', position);
  const line = log.slice(start, end < 0 ? undefined : end);
  return line.length > 600 ? `${line.slice(0, 600)}…` : line;
}

/** The recorded strings of a run (one JSON string a line). */
export function readSent(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as string);
}
