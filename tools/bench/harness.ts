/**
 * What both benchmarks share: a fresh PostgreSQL database migrated by the project's migrator, the
 * API built and started in its own process as a non-superuser, non-owner login role (as in
 * production), an HTTP client with kept-alive connections, and the statistics they print.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import type { EncryptionKey } from '@tsunagu/platform/config';

const ROOT = resolve(__dirname, '../..');

/**
 * The login role the API runs as, `<database>_login` (`tsunagu_bench_login` by default): created
 * (or given a new password) by each run. One per database, so that runs on two databases (two
 * worktrees) do not change each other's password.
 */
const loginRole = (database: string): string => `${database}_login`;

export interface BenchDatabase {
  /** The owner: migrations, data generation and the plain-SQL baselines. */
  ownerUrl: string;
  /** The runtime login role: not superuser, not owner, not BYPASSRLS; member of the application roles. */
  runtimeUrl: string;
}

/**
 * Drops and recreates the database of BENCH_DATABASE_URL (default `tsunagu_bench` on
 * 127.0.0.1:5432 as postgres), creates the login role, and migrates as the owner. The database is
 * left in place afterwards, for EXPLAIN ANALYZE.
 */
export async function freshDatabase(): Promise<BenchDatabase> {
  const ownerUrl = process.env['BENCH_DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/tsunagu_bench';
  const owner = new URL(ownerUrl);
  const name = decodeURIComponent(owner.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`BENCH_DATABASE_URL names an unusual database: ${name}`);
  const role = loginRole(name);
  const maintenance = new URL(ownerUrl);
  maintenance.pathname = '/postgres';
  const password = randomBytes(18).toString('hex');
  const admin = new Client({ connectionString: maintenance.toString() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
    const { rowCount } = await admin.query('select 1 from pg_roles where rolname = $1', [role]);
    await admin.query(
      `${rowCount ? 'alter' : 'create'} role ${role} login nosuperuser nobypassrls nocreatedb nocreaterole password '${password}'`,
    );
  } finally {
    await admin.end();
  }
  const runtime = new URL(ownerUrl);
  runtime.username = role;
  runtime.password = password;
  // Imported lazily, as the Jest global setup does (the lint rule wants one way of importing it).
  const { migrate } = await import('@tsunagu/platform/database');
  await migrate({ migrationUrl: ownerUrl, runtimeUrl: runtime.toString() });
  return { ownerUrl, runtimeUrl: runtime.toString() };
}

/** A fresh AES-256-GCM key for the run: the API and the data generator seal with the same keys. */
export function benchEncryptionKeys(): EncryptionKey[] {
  return [{ id: 'bench', key: randomBytes(32) }];
}

export interface RunningApi {
  url: string;
  logFile: string;
  /** The API process's CPU time so far (user + system), in milliseconds. */
  cpuMs(): number;
  stop(): Promise<void>;
  /** Ends the process at once (SIGKILL), as a crash or the OOM killer would. */
  kill(): Promise<void>;
}

/** `npm run build` (cached by Nx when nothing changed). */
export function buildApi(): void {
  console.log('building the API (npm run build)…');
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: ROOT,
    env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Starts `node dist/apps/api/main.js` in production mode on DATABASE_URL = the runtime login role
 * (or, with `db` null, on its embedded database), with its request logs going to a file (as a
 * production process writes them to its log collector).
 */
export async function startApi(
  db: BenchDatabase | null,
  keys: EncryptionKey[],
  env: Record<string, string> = {},
): Promise<RunningApi> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = join(tmpdir(), `tsunagu-bench-api-${port}.log`);
  const log = openSync(logFile, 'w');
  // BENCH_API_NODE_ARGS, e.g. `--cpu-prof`, profiles the API while it is measured.
  const nodeArgs = (process.env['BENCH_API_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, 'dist/apps/api/main.js'], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      PORT: String(port),
      PUBLIC_BASE_URL: url,
      JWT_SECRET: randomBytes(32).toString('base64url'),
      TSUNAGU_ENCRYPTION_KEYS: keys.map((k) => `${k.id}:${k.key.toString('base64')}`).join(','),
      // Without a database: the embedded one, as `npm start` runs it (not in production mode).
      ...(db
        ? {
            NODE_ENV: 'production',
            DATABASE_URL: db.runtimeUrl,
            // Required in production; the benchmarks send no mail.
            SMTP_URL: 'smtp://127.0.0.1:2525',
            MAIL_FROM: 'tsunagu bench <bench@tsunagu.example>',
          }
        : {}),
      // The pool size as deployed, unless the run says otherwise.
      ...(process.env['DATABASE_POOL_MAX'] ? { DATABASE_POOL_MAX: process.env['DATABASE_POOL_MAX'] } : {}),
      ...env,
    },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  // Never left running when the benchmark fails.
  process.once('exit', () => child.kill('SIGTERM'));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}; see ${logFile}`);
    if (Date.now() > deadline) throw new Error(`the API did not become ready within 120 s; see ${logFile}`);
    try {
      if ((await post(`${url}/health/ready`, '', {}, 'GET')).status === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  return {
    url,
    logFile,
    cpuMs: () => processCpuMs(child.pid as number),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/**
 * A process's CPU time from /proc (Linux): what a request costs the process, which other load on the
 * machine changes far less than it changes rates.
 */
export function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of stat(5); the split dropped the first two.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * Kept-alive connections, as LINE's servers and a browser keep them. One idle for 4 s is closed by
 * the client, before the server closes it (its keep-alive timeout, 5 s): after a stall the pool has
 * many idle connections, and one reused just as the server closed it was an ECONNRESET of the
 * client's doing, not the API's.
 */
const agent = new Agent({ keepAlive: true, maxSockets: 256, timeout: 4_000 });

/**
 * Closes the kept-alive connections; between phases, so that none is reused just as the server
 * closes it for being idle (a "socket hang up" that is the client's doing, not the API's).
 */
export function closeIdleConnections(): void {
  agent.destroy();
}

export interface HttpResult {
  status: number;
  body: string;
}

export function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  method: 'POST' | 'GET' = 'POST',
): Promise<HttpResult> {
  return new Promise((done, fail) => {
    const req = request(
      url,
      { method, agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

export interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function graphql<T>(
  api: RunningApi,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<GraphQLAnswer<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers['authorization'] = `Bearer ${token}`;
  const res = await post(`${api.url}/graphql`, JSON.stringify({ query, variables }), headers);
  const answer = JSON.parse(res.body) as GraphQLAnswer<T>;
  if (res.status !== 200 || answer.errors?.length) {
    throw new Error(`GraphQL answered ${res.status}: ${JSON.stringify(answer.errors ?? res.body).slice(0, 500)}`);
  }
  return answer;
}

export async function login(api: RunningApi, email: string, password: string): Promise<string> {
  const answer = await graphql<{ login: { accessToken: string } }>(
    api,
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password } },
  );
  if (!answer.data?.login.accessToken) throw new Error(`login refused for ${email}`);
  return answer.data.login.accessToken;
}

/** Milliseconds, with sub-millisecond precision. */
export function now(): number {
  return performance.now();
}

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Nearest-rank percentile of durations in milliseconds. */
export function percentile(durations: number[], p: number): number {
  if (durations.length === 0) return Number.NaN;
  const sorted = [...durations].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const ms = (value: number): string => `${value.toFixed(1)} ms`;

/** Runs `task(i)` for i in [0, count) with at most `concurrency` running at once. */
export async function withConcurrency(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

/** The machine the figures come from: they mean little without it. */
export function machineLine(): string {
  const [one, five, fifteen] = loadavg().map((l) => l.toFixed(2));
  return `machine: ${cpus().length} CPU cores (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${one} / ${five} / ${fifteen} (1 / 5 / 15 min)`;
}

export function verdict(met: boolean): string {
  return met ? 'met' : 'NOT met';
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}
