import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { isDatabaseUnavailable, JOBS_SCHEMA, unavailableSummary } from '@tsunagu/platform/database';
import { loggableError } from '@tsunagu/platform/errors';
import { isCompletionStatement } from './pg-boss-statements';

/** How long recording a job's completion or failure is tried again while the database is away. */
const COMPLETION_RETRY_MS = 5 * 60_000;
/** How long a handler interrupted by the database is run again in place (below every queue's expiry). */
const HANDLER_RETRY_MS = 60_000;
/** How often an idle worker looks for jobs; a worker is also woken when this process enqueues. */
const POLLING_INTERVAL_SECONDS = 0.5;
/** Jobs a worker fetches at once, unless its queue says otherwise. */
const DEFAULT_BATCH_SIZE = 20;
/**
 * How long after a commit that enqueued jobs this process's worker of the queue looks for them:
 * soon, not at its next poll, and late enough that jobs committed meanwhile come in the same batch.
 */
const WAKE_DELAY_MS = 25;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `lastTry`: pg-boss retries the job no more if this run fails; what is still pending must be settled now. */
export type JobHandler<T> = (data: T, run: { lastTry: boolean }) => Promise<void>;

/** A job of a batch: its id (for its outcome), its data, and whether this is its last try. */
export interface Job<T> {
  id: string;
  data: T;
  lastTry: boolean;
}

/**
 * Handles a batch of jobs and answers which of them failed, with their errors; the others are
 * complete. A handler that throws fails the whole batch.
 */
export type BatchHandler<T> = (jobs: Job<T>[]) => Promise<Map<string, unknown>>;

export interface WorkOptions {
  /** Jobs fetched and handled together (default 20). */
  batchSize?: number;
}

interface PendingJob {
  name: string;
  data: object;
  startAfter?: string;
}

/** The transaction of an EntityManager, as knex has it: it settles when the transaction ends. */
interface TransactionLike {
  executionPromise?: Promise<unknown>;
}

/** A temporary failure (LINE busy, a timeout): thrown by a handler, the job is retried later with backoff. */
export class RetryLater extends Error {
  override name = 'RetryLater';
}

/**
 * The job queue (pg-boss). Jobs are enqueued inside the caller's transaction, on that
 * transaction's connection, so a job exists exactly when its transaction commits; job data carries
 * ids only. Handlers run on pg-boss's own small pool, outside any request.
 */
@Injectable()
export class JobsService implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private readonly boss: PgBoss;
  private started = false;
  private stopping = false;
  /** This process's worker of each queue it works. */
  private readonly workers = new Map<string, string>();
  /**
   * Workers asked for while the application starts: they start together once it has. A worker
   * started by one module's initialisation could otherwise hold the database (a long job) while a
   * later module still needs it to start; on the embedded database, which runs one connection's
   * transaction at a time, that start then timed out waiting for a connection.
   */
  private waitingWorkers: (() => Promise<void>)[] | undefined = [];
  private readonly wakeTimers = new Map<string, NodeJS.Timeout>();
  /** Jobs enqueued in a transaction that collects them (`enqueueTogether`), by transaction. */
  private readonly collected = new WeakMap<object, PendingJob[]>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly orm: MikroORM,
  ) {
    // pg-boss talks through the application's pool, each statement one message of the simple query
    // protocol, its values inlined (`executeOnce`). On the embedded database (one PGlite backend
    // shared by every connection) the extended protocol's messages of two connections interleave
    // (an unnamed prepared statement of one connection is replaced by another's); a simple query is
    // one message, which the socket server runs whole, as it runs a transaction whole.
    this.boss = new PgBoss({
      db: { executeSql: (text, values) => this.executeAlone(text, values) },
      schema: JOBS_SCHEMA,
      migrate: false,
      schedule: false,
      // Expires jobs left active by a process that died (and archives): every minute, not two.
      maintenanceIntervalSeconds: 60,
    });
    // pg-boss reports here what it caught (a failed poll or maintenance) and tries again later: a
    // lost database is expected during a failover and logged as such, without statement text.
    this.boss.on('error', (error: Error) => {
      if (isDatabaseUnavailable(error)) {
        this.logger.warn({ err: unavailableSummary(error) }, 'job queue: the database is unavailable');
      } else {
        // A statement's values never reach the log: the error is reduced by loggableError.
        this.logger.error({ err: loggableError(error) }, 'job queue error');
      }
    });
  }

  /**
   * pg-boss records a job's completion or failure without awaiting it: a rejection there would be
   * unhandled and end the process. So those statements never reject: one that meets a lost
   * connection is tried again (with backoff, for up to `COMPLETION_RETRY_MS`) until the database
   * answers, so that a failed job is retried as soon as the database is back, not after its expiry.
   * Other statements (fetching, maintenance) reject: pg-boss catches those, reports them as 'error'
   * and tries again at its next poll.
   */
  private async executeAlone(text: string, values: unknown[] | undefined): Promise<{ rows: unknown[] }> {
    if (!isCompletionStatement(text, JOBS_SCHEMA)) return this.executeOnce(text, values);
    const deadline = Date.now() + COMPLETION_RETRY_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.executeOnce(text, values);
      } catch (error) {
        const retry = isDatabaseUnavailable(error) && Date.now() < deadline && !this.stopping;
        if (!retry) {
          // The job stays active and is retried once it expires.
          this.logger.error(
            { err: loggableError(error) },
            'the job queue could not record a job as completed or failed',
          );
          return { rows: [{ count: 0 }] };
        }
        await delay(Math.min(250 * 2 ** attempt, 2_000));
      }
    }
  }

  /**
   * One message of the simple query protocol (the values inlined with the ORM's escaping, as every
   * ORM query here is), which PostgreSQL and PGlite run as one implicit transaction, and which
   * PGlite's socket server runs whole before any other connection's: one round trip, where a
   * transaction of its own took three (each a socket write, a measurable share of the CPU).
   */
  private async executeOnce(text: string, values: unknown[] | undefined): Promise<{ rows: unknown[] }> {
    const [sql, bindings] = values && values.length > 0 ? withBindings(text, values) : [text, []];
    const rows = await this.orm.em.getConnection().execute(sql, bindings, 'all');
    return { rows: Array.isArray(rows) ? (rows as unknown[]) : [] };
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    this.started = true;
  }

  async onApplicationBootstrap(): Promise<void> {
    const waiting = this.waitingWorkers ?? [];
    this.waitingWorkers = undefined;
    for (const start of waiting) await start();
  }

  /** Before the pool closes: pg-boss finishes its work through it. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    for (const timer of this.wakeTimers.values()) clearTimeout(timer);
    this.wakeTimers.clear();
    if (this.started) await this.boss.stop({ graceful: true, timeout: 10_000, wait: true });
  }

  /**
   * Enqueues in the transaction of `em` (a tenant or platform transaction); with
   * `startAfterSeconds`, the job is due only then (a scheduled check). Inside `enqueueTogether`, the
   * job is written with the others of that transaction, in one statement, when its work is done.
   */
  async enqueue<T extends object>(
    em: EntityManager,
    queue: string,
    data: T,
    options: { startAfterSeconds?: number } = {},
  ): Promise<void> {
    const transaction = em.getTransactionContext<TransactionLike>();
    const collected = transaction ? this.collected.get(transaction) : undefined;
    if (collected) {
      collected.push({
        name: queue,
        data,
        ...(options.startAfterSeconds ? { startAfter: `${options.startAfterSeconds} seconds` } : {}),
      });
      return;
    }
    const id = await this.boss.send(queue, data, { db: { executeSql: (text, values) => executeOn(em, text, values) } });
    if (id && options.startAfterSeconds) {
      // Not pg-boss's own `startAfter`: its insert casts the value both as a timestamp and as an
      // interval, which fails once the statement's values are inlined, as they are on this connection.
      await executeOn(
        em,
        `update ${JOBS_SCHEMA}.job set start_after = now() + make_interval(secs => $1) where name = $2 and id = $3`,
        [options.startAfterSeconds, queue, id],
      );
    }
    this.wakeAfterCommit(transaction, [queue]);
  }

  /**
   * Runs `fn` in the transaction of `em`, the jobs it enqueues there written together when it is
   * done (one statement, pg-boss's own multi-job insert) instead of one statement each: for work
   * that enqueues many (a batch of webhook events).
   */
  async enqueueTogether<T>(em: EntityManager, fn: () => Promise<T>): Promise<T> {
    const transaction = em.getTransactionContext<TransactionLike>();
    if (!transaction) throw new Error('enqueueTogether needs a transaction');
    if (this.collected.has(transaction)) return fn();
    const jobs: PendingJob[] = [];
    this.collected.set(transaction, jobs);
    let result: T;
    try {
      result = await fn();
    } finally {
      this.collected.delete(transaction);
    }
    if (jobs.length > 0) {
      // The statement takes a JSON array of jobs; its values are inlined by this connection, so the
      // start is an interval pg-boss computes from now() ("300 seconds"), never a timestamp.
      await this.boss.insert(jobs, { db: { executeSql: (text, values) => executeOn(em, text, values) } });
      this.wakeAfterCommit(transaction, [...new Set(jobs.map((job) => job.name))], 0);
    }
    return result;
  }

  /**
   * Jobs of `queues` were just committed (by the webhook's one-statement transaction, say): this
   * process's workers of those queues look for them in a moment instead of at their next poll.
   */
  wake(...queues: string[]): void {
    this.wakeIn(WAKE_DELAY_MS, queues);
  }

  private wakeIn(delayMs: number, queues: string[]): void {
    for (const queue of queues) {
      const worker = this.workers.get(queue);
      if (!worker || this.wakeTimers.has(queue) || this.stopping) continue;
      // A busy worker fetches again as soon as its batch is done, instead of sleeping.
      const timer = setTimeout(() => {
        this.wakeTimers.delete(queue);
        this.boss.notifyWorker(worker);
      }, delayMs);
      timer.unref();
      this.wakeTimers.set(queue, timer);
    }
  }

  /**
   * Wakes the workers of `queues` once the transaction has ended (a rolled-back one wakes them for
   * nothing): in a moment, or at once for jobs enqueued together (they are a batch already, such as
   * a broadcast's, whose first multicasts should not wait).
   */
  private wakeAfterCommit(transaction: TransactionLike | undefined, queues: string[], delayMs = WAKE_DELAY_MS): void {
    if (!queues.some((queue) => this.workers.has(queue))) return;
    if (!transaction?.executionPromise) return this.wakeIn(delayMs, queues);
    transaction.executionPromise.then(
      () => this.wakeIn(delayMs, queues),
      () => undefined,
    );
  }

  /**
   * Runs `handler` for each job of `queue` (in processes with JOB_WORKERS on), the jobs of a batch
   * one after the other; a job whose handler throws is retried by pg-boss, the others of its batch
   * complete. A handler that fails because the database connection was lost is run again here once
   * the database answers (handlers are idempotent, as any retried job's must be), for up to
   * `HANDLER_RETRY_MS`: a failover does not use up the job's retries.
   */
  async work<T extends object>(queue: string, handler: JobHandler<T>, options: WorkOptions = {}): Promise<void> {
    await this.workBatches<T>(
      queue,
      async (jobs) => {
        const failures = new Map<string, unknown>();
        for (const job of jobs) {
          try {
            await handler(job.data, { lastTry: job.lastTry });
          } catch (error) {
            failures.set(job.id, error);
          }
        }
        return failures;
      },
      options,
    );
  }

  /**
   * Runs `handler` for batches of up to `batchSize` jobs of `queue` (in processes with JOB_WORKERS
   * on). A batch as large as asked for is followed at once by the next fetch (there is likely more
   * work), not by the polling interval. Jobs the handler reports failed are retried by pg-boss, each
   * on its own; those that failed because the database connection was lost are handed to the
   * handler again here, as in `work`.
   */
  async workBatches<T extends object>(
    queue: string,
    handler: BatchHandler<T>,
    { batchSize = DEFAULT_BATCH_SIZE }: WorkOptions = {},
  ): Promise<void> {
    if (!this.config.runJobWorkers) return;
    if (this.waitingWorkers) {
      this.waitingWorkers.push(() => this.workBatches(queue, handler, { batchSize }));
      return;
    }
    const worker = await this.boss.work<T>(
      queue,
      // The metadata says how many tries a job has left.
      { pollingIntervalSeconds: POLLING_INTERVAL_SECONDS, batchSize, includeMetadata: true },
      async (jobs) => {
        // A full batch: there is likely more, fetched as soon as this one is done.
        const self = this.workers.get(queue);
        if (self && jobs.length >= batchSize) this.boss.notifyWorker(self);
        await this.runBatch(queue, jobs, handler);
      },
    );
    this.workers.set(queue, worker);
  }

  private async runBatch<T>(
    queue: string,
    fetched: PgBoss.JobWithMetadata<T>[],
    handler: BatchHandler<T>,
  ): Promise<void> {
    // pg-boss counts a run's try when it fetches the job, and fails it for good when it fails with
    // as many tries counted as its queue allows.
    const jobs = fetched.map((job) => ({ id: job.id, data: job.data, lastTry: job.retryCount >= job.retryLimit }));
    const deadline = Date.now() + HANDLER_RETRY_MS;
    let pending = jobs;
    const failed: { job: Job<T>; error: unknown }[] = [];
    for (let attempt = 0; pending.length > 0; attempt++) {
      let failures: Map<string, unknown>;
      try {
        failures = await handler(pending);
      } catch (error) {
        failures = new Map(pending.map((job) => [job.id, error]));
      }
      const interrupted: Job<T>[] = [];
      for (const job of pending) {
        if (!failures.has(job.id)) continue;
        const error = failures.get(job.id);
        if (isDatabaseUnavailable(error) && Date.now() < deadline && !this.stopping) {
          this.logger.warn({ queue, job: job.id, err: unavailableSummary(error) }, 'job interrupted by the database');
          interrupted.push(job);
        } else {
          // Retried by pg-boss; logged without the job's data. A database error's message carries the
          // statement with its values inlined (a family's message): loggableError takes them out.
          this.logger.warn({ queue, job: job.id, err: loggableError(error) }, 'job failed');
          failed.push({ job, error });
        }
      }
      pending = interrupted;
      if (pending.length > 0) await delay(Math.min(250 * 2 ** attempt, 2_000));
    }
    // Each failed job on its own, with what may be kept of its error (never a statement's values);
    // pg-boss then completes the others of the batch (only jobs still active).
    for (const { job, error } of failed) {
      await this.boss.fail(queue, job.id, { error: loggableError(error) });
    }
  }
}

/**
 * pg-boss writes `$1`-style SQL; MikroORM's connection takes `?` bindings. Each `$n` becomes a `?`
 * with its value, in order of appearance, so a parameter used twice is bound twice.
 */
async function executeOn(em: EntityManager, text: string, values: unknown[]): Promise<{ rows: unknown[] }> {
  const [sql, bindings] = withBindings(text, values);
  const rows = await em.getConnection().execute(sql, bindings, 'all', em.getTransactionContext());
  return { rows: rows as unknown[] };
}

function withBindings(text: string, values: unknown[]): [string, unknown[]] {
  const bindings: unknown[] = [];
  const sql = text.replace(/\$(\d+)/g, (_, index: string) => {
    bindings.push(asBinding(values[Number(index) - 1]));
    return '?';
  });
  return [sql, bindings];
}

/** Knex would not bind a JS array as a PostgreSQL array: it becomes an array literal (`{"a","b"}`). */
function asBinding(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return `{${value.map((v) => `"${String(v).replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
