import type { ChildProcess } from 'node:child_process';
import type { Client } from 'pg';
import { giveDemoProfiles } from '@tsunagu/demo';
import { LineSandbox, randomLineUserId, redelivery, textMessageEvent, type WebhookEvent } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { connect, testDatabase } from '@tsunagu/platform/testing';
import { conversationIdOf, createLineChannel, deliver, eventually, type TestChannel } from './support/line';
import { exited, startJobWorker } from './support/job-worker-process';
import { TestApp, type TestUser } from './support/test-app';

/**
 * One inbox page of families; the first half of the deliveries (1,200) makes more than two batches
 * of 500, so that the first worker can be caught holding one with another still waiting.
 */
const FAMILIES = 50;
const MESSAGES_PER_FAMILY = 96;

/**
 * Events stored and processed; the tenant's webhook-event jobs held by a worker and waiting for
 * one, and all its jobs (webhook events, profiles) held or waiting. Bindings: the channel, the tenant.
 */
const PROGRESS = `select (select count(*)::int from line_webhook_event where channel_id = $1 and processed_at is not null) as processed,
       (select count(*)::int from line_webhook_event where channel_id = $1) as stored,
       (select count(*)::int from pgboss.job
         where name = 'line.event' and data->>'tenantId' = $2 and state = 'active') as "eventJobsHeld",
       (select count(*)::int from pgboss.job
         where name = 'line.event' and data->>'tenantId' = $2 and state < 'active') as "eventJobsWaiting",
       (select count(*)::int from pgboss.job where data->>'tenantId' = $2 and state = 'active') as active,
       (select count(*)::int from pgboss.job where data->>'tenantId' = $2 and state < 'active') as waiting`;

/**
 * Webhook events are processed many deliveries to a transaction. A worker killed in the middle of
 * a batch leaves its jobs active and its transaction rolled back; once those jobs expire, another
 * worker processes them again. What families sent must then be in the inbox exactly once: each
 * message once, each conversation's unread count equal to its messages, LINE's redeliveries of the
 * same events (same webhookEventId) included.
 */
describe('webhook events processed in batches, by a worker killed mid-batch and another', () => {
  const sandbox = new LineSandbox();
  let t: TestApp;
  let tenant: Tenant;
  let counselor: TestUser;
  let channel: TestChannel;
  let owner: Client;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    await sandbox.start();
    // The workers of this file take every pending job of the shared test database, the profile
    // fetches of the demo's families (seeded by another file) included: they get the demo's names.
    giveDemoProfiles(sandbox);
    // This process only takes webhooks and answers the inbox: the workers are the child processes.
    t = await TestApp.start({ JOB_WORKERS: '0', LINE_API_BASE_URL: sandbox.url, LINE_DATA_API_BASE_URL: sandbox.url });
    tenant = await t.newTenant();
    counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    const admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    channel = await createLineChannel(t, admin.token);
    owner = await connect(testDatabase().migrationUrl);
  });

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
  const ownerRows = async <T extends object>(sql: string, params: unknown[] = []): Promise<T[]> => {
    await owner.query('begin');
    try {
      const { rows } = await owner.query<T>(sql, params);
      return rows;
    } finally {
      await owner.query('commit');
    }
  };

  const progress = async () => {
    const [row] = await ownerRows<{
      processed: number;
      stored: number;
      eventJobsHeld: number;
      eventJobsWaiting: number;
      active: number;
      waiting: number;
    }>(PROGRESS, [channel.id, tenant.id]);
    return row;
  };

  it('puts every message in the inbox once, however the batch it was in ended', async () => {
    const families = Array.from({ length: FAMILIES }, () => randomLineUserId());
    families.forEach((family, i) => sandbox.profiles.set(family, `家族${i}`));
    const sent = new Map<string, string[]>(families.map((family) => [family, []]));
    const events: WebhookEvent[] = [];
    for (let round = 0; round < MESSAGES_PER_FAMILY; round++) {
      for (const family of families) {
        const text = `相談${round}`;
        events.push(textMessageEvent(family, text));
        sent.get(family)?.push(text);
      }
    }
    // Deliveries of one, two or three events, as LINE groups them; the first half of the events
    // arrive before any worker runs, a few of them twice (LINE's redelivery, same webhookEventId).
    const deliveries: WebhookEvent[][] = [];
    for (let i = 0, size = 1; i < events.length; i += size, size = (size % 3) + 1) {
      deliveries.push(events.slice(i, i + size));
    }
    const half = Math.floor(deliveries.length / 2);
    for (const delivery of deliveries.slice(0, half)) await deliver(t, channel, delivery);
    for (const event of events.slice(0, 30)) await deliver(t, channel, [redelivery(event)]);

    // A worker starts on the backlog and is killed while it holds a batch (its jobs active), after
    // it has processed some and while others still wait. The owner looks with the job table locked
    // against writes, and kills the worker before letting go: the worker can then neither record the
    // batch it holds as done nor take another, so what the owner saw is still so when the worker
    // dies, however fast it runs. (On the embedded database, the owner's open transaction holds back
    // every other connection's statements.)
    const first = await startJobWorker(sandbox.url);
    workers.push(first);
    const deadline = Date.now() + 60_000;
    let atKill = await progress();
    for (;;) {
      await owner.query('begin');
      await owner.query('lock table pgboss.job in share mode');
      atKill = (await owner.query<typeof atKill>(PROGRESS, [channel.id, tenant.id])).rows[0];
      const caught = atKill.processed > 0 && atKill.eventJobsHeld > 0 && atKill.eventJobsWaiting > 0;
      if (caught || Date.now() > deadline) break;
      await owner.query('commit');
    }
    first.kill('SIGKILL');
    await exited(first);
    await owner.query('commit');
    const afterKill = await progress();
    expect(atKill.processed).toBeGreaterThan(0);
    expect(atKill.eventJobsWaiting).toBeGreaterThan(0);
    expect(afterKill.eventJobsHeld).toBeGreaterThan(0);
    expect(afterKill.processed).toBeLessThan(afterKill.stored);

    // LINE keeps delivering meanwhile, redelivering some events the dead worker had processed or held.
    for (const delivery of deliveries.slice(half)) await deliver(t, channel, delivery);
    for (const event of events.slice(0, 60)) await deliver(t, channel, [redelivery(event)]);

    // A worker may also die between its commit and recording the jobs as completed: a few jobs whose
    // events are in the inbox already are retried too.
    await ownerRows(
      `update pgboss.job set state = 'retry' where id in (
         select id from pgboss.job where name = 'line.event' and data->>'tenantId' = $1 and state = 'completed' limit 10)`,
      [tenant.id],
    );
    // The dead worker's jobs expire (the queue's maintenance does this two minutes after they were
    // fetched; here the clock is moved on) and are retried by another worker.
    await ownerRows(
      `update pgboss.job set started_on = now() - expire_in - interval '1 second'
       where data->>'tenantId' = $1 and state = 'active'`,
      [tenant.id],
    );
    await ownerRows(
      `update pgboss.job set state = 'retry', output = '{"value":{"message":"job failed by timeout in active state"}}'
       where data->>'tenantId' = $1 and state = 'active' and started_on + expire_in < now()`,
      [tenant.id],
    );
    const second = await startJobWorker(sandbox.url);
    workers.push(second);
    const done = await eventually(
      progress,
      (p) => p.processed === p.stored && p.active === 0 && p.waiting === 0,
      90_000,
    );
    for (const event of events.slice(-20)) await deliver(t, channel, [redelivery(event)]);
    second.kill('SIGTERM');
    await exited(second);

    // Every event stored once and processed; none set aside, no job failed for good.
    expect(done.stored).toBe(events.length);
    expect(done.processed).toBe(events.length);
    const [outcome] = await ownerRows<{ setAside: number; failed: number }>(
      `select (select count(*)::int from line_webhook_event where channel_id = $1 and set_aside_at is not null) as "setAside",
              (select count(*)::int from pgboss.job where name = 'line.event' and data->>'tenantId' = $2 and state = 'failed') as failed`,
      [channel.id, tenant.id],
    );
    expect(outcome).toEqual({ setAside: 0, failed: 0 });

    // What the counsellor sees: one conversation per family, its unread count its messages, each
    // message once and in order, the family's LINE display name.
    const inbox = await t.graphql<{
      conversations: {
        edges: { node: { id: string; unreadCount: number; registrant: { displayName: string | null } } }[];
      };
    }>(
      '{ conversations(first: 50) { edges { node { id unreadCount registrant { displayName } } } } }',
      {},
      {
        token: counselor.token,
      },
    );
    const conversations = inbox.data?.conversations.edges.map((e) => e.node) ?? [];
    expect(conversations).toHaveLength(FAMILIES);
    expect(conversations.every((c) => c.unreadCount === MESSAGES_PER_FAMILY)).toBe(true);
    expect(conversations.map((c) => c.registrant.displayName).sort()).toEqual(
      families.map((_, i) => `家族${i}`).sort(),
    );
    for (const family of families.slice(0, 3)) {
      const conversationId = await conversationIdOf(family);
      const res = await t.graphql<{ messages: { edges: { node: { text: string } }[] } }>(
        'query($id: ID!) { messages(conversationId: $id, first: 100) { edges { node { text } } } }',
        { id: conversationId },
        { token: counselor.token },
      );
      // Each once (several share a millisecond, so their order is not asserted).
      expect(res.data?.messages.edges.map((e) => e.node.text).sort()).toEqual([...(sent.get(family) ?? [])].sort());
    }
  }, 300_000);
});
