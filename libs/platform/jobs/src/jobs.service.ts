import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { JOBS_SCHEMA } from '@tsunagu/platform/database';

export const JOBS_DATABASE_URL = Symbol('JOBS_DATABASE_URL');

export type JobHandler<T> = (data: T) => Promise<void>;

/**
 * The job queue (pg-boss). Jobs are enqueued inside the caller's transaction, on that
 * transaction's connection, so a job exists exactly when its transaction commits; job data carries
 * ids only. Handlers run on pg-boss's own small pool, outside any request.
 */
@Injectable()
export class JobsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private readonly boss: PgBoss;
  private started = false;

  constructor(
    @Inject(JOBS_DATABASE_URL) url: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.boss = new PgBoss({ connectionString: url, schema: JOBS_SCHEMA, migrate: false, max: 2, schedule: false });
    this.boss.on('error', (error: Error) =>
      this.logger.error({ err: { type: error.name, message: error.message } }, 'job queue error'),
    );
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    this.started = true;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, timeout: 10_000, wait: true });
  }

  /** Enqueues in the transaction of `em` (a tenant or platform transaction). */
  async enqueue<T extends object>(em: EntityManager, queue: string, data: T): Promise<void> {
    await this.boss.send(queue, data, { db: { executeSql: (text, values) => executeOn(em, text, values) } });
  }

  /**
   * Runs `handler` for each job of `queue` (in processes with JOB_WORKERS on); a handler that
   * throws is retried by pg-boss.
   */
  async work<T extends object>(queue: string, handler: JobHandler<T>): Promise<void> {
    if (!this.config.runJobWorkers) return;
    await this.boss.work<T>(queue, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
      for (const job of jobs) await handler(job.data);
    });
  }
}

/**
 * pg-boss writes `$1`-style SQL; MikroORM's connection takes `?` bindings. Each `$n` becomes a `?`
 * with its value, in order of appearance, so a parameter used twice is bound twice.
 */
async function executeOn(em: EntityManager, text: string, values: unknown[]): Promise<{ rows: unknown[] }> {
  const bindings: unknown[] = [];
  const sql = text.replace(/\$(\d+)/g, (_, index: string) => {
    bindings.push(values[Number(index) - 1]);
    return '?';
  });
  const rows = await em.getConnection().execute(sql, bindings, 'all', em.getTransactionContext());
  return { rows: rows as unknown[] };
}
