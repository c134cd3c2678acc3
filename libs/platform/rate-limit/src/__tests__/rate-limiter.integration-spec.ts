import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '@tsunagu/platform/database';
import { testDatabase } from '@tsunagu/platform/testing';
import { RateLimiter, type RateLimits } from '../rate-limiter';

/**
 * Several limiters, each with its own connection pool, as several worker processes have, on the
 * runtime login role. Counts are asserted, not timings: the one timed test asserts only a lower
 * bound on the time taken, which a slow machine can only make longer.
 */
describe('RateLimiter (a token bucket in the database)', () => {
  const orms: MikroORM[] = [];
  let limiters: RateLimiter[];
  const key = () => `test:${randomUUID()}`;
  /** So slow a refill that none happens during a test: only the burst can be taken. */
  const noRefill = (burst: number): RateLimits => ({ ratePerSecond: 0.0001, burst });

  beforeAll(async () => {
    for (let i = 0; i < 3; i++) {
      orms.push(await MikroORM.init(ormOptions({ url: testDatabase().url, entities: [], poolMax: 3 })));
    }
    limiters = orms.map((orm) => new RateLimiter(orm));
  });

  afterAll(async () => {
    await Promise.all(orms.map((orm) => orm.close(true)));
  });

  it('gives concurrent takers from several processes exactly the burst, and tells the rest to wait', async () => {
    const bucket = key();
    const answers = await Promise.all(
      Array.from({ length: 45 }, (_, i) => limiters[i % limiters.length].take(bucket, noRefill(10))),
    );
    expect(answers.filter((wait) => wait === 0)).toHaveLength(10);
    // A whole token at 0.0001 per second is about 10,000 seconds away.
    expect(answers.filter((wait) => wait > 9_000_000)).toHaveLength(35);
  });

  it('refills at the rate: a taker told to wait gets a token once it has waited', async () => {
    const bucket = key();
    const limits = { ratePerSecond: 10, burst: 1 };
    expect(await limiters[0].take(bucket, limits)).toBe(0);
    const wait = await limiters[1].take(bucket, limits);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(100);
    await sleep(wait + 5);
    expect(await limiters[2].take(bucket, limits)).toBe(0);
  });

  it('keeps keys apart: an empty bucket does not stop another key', async () => {
    const [a, b] = [key(), key()];
    expect([await limiters[0].take(a, noRefill(2)), await limiters[1].take(a, noRefill(2))]).toEqual([0, 0]);
    expect(await limiters[2].take(a, noRefill(2))).toBeGreaterThan(0);
    expect(await limiters[0].take(b, noRefill(2))).toBe(0);
  });

  it('never lets waiting takers from several processes exceed the rate over the time they took', async () => {
    const bucket = key();
    const limits = { ratePerSecond: 40, burst: 2 };
    let granted = 0;
    const started = performance.now();
    // Nine takers (three per process), each waiting for tokens until 40 were granted in all.
    await Promise.all(
      Array.from({ length: 9 }, async (_, i) => {
        while (granted < 40) {
          await limiters[i % limiters.length].waitFor(bucket, limits);
          granted++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    // Up to 8 takers may each take one more token after the 40th: count what was granted.
    expect(granted).toBeGreaterThanOrEqual(40);
    // In `seconds`, a bucket of 2 refilled at 40 per second gives at most 2 + 40 × seconds tokens.
    expect(granted).toBeLessThanOrEqual(limits.burst + limits.ratePerSecond * seconds);
  });

  it('refuses limits that make no bucket', async () => {
    await expect(limiters[0].take(key(), { ratePerSecond: 0, burst: 1 })).rejects.toThrow(RangeError);
    await expect(limiters[0].take(key(), { ratePerSecond: 1, burst: 0.5 })).rejects.toThrow(RangeError);
  });

  it('gives up waiting when told to', async () => {
    const bucket = key();
    await limiters[0].take(bucket, noRefill(1));
    await expect(limiters[0].waitFor(bucket, noRefill(1), AbortSignal.timeout(50))).rejects.toThrow();
  });
});
