import { Migration } from '@mikro-orm/migrations';
import { JOBS_SCHEMA, PLATFORM_ROLE, TENANT_ROLE as APP } from '../roles';
import { platformPolicy, tenantIsolation } from './rls';

/**
 * Reporting to municipalities: each tenant's report settings and report history, what a
 * counsellor's reply answered (for first-response times), and the indexes the report queries use.
 */
export class Migration20261127160000Reporting extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "report_settings" ("tenant_id" uuid not null, "groups" text[] not null, "suppression_threshold" int not null, "recipients" text[] not null, "schedule_day" int null, "language" text check ("language" in ('ja', 'en')) not null, "updated_at" timestamptz not null, constraint "report_settings_pkey" primary key ("tenant_id"), constraint report_settings_suppression_threshold_check check (suppression_threshold >= 3), constraint report_settings_schedule_day_check check (schedule_day is null or (schedule_day >= 1 and schedule_day <= 28)));`,
    );
    this.addSql(
      `alter table "report_settings" add constraint "report_settings_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `create table "report_run" ("id" uuid not null, "tenant_id" uuid not null, "fiscal_year" int not null, "month" int null, "trigger" text check ("trigger" in ('scheduled', 'manual')) not null, "requested_by_id" uuid null, "recipient_count" int not null, "delivered_to" text[] not null default '{}', "status" text check ("status" in ('queued', 'sent', 'no_recipients', 'failed')) not null, "created_at" timestamptz not null, "finished_at" timestamptz null, constraint "report_run_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "report_run_tenant_id_created_at_index" on "report_run" ("tenant_id", "created_at");`);
    this.addSql(
      `alter table "report_run" add constraint "report_run_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    for (const table of ['report_settings', 'report_run']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
    }
    this.addSql(`grant select, insert, update on "report_settings" to ${APP};`);
    this.addSql(`grant select, insert, update on "report_run" to ${APP};`);
    // The dispatcher of scheduled reports finds the tenants due on the platform path: it reads which
    // day each tenant sends on, nothing else.
    for (const sql of platformPolicy('report_settings')) this.addSql(sql);
    this.addSql(`grant select ("tenant_id", "schedule_day") on "report_settings" to ${PLATFORM_ROLE};`);
    // One dispatcher at a time (stately: at most one queued and one running), and the reports it sends.
    this.addSql(`select ${JOBS_SCHEMA}.create_queue('report.dispatch', '{"policy":"stately"}'::json);`);
    this.addSql(
      `select ${JOBS_SCHEMA}.create_queue('report.send', '{"policy":"standard","retryLimit":5,"retryDelay":60,"retryBackoff":true}'::json);`,
    );

    // Urgent episodes, recorded by triage when a keyword marks a conversation urgent.
    this.addSql(
      `create table "urgent_episode" ("id" uuid not null, "tenant_id" uuid not null, "conversation_id" uuid not null, "began_at" timestamptz not null, constraint "urgent_episode_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "urgent_episode_tenant_id_began_at_index" on "urgent_episode" ("tenant_id", "began_at");`,
    );
    this.addSql(
      `alter table "urgent_episode" add constraint "urgent_episode_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "urgent_episode" add constraint "urgent_episode_conversation_id_foreign" foreign key ("conversation_id") references "conversation" ("id") on update cascade on delete restrict;`,
    );
    for (const sql of tenantIsolation('urgent_episode')) this.addSql(sql);
    this.addSql(`grant select, insert on "urgent_episode" to ${APP};`);

    this.addSql(
      `alter table "message" add column "answers_since" timestamptz null, add column "answers_in_hours" boolean null;`,
    );

    this.addSql(
      `create index "conversation_tenant_id_created_at_index" on "conversation" ("tenant_id", "created_at");`,
    );
    this.addSql(
      `create index "message_tenant_id_sent_at_direction_index" on "message" ("tenant_id", "sent_at", "direction");`,
    );
    this.addSql(`create index "message_tenant_id_answers_since_index" on "message" ("tenant_id", "answers_since");`);
    this.addSql(
      `create index "line_webhook_event_tenant_id_type_occurred_at_index" on "line_webhook_event" ("tenant_id", "type", "occurred_at");`,
    );
    this.addSql(
      `create index "referral_event_tenant_id_occurred_at_index" on "referral_event" ("tenant_id", "occurred_at");`,
    );
  }
}
