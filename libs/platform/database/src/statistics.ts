import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Refreshes the planner's table statistics (ANALYZE). Without them PostgreSQL plans a table it has
 * never analysed as if it were small or empty: the inbox query took 24.6 ms before and 1.1 ms after
 * on the Kobe demo. A PostgreSQL server keeps them fresh by itself (autovacuum); the embedded
 * database has no autovacuum, so the process refreshes them after start and then periodically.
 * Inside a transaction, as every statement on the embedded database is; as a role that owns the
 * tables (the embedded database's login, or the migration owner), else PostgreSQL skips them.
 */
export async function refreshStatistics(orm: MikroORM): Promise<void> {
  await orm.em.fork().transactional((em) => em.execute('analyze'));
}

/** How often the embedded database's statistics are refreshed. */
export const EMBEDDED_STATISTICS_INTERVAL_MS = 10 * 60_000;

/**
 * Refreshes now and then every `intervalMs`, never two at a time; failures are handed to
 * `onError` (a refresh is retried at the next tick). Returns a function that stops it.
 */
export function keepStatisticsFresh(orm: MikroORM, intervalMs: number, onError: (error: unknown) => void): () => void {
  let running: Promise<void> | undefined;
  const tick = (): void => {
    if (running) return;
    running = refreshStatistics(orm)
      .catch(onError)
      .finally(() => (running = undefined));
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
