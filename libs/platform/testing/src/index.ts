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
    NODE_ENV: 'test',
    TSUNAGU_DATA_DIR: 'memory',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    DATABASE_POOL_MAX: '4',
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
  const digits = Array.from({ length: 5 }, () => randomInt(10));
  const sum = [6, 5, 4, 3, 2].reduce((total, weight, i) => total + digits[i] * weight, 0);
  return `${digits.join('')}${(11 - (sum % 11)) % 10}`;
}
