import { Migration } from '@mikro-orm/migrations';
import { JOBS_ROLE, JOBS_SCHEMA, TENANT_ROLE as APP } from '../roles';
import { tenantIsolation } from './rls';

/**
 * Broadcasts to registered families: the broadcast (composed, approved, cancelled by named
 * people), its frozen audience in batches of at most 500, each batch's retry key, and who may
 * approve. Tenant-owned, under row-level security. Three queues: the start (due at the schedule),
 * the tests to staff's LINE, and the batches, whose jobs expire soon so that a batch held by a
 * worker that died is taken again.
 */
export class Migration20261210010000Broadcasts extends Migration {
  override async up(): Promise<void> {
    // Tables, keys and checks as the entities declare them (npm run db:diff).
    this.addSql(
      `create table "broadcast_settings" ("tenant_id" uuid not null, "approver_roles" text[] not null default '{tenant_admin}', "approver_user_ids" uuid[] not null default '{}', "allow_self_approval" boolean not null default false, "updated_at" timestamptz not null, constraint "broadcast_settings_pkey" primary key ("tenant_id"));`,
    );
    this.addSql(
      `create table "broadcast" ("id" uuid not null, "tenant_id" uuid not null, "channel_id" uuid not null, "title" varchar(200) not null, "messages" jsonb not null, "audience_kind" text check ("audience_kind" in ('everyone', 'segment', 'test')) not null, "segment" jsonb null, "test_user_ids" uuid[] not null default '{}', "scheduled_at" timestamptz null, "notification_disabled" boolean not null default false, "aggregation_unit" varchar(30) null, "status" text check ("status" in ('draft', 'awaiting_approval', 'approved', 'scheduled', 'sending', 'sent', 'partially_failed', 'cancelled')) not null default 'draft', "composed_by_id" uuid not null, "submitted_at" timestamptz null, "approved_by_id" uuid null, "approved_at" timestamptz null, "rejected_by_id" uuid null, "rejection_reason" varchar(1000) null, "cancelled_by_id" uuid null, "cancelled_at" timestamptz null, "sending_started_at" timestamptz null, "finished_at" timestamptz null, "audience_count" int not null default 0, "sent_count" int not null default 0, "failed_count" int not null default 0, "skipped_count" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "broadcast_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "broadcast_tenant_id_status_created_at_index" on "broadcast" ("tenant_id", "status", "created_at");`,
    );
    this.addSql(`create index "broadcast_tenant_id_created_at_index" on "broadcast" ("tenant_id", "created_at");`);
    this.addSql(
      `create table "broadcast_recipient" ("broadcast_id" uuid not null, "registrant_id" uuid not null, "tenant_id" uuid not null, "batch_no" int not null, "line_user_id" varchar(64) not null, "skipped" boolean not null default false, constraint "broadcast_recipient_pkey" primary key ("broadcast_id", "registrant_id"));`,
    );
    this.addSql(
      `create index "broadcast_recipient_broadcast_id_batch_no_index" on "broadcast_recipient" ("broadcast_id", "batch_no");`,
    );
    this.addSql(`create index "broadcast_recipient_registrant_id_index" on "broadcast_recipient" ("registrant_id");`);
    this.addSql(
      `create table "broadcast_batch" ("broadcast_id" uuid not null, "batch_no" int not null, "tenant_id" uuid not null, "retry_key" uuid null, "status" text check ("status" in ('pending', 'sent', 'failed')) not null default 'pending', "attempts" int not null default 0, "sent_count" int not null default 0, "skipped_count" int not null default 0, "failure_reason" varchar(500) null, "finished_at" timestamptz null, constraint "broadcast_batch_pkey" primary key ("broadcast_id", "batch_no"));`,
    );
    this.addSql(
      `alter table "broadcast_settings" add constraint "broadcast_settings_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "broadcast" add constraint "broadcast_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "broadcast" add constraint "broadcast_channel_id_foreign" foreign key ("channel_id") references "line_channel" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "broadcast_recipient" add constraint "broadcast_recipient_broadcast_id_foreign" foreign key ("broadcast_id") references "broadcast" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "broadcast_recipient" add constraint "broadcast_recipient_registrant_id_foreign" foreign key ("registrant_id") references "registrant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "broadcast_recipient" add constraint "broadcast_recipient_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "broadcast_batch" add constraint "broadcast_batch_broadcast_id_foreign" foreign key ("broadcast_id") references "broadcast" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "broadcast_batch" add constraint "broadcast_batch_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );

    for (const table of ['broadcast_settings', 'broadcast', 'broadcast_recipient', 'broadcast_batch']) {
      for (const statement of tenantIsolation(table)) this.addSql(statement);
    }
    // Broadcasts and what they sent are records: never deleted.
    this.addSql(
      `grant select, insert, update on "broadcast_settings", "broadcast", "broadcast_recipient", "broadcast_batch" to ${APP};`,
    );
    this.addSql(
      `select ${JOBS_SCHEMA}.create_queue('broadcast.start', '{"policy":"standard","retryLimit":20,"retryDelay":5,"retryBackoff":true,"expireInSeconds":300}'::json);`,
    );
    this.addSql(
      `select ${JOBS_SCHEMA}.create_queue('broadcast.batch', '{"policy":"standard","retryLimit":50,"retryDelay":1,"retryBackoff":true,"expireInSeconds":30}'::json);`,
    );
    this.addSql(
      `select ${JOBS_SCHEMA}.create_queue('broadcast.test', '{"policy":"standard","retryLimit":8,"retryDelay":2,"retryBackoff":true}'::json);`,
    );
    this.addSql(`grant select, insert, update, delete on all tables in schema ${JOBS_SCHEMA} to ${JOBS_ROLE};`);
    // Reports gain a broadcasts section: tenants whose settings predate it get it, as new tenants do.
    this.addSql(
      `update "report_settings" set "groups" = array_append("groups", 'BROADCASTS') where not 'BROADCASTS' = any("groups");`,
    );
  }
}
