/**
 * `npm run bench -- broadcast`: a broadcast to `families` registered families of one tenant, sent by
 * the job worker to the LINE sandbox, which enforces LINE's documented multicast rate (200 requests a
 * second per channel, 429 beyond) and counts each recipient's deliveries. The fan-out's time (the
 * audience frozen to the last batch settled) is set against its floor: ceil(families / 500) requests
 * at that rate. A second broadcast is then sent by a worker process killed (SIGKILL) twice during the
 * fan-out and restarted each time. Both must reach every family exactly once.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { LineSandbox, SANDBOX_MULTICAST_REQUESTS_PER_SECOND } from '@tsunagu/line-sandbox';
import { hashPassword } from '@tsunagu/platform/auth';
import { generateTenant } from './data-generator';
import {
  benchEncryptionKeys,
  buildApi,
  freshDatabase,
  graphql,
  login,
  machineLine,
  now,
  sleep,
  startApi,
  verdict,
  type RunningApi,
} from './harness';

export interface BroadcastBenchOptions {
  families: number;
  /** How many times the worker is killed during the second run's fan-out. */
  kills: number;
}

export const BROADCAST_DEFAULTS: BroadcastBenchOptions = { families: 100_000, kills: 2 };

const PASSWORD = 'bench-password-for-admins-2026';
const BATCH = 500;

interface Progress {
  status: string;
  sent: number;
  pending: number;
  seconds: number | null;
}

export async function broadcastBench(options: BroadcastBenchOptions): Promise<void> {
  const db = await freshDatabase();
  const keys = benchEncryptionKeys();
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const tenant = await generateTenant(owner, {
    conversations: 0,
    messages: 0,
    counsellors: 0,
    keys,
    password: PASSWORD,
  });
  const coordinator = `coordinator@${tenant.slug}.bench.example`;
  const families = Array.from({ length: options.families }, () => `U${randomUUID().replace(/-/g, '')}`);
  await owner.query('begin');
  await owner.query(`select set_config('app.tenant_id', $1, true)`, [tenant.tenantId]);
  await owner.query(
    `with u as (insert into app_user (id, email, display_name, password_hash, created_at, updated_at, password_changed_at)
       values (gen_random_uuid(), $2, '事務局', $3, now(), now(), now()) returning id)
     insert into membership (id, tenant_id, user_id, role, status, created_at)
       select gen_random_uuid(), $1, id, 'coordinator', 'active', now() from u`,
    [tenant.tenantId, coordinator, await hashPassword(PASSWORD)],
  );
  await owner.query(
    `insert into registrant (id, tenant_id, channel_id, line_user_id, status, first_contact_at, last_contact_at, created_at)
     select gen_random_uuid(), $1, $2, u, 'active', now(), now(), now() from unnest($3::text[]) as u`,
    [tenant.tenantId, tenant.channelId, families],
  );
  await owner.query('commit');
  await owner.query('vacuum analyze registrant');

  buildApi();
  // LINE as it limits multicast: its documented rate per channel, 429 beyond.
  const sandbox = await new LineSandbox().start();
  const line = { LINE_API_BASE_URL: sandbox.url, LINE_DATA_API_BASE_URL: sandbox.url };
  // The API answers GraphQL only; the worker is a process of its own, so that it can be killed.
  const api = await startApi(db, keys, { JOB_WORKERS: '0', ...line });
  let worker: RunningApi = await startApi(db, keys, { JOB_WORKERS: '1', ...line });
  try {
    const coordinatorToken = await login(api, coordinator, PASSWORD);
    const adminToken = await login(api, tenant.admins[0].email, PASSWORD);

    const send = async (title: string): Promise<string> => {
      const created = await graphql<{ createBroadcast: { id: string } }>(
        api,
        'mutation($input: CreateBroadcastInput!) { createBroadcast(input: $input) { id } }',
        {
          input: {
            channelId: tenant.channelId,
            title,
            messages: [
              { kind: 'TEXT', text: '夏休みの子ども食堂のお知らせです。' },
              { kind: 'LINK', title: '開催日と場所', url: 'https://www.city.example/shokudo' },
            ],
            audienceKind: 'EVERYONE',
          },
        },
        coordinatorToken,
      );
      const id = created.data?.createBroadcast.id;
      if (!id) throw new Error('createBroadcast answered no broadcast');
      const byId = (mutation: string, token: string) =>
        graphql(api, `mutation($id: ID!) { ${mutation}(input: { id: $id }) { id } }`, { id }, token);
      await byId('submitBroadcast', coordinatorToken);
      await byId('approveBroadcast', adminToken);
      return id;
    };
    const progress = async (id: string): Promise<Progress> => {
      const { rows } = await owner.query<Progress>(
        `select b.status,
                (select count(*)::int from broadcast_batch where broadcast_id = b.id and status = 'sent') as sent,
                (select count(*)::int from broadcast_batch where broadcast_id = b.id and status = 'pending') as pending,
                extract(epoch from b.finished_at - b.sending_started_at)::float8 as seconds
           from broadcast b where b.id = $1`,
        [id],
      );
      return rows[0];
    };
    const until = async (id: string, done: (p: Progress) => boolean, limitSeconds: number): Promise<Progress> => {
      const deadline = now() + limitSeconds * 1000;
      for (;;) {
        const p = await progress(id);
        if (done(p)) return p;
        if (now() > deadline) throw new Error(`broadcast ${id} not there in time: ${JSON.stringify(p)}`);
        await sleep(20);
      }
    };
    /** Families that received `id`'s run 0 times, more than once, from counts before and after it. */
    const tally = (before: Map<string, number>) => {
      const after = sandbox.recipientCounts();
      let missed = 0;
      let duplicated = 0;
      for (const family of families) {
        const n = (after.get(family) ?? 0) - (before.get(family) ?? 0);
        if (n === 0) missed++;
        if (n > 1) duplicated++;
      }
      return { missed, duplicated };
    };
    const requests = ({ status }: { status: number }) => status;
    const floorSeconds = Math.ceil(options.families / BATCH) / SANDBOX_MULTICAST_REQUESTS_PER_SECOND;

    // Run 1: the worker left alone.
    const clean = await send('ベンチ配信 1');
    const started = now();
    const first = await until(clean, (p) => p.status === 'sent' || p.status === 'partially_failed', 600);
    const wall = (now() - started) / 1000;
    const firstTally = tally(new Map());
    const statuses = sandbox.recorded('multicast').map(requests);
    const load1 = machineLine();
    // Where run 1's time went, from the start's commit: its batch jobs fetched, the first and last settled.
    const { rows: phases } = await owner.query<{ fetched: number; first: number; last: number }>(
      `select extract(epoch from (select min(started_on) from pgboss.job
                                   where name = 'broadcast.batch' and data->>'broadcastId' = b.id::text) - b.sending_started_at)::float8 as fetched,
              extract(epoch from min(bb.finished_at) - b.sending_started_at)::float8 as first,
              extract(epoch from max(bb.finished_at) - b.sending_started_at)::float8 as last
         from broadcast b join broadcast_batch bb on bb.broadcast_id = b.id where b.id = $1 group by b.id`,
      [clean],
    );

    // Run 2: the worker killed during the fan-out, and restarted.
    const before = sandbox.recipientCounts();
    const requestsBefore = sandbox.recorded('multicast').length;
    const crashed = await send('ベンチ配信 2');
    const batches = Math.ceil(options.families / BATCH);
    for (let kill = 1; kill <= options.kills; kill++) {
      // Once a share of the batches is sent (another share after each restart).
      const target = Math.floor((batches * kill) / (options.kills + 1));
      const at = await until(crashed, (p) => p.sent >= target || p.status === 'sent', 600);
      await worker.kill();
      console.log(`  worker killed (SIGKILL) with ${at.sent} of ${batches} batches sent; restarted`);
      worker = await startApi(db, keys, { JOB_WORKERS: '1', ...line });
    }
    const second = await until(crashed, (p) => p.status === 'sent' || p.status === 'partially_failed', 900);
    const secondTally = tally(before);
    const secondStatuses = sandbox.recorded('multicast').slice(requestsBefore).map(requests);
    const { rows: retried } = await owner.query<{ n: number }>(
      `select count(*)::int as n from pgboss.job where name = 'broadcast.batch' and data->>'broadcastId' = $1 and retry_count > 0`,
      [crashed],
    );

    const count = (list: number[], status: number) => list.filter((s) => s === status).length;
    console.log(
      `\nbroadcast: ${options.families.toLocaleString('en')} families of one tenant, LINE sandbox at ${SANDBOX_MULTICAST_REQUESTS_PER_SECOND} multicasts/s, PostgreSQL`,
    );
    console.log(load1);
    console.log(
      `run 1: fan-out (audience frozen to last batch settled) ${first.seconds?.toFixed(2)} s; approval to SENT ${wall.toFixed(2)} s; floor ${floorSeconds.toFixed(2)} s (${batches} requests at ${SANDBOX_MULTICAST_REQUESTS_PER_SECOND}/s): ${((first.seconds ?? 0) / floorSeconds).toFixed(2)}× the floor`,
    );
    const [phase] = phases;
    console.log(
      `run 1: from the start: first batch jobs fetched ${phase.fetched.toFixed(3)} s, first batch settled ${phase.first.toFixed(3)} s, last ${phase.last.toFixed(3)} s`,
    );
    console.log(
      `run 1: multicast requests ${statuses.length} (200: ${count(statuses, 200)}, 429: ${count(statuses, 429)}, 409: ${count(statuses, 409)}); families missed ${firstTally.missed}, received twice or more ${firstTally.duplicated}; status ${first.status}`,
    );
    console.log(
      `run 2 (worker killed ${options.kills}×): ${second.seconds?.toFixed(2)} s; multicast requests ${secondStatuses.length} (200: ${count(secondStatuses, 200)}, 409: ${count(secondStatuses, 409)}, 429: ${count(secondStatuses, 429)}); batch jobs retried ${retried[0].n}; families missed ${secondTally.missed}, received twice or more ${secondTally.duplicated}; status ${second.status}`,
    );
    console.log(machineLine());
    console.log(`target: fan-out within 1.1× the floor: ${verdict((first.seconds ?? Infinity) <= floorSeconds * 1.1)}`);
    console.log(
      `target: every family exactly once, both runs: ${verdict(
        firstTally.missed + firstTally.duplicated + secondTally.missed + secondTally.duplicated === 0,
      )}`,
    );
  } finally {
    await owner.end();
    await worker.stop();
    await api.stop();
    await sandbox.stop();
  }
}
