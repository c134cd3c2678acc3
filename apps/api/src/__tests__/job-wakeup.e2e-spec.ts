import type { ChildProcess } from 'node:child_process';
import { LineSandbox, randomLineUserId, textMessageEvent } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { testDatabase } from '@tsunagu/platform/testing';
import { exited, startJobWorker } from './support/job-worker-process';
import { createLineChannel, deliver, eventually, ownerQuery, type TestChannel } from './support/line';
import { TestApp } from './support/test-app';

/** Far longer than the test: a job processed within seconds was not found by a poll. */
const POLLING_INTERVAL_MS = 600_000;

/**
 * On PostgreSQL the API processes may run without job workers (JOB_WORKERS=0) next to worker
 * processes: a process that enqueues wakes the other processes' workers with a notification after
 * its commit, so a family's message is processed at once, not at the workers' next poll.
 */
describe('job workers of another process', () => {
  const onPostgres = testDatabase().home === 'postgres';
  const sandbox = new LineSandbox();
  let t: TestApp;
  let tenant: Tenant;
  let channel: TestChannel;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    if (!onPostgres) return;
    await sandbox.start();
    t = await TestApp.start({ JOB_WORKERS: '0', LINE_API_BASE_URL: sandbox.url, LINE_DATA_API_BASE_URL: sandbox.url });
    tenant = await t.newTenant();
    const admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    channel = await createLineChannel(t, admin.token);
    worker = await startJobWorker(sandbox.url, { JOB_POLLING_INTERVAL_MS: String(POLLING_INTERVAL_MS) });
    // Its first look for jobs is over: from now on it sleeps until woken.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  });

  afterAll(async () => {
    if (worker) {
      worker.kill('SIGTERM');
      await exited(worker);
    }
    await t?.close();
    await sandbox.stop();
  });

  const processed = async (webhookEventId: string) => {
    const rows = await ownerQuery<{ processed: boolean }>(
      `select processed_at is not null as processed from line_webhook_event
       where channel_id = $1 and webhook_event_id = $2`,
      [channel.id, webhookEventId],
    );
    return rows[0]?.processed ?? false;
  };

  (onPostgres ? it : it.skip)('are woken by the notification of a process without workers', async () => {
    const family = randomLineUserId();
    for (let i = 0; i < 3; i++) {
      const event = textMessageEvent(family, `起こされた相談${i}`);
      const started = Date.now();
      await deliver(t, channel, [event]);
      expect(await eventually(() => processed(String(event['webhookEventId'])), Boolean, 5_000)).toBe(true);
      expect(Date.now() - started).toBeLessThan(5_000);
    }
  });
});
