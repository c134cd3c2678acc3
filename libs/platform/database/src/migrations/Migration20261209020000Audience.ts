import { Migration } from '@mikro-orm/migrations';
import { JOBS_ROLE, JOBS_SCHEMA, TENANT_ROLE as APP } from '../roles';
import { tenantIsolation } from './rls';

/**
 * What a tenant knows of its families (tenant-defined attributes and their values; tags are the
 * registrant's `labels`), staff members' own LINE accounts as test recipients with their one-time
 * link codes, and the survey's automatic messages with their quick-reply buttons. All under the
 * tenant policy.
 */
export class Migration20261209020000Audience extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "registrant_attribute" ("id" uuid not null, "tenant_id" uuid not null, "key" varchar(40) not null, "label" varchar(50) not null, "kind" text check ("kind" in ('single_choice', 'multiple_choice', 'year_month', 'area')) not null, "choices" text[] not null default '{}', "asked_in_survey" boolean not null default false, "question" varchar(200) null, "sort_order" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "registrant_attribute_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "registrant_attribute" add constraint "registrant_attribute_tenant_id_key_unique" unique ("tenant_id", "key");`,
    );
    this.addSql(
      `create table "registrant_attribute_value" ("id" uuid not null, "tenant_id" uuid not null, "registrant_id" uuid not null, "attribute_id" uuid not null, "value" varchar(50) not null, "created_at" timestamptz not null, constraint "registrant_attribute_value_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "registrant_attribute_value_attribute_id_value_index" on "registrant_attribute_value" ("attribute_id", "value");`,
    );
    this.addSql(
      `alter table "registrant_attribute_value" add constraint "registrant_attribute_value_unique" unique ("registrant_id", "attribute_id", "value");`,
    );
    this.addSql(
      `create table "test_recipient" ("id" uuid not null, "tenant_id" uuid not null, "channel_id" uuid not null, "user_id" uuid not null, "line_user_id" varchar(64) not null, "linked_at" timestamptz not null, constraint "test_recipient_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "test_recipient_tenant_id_index" on "test_recipient" ("tenant_id");`);
    this.addSql(
      `alter table "test_recipient" add constraint "test_recipient_channel_id_user_id_unique" unique ("channel_id", "user_id");`,
    );
    this.addSql(
      `alter table "test_recipient" add constraint "test_recipient_channel_id_line_user_id_unique" unique ("channel_id", "line_user_id");`,
    );
    this.addSql(
      `create table "test_recipient_link_code" ("id" uuid not null, "tenant_id" uuid not null, "channel_id" uuid not null, "user_id" uuid not null, "code_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null, constraint "test_recipient_link_code_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "test_recipient_link_code_tenant_id_index" on "test_recipient_link_code" ("tenant_id");`);
    this.addSql(
      `alter table "test_recipient_link_code" add constraint "test_recipient_link_code_channel_id_code_hash_unique" unique ("channel_id", "code_hash");`,
    );
    const foreign = (table: string, column: string, target: string, onDelete: string) =>
      this.addSql(
        `alter table "${table}" add constraint "${table}_${column}_foreign" foreign key ("${column}") references "${target}" ("id") on update cascade on delete ${onDelete};`,
      );
    foreign('registrant_attribute', 'tenant_id', 'tenant', 'restrict');
    foreign('registrant_attribute_value', 'tenant_id', 'tenant', 'restrict');
    foreign('registrant_attribute_value', 'registrant_id', 'registrant', 'cascade');
    foreign('registrant_attribute_value', 'attribute_id', 'registrant_attribute', 'cascade');
    foreign('test_recipient', 'tenant_id', 'tenant', 'restrict');
    foreign('test_recipient', 'channel_id', 'line_channel', 'cascade');
    foreign('test_recipient_link_code', 'tenant_id', 'tenant', 'restrict');
    foreign('test_recipient_link_code', 'channel_id', 'line_channel', 'cascade');
    for (const table of [
      'registrant_attribute',
      'registrant_attribute_value',
      'test_recipient',
      'test_recipient_link_code',
    ]) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
    }
    this.addSql(`grant select, insert, update, delete on "registrant_attribute" to ${APP};`);
    this.addSql(`grant select, insert, delete on "registrant_attribute_value" to ${APP};`);
    this.addSql(`grant select, insert, delete on "test_recipient" to ${APP};`);
    this.addSql(`grant select, insert, update, delete on "test_recipient_link_code" to ${APP};`);
    // Tags are the registrant's labels: segments ask whether a family has any of some tags.
    this.addSql(`create index "registrant_labels_index" on "registrant" using gin ("labels");`);

    // A staff member's link notice: pushed with its retry key, retried as LINE sends are.
    this.addSql(
      `select ${JOBS_SCHEMA}.create_queue('audience.line-notice', '{"policy":"standard","retryLimit":8,"retryDelay":2,"retryBackoff":true}'::json);`,
    );
    this.addSql(`grant select, insert, update, delete on all tables in schema ${JOBS_SCHEMA} to ${JOBS_ROLE};`);

    this.addSql(`alter table "message" add column "quick_reply" jsonb null;`);
    this.addSql(`alter table "message" drop constraint if exists "message_automatic_check";`);
    this.addSql(
      `alter table "message" add constraint "message_automatic_check" check ("automatic" in ('welcome', 'out_of_hours', 'crisis', 'survey'));`,
    );
  }
}
