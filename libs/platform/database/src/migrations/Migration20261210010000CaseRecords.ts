import { Migration } from '@mikro-orm/migrations';
import { JOBS_ROLE, JOBS_SCHEMA, TENANT_ROLE as APP } from '../roles';
import { tenantIsolation } from './rls';

/**
 * Case records (アセスメントシート): assessment templates and their versions, a case per family,
 * its assessments and the history of every change.
 *
 * - Every table is tenant-owned, under forced row-level security.
 * - Template versions and the history are records: the runtime role may add them, never change or
 *   delete them; cases and assessments are never deleted either (retention is a separate matter).
 * - A notification may tell a counsellor that a family's case has reached its review date, through
 *   the `case.review-due` queue.
 */
export class Migration20261210010000CaseRecords extends Migration {
  override async up(): Promise<void> {
    // Tables, keys and checks as the entities declare them (npm run db:diff).
    this.addSql(
      `create table "case_record" ("id" uuid not null, "tenant_id" uuid not null, "registrant_id" uuid not null, "status" text check ("status" in ('open', 'monitoring', 'closed')) not null default 'open', "responsible_user_id" uuid null, "risk" smallint null, "next_review_on" date null, "review_notified_on" date null, "search_text" text not null default '', "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "case_record_pkey" primary key ("id"), constraint case_record_risk_check check (risk >= 0 and risk <= 3));`,
    );
    this.addSql(
      `create index "case_record_tenant_id_next_review_on_index" on "case_record" ("tenant_id", "next_review_on");`,
    );
    this.addSql(
      `create index "case_record_tenant_id_updated_at_id_index" on "case_record" ("tenant_id", "updated_at", "id");`,
    );
    this.addSql(
      `alter table "case_record" add constraint "case_record_tenant_id_registrant_id_unique" unique ("tenant_id", "registrant_id");`,
    );
    this.addSql(
      `create table "assessment_template" ("id" uuid not null, "tenant_id" uuid not null, "name" varchar(200) not null, "created_at" timestamptz not null, constraint "assessment_template_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "assessment_template" add constraint "assessment_template_tenant_id_name_unique" unique ("tenant_id", "name");`,
    );
    this.addSql(
      `create table "assessment_template_version" ("id" uuid not null, "tenant_id" uuid not null, "template_id" uuid not null, "version" int not null, "definition" jsonb not null, "published_at" timestamptz not null, "published_by_id" uuid not null, constraint "assessment_template_version_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "assessment_template_version" add constraint "assessment_template_version_template_id_version_unique" unique ("template_id", "version");`,
    );
    this.addSql(
      `create table "case_assessment" ("id" uuid not null, "tenant_id" uuid not null, "case_record_id" uuid not null, "template_version_id" uuid not null, "values" jsonb not null, "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "case_assessment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "case_assessment_case_record_id_created_at_index" on "case_assessment" ("case_record_id", "created_at");`,
    );
    this.addSql(
      `create table "case_record_change" ("id" uuid not null, "tenant_id" uuid not null, "case_record_id" uuid not null, "assessment_id" uuid null, "field" varchar(300) not null, "before" jsonb null, "after" jsonb null, "actor_id" uuid null, "changed_at" timestamptz not null, constraint "case_record_change_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "case_record_change_case_record_id_changed_at_id_index" on "case_record_change" ("case_record_id", "changed_at", "id");`,
    );
    this.addSql(
      `alter table "case_record" add constraint "case_record_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "case_record" add constraint "case_record_registrant_id_foreign" foreign key ("registrant_id") references "registrant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "assessment_template" add constraint "assessment_template_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "assessment_template_version" add constraint "assessment_template_version_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "assessment_template_version" add constraint "assessment_template_version_template_id_foreign" foreign key ("template_id") references "assessment_template" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "case_assessment" add constraint "case_assessment_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "case_assessment" add constraint "case_assessment_case_record_id_foreign" foreign key ("case_record_id") references "case_record" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "case_assessment" add constraint "case_assessment_template_version_id_foreign" foreign key ("template_version_id") references "assessment_template_version" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "case_record_change" add constraint "case_record_change_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "case_record_change" add constraint "case_record_change_case_record_id_foreign" foreign key ("case_record_id") references "case_record" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "case_record_change" add constraint "case_record_change_assessment_id_foreign" foreign key ("assessment_id") references "case_assessment" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check("kind" in ('urgent', 'escalated', 'referral_received', 'referral_updated', 'referral_overdue', 'case_review_due'));`,
    );
    for (const table of [
      'assessment_template',
      'assessment_template_version',
      'case_record',
      'case_assessment',
      'case_record_change',
    ]) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
    }
    this.addSql(
      `grant select, insert on "assessment_template", "assessment_template_version", "case_record_change" to ${APP};`,
    );
    this.addSql(`grant select, insert, update on "case_record", "case_assessment" to ${APP};`);
    this.addSql(
      `select ${JOBS_SCHEMA}.create_queue('case.review-due', '{"policy":"standard","retryLimit":10,"retryDelay":30,"retryBackoff":true}'::json);`,
    );
    this.addSql(`grant select, insert, update, delete on all tables in schema ${JOBS_SCHEMA} to ${JOBS_ROLE};`);
  }
}
