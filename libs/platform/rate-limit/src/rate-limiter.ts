import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { scopedStatement } from '@tsunagu/platform/database';

/** A token bucket's shape: it refills at `ratePerSecond` and holds at most `burst` tokens. */
export interface RateLimits {
  ratePerSecond: number;
  burst: number;
}

/**
 * The bucket's update, one statement: the upsert locks the key's row (concurrent takers, from any
 * process, queue on it and each sees the previous one's result), refills the tokens for the time
 * since the last take by the database's clock (one clock for every process), and takes one if there
 * is one. A new key starts full, less the token taken. Its answer is 0 or the milliseconds until a
 * token will be there.
 */
const TAKE = `insert into rate_limit_bucket as b (key, tokens, refreshed_at, wait_ms)
  values (?, ?::float8 - 1, clock_timestamp(), 0)
  on conflict (key) do update set (tokens, refreshed_at, wait_ms) = (
    select case when l.level >= 1 then l.level - 1 else l.level end,
           t.at,
           case when l.level >= 1 then 0 else greatest(1, ceil((1 - l.level) * 1000 / ?::float8))::int end
    from (select clock_timestamp() as at) t
    cross join lateral (
      select least(?::float8, b.tokens + greatest(0, extract(epoch from t.at - b.refreshed_at)::float8) * ?::float8) as level
    ) l
  )
  returning wait_ms`;

/**
 * Rate limits held in PostgreSQL, shared by every API and worker process: what LINE limits per
 * channel (multicast requests per second) is one budget however many workers send. Runs on the
 * platform path (the bucket table is platform data) outside any transaction of the caller.
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly orm: MikroORM) {}

  /** Takes a token of `key`'s bucket: 0 when taken, else how many milliseconds until one is there. */
  async take(key: string, limits: RateLimits): Promise<number> {
    if (!(limits.ratePerSecond > 0) || !Number.isFinite(limits.ratePerSecond)) {
      throw new RangeError('ratePerSecond must be a positive number');
    }
    if (!(limits.burst >= 1) || !Number.isFinite(limits.burst)) throw new RangeError('burst must be at least 1');
    const [row] = await scopedStatement<{ wait_ms: number }>(this.orm, 'platform', TAKE, [
      key,
      limits.burst,
      limits.ratePerSecond,
      limits.burst,
      limits.ratePerSecond,
    ]);
    return row.wait_ms;
  }

  /**
   * Waits until a token of `key`'s bucket is taken. Each wait is stretched by up to a tenth, so
   * that processes told the same wait do not all come back at the same instant.
   */
  async waitFor(key: string, limits: RateLimits, signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const wait = await this.take(key, limits);
      if (wait === 0) return;
      await sleep(Math.ceil(wait * (1 + Math.random() / 10)), undefined, { signal });
    }
  }
}
