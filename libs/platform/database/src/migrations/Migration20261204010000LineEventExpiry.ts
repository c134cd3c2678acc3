import { Migration } from '@mikro-orm/migrations';
import { JOBS_SCHEMA } from '../roles';

/**
 * A `line.event` job takes seconds; left active by a process that died (a crash, a kill), it used
 * to wait out pg-boss's default expiry of 15 minutes before being retried. Two minutes bound that
 * wait (plus the queue's maintenance interval), above the minute a handler interrupted by a lost
 * database connection is tried again in place. Jobs enqueued by `line_webhook_ingest` and by pg-boss
 * itself both read the queue's setting.
 */
export class Migration20261204010000LineEventExpiry extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update ${JOBS_SCHEMA}.queue set expire_seconds = 120, updated_on = now() where name = 'line.event';`);
  }

  override async down(): Promise<void> {
    this.addSql(`update ${JOBS_SCHEMA}.queue set expire_seconds = null, updated_on = now() where name = 'line.event';`);
  }
}
