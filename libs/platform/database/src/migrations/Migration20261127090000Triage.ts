import { Migration } from '@mikro-orm/migrations';
import { JOBS_ROLE, JOBS_SCHEMA, TENANT_ROLE as APP } from '../roles';
import { tenantIsolation } from './rls';

/**
 * Urgent triage and automatic replies: keyword rules, crisis and escalation contacts,
 * on-duty counsellors, in-app notifications; the `line.profile`, `conversation.escalate` and
 * `triage.mail` queues.
 */
export class Migration20261127090000Triage extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "conversation" add column "urgent_since" timestamptz null, add column "acknowledged_at" timestamptz null, add column "escalated_at" timestamptz null, add column "out_of_hours_replied_at" timestamptz null, add column "crisis_replied_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "message" add column "automatic" text check ("automatic" in ('welcome', 'out_of_hours', 'crisis')) null, alter column "line_message_id" type varchar(64);`,
    );
    this.addSql(
      `create table "inbox_settings" ("tenant_id" uuid not null, "crisis_contacts" jsonb not null, "escalation_emails" text[] not null default '{}', "escalation_minutes" int not null default 15, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "inbox_settings_pkey" primary key ("tenant_id"));`,
    );
    this.addSql(
      `create table "keyword_rule" ("id" uuid not null, "tenant_id" uuid not null, "keyword" varchar(50) not null, "folded" varchar(50) not null, "created_at" timestamptz not null, constraint "keyword_rule_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "keyword_rule" add constraint "keyword_rule_tenant_id_folded_unique" unique ("tenant_id", "folded");`,
    );
    this.addSql(
      `create table "notification" ("id" uuid not null, "tenant_id" uuid not null, "user_id" uuid not null, "kind" text check ("kind" in ('urgent', 'escalated')) not null, "conversation_id" uuid not null, "urgent_since" timestamptz null, "created_at" timestamptz not null, "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "notification_tenant_id_user_id_created_at_index" on "notification" ("tenant_id", "user_id", "created_at");`,
    );
    this.addSql(
      `create table "counsellor_duty" ("tenant_id" uuid not null, "user_id" uuid not null, "on_duty" boolean not null, "updated_at" timestamptz not null, constraint "counsellor_duty_pkey" primary key ("tenant_id", "user_id"));`,
    );
    for (const table of ['inbox_settings', 'keyword_rule', 'notification', 'counsellor_duty']) {
      this.addSql(
        `alter table "${table}" add constraint "${table}_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
      );
      for (const sql of tenantIsolation(table)) this.addSql(sql);
    }
    this.addSql(
      `alter table "notification" add constraint "notification_conversation_id_foreign" foreign key ("conversation_id") references "conversation" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(`grant select, insert, update on "inbox_settings", "notification", "counsellor_duty" to ${APP};`);
    // Rules are the tenant's to remove; nothing else here is ever deleted.
    this.addSql(`grant select, insert, update, delete on "keyword_rule" to ${APP};`);

    this.addSql(
      `select ${JOBS_SCHEMA}.create_queue('line.profile', '{"policy":"standard","retryLimit":5,"retryDelay":5,"retryBackoff":true}'::json);`,
    );
    this.addSql(
      `select ${JOBS_SCHEMA}.create_queue('conversation.escalate', '{"policy":"standard","retryLimit":5,"retryDelay":10,"retryBackoff":true}'::json);`,
    );
    // Urgent and escalation mails, retried until the SMTP server takes them.
    this.addSql(
      `select ${JOBS_SCHEMA}.create_queue('triage.mail', '{"policy":"standard","retryLimit":10,"retryDelay":30,"retryBackoff":true}'::json);`,
    );
    this.addSql(`grant select, insert, update, delete on all tables in schema ${JOBS_SCHEMA} to ${JOBS_ROLE};`);
  }
}
