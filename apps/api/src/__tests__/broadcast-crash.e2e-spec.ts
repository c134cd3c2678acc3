import type { ChildProcess } from 'node:child_process';
import type { Client } from 'pg';
import { LineSandbox, randomLineUserId } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { connect, testDatabase } from '@tsunagu/platform/testing';
import { createLineChannel, eventually, type TestChannel } from './support/line';
import { exited, startJobWorker } from './support/job-worker-process';
import { TestApp, type TestUser } from './support/test-app';

/** 40 batches of 500. */
const FAMILIES = 20_000;

/** The broadcast's batches sent and pending, and its batch jobs a worker holds. Bindings: the broadcast. */
const PROGRESS = `select (select count(*)::int from broadcast_batch where broadcast_id = $1::uuid and status = 'sent') as sent,
       (select count(*)::int from broadcast_batch where broadcast_id = $1::uuid and status = 'pending') as pending,
       (select count(*)::int from pgboss.job where name = 'broadcast.batch' and data->>'broadcastId' = $1::text and state = 'active') as held`;

/**
 * A worker killed (SIGKILL) in the middle of a broadcast's fan-out: its batch jobs stay active until
 * they expire, then another worker sends them with their stored retry keys. Every family receives
 * the broadcast exactly once.
 */
describe('a broadcast whose worker is killed mid-fan-out', () => {
  const sandbox = new LineSandbox();
  let t: TestApp;
  let tenant: Tenant;
  let admin: TestUser;
  let coordinator: TestUser;
  let channel: TestChannel;
  let owner: Client;
  const families: string[] = [];
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    await sandbox.start();
    // LINE at a twentieth of its rate: the fan-out takes seconds, so the worker dies in the middle
    // (our bucket, set for LINE's real rate, meets 429s and backs off).
    sandbox.setRateLimit('multicast', 10);
    // This process only answers GraphQL: the workers are the child processes.
    t = await TestApp.start({ JOB_WORKERS: '0', LINE_API_BASE_URL: sandbox.url, LINE_DATA_API_BASE_URL: sandbox.url });
    tenant = await t.newTenant();
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    coordinator = await t.newUser({ tenant, role: TenantRole.COORDINATOR });
    channel = await createLineChannel(t, admin.token);
    owner = await connect(testDatabase().migrationUrl);
    for (let i = 0; i < FAMILIES; i++) families.push(randomLineUserId());
    await ownerRows(
      `insert into registrant (id, tenant_id, channel_id, line_user_id, status, first_contact_at, last_contact_at, created_at)
       select gen_random_uuid(), $1, $2, u, 'active', now(), now(), now() from unnest($3::text[]) as u`,
      [tenant.id, channel.id, families],
    );
  }, 120_000);

  afterAll(async () => {
    for (const worker of workers) {
      if (worker.exitCode === null && !worker.signalCode) worker.kill('SIGKILL');
      await exited(worker);
    }
    await owner?.end();
    await t?.close();
    await sandbox.stop();
  });

  /** As the owner, in a transaction (on the embedded database a bare statement may interleave with the workers'). */
  async function ownerRows<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
    await owner.query('begin');
    try {
      const { rows } = await owner.query<T>(sql, params);
      return rows;
    } finally {
      await owner.query('commit');
    }
  }

  async function call(user: TestUser, mutation: string, input: object, type = 'BroadcastIdInput') {
    const res = await t.graphql<Record<string, { id: string; status: string }>>(
      `mutation($input: ${type}!) { ${mutation}(input: $input) { id status } }`,
      { input },
      { token: user.token },
    );
    if (!res.data?.[mutation]) throw new Error(JSON.stringify(res.errors));
    return res.data[mutation];
  }

  it('delivers to every family exactly once', async () => {
    const { id } = await call(
      coordinator,
      'createBroadcast',
      {
        channelId: channel.id,
        title: '年末年始の相談窓口',
        messages: [{ kind: 'TEXT', text: '年末年始も相談をお受けします。' }],
        audienceKind: 'EVERYONE',
      },
      'CreateBroadcastInput',
    );
    await call(coordinator, 'submitBroadcast', { id });
    await call(admin, 'approveBroadcast', { id });

    // The owner looks with the job table locked against writes and kills the worker before letting
    // go: the worker can record nothing more, so what the owner saw is what it held when it died.
    const first = await startJobWorker(sandbox.url);
    workers.push(first);
    const deadline = Date.now() + 90_000;
    let atKill = { sent: 0, pending: 0, held: 0 };
    for (;;) {
      await owner.query('begin');
      await owner.query('lock table pgboss.job in share mode');
      atKill = (await owner.query<typeof atKill>(PROGRESS, [id])).rows[0] ?? atKill;
      if ((atKill.sent > 0 && atKill.pending > 0 && atKill.held > 0) || Date.now() > deadline) break;
      await owner.query('commit');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    first.kill('SIGKILL');
    await exited(first);
    await owner.query('commit');
    expect(atKill.sent).toBeGreaterThan(0);
    expect(atKill.held).toBeGreaterThan(0);

    // The dead worker's jobs expire (the queue's maintenance does this once their 30 seconds are
    // over; here the clock is moved on) and another worker takes them.
    await ownerRows(
      `update pgboss.job set started_on = now() - expire_in - interval '1 second'
        where name = 'broadcast.batch' and data->>'broadcastId' = $1 and state = 'active'`,
      [id],
    );
    await ownerRows(
      `update pgboss.job set state = 'retry', output = '{"value":{"message":"job failed by timeout in active state"}}'
        where name = 'broadcast.batch' and data->>'broadcastId' = $1 and state = 'active' and started_on + expire_in < now()`,
      [id],
    );
    sandbox.setRateLimit('multicast', null);
    const second = await startJobWorker(sandbox.url);
    workers.push(second);
    const done = await eventually(
      () =>
        ownerRows<{ status: string; sent_count: number; audience_count: number }>(
          'select status, sent_count, audience_count from broadcast where id = $1',
          [id],
        ),
      (rows) => rows[0]?.status === 'sent',
      120_000,
    );
    second.kill('SIGTERM');
    await exited(second);

    expect(done[0]).toEqual({ status: 'sent', sent_count: FAMILIES, audience_count: FAMILIES });
    const counts = sandbox.recipientCounts();
    const received = families.map((f) => counts.get(f) ?? 0);
    expect(received.filter((n) => n === 0)).toHaveLength(0);
    expect(received.filter((n) => n > 1)).toHaveLength(0);
  }, 300_000);
});
