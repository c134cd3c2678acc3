import { Migration } from '@mikro-orm/migrations';
import { JOBS_ROLE, JOBS_SCHEMA } from '../roles';

/** Outbound messages: delivery status, retry keys, reply tokens; the `line.send` queue. */
export class Migration20261127070000Outbound extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "conversation" add column "reply_token" varchar(64) null, add column "reply_token_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "message" add column "delivery_status" text check ("delivery_status" in ('queued', 'sent', 'failed', 'unknown')) null, add column "retry_key" uuid null, add column "reply_token" varchar(64) null, add column "reply_attempted_at" timestamptz null, add column "delivery_error" varchar(200) null;`,
    );
    // Retried with backoff on 429, 5xx and timeouts, always with the message's own retry key.
    this.addSql(
      `select ${JOBS_SCHEMA}.create_queue('line.send', '{"policy":"standard","retryLimit":8,"retryDelay":2,"retryBackoff":true}'::json);`,
    );
    this.addSql(`grant select, insert, update, delete on all tables in schema ${JOBS_SCHEMA} to ${JOBS_ROLE};`);
  }
}
