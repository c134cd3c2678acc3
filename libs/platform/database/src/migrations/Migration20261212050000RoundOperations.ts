import { Migration } from '@mikro-orm/migrations';
import { TENANT_ROLE as APP } from '../roles';
import { tenantIsolation } from './rls';

/**
 * A food-delivery round's operations, and what they raise for counsellors.
 *
 * - `counsellor_task`: something a counsellor should follow up about a family (today: a worrying
 *   observation at a delivery), tenant-owned under forced row-level security; one per thing that
 *   raised it; never deleted by the runtime role. Erasing the family or deleting its case leaves the
 *   task without them.
 * - Notifications may be about a counsellor's task (`task_id`), exactly one thing each.
 * - Downloads are sealed at rest from now on (a courier file holds addresses): the pending ones, all
 *   plain and at most ten minutes old, are dropped.
 */
export class Migration20261212050000RoundOperations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "counsellor_task" ("id" uuid not null, "tenant_id" uuid not null, "kind" text check ("kind" in ('delivery_observation')) not null, "urgency" text check ("urgency" in ('concern', 'urgent')) not null, "title" varchar(300) not null, "family_label" varchar(200) not null, "detail" varchar(2000) null, "registrant_id" uuid null, "case_record_id" uuid null, "source_type" varchar(50) not null, "source_id" uuid not null, "assignee_user_id" uuid null, "status" text check ("status" in ('open', 'done')) not null default 'open', "created_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "done_at" timestamptz null, "done_by_id" uuid null, "done_note" varchar(2000) null, constraint "counsellor_task_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "counsellor_task_tenant_id_index" on "counsellor_task" ("tenant_id");`);
    this.addSql(`create index "counsellor_task_registrant_id_index" on "counsellor_task" ("registrant_id");`);
    this.addSql(
      `create index "counsellor_task_list_index" on "counsellor_task" ("tenant_id", "status", "assignee_user_id", "created_at");`,
    );
    this.addSql(
      `alter table "counsellor_task" add constraint "counsellor_task_tenant_id_source_type_source_id_unique" unique ("tenant_id", "source_type", "source_id");`,
    );
    this.addSql(
      `alter table "counsellor_task" add constraint "counsellor_task_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "counsellor_task" add constraint "counsellor_task_registrant_id_foreign" foreign key ("registrant_id") references "registrant" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "counsellor_task" add constraint "counsellor_task_case_record_id_foreign" foreign key ("case_record_id") references "case_record" ("id") on update cascade on delete set null;`,
    );
    for (const sql of tenantIsolation('counsellor_task')) this.addSql(sql);
    this.addSql(`grant select, insert, update on "counsellor_task" to ${APP};`);

    this.addSql(`alter table "notification" add column "task_id" uuid null;`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check("kind" in ('urgent', 'escalated', 'referral_received', 'referral_updated', 'referral_overdue', 'case_review_due', 'counsellor_task', 'counsellor_task_urgent'));`,
    );
    this.addSql(`alter table "notification" drop constraint if exists "notification_about_one_thing";`);
    this.addSql(
      `alter table "notification" add constraint notification_about_one_thing check(num_nonnulls(conversation_id, referral_id, task_id) = 1);`,
    );

    // The owner is bound by the forced policy too: lifted for this one statement, in this transaction.
    this.addSql(`alter table "download" no force row level security;`);
    this.addSql(`delete from "download";`);
    this.addSql(`alter table "download" force row level security;`);
  }
}
