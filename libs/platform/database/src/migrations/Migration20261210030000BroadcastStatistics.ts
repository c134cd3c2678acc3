import { Migration } from '@mikro-orm/migrations';
import { JOBS_ROLE, JOBS_SCHEMA, TENANT_ROLE as APP } from '../roles';
import { tenantIsolation } from './rls';

/**
 * LINE's statistics of each sent broadcast's aggregation unit (opens and taps per link), as last
 * read, tenant-owned under row-level security, and the queue of their reads: daily for the two weeks
 * LINE updates them, and when staff ask.
 */
export class Migration20261210030000BroadcastStatistics extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "broadcast_statistics" ("broadcast_id" uuid not null, "tenant_id" uuid not null, "state" text check ("state" in ('pending', 'ready', 'not_available', 'failed')) not null default 'pending', "unique_impression" int null, "unique_click" int null, "clicks" jsonb not null, "read_at" timestamptz null, "requested_at" timestamptz null, "refreshing" boolean not null default false, "final" boolean not null default false, "failure_reason" varchar(200) null, "updated_at" timestamptz not null, constraint "broadcast_statistics_pkey" primary key ("broadcast_id"));`,
    );
    this.addSql(
      `alter table "broadcast_statistics" add constraint "broadcast_statistics_broadcast_id_foreign" foreign key ("broadcast_id") references "broadcast" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "broadcast_statistics" add constraint "broadcast_statistics_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    for (const statement of tenantIsolation('broadcast_statistics')) this.addSql(statement);
    this.addSql(`grant select, insert, update on "broadcast_statistics" to ${APP};`);
    this.addSql(
      `select ${JOBS_SCHEMA}.create_queue('broadcast.statistics', '{"policy":"standard","retryLimit":6,"retryDelay":60,"retryBackoff":true,"expireInSeconds":120}'::json);`,
    );
    this.addSql(`grant select, insert, update, delete on all tables in schema ${JOBS_SCHEMA} to ${JOBS_ROLE};`);
  }
}
