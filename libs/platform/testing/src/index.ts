import { randomBytes, randomInt } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig, type AppConfig } from '@tsunagu/platform/config';

export type DatabaseHome = 'postgres' | 'embedded';

export interface TestDatabase {
  home: DatabaseHome;
  /** The runtime login role (on PostgreSQL: not superuser, not owner, not BYPASSRLS). */
  url: string;
  /** The owner, for fixtures and tampering that the application itself may not do. */
  migrationUrl: string;
}

/** The database prepared by the Jest global setup. */
export function testDatabase(): TestDatabase {
  const url = process.env['TSUNAGU_TEST_DATABASE_URL'];
  const migrationUrl = process.env['TSUNAGU_TEST_DATABASE_MIGRATION_URL'];
  const home = process.env['TSUNAGU_TEST_DB_HOME'] as DatabaseHome | undefined;
  if (!url || !migrationUrl || !home) throw new Error('The Jest global setup did not prepare a database');
  return { home, url, migrationUrl };
}

/** A configuration for tests: quiet, in memory, on the test database. */
export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    // TEST_NODE_ENV=development helps when a test answers INTERNAL_SERVER_ERROR, and so does the
    // run's log, which has the error (TSUNAGU_KEEP_TEST_LOGS=1 keeps it and prints its path). It is
    // written at debug level, so that the scan of the run's logs sees every error path;
    // TEST_LOG_LEVEL changes the level.
    NODE_ENV: process.env['TEST_NODE_ENV'] ?? 'test',
    TSUNAGU_DATA_DIR: 'memory',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    // One key for the whole run: test files share the database, and what one file sealed (the demo's
    // channel secrets, seeded by whichever demo test runs first) another must open.
    TSUNAGU_ENCRYPTION_KEYS: `test:${Buffer.alloc(32, 7).toString('base64')}`,
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? (process.env['TSUNAGU_TEST_LOG_FILE'] ? 'debug' : 'silent'),
    ...(process.env['TSUNAGU_TEST_LOG_FILE'] ? { LOG_FILE: process.env['TSUNAGU_TEST_LOG_FILE'] } : {}),
    DATABASE_POOL_MAX: '4',
    // Job handlers run only in the tests that need them (they pass JOB_WORKERS: '1').
    JOB_WORKERS: '0',
    // Every test request comes from one address, whose one budget of authentication mutations
    // would not last a test file; the tests of the limits set their own.
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    PUBLIC_FORM_RATE_LIMIT_PER_MINUTE: '100000',
    // Tests serve no console unless they ask (a built one in dist/ would answer unknown GETs).
    CONSOLE_DIR: 'tmp/no-console',
    ...env,
  });
}

export async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** A slug nobody else uses in this run. */
export function uniqueSlug(prefix = 't'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}

/** A random local government code with a valid check digit. */
export function randomLocalGovernmentCode(): string {
  for (;;) {
    const digits = Array.from({ length: 5 }, () => randomInt(10));
    const sum = [6, 5, 4, 3, 2].reduce((total, weight, i) => total + digits[i] * weight, 0);
    const code = `${digits.join('')}${(11 - (sum % 11)) % 10}`;
    // The demo's cities keep their own codes: tests that seed the demo share the database with these.
    if (!DEMO_CITY_CODES.has(code)) return code;
  }
}

/** Kobe, Yamagata and Bunkyo, as the demo seeds them. */
const DEMO_CITY_CODES = new Set(['281000', '062014', '131059']);

export interface CapturedMail {
  to: string[];
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: Buffer }[];
}

/**
 * A real SMTP server on loopback that keeps what it receives: the application talks SMTP to it
 * exactly as to a production server (no mock of the mailer).
 */
export class SmtpListener {
  readonly mails: CapturedMail[] = [];
  /** Addresses the server refuses for good (550), as a server does for a mailbox that does not exist. */
  readonly refused = new Set<string>();
  private server: import('smtp-server').SMTPServer | undefined;
  port = 0;

  async start(): Promise<this> {
    const { SMTPServer } = await import('smtp-server');
    const { simpleParser } = await import('mailparser');
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, session, callback) => {
        if (!this.refused.has(address.address)) return callback();
        callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            this.mails.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              attachments: parsed.attachments.map((a) => ({
                filename: a.filename ?? '',
                contentType: a.contentType,
                content: a.content,
              })),
            });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The newest mail to `address`, waiting a little for it to arrive. */
  async mailTo(address: string, timeoutMs = 5000): Promise<CapturedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mail = [...this.mails].reverse().find((m) => m.to.includes(address));
      if (mail) return mail;
      if (Date.now() > deadline) throw new Error(`no mail to ${address} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** The value of `name` in the first link of `text` that carries it. */
export function linkParameter(text: string, name: string): string {
  const match = new RegExp(`[?&]${name}=([A-Za-z0-9_-]+)`).exec(text);
  if (!match) throw new Error(`no ${name} in: ${text}`);
  return match[1];
}
export * from './specs';
export * from './log-scan';
export * from './pdf-text';
