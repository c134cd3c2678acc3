/**
 * `npm run bench -- jobs`: how fast stored webhook events become conversations. First a backlog:
 * `deliveries` single-event deliveries (text messages of `families` families) acknowledged by an
 * API that runs no job workers, then an API with workers started and the time until every event is
 * processed (deliveries/s). Then a paced run with the workers on: `pacedRate` deliveries/s for
 * `pacedSeconds`, each delivery's time from its acknowledgement (`received_at`) to its message being
 * in the inbox (`processed_at`, set in the transaction that stores the message). Checks that every
 * event gave exactly one message and reports jobs retried.
 */
import { Client } from 'pg';
import { LineSandbox, randomLineUserId, signature, textMessageEvent, webhookBody } from '@tsunagu/line-sandbox';
import { generateTenant } from './data-generator';
import {
  benchEncryptionKeys,
  buildApi,
  freshDatabase,
  login,
  machineLine,
  ms,
  now,
  percentile,
  post,
  sleep,
  startApi,
  verdict,
  type RunningApi,
} from './harness';
import { closedLoop, createChannel, openLoop, type Delivery } from './webhook';

export interface JobsBenchOptions {
  deliveries: number;
  families: number;
  concurrency: number;
  pacedRate: number;
  pacedSeconds: number;
}

export const JOBS_DEFAULTS: JobsBenchOptions = {
  deliveries: 20_000,
  families: 2_000,
  concurrency: 20,
  pacedRate: 200,
  pacedSeconds: 15,
};

const TEXTS = [
  '子育てのことで相談したいです',
  '家賃が払えなくなりそうです',
  '夜泣きがひどくて眠れません',
  'ありがとうございます',
];

export async function jobsBench(options: JobsBenchOptions): Promise<void> {
  const db = await freshDatabase();
  const keys = benchEncryptionKeys();
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const tenant = await generateTenant(owner, {
    conversations: 0,
    messages: 0,
    counsellors: 0,
    keys,
    password: 'bench-password-for-admins-2026',
  });
  buildApi();
  // A fake LINE platform: the profile of each new family is fetched from it, as it would be from LINE.
  const sandbox = await new LineSandbox().start();
  const line = { LINE_API_BASE_URL: sandbox.url, LINE_DATA_API_BASE_URL: sandbox.url };
  let api: RunningApi | undefined = await startApi(db, keys, { JOB_WORKERS: '0', ...line });
  try {
    const channel = await createChannel(api, await login(api, tenant.admins[0].email, tenant.password));
    const families = Array.from({ length: options.families }, () => randomLineUserId());
    const deliveries = (count: number, offset: number): Delivery[] =>
      Array.from({ length: count }, (_, i) => {
        const events = [textMessageEvent(families[(offset + i) % families.length], TEXTS[i % TEXTS.length])];
        const body = JSON.stringify(webhookBody(events));
        return { body, signature: signature(channel.secret, body), events };
      });
    // Posts to the API running at the time (the backlog's, then the one with workers).
    const deliverTo =
      (target: RunningApi) =>
      async (delivery: Delivery): Promise<void> => {
        const res = await post(`${target.url}/webhooks/line/${channel.lineChannelId}`, delivery.body, {
          'content-type': 'application/json',
          'x-line-signature': delivery.signature,
        });
        if (res.status !== 200) throw new Error(`HTTP ${res.status} ${res.body.slice(0, 200)}`);
      };
    const processed = async (): Promise<number> => {
      const { rows } = await owner.query<{ n: string }>(
        'select count(*) as n from line_webhook_event where channel_id = $1 and processed_at is not null',
        [channel.id],
      );
      return Number(rows[0].n);
    };
    const waitForAll = async (expected: number, limitSeconds: number): Promise<void> => {
      const deadline = now() + limitSeconds * 1000;
      while ((await processed()) < expected) {
        if (now() > deadline) throw new Error(`only ${await processed()} of ${expected} events processed in time`);
        await sleep(100);
      }
    };

    // The backlog: acknowledged while nothing processes it.
    const backlog = await closedLoop(deliveries(options.deliveries, 0), options.concurrency, deliverTo(api));
    if (backlog.failures > 0) throw new Error(`${backlog.failures} deliveries of the backlog failed`);
    await api.stop();
    const drainStart = now();
    api = await startApi(db, keys, { JOB_WORKERS: '1', ...line });
    const ready = now();
    await waitForAll(options.deliveries, 3600);
    const drainSeconds = (now() - ready) / 1000;
    const drainRate = options.deliveries / drainSeconds;

    // The tables as autovacuum leaves them in production (this machine's server runs without it):
    // every job of the backlog changed state twice and each conversation was updated ten times, so
    // the workers would read past dead rows, planned with statistics of empty tables.
    const { rows: settings } = await owner.query<{ autovacuum: string }>(
      `select current_setting('autovacuum') as autovacuum`,
    );
    if (settings[0].autovacuum !== 'on') await owner.query('vacuum analyze');

    // Paced, with the workers on: acknowledgement to inbox.
    const pacedCount = Math.round(options.pacedRate * options.pacedSeconds);
    const pacedStart = new Date();
    const paced = await openLoop(deliveries(pacedCount, options.deliveries), options.pacedRate, deliverTo(api));
    await waitForAll(options.deliveries + pacedCount, 600);
    const { rows: waits } = await owner.query<{ ms: number }>(
      `select extract(epoch from processed_at - received_at) * 1000 as ms from line_webhook_event
       where channel_id = $1 and received_at >= $2`,
      [channel.id, pacedStart],
    );
    const latencies = waits.map((w) => Number(w.ms));

    // An event processed twice would show as a second message, or as a conversation's unread count
    // above its messages (the message itself is unique per LINE message id).
    const { rows: counts } = await owner.query<{
      events: string;
      messages: string;
      unread: string;
      retried: string;
    }>(
      `select (select count(*) from line_webhook_event where channel_id = $1) as events,
              (select count(*) from message where tenant_id = $2 and direction = 'in') as messages,
              (select coalesce(sum(unread_count), 0) from conversation where tenant_id = $2) as unread,
              (select count(*) from pgboss.job where name = 'line.event' and retry_count > 0) as retried`,
      [channel.id, tenant.tenantId],
    );
    const exactlyOnce =
      Number(counts[0].events) === options.deliveries + pacedCount &&
      counts[0].messages === counts[0].events &&
      counts[0].unread === counts[0].events;

    console.log(
      `\njobs: ${options.deliveries.toLocaleString('en')} single-event deliveries of ${options.families.toLocaleString('en')} families, then ${options.pacedRate}/s for ${options.pacedSeconds} s, PostgreSQL`,
    );
    console.log(machineLine());
    if (settings[0].autovacuum !== 'on')
      console.log('autovacuum is off on this server: the database was vacuumed and analyzed before the paced run');
    console.log(
      `backlog acknowledged at ${Math.round(backlog.eventsPerSecond).toLocaleString('en')} deliveries/s; drained in ${drainSeconds.toFixed(1)} s after the worker was ready (${((ready - drainStart) / 1000).toFixed(1)} s to start it): ${Math.round(drainRate).toLocaleString('en')} deliveries/s`,
    );
    console.log(
      `paced ${options.pacedRate}/s (${paced.failures} failed): acknowledgement to inbox p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}`,
    );
    console.log(
      `events ${counts[0].events}, messages ${counts[0].messages}, unread in the inbox ${counts[0].unread}, line.event jobs retried ${counts[0].retried}`,
    );
    console.log(`target: at least 500 deliveries/s processed: ${Math.round(drainRate)}: ${verdict(drainRate >= 500)}`);
    console.log(
      `target: p99 from acknowledgement to inbox under 1 s at ${options.pacedRate}/s: ${ms(percentile(latencies, 99))}: ${verdict(percentile(latencies, 99) < 1000 && paced.failures === 0)}`,
    );
    console.log(`target: no event processed twice: ${verdict(exactlyOnce)}`);
  } finally {
    await owner.end();
    await api?.stop();
    await sandbox.stop();
  }
}
