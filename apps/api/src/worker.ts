import 'reflect-metadata';
import { ConfigError, loadConfig } from '@tsunagu/platform/config';
import { createApp } from './bootstrap';

/**
 * `node dist/apps/api/worker.js`: a process that only runs the job workers (webhook processing,
 * LINE sends, mails, checks), next to API processes started with JOB_WORKERS=0, so that the jobs
 * and the requests use different cores. PostgreSQL only (the embedded database belongs to one
 * process); it serves no HTTP. The API processes wake it through PostgreSQL's NOTIFY when they
 * enqueue. JOB_WORKERS is ignored: this process always runs the workers.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) throw new ConfigError(['a worker process needs DATABASE_URL (PostgreSQL)']);
  config.runJobWorkers = true;
  const app = await createApp(config, config.databaseUrl);
  await app.init();
  console.log('tsunagu job worker running (PostgreSQL, DATABASE_URL)');

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('tsunagu job worker failed to start:', error);
  }
  process.exit(1);
});
