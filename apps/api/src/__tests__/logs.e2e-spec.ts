import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Body, Controller, Logger, Module, Post } from '@nestjs/common';
import { DriverException } from '@mikro-orm/core';
import { AuthModule, UsersService } from '@tsunagu/platform/auth';
import { PlatformDb } from '@tsunagu/platform/database';
import { Public } from '@tsunagu/platform/permissions';
import { recordSent } from '@tsunagu/platform/testing';
import { TestApp } from './support/test-app';

/** Routes that fail in the database with a family's data in the statement, as a real bug would. */
@Controller('test-logs')
class FailingController {
  constructor(
    private readonly platformDb: PlatformDb,
    private readonly users: UsersService,
  ) {}

  /** A value the database refuses (22P02): PostgreSQL quotes it in its message, MikroORM inlines it. */
  @Public()
  @Post('invalid-value')
  async invalidValue(@Body() body: { text: string }): Promise<void> {
    await this.platformDb.run('test: a statement refused with a value', (em) =>
      em.execute('select ?::uuid as id', [body.text]),
    );
  }

  /** A unique violation (23505): the statement and the `detail` carry the email and the name. */
  @Public()
  @Post('duplicate-account')
  async duplicateAccount(@Body() body: { email: string; displayName: string }): Promise<void> {
    const account = { email: body.email, displayName: body.displayName, password: 'a passphrase long enough 2026' };
    await this.users.createUser(account);
    await this.users.createUser(account);
  }
}

@Module({ imports: [AuthModule], controllers: [FailingController] })
class FailingModule {}

/**
 * The run's log (written at debug level by every test app) never carries what the tests sent;
 * the global teardown scans it for every string the helpers recorded. These tests make sure the
 * error paths are exercised and logged, and redacted, whatever the call site does.
 */
describe('logs', () => {
  let t: TestApp;
  const logFile = process.env['TSUNAGU_TEST_LOG_FILE'];
  const marker = `log test ${randomUUID()}`;
  const unique = randomBytes(4).toString('hex');
  const family = {
    text: `子どもが夜泣きして眠れません、どうしたらいいですか ${unique}`,
    email: `family.${unique}@example.test`,
    displayName: `山田 花子 ${unique}`,
  };

  beforeAll(async () => {
    t = await TestApp.start({}, [FailingModule]);
    recordSent(family);
    new Logger('LogTest').log(marker);
  });

  afterAll(async () => {
    await t.close();
  });

  /** The lines this file's tests wrote, parsed. */
  const logged = (): { raw: string; entry: Record<string, unknown> }[] => {
    const text = readFileSync(logFile as string, 'utf8');
    return text
      .slice(text.indexOf(marker))
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((raw) => ({ raw, entry: JSON.parse(raw) as Record<string, unknown> }));
  };

  it('writes the test run to a log file at debug level', () => {
    expect(logFile).toBeTruthy();
    expect(t.config.logLevel).toBe(process.env['TEST_LOG_LEVEL'] ?? 'debug');
  });

  it("logs an unexpected database error of an HTTP route by its kind, without the statement's values", async () => {
    await t.http().post('/test-logs/invalid-value').send({ text: family.text }).expect(500);
    await t
      .http()
      .post('/test-logs/duplicate-account')
      .send({ email: family.email, displayName: family.displayName })
      .expect(500);
    const lines = logged();
    const errors = lines.filter((l) => l.entry['level'] === 50).map((l) => l.raw);
    expect(errors.some((raw) => raw.includes('"sqlState":"22P02"') || raw.includes('22P02'))).toBe(true);
    expect(errors.some((raw) => raw.includes('23505') || raw.includes('app_user_email_unique'))).toBe(true);
    const all = lines.map((l) => l.raw).join('\n');
    for (const value of Object.values(family)) expect(all).not.toContain(value);
  });

  it('keeps the values out whatever form a call site logs a database error in', async () => {
    const error = await t.app
      .get(PlatformDb)
      .run('test: a statement refused with a value', (em) => em.execute('select ?::uuid as id', [family.email]))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(DriverException);
    // The raw error does carry the value: what follows must take it out.
    expect((error as Error).message).toContain(family.email);
    const logger = new Logger('LogTest');
    const driverError = error as DriverException;
    logger.error(driverError);
    logger.error({ err: driverError }, 'with err');
    logger.error({ error: driverError, details: { cause: driverError, what: [driverError.message] } }, 'nested');
    logger.error(driverError.message, driverError.stack);
    logger.warn(`interpolated: ${driverError.message}`);
    logger.error({ err: { type: driverError.name, message: driverError.message } }, 'hand-made');
    const all = logged()
      .map((l) => l.raw)
      .join('\n');
    expect(all).toContain('interpolated');
    expect(all).not.toContain(family.email);
    expect(all).not.toContain(family.email.split('@')[0]);
  });

  it('logs a download path without its token', async () => {
    const token = randomBytes(24).toString('base64url');
    recordSent(token);
    await t.http().get(`/downloads/${token}`);
    const paths = logged()
      .map((l) => (l.entry['req'] as { path?: string } | undefined)?.path)
      .filter(Boolean);
    expect(paths).toContain('/downloads/[token]');
    expect(paths.join(' ')).not.toContain(token);
  });

  it('carries no client address in request logs', () => {
    const requests = logged().filter((l) => l.entry['req']);
    expect(requests.length).toBeGreaterThan(0);
    for (const { raw } of requests) expect(raw).not.toMatch(/127\.0\.0\.1|::1|remoteAddress/);
  });
});
