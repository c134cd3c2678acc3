/**
 * `npm run bench -- webhook`: 20 concurrent clients post signed batches of 10 events to the LINE
 * webhook, as LINE sends them; events/s accepted and time to the 200, next to the same rows
 * inserted by plain SQL (`INSERT ... ON CONFLICT DO NOTHING`, one statement per batch, 20
 * connections). Then a paced run at 1,000 events/s (open loop: a batch every 10 ms whatever the
 * answers), whose latencies count from when each batch was due.
 */
import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { randomLineUserId, signature, textMessageEvent, webhookBody, type WebhookEvent } from '@tsunagu/line-sandbox';
import { generateTenant } from './data-generator';
import {
  benchEncryptionKeys,
  buildApi,
  closeIdleConnections,
  freshDatabase,
  graphql,
  login,
  machineLine,
  ms,
  now,
  percentile,
  post,
  sleep,
  startApi,
  verdict,
  withConcurrency,
  type RunningApi,
} from './harness';

export interface WebhookBenchOptions {
  concurrency: number;
  batchSize: number;
  /** Batches of each throughput run (API and plain SQL). */
  batches: number;
  /** Throughput runs of each, alternating; the median run is reported (a one-second run is noisy). */
  rounds: number;
  warmup: number;
  /** API processes (each its own port; clients take turns): one per core is how it would be deployed. */
  apiProcesses: number;
  /** Paced run: events per second, and for how long. */
  pacedRate: number;
  pacedSeconds: number;
}

export const WEBHOOK_DEFAULTS: WebhookBenchOptions = {
  concurrency: 20,
  batchSize: 10,
  batches: 3000,
  rounds: 3,
  warmup: 200,
  apiProcesses: 1,
  pacedRate: 1000,
  pacedSeconds: 15,
};

const TEXTS = [
  '子育てのことで相談したいです',
  '家賃が払えなくなりそうです。どうしたらいいですか',
  '夜泣きがひどくて眠れません',
  'ありがとうございます',
  '明日の午後なら話せます',
];

export interface Delivery {
  body: string;
  signature: string;
  events: WebhookEvent[];
}

export interface Run {
  eventsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

export async function webhookBench(options: WebhookBenchOptions): Promise<void> {
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
  await owner.end();

  buildApi();
  // No job workers: only ingestion (store and enqueue) is measured.
  const apis: RunningApi[] = [];
  for (let i = 0; i < options.apiProcesses; i++) apis.push(await startApi(db, keys, { JOB_WORKERS: '0' }));
  const api = apis[0];
  const pool = new Pool({ connectionString: db.ownerUrl, max: options.concurrency });
  try {
    const channel = await createChannel(api, await login(api, tenant.admins[0].email, tenant.password));
    const families = Array.from({ length: 500 }, () => randomLineUserId());
    const deliveries = (count: number): Delivery[] =>
      Array.from({ length: count }, (_, i) => {
        const events = Array.from({ length: options.batchSize }, (_, j) =>
          textMessageEvent(families[(i * options.batchSize + j) % families.length], TEXTS[j % TEXTS.length]),
        );
        const body = JSON.stringify(webhookBody(events));
        return { body, signature: signature(channel.secret, body), events };
      });

    // The baseline: the same rows into the same table, one statement per batch, as many connections.
    const insertBatch = async (delivery: Delivery): Promise<void> => {
      const values: string[] = [];
      const params: unknown[] = [];
      for (const event of delivery.events) {
        const n = params.length;
        values.push(
          `($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6}, $${n + 7}, $${n + 8}, $${n + 9}, now())`,
        );
        const source = event['source'] as { userId: string };
        params.push(
          randomUUID(),
          tenant.tenantId,
          channel.id,
          event.webhookEventId,
          event.type,
          source.userId,
          new Date(event['timestamp'] as number),
          false,
          JSON.stringify(event),
        );
      }
      await pool.query(
        `insert into line_webhook_event
           (id, tenant_id, channel_id, webhook_event_id, type, line_user_id, occurred_at, redelivery, payload, received_at)
         values ${values.join(', ')}
         on conflict (channel_id, webhook_event_id) do nothing`,
        params,
      );
    };
    let turn = 0;
    const deliver = async (delivery: Delivery): Promise<void> => {
      const target = apis[turn++ % apis.length];
      const res = await post(`${target.url}/webhooks/line/${channel.lineChannelId}`, delivery.body, {
        'content-type': 'application/json',
        'x-line-signature': delivery.signature,
      });
      const answer = res.status === 200 ? (JSON.parse(res.body) as { stored: number }) : undefined;
      if (answer?.stored !== delivery.events.length) throw new Error(`HTTP ${res.status} ${res.body.slice(0, 200)}`);
    };
    // The paced run first, at steady state: after a saturating run, autovacuum and the checkpoint of
    // its writes would be measured too.
    await closedLoop(deliveries(options.warmup), options.concurrency, deliver);
    await sleep(1000);
    const paced = await openLoop(
      deliveries(Math.round((options.pacedRate * options.pacedSeconds) / options.batchSize)),
      options.pacedRate / options.batchSize,
      deliver,
    );
    await closedLoop(deliveries(options.warmup), options.concurrency, insertBatch);
    const sqlRuns: Run[] = [];
    const apiRuns: Run[] = [];
    for (let round = 0; round < options.rounds; round++) {
      sqlRuns.push(await closedLoop(deliveries(options.batches), options.concurrency, insertBatch));
      apiRuns.push(await closedLoop(deliveries(options.batches), options.concurrency, deliver));
    }
    const sql = medianRun(sqlRuns);
    const throughput = medianRun(apiRuns);

    const stored = await pool.query<{ events: string; jobs: string }>(
      `select (select count(*) from line_webhook_event where channel_id = $1) as events,
              (select coalesce(sum(jsonb_array_length(data->'eventIds')), 0) from pgboss.job where name = 'line.event') as jobs`,
      [channel.id],
    );
    const apiEvents = (options.warmup + options.batches * options.rounds + paced.count) * options.batchSize;
    const sqlEvents = (options.warmup + options.batches * options.rounds) * options.batchSize;
    if (Number(stored.rows[0].events) !== apiEvents + sqlEvents || Number(stored.rows[0].jobs) < apiEvents) {
      throw new Error(`stored ${JSON.stringify(stored.rows[0])}, expected ${apiEvents + sqlEvents} events`);
    }

    const events = (n: number) => `${n.toLocaleString('en', { maximumFractionDigits: 0 })} events/s`;
    const row = (name: string, r: Run) =>
      `${name.padEnd(46)} ${events(r.eventsPerSecond).padStart(16)} ${ms(r.p50).padStart(10)} ${ms(r.p99).padStart(10)} ${String(r.failures).padStart(8)}`;
    console.log(
      `\nwebhook: ${options.concurrency} concurrent clients, batches of ${options.batchSize} events, ${options.batches} batches per run, median of ${options.rounds} alternating runs, ${options.apiProcesses} API process(es), PostgreSQL`,
    );
    console.log(machineLine());
    console.log(
      `${'run'.padEnd(46)} ${'accepted'.padStart(16)} ${'p50'.padStart(10)} ${'p99'.padStart(10)} ${'failed'.padStart(8)}`,
    );
    console.log(row('plain SQL INSERT … ON CONFLICT DO NOTHING', sql));
    console.log(row('API: POST /webhooks/line/:id → 200', throughput));
    console.log(row(`API paced at ${options.pacedRate} events/s (${options.pacedSeconds} s)`, paced));
    const share = throughput.eventsPerSecond / sql.eventsPerSecond;
    console.log(
      `target: at least 25 % of the plain-SQL rate: ${(share * 100).toFixed(0)} %: ${verdict(share >= 0.25 && throughput.failures === 0)}`,
    );
    console.log(
      `target: p99 under 50 ms at ${options.pacedRate} events/s: ${ms(paced.p99)}: ${verdict(paced.p99 < 50 && paced.failures === 0)}`,
    );
    console.log(`(time to the 200 of each batch; the paced run counts from when each batch was due)`);
  } finally {
    await pool.end();
    for (const running of apis) await running.stop();
  }
}

export async function createChannel(
  api: RunningApi,
  adminToken: string,
): Promise<{ id: string; lineChannelId: string; secret: string }> {
  const secret = randomUUID().replace(/-/g, '');
  const lineChannelId = String(2_100_000_000 + Math.floor(Math.random() * 100_000_000));
  const answer = await graphql<{ createLineChannel: { id: string } }>(
    api,
    'mutation($input: CreateLineChannelInput!) { createLineChannel(input: $input) { id } }',
    {
      input: {
        name: 'ベンチ用チャンネル',
        lineChannelId,
        channelSecret: secret,
        channelAccessToken: `bench-${secret}`,
      },
    },
    adminToken,
  );
  return { id: answer.data?.createLineChannel.id as string, lineChannelId, secret };
}

/** The run of median rate (all runs are of the same kind, failures count in each). */
function medianRun(runs: Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.eventsPerSecond - b.eventsPerSecond);
  return { ...sorted[Math.floor(sorted.length / 2)], failures: runs.reduce((sum, run) => sum + run.failures, 0) };
}

/** `concurrency` clients, each sending its next batch when the previous one was answered. */
export async function closedLoop(
  deliveries: Delivery[],
  concurrency: number,
  send: (delivery: Delivery) => Promise<void>,
): Promise<Run> {
  closeIdleConnections();
  const durations: number[] = [];
  let failures = 0;
  const start = now();
  await withConcurrency(deliveries.length, concurrency, async (i) => {
    const t = now();
    try {
      await send(deliveries[i]);
      durations.push(now() - t);
    } catch (error) {
      if (failures++ === 0) console.error('first failure:', error instanceof Error ? error.message : error);
    }
  });
  const seconds = (now() - start) / 1000;
  const events = durations.length * (deliveries[0]?.events.length ?? 0);
  return {
    eventsPerSecond: events / seconds,
    p50: percentile(durations, 50),
    p99: percentile(durations, 99),
    failures,
  };
}

/** A batch every 1/`batchesPerSecond` s whatever the answers; latencies count from when a batch was due. */
export async function openLoop(
  deliveries: Delivery[],
  batchesPerSecond: number,
  send: (delivery: Delivery) => Promise<void>,
): Promise<Run & { count: number }> {
  closeIdleConnections();
  const durations: number[] = [];
  let failures = 0;
  const interval = 1000 / batchesPerSecond;
  const start = now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < deliveries.length; i++) {
    const due = start + i * interval;
    const wait = due - now();
    if (wait > 1) await sleep(wait);
    inFlight.push(
      send(deliveries[i]).then(
        () => void durations.push(now() - due),
        (error: unknown) => {
          if (failures++ === 0) console.error('first failure:', error instanceof Error ? error.message : error);
        },
      ),
    );
  }
  await Promise.all(inFlight);
  const seconds = (now() - start) / 1000;
  return {
    eventsPerSecond: (durations.length * (deliveries[0]?.events.length ?? 0)) / seconds,
    p50: percentile(durations, 50),
    p99: percentile(durations, 99),
    failures,
    count: deliveries.length,
  };
}
