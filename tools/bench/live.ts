/**
 * `npm run bench -- live`: how fast a family's message reaches the counsellors' inboxes live.
 * Two tenants with `subscribers` counsellors each, every one subscribed to `inboxEvents` over
 * WebSocket; families of both tenants write `rate` messages/s in all (half each) for `seconds`
 * through the signed webhook (open loop), to one API with job workers on, PostgreSQL. For every
 * (subscriber, message) pair: the time from the webhook's acknowledgement to the event's arrival.
 * Counts events of the other tenant (must be none) and events never received (must be none), and
 * says where the time went: until the job processed the event (its row marked processed, just before
 * the commit), until the event was published after the commit (the event's `at`), until it arrived.
 */
import { Client } from 'pg';
import { WebSocket } from 'ws';
import { LineSandbox, randomLineUserId, signature, textMessageEvent, webhookBody } from '@tsunagu/line-sandbox';
import { generateTenant, type GeneratedTenant } from './data-generator';
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
  withConcurrency,
  type RunningApi,
} from './harness';
import { openLoop, type Delivery } from './webhook';

export interface LiveBenchOptions {
  subscribers: number;
  rate: number;
  seconds: number;
  families: number;
  /** Seconds to wait after the last delivery for the last events. */
  drain: number;
}

export const LIVE_DEFAULTS: LiveBenchOptions = { subscribers: 50, rate: 200, seconds: 60, families: 500, drain: 20 };

const SUBSCRIPTION = 'subscription { inboxEvents { missed events { kind at message { id text } } } }';

interface Subscriber {
  tenant: number;
  socket: WebSocket;
  /** Message key → arrival time. */
  arrivals: Map<string, number>;
  wrongTenant: number;
  missed: number;
}

interface InboxNext {
  type: string;
  payload?: {
    data?: {
      inboxEvents: { missed: boolean; events: { kind: string; at: string; message: { text: string | null } | null }[] };
    };
    errors?: unknown[];
  };
}

/** A family's text carries its message's key: `<tenant>:<index>`. */
const TEXT_PREFIX = 'ベンチ相談 ';

/** A time of `now()` on the wall clock (ms since the epoch), to compare with the server's times. */
const wall = (at: number): number => performance.timeOrigin + at;

async function subscribe(
  api: RunningApi,
  token: string,
  slug: string,
  tenant: number,
  /** Message key → when its event was published (the server's clock, the same machine's). */
  published: Map<string, number>,
): Promise<Subscriber> {
  const socket = new WebSocket(`${api.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const subscriber: Subscriber = { tenant, socket, arrivals: new Map(), wrongTenant: 0, missed: 0 };
  const acknowledged = new Promise<void>((resolve, reject) => {
    socket.on('message', (data: Buffer) => {
      const at = now();
      const message = JSON.parse(data.toString('utf8')) as InboxNext;
      if (message.type === 'connection_ack') return resolve();
      if (message.type === 'error' || message.payload?.errors) {
        console.error('subscription error:', JSON.stringify(message.payload).slice(0, 300));
        return;
      }
      const live = message.payload?.data?.inboxEvents;
      if (!live) return;
      if (live.missed) subscriber.missed++;
      for (const event of live.events) {
        if (event.kind !== 'MESSAGE_RECEIVED' || !event.message?.text?.startsWith(TEXT_PREFIX)) continue;
        const key = event.message.text.slice(TEXT_PREFIX.length);
        if (Number(key.split(':')[0]) !== tenant) subscriber.wrongTenant++;
        if (!subscriber.arrivals.has(key)) subscriber.arrivals.set(key, at);
        if (!published.has(key)) published.set(key, Date.parse(event.at));
      }
    });
    socket.once('close', (code: number, reason: Buffer) =>
      reject(new Error(`socket closed ${code} ${reason.toString('utf8')}`)),
    );
  });
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}`, tenant: slug } }));
  await acknowledged;
  socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIPTION } }));
  return subscriber;
}

export async function liveBench(options: LiveBenchOptions): Promise<void> {
  const db = await freshDatabase();
  const keys = benchEncryptionKeys();
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const tenants: GeneratedTenant[] = [];
  for (let i = 0; i < 2; i++) {
    tenants.push(
      await generateTenant(owner, {
        conversations: 0,
        messages: 0,
        counsellors: options.subscribers,
        keys,
        password: 'bench-password-for-counsellors-2026',
      }),
    );
  }
  buildApi();
  const sandbox = await new LineSandbox().start();
  const api = await startApi(db, keys, {
    JOB_WORKERS: '1',
    LINE_API_BASE_URL: sandbox.url,
    LINE_DATA_API_BASE_URL: sandbox.url,
    // Every counsellor signs in from this one address.
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
  });
  const subscribers: Subscriber[] = [];
  const published = new Map<string, number>();
  try {
    for (const [index, tenant] of tenants.entries()) {
      const tokens: string[] = [];
      await withConcurrency(tenant.counsellors.length, 5, async (i) => {
        tokens.push(await login(api, tenant.counsellors[i].email, tenant.password));
      });
      for (const token of tokens) subscribers.push(await subscribe(api, token, tenant.slug, index, published));
    }
    await sleep(500);

    // The families: each delivery one text message, alternating between the tenants.
    const families = tenants.map(() => Array.from({ length: options.families }, () => randomLineUserId()));
    const total = Math.round(options.rate * options.seconds);
    const acknowledged = new Map<string, number>();
    const deliveries: (Delivery & { key: string; tenant: number })[] = Array.from({ length: total }, (_, i) => {
      const tenant = i % 2;
      const key = `${tenant}:${i}`;
      const events = [textMessageEvent(families[tenant][i % options.families], `${TEXT_PREFIX}${key}`)];
      const body = JSON.stringify(webhookBody(events));
      return { body, signature: signature(tenants[tenant].channelSecret, body), events, key, tenant };
    });
    const byBody = new Map(deliveries.map((d) => [d.body, d]));
    const apiCpuBefore = api.cpuMs();
    const benchCpuBefore = process.cpuUsage();
    const startedAt = now();
    const paced = await openLoop(deliveries, options.rate, async (delivery) => {
      const { key, tenant } = byBody.get(delivery.body) as (typeof deliveries)[number];
      const res = await post(`${api.url}/webhooks/line/${tenants[tenant].lineChannelId}`, delivery.body, {
        'content-type': 'application/json',
        'x-line-signature': delivery.signature,
      });
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
      acknowledged.set(key, now());
    });
    const expected = subscribers.length * acknowledged.size * 0.5;
    const deadline = now() + options.drain * 1000;
    const received = () => subscribers.reduce((sum, s) => sum + s.arrivals.size, 0);
    while (received() < expected && now() < deadline) await sleep(250);
    const elapsed = now() - startedAt;
    const apiCpu = api.cpuMs() - apiCpuBefore;
    const benchCpuUsage = process.cpuUsage(benchCpuBefore);
    const benchCpu = (benchCpuUsage.user + benchCpuUsage.system) / 1000;

    const latencies: number[] = [];
    const toArrival: number[] = [];
    let lost = 0;
    for (const subscriber of subscribers) {
      for (const [key, ackAt] of acknowledged) {
        if (Number(key.split(':')[0]) !== subscriber.tenant) continue;
        const at = subscriber.arrivals.get(key);
        if (at === undefined) lost++;
        else {
          latencies.push(at - ackAt);
          const publishedAt = published.get(key);
          if (publishedAt !== undefined) toArrival.push(wall(at) - publishedAt);
        }
      }
    }
    // The job's side, from the events' rows: marked processed just before their transaction commits.
    const { rows } = await owner.query<{ webhook_event_id: string; processed_at: Date | null }>(
      'select webhook_event_id, processed_at from line_webhook_event',
    );
    const processedAt = new Map(rows.map((row) => [row.webhook_event_id, row.processed_at?.getTime()]));
    const toProcessed: number[] = [];
    const toPublished: number[] = [];
    for (const delivery of deliveries) {
      const ackAt = acknowledged.get(delivery.key);
      const processed = processedAt.get(String(delivery.events[0]['webhookEventId']));
      const publishedAt = published.get(delivery.key);
      if (ackAt === undefined || processed === undefined) continue;
      toProcessed.push(processed - wall(ackAt));
      if (publishedAt !== undefined) toPublished.push(publishedAt - processed);
    }
    const stage = (values: number[]) => `p50 ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))}`;
    const wrongTenant = subscribers.reduce((sum, s) => sum + s.wrongTenant, 0);
    const missedBatches = subscribers.reduce((sum, s) => sum + s.missed, 0);
    const p50 = percentile(latencies, 50);
    const p95 = percentile(latencies, 95);
    console.log(
      `\nlive: ${subscribers.length} counsellors subscribed (${options.subscribers} in each of 2 tenants), families writing ${options.rate} messages/s for ${options.seconds} s through the signed webhook, PostgreSQL`,
    );
    console.log(machineLine());
    console.log(
      `deliveries acknowledged ${acknowledged.size} of ${total} (${paced.failures} failed); events expected ${expected}, received ${latencies.length}`,
    );
    console.log(
      `webhook acknowledgement to the event at each subscriber: p50 ${ms(p50)}, p95 ${ms(p95)}, p99 ${ms(percentile(latencies, 99))}, max ${ms(percentile(latencies, 100))}`,
    );
    console.log(
      `where the time went: acknowledgement to processed by the job ${stage(toProcessed)}; to published after the commit ${stage(toPublished)}; to the arrival at each subscriber ${stage(toArrival)}`,
    );
    console.log(
      `CPU from the first delivery to the last event (${ms(elapsed)}): the API ${ms(apiCpu)} (${((100 * apiCpu) / elapsed).toFixed(0)} % of a core, ${(apiCpu / Math.max(1, acknowledged.size)).toFixed(2)} ms a delivery), this benchmark's families and subscribers ${ms(benchCpu)} (${((100 * benchCpu) / elapsed).toFixed(0)} %)`,
    );
    console.log(`events of the other tenant: ${wrongTenant}; lost: ${lost}; batches marked missed: ${missedBatches}`);
    console.log(`target: p95 under 300 ms: ${ms(p95)}: ${verdict(p95 < 300)}`);
    console.log(`target: zero events to the wrong tenant: ${verdict(wrongTenant === 0)}`);
    console.log(`target: zero lost: ${verdict(lost === 0 && paced.failures === 0)}`);
  } finally {
    for (const subscriber of subscribers) subscriber.socket.terminate();
    await owner.end();
    await api.stop();
    await sandbox.stop();
  }
}
