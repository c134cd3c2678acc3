// Jest global setup: prepares the one database every integration and end-to-end test uses.
// DATABASE_URL set: that PostgreSQL (migrated as DATABASE_MIGRATION_URL, the owner). Unset: an
// in-memory embedded PGlite served from this process for the whole run.
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from 'tsconfig-paths';
import { compilerOptions } from '../../tsconfig.base.json';

register({ baseUrl: `${__dirname}/../..`, paths: compilerOptions.paths });

export default async function globalSetup(): Promise<void> {
  prepareLogScan();
  const { startEmbeddedDatabase } = await import('@tsunagu/platform/database');
  const runtimeUrl = process.env['DATABASE_URL'];
  if (runtimeUrl) {
    const migrationUrl = process.env['DATABASE_MIGRATION_URL'] || runtimeUrl;
    await migrateOnce(migrationUrl, runtimeUrl);
    setTestDatabase('postgres', runtimeUrl, migrationUrl);
    return;
  }
  const embedded = await startEmbeddedDatabase('memory', 200);
  await migrateOnce(embedded.url, embedded.url);
  (globalThis as { tsunaguEmbedded?: { stop(): Promise<void> } }).tsunaguEmbedded = embedded;
  setTestDatabase('embedded', embedded.url, embedded.url);
}

/**
 * The application logs of the whole run go to one file, and the strings the tests send to another;
 * the global teardown looks for the second in the first (libs/platform/testing/src/log-scan.ts).
 */
function prepareLogScan(): void {
  const folder = mkdtempSync(join(tmpdir(), 'tsunagu-test-logs-'));
  process.env['TSUNAGU_TEST_LOG_FILE'] = join(folder, 'app.log');
  process.env['TSUNAGU_TEST_SENT_FILE'] = join(folder, 'sent.jsonl');
}

async function migrateOnce(migrationUrl: string, runtimeUrl: string): Promise<void> {
  const { migrate } = await import('@tsunagu/platform/database');
  const { MetadataStorage } = await import('@mikro-orm/core');
  await migrate({ migrationUrl, runtimeUrl });
  // MikroORM keeps decorator metadata on globalThis, which a test running in this process shares;
  // metadata built in this realm breaks discovery there (mikro-orm#3783).
  MetadataStorage.clear();
}

/** Read by the test helpers in the workers (they inherit this process's environment). */
function setTestDatabase(home: 'postgres' | 'embedded', url: string, migrationUrl: string): void {
  process.env['TSUNAGU_TEST_DB_HOME'] = home;
  process.env['TSUNAGU_TEST_DATABASE_URL'] = url;
  process.env['TSUNAGU_TEST_DATABASE_MIGRATION_URL'] = migrationUrl;
  console.log(
    `\nintegration database: ${home === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite (in memory)'}`,
  );
}
