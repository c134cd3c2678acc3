/**
 * `npm run bench -- graphql`: the everyday authenticated request, next to a bare Apollo Server 5
 * answering `{ hello }` (started by the bench in its own process) under the same closed-loop load:
 * `connections` clients each sending the next request as soon as the last is answered, for
 * `seconds` per run. Beside it, not a target, the same `{ hello }` on NestJS with its Apollo driver
 * and nothing else: the floor the framework sets. As a counsellor: `me { email }`, `conversations(first: 20)` (the inbox page)
 * and `referrals(first: 20)`. Runs alternate (bare, me, conversations, referrals, …) `rounds` times;
 * each operation's median run is reported. PostgreSQL by default (a generated tenant the size of
 * Kobe's); BENCH_DATABASE=embedded runs the API on its embedded database with the demo instead.
 * BENCH_OPERATIONS=me,conversations measures only those (to profile one with BENCH_API_NODE_ARGS).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { generateTenant } from './data-generator';
import {
  benchEncryptionKeys,
  buildApi,
  closeIdleConnections,
  freePort,
  freshDatabase,
  graphql,
  login,
  machineLine,
  ms,
  now,
  percentile,
  post,
  processCpuMs,
  sleep,
  startApi,
  verdict,
  type RunningApi,
} from './harness';

export interface GraphqlBenchOptions {
  connections: number;
  /** Length of one measured run. */
  seconds: number;
  /** Runs of each operation, alternating; the median is reported. */
  rounds: number;
  /** Unmeasured seconds of each operation before the first round. */
  warmup: number;
  conversations: number;
  messages: number;
  referrals: number;
}

export const GRAPHQL_DEFAULTS: GraphqlBenchOptions = {
  connections: 50,
  seconds: 8,
  rounds: 3,
  warmup: 3,
  conversations: 4000,
  messages: 60000,
  referrals: 400,
};

const OPERATIONS = {
  me: '{ me { email } }',
  conversations: `{ conversations(first: 20) { edges { cursor node {
    id status priority unreadCount lastMessageAt categoryIds
    registrant { id displayName status } assignee { id displayName }
    lastMessage { id direction type text sentAt unsent deliveryStatus }
  } } pageInfo { hasNextPage endCursor } } }`,
  referrals: `{ referrals(first: 20) { edges { cursor node {
    id status createdAt sentAt respondBy overdue familyDisplayName partnerOrganization { id name }
  } } pageInfo { hasNextPage endCursor } } }`,
} as const;

function measuredOperations(): [string, string][] {
  const only = process.env['BENCH_OPERATIONS']?.split(',').filter(Boolean);
  return Object.entries(OPERATIONS).filter(([name]) => !only || only.includes(name));
}

interface Run {
  rate: number;
  p50: number;
  p99: number;
  failures: number;
  /** CPU time of the answering process per answered request, in ms. */
  cpuPerRequest: number;
  /** CPU time of the PostgreSQL backends serving it per answered request, in ms (0 when none). */
  dbCpuPerRequest: number;
}

interface Target {
  url: string;
  headers: Record<string, string>;
  body: string;
  cpuMs(): number;
  dbCpuMs(): Promise<number>;
}

/** Closed loop: each of `connections` clients sends its next request when the last is answered. */
async function run(target: Target, connections: number, seconds: number): Promise<Run> {
  closeIdleConnections();
  const latencies: number[] = [];
  let failures = 0;
  const end = now() + seconds * 1000;
  const client = async (): Promise<void> => {
    while (now() < end) {
      const start = now();
      try {
        const res = await post(target.url, target.body, target.headers);
        if (res.status !== 200 || res.body.includes('"errors"')) failures++;
        else latencies.push(now() - start);
      } catch {
        failures++;
      }
    }
  };
  const started = now();
  const cpuBefore = target.cpuMs();
  const dbCpuBefore = await target.dbCpuMs();
  await Promise.all(Array.from({ length: connections }, client));
  const elapsed = (now() - started) / 1000;
  const dbCpu = (await target.dbCpuMs()) - dbCpuBefore;
  return {
    rate: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failures,
    cpuPerRequest: (target.cpuMs() - cpuBefore) / Math.max(1, latencies.length),
    dbCpuPerRequest: dbCpu / Math.max(1, latencies.length),
  };
}

/** A reference server answering `{ hello }` at `path`, from `script` in a process of its own. */
async function startReference(
  script: string,
  path: string,
): Promise<{ url: string; cpuMs(): number; stop(): Promise<void> }> {
  const port = await freePort();
  const root = resolve(__dirname, '../..');
  const child = spawn(process.execPath, ['-r', '@swc-node/register', '-r', 'tsconfig-paths/register', script], {
    cwd: root,
    env: { ...process.env, BARE_APOLLO_PORT: String(port), NODE_ENV: 'production' },
    stdio: 'ignore',
  });
  process.once('exit', () => child.kill('SIGTERM'));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}${path}`;
  for (let i = 0; ; i++) {
    try {
      const res = await post(url, JSON.stringify({ query: '{ hello }' }), { 'content-type': 'application/json' });
      if (res.status === 200) break;
    } catch {
      if (i > 200) throw new Error(`${script} did not start`);
    }
    await sleep(100);
  }
  return {
    url,
    cpuMs: () => processCpuMs(child.pid as number),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The API and a counsellor's token: on a generated PostgreSQL tenant, or the embedded demo. */
async function startSubject(
  options: GraphqlBenchOptions,
  embedded: boolean,
): Promise<{ api: RunningApi; token: string; tenant: string; dbCpuMs(): Promise<number>; cleanup(): void }> {
  buildApi();
  if (embedded) {
    const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-bench-embedded-'));
    const api = await startApi(null, benchEncryptionKeys(), {
      NODE_ENV: 'development',
      TSUNAGU_DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
    });
    const token = await login(api, 'counselor@kobe.tsunagu.example', 'tsunagu-demo-2026');
    return {
      api,
      token,
      tenant: 'kobe',
      // In the API's own process: counted in its CPU.
      dbCpuMs: async () => 0,
      cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const db = await freshDatabase();
  const keys = benchEncryptionKeys();
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const generated = await generateTenant(owner, {
    conversations: options.conversations,
    messages: options.messages,
    keys,
    password: 'bench-password-for-counsellors-2026',
    reporting: { categories: 8, partners: 10, referrals: options.referrals, urgent: 20 },
  });
  await owner.end();
  const api = await startApi(db, keys, { JOB_WORKERS: '0' });
  const token = await login(api, generated.counsellors[0].email, generated.password);
  // The backends of the bench database (the API's pool): what its requests cost PostgreSQL.
  const dbCpuMs = async (): Promise<number> => {
    const monitor = new Client({ connectionString: db.ownerUrl });
    await monitor.connect();
    try {
      const { rows } = await monitor.query<{ pid: number }>(
        `select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
      );
      return rows.reduce((sum, { pid }) => {
        try {
          return sum + processCpuMs(pid);
        } catch {
          return sum; // ended meanwhile
        }
      }, 0);
    } finally {
      await monitor.end();
    }
  };
  return { api, token, tenant: generated.slug, dbCpuMs, cleanup: () => undefined };
}

export async function graphqlBench(options: GraphqlBenchOptions): Promise<void> {
  const embedded = process.env['BENCH_DATABASE'] === 'embedded';
  const subject = await startSubject(options, embedded);
  const bare = await startReference('tools/bench/bare-apollo.ts', '/');
  const nest = await startReference('tools/bench/nest-apollo.ts', '/graphql');
  try {
    const hello = (server: { url: string; cpuMs(): number }): Target => ({
      url: server.url,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ hello }' }),
      cpuMs: server.cpuMs,
      dbCpuMs: async () => 0,
    });
    const targets: Record<string, Target> = {
      'bare Apollo { hello }': hello(bare),
      // Not a target: the floor NestJS and its Apollo driver set before the API does anything.
      'Nest + Apollo { hello }': hello(nest),
    };
    for (const [name, query] of measuredOperations()) {
      // Each operation must answer without errors before it is measured.
      await graphql(subject.api, query, {}, subject.token);
      targets[name] = {
        url: `${subject.api.url}/graphql`,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${subject.token}`,
          'x-tenant': subject.tenant,
        },
        body: JSON.stringify({ query }),
        cpuMs: subject.api.cpuMs,
        dbCpuMs: subject.dbCpuMs,
      };
    }
    for (const target of Object.values(targets)) await run(target, options.connections, options.warmup);
    const runs: Record<string, Run[]> = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
    for (let round = 0; round < options.rounds; round++) {
      for (const [name, target] of Object.entries(targets)) {
        runs[name].push(await run(target, options.connections, options.seconds));
      }
    }
    const median = (name: string): Run => {
      const sorted = [...runs[name]].sort((a, b) => a.rate - b.rate);
      return sorted[Math.floor(sorted.length / 2)];
    };

    console.log(
      `\ngraphql: ${options.connections} connections, closed loop, ${options.seconds} s runs, median of ${options.rounds} alternating runs, ${embedded ? 'embedded database (the demo)' : `PostgreSQL (a tenant of ${options.conversations.toLocaleString('en')} conversations, ${options.messages.toLocaleString('en')} messages, ${options.referrals} referrals)`}`,
    );
    console.log(machineLine());
    console.log(
      `${'request'.padEnd(28)} ${'rate'.padStart(14)} ${'of bare'.padStart(8)} ${'p50'.padStart(10)} ${'p99'.padStart(10)} ${'failed'.padStart(7)} ${'API CPU/req'.padStart(12)} ${'DB CPU/req'.padStart(11)}`,
    );
    const baseline = median('bare Apollo { hello }');
    for (const name of Object.keys(targets)) {
      const r = median(name);
      console.log(
        `${name.padEnd(28)} ${`${Math.round(r.rate).toLocaleString('en')} req/s`.padStart(14)} ${`${Math.round((100 * r.rate) / baseline.rate)} %`.padStart(8)} ${ms(r.p50).padStart(10)} ${ms(r.p99).padStart(10)} ${String(r.failures).padStart(7)} ${`${r.cpuPerRequest.toFixed(2)} ms`.padStart(12)} ${`${r.dbCpuPerRequest.toFixed(2)} ms`.padStart(11)}`,
      );
    }
    for (const [name] of measuredOperations()) {
      const r = median(name);
      const share = (100 * r.rate) / baseline.rate;
      console.log(
        `target: ${name} at least 25 % of bare Apollo's rate: ${share.toFixed(0)} %: ${verdict(share >= 25)}`,
      );
      console.log(`target: ${name} p99 under 50 ms: ${ms(r.p99)}: ${verdict(r.p99 < 50)}`);
    }
  } finally {
    await bare.stop();
    await nest.stop();
    await subject.api.stop();
    subject.cleanup();
  }
}
