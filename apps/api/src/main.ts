import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, isEmbeddedDataDirInMemory, loadConfig } from '@tsunagu/platform/config';
import { EMBEDDED_STATISTICS_INTERVAL_MS, keepStatisticsFresh } from '@tsunagu/platform/database';
import { DEMO_CHANNELS, demoLogins, giveDemoProfiles } from '@tsunagu/demo';
import { LineSandbox } from '@tsunagu/line-sandbox';
import { createApp, openDatabase, seedDemoIfWanted } from './bootstrap';

/** Argument of the short-lived child that prepares the embedded database (see `prepareInChild`). */
const PREPARE_EMBEDDED_DATABASE = '--prepare-embedded-database';

/**
 * Creates (the first time), migrates and seeds the embedded database in a child process, which then
 * exits. Creating and filling a PGlite database takes several hundred megabytes of WebAssembly and
 * native memory for a minute; a process that did it keeps most of that resident for its whole life
 * (about 570 MB after a first start, 340 MB after a later one), so the serving process only opens
 * what the child left. Only one process opens the data folder at a time: the child has closed it.
 */
function prepareInChild(): void {
  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1], PREPARE_EMBEDDED_DATABASE], {
    stdio: 'inherit',
    // The child serves nothing and runs no jobs: what the seed enqueues is run by this process.
    env: { ...process.env, JOB_WORKERS: '0' },
  });
  if (child.status !== 0)
    throw new Error(`preparing the embedded database failed (exit ${child.status ?? child.signal})`);
}

async function prepare(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  const app = await createApp(config, database.url, [], database.embedded !== undefined);
  await seedDemoIfWanted(app, config, true);
  await app.close();
  await database.embedded?.stop();
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl && !isEmbeddedDataDirInMemory(config.dataDir)) prepareInChild();
  const database = await openDatabase(config);
  // The embedded demo talks to a fake LINE platform in-process unless LINE_API_BASE_URL says otherwise.
  const sandbox = database.embedded && !config.lineApiBaseUrl ? await new LineSandbox().start() : undefined;
  if (sandbox) {
    giveDemoProfiles(sandbox);
    config.lineApiBaseUrl = sandbox.url;
    config.lineDataApiBaseUrl = sandbox.url;
  }
  const app = await createApp(config, database.url, [], database.embedded !== undefined);
  const seeded = await seedDemoIfWanted(app, config, database.embedded !== undefined);
  // The embedded database has no autovacuum: the process keeps its planner statistics fresh.
  const stopStatistics = database.embedded
    ? keepStatisticsFresh(app.get(MikroORM), EMBEDDED_STATISTICS_INTERVAL_MS, (error) =>
        new Logger('Statistics').warn(
          { err: { type: error instanceof Error ? error.name : typeof error } },
          'ANALYZE failed',
        ),
      )
    : undefined;
  await app.listen(config.port);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    stopStatistics?.();
    await app.close();
    await sandbox?.stop();
    await database.embedded?.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  const lines = [
    '',
    `tsunagu API listening on ${config.publicBaseUrl}`,
    `  GraphQL:  ${config.publicBaseUrl}/graphql`,
    `  health:   ${config.publicBaseUrl}/health/ready`,
    `  database: ${database.embedded ? `embedded (${config.dataDir})` : 'PostgreSQL (DATABASE_URL)'}`,
    `  LINE API: ${sandbox ? `the LINE sandbox at ${sandbox.url}` : (config.lineApiBaseUrl ?? 'https://api.line.me')}`,
  ];
  if (database.embedded || seeded) {
    lines.push(
      `  LINE demo: channels ${DEMO_CHANNELS.map((c) => `${c.tenant} ${c.lineChannelId}`).join(', ')}; channel secret ${config.demoLineChannelSecret}`,
      `  a family writes: npm run line:simulate -- --tenant kobe --text "子育てのことで相談したいです" (--tenant ${DEMO_CHANNELS.map((c) => c.tenant).join('|')}, --api ${config.publicBaseUrl})`,
    );
    lines.push(
      `  demo logins (password: ${config.demoPassword === 'tsunagu-demo-2026' ? 'tsunagu-demo-2026' : 'TSUNAGU_DEMO_PASSWORD'}):`,
    );
    for (const login of demoLogins()) {
      lines.push(
        `    ${login.email.padEnd(36)} ${login.role}${login.alsoCounsels ? ' + COUNSELOR' : ''}${login.tenant ? ` (X-Tenant: ${login.tenant})` : ''}`,
      );
    }
  }
  console.log(lines.join('\n'));
}

// The child exits once done, whatever timers a library left behind.
const run = process.argv.includes(PREPARE_EMBEDDED_DATABASE) ? prepare().then(() => process.exit(0)) : main();
run.catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('tsunagu failed to start:', error);
  }
  process.exit(1);
});
