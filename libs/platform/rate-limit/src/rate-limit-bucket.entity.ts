import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One token bucket shared by every process (`RateLimiter`): platform data, never a tenant's. Mapped
 * only so that the schema tools know the table; it is read and written by one statement of
 * `RateLimiter.take`, never through the ORM.
 */
@Entity({ tableName: 'rate_limit_bucket' })
export class RateLimitBucket {
  /** What is limited, e.g. `line:multicast:<LINE channel id>`. */
  @PrimaryKey({ type: 'text' })
  key!: string;

  /** Tokens left as of `refreshedAt` (fractional: refill is continuous). */
  @Property({ type: 'double' })
  tokens!: number;

  @Property({ type: 'timestamptz' })
  refreshedAt!: Date;

  /** What the last take was answered: 0 (a token taken) or the milliseconds to wait for one. */
  @Property({ type: 'integer' })
  waitMs!: number;
}
