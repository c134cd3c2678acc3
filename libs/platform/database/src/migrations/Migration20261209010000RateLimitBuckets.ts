import { Migration } from '@mikro-orm/migrations';
import { PLATFORM_ROLE as PLATFORM } from '../roles';
import { platformOnly } from './rls';

/**
 * Token buckets shared by every process (`RateLimiter` of platform/rate-limit), e.g. one per LINE
 * channel for its multicast rate. Platform data: keys and counts, never a tenant's content; written
 * only on the platform path.
 */
export class Migration20261209010000RateLimitBuckets extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rate_limit_bucket" ("key" text not null, "tokens" double precision not null, "refreshed_at" timestamptz not null, "wait_ms" int not null, constraint "rate_limit_bucket_pkey" primary key ("key"));`,
    );
    for (const sql of platformOnly('rate_limit_bucket')) this.addSql(sql);
    this.addSql(`grant select, insert, update on "rate_limit_bucket" to ${PLATFORM};`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "rate_limit_bucket";`);
  }
}
