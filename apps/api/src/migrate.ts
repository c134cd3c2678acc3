import 'reflect-metadata';
import { ConfigError, loadConfig } from '@tsunagu/platform/config';
import { migrate, startEmbeddedDatabase } from '@tsunagu/platform/database';

/**
 * `npm run db:migrate`: applies pending migrations as DATABASE_MIGRATION_URL (falling back to
 * DATABASE_URL), or to the embedded database under TSUNAGU_DATA_DIR when DATABASE_URL is unset.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.databaseUrl) {
    const result = await migrate({
      migrationUrl: config.databaseMigrationUrl ?? config.databaseUrl,
      runtimeUrl: config.databaseUrl,
    });
    report(result.applied);
    return;
  }
  const embedded = await startEmbeddedDatabase(config.dataDir, 4);
  try {
    report((await migrate({ migrationUrl: embedded.url, runtimeUrl: embedded.url })).applied);
  } finally {
    await embedded.stop();
  }
}

function report(applied: string[]): void {
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
