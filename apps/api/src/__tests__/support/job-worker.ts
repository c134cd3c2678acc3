/**
 * The API with its job workers on, in a process of its own on the test database (the Jest run's),
 * so that a test can kill it as a crash or the kernel's OOM killer would (SIGKILL): nothing of it
 * runs after that, its connections close and its open transaction is rolled back. Prints
 * `job worker ready` once its workers poll (see job-batching.e2e-spec.ts).
 */
import 'reflect-metadata';
import { testConfig, testDatabase } from '@tsunagu/platform/testing';
import { createApp } from '../../bootstrap';

async function main(): Promise<void> {
  const lineApi = process.env['LINE_API_BASE_URL'] ?? '';
  const app = await createApp(
    testConfig({ JOB_WORKERS: '1', LINE_API_BASE_URL: lineApi, LINE_DATA_API_BASE_URL: lineApi }),
    testDatabase().url,
    [],
    testDatabase().home === 'embedded',
  );
  await app.init();
  process.stdout.write('job worker ready\n');
  process.once('SIGTERM', () => {
    void app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `job worker failed to start: ${error instanceof Error ? `${error.name} ${error.stack}` : typeof error}\n`,
  );
  process.exit(1);
});
