import { Migration } from '@mikro-orm/migrations';
import { PLATFORM_ROLE, TENANT_ROLE as APP } from '../roles';
import { platformPolicy, tenantIsolation } from './rls';

/**
 * The secondment roster. Every row belongs to the seconded person's home municipality
 * (`tenant_id`), under the same row-level security as everything else.
 *
 * - NPO admins create and edit across tenants on the platform path (`tsunagu_platform`, in a
 *   platform-scope transaction, audited in the home tenant's chain).
 * - A home municipality's tenant transactions may read its people, secondments and assignments, and
 *   record its roster review; they are granted nothing on check-in notes.
 */
export class Migration20261127140000Secondments extends Migration {
  override async up(): Promise<void> {
    // Tables, keys and checks as the entities declare them (npm run db:diff).
    this.addSql(
      `create table "seconded_staff" ("id" uuid not null, "tenant_id" uuid not null, "name" varchar(100) not null, "name_kana" varchar(100) not null, "home_department" varchar(200) not null, "job_title" varchar(100) not null, "employee_number" varchar(50) null, "user_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "seconded_staff_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "seconded_staff_tenant_id_index" on "seconded_staff" ("tenant_id");`);
    this.addSql(
      `create table "secondment" ("id" uuid not null, "tenant_id" uuid not null, "staff_id" uuid not null, "host_organization" varchar(200) not null, "host_department" varchar(200) not null, "starts_on" date not null, "ends_on" date not null, "legal_basis" varchar(500) not null, "memorandum_title" varchar(200) null, "memorandum_signed_on" date null, "memorandum_reference" varchar(100) null, "memorandum_url" varchar(500) null, "duties" varchar(2000) null, "status" text check ("status" in ('planned', 'active', 'completed', 'extended', 'ended_early')) not null default 'planned', "ended_early_on" date null, "end_reason" varchar(2000) null, "mentor_name" varchar(100) null, "mentor_user_id" uuid null, "return_department" varchar(200) null, "return_role" varchar(100) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "secondment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "secondment_staff_id_index" on "secondment" ("staff_id");`);
    this.addSql(`create index "secondment_tenant_id_starts_on_index" on "secondment" ("tenant_id", "starts_on");`);
    this.addSql(
      `create table "secondment_check_in" ("id" uuid not null, "tenant_id" uuid not null, "secondment_id" uuid not null, "held_on" date not null, "author_user_id" uuid not null, "wellbeing" int not null, "learning_goals" varchar(2000) null, "issues" varchar(2000) null, "notes" varchar(4000) null, "created_at" timestamptz not null, constraint "secondment_check_in_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "secondment_check_in_secondment_id_index" on "secondment_check_in" ("secondment_id");`);
    this.addSql(
      `create table "secondment_assignment" ("id" uuid not null, "tenant_id" uuid not null, "secondment_id" uuid not null, "city_tenant_id" uuid not null, "programme" varchar(200) not null, "role" varchar(100) not null, "time_share" int not null, "starts_on" date not null, "ends_on" date not null, "created_at" timestamptz not null, constraint "secondment_assignment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "secondment_assignment_secondment_id_index" on "secondment_assignment" ("secondment_id");`,
    );
    this.addSql(
      `create table "roster_review" ("tenant_id" uuid not null, "reviewed_by_id" uuid not null, "reviewed_at" timestamptz not null, constraint "roster_review_pkey" primary key ("tenant_id"));`,
    );
    this.addSql(
      `alter table "seconded_staff" add constraint "seconded_staff_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "secondment" add constraint "secondment_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "secondment" add constraint "secondment_staff_id_foreign" foreign key ("staff_id") references "seconded_staff" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "secondment_check_in" add constraint "secondment_check_in_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "secondment_check_in" add constraint "secondment_check_in_secondment_id_foreign" foreign key ("secondment_id") references "secondment" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "secondment_assignment" add constraint "secondment_assignment_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "secondment_assignment" add constraint "secondment_assignment_secondment_id_foreign" foreign key ("secondment_id") references "secondment" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "roster_review" add constraint "roster_review_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    const tables = ['seconded_staff', 'secondment', 'secondment_assignment', 'secondment_check_in', 'roster_review'];
    for (const table of tables) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
      for (const sql of platformPolicy(table)) this.addSql(sql);
    }
    this.addSql(`grant select, insert, update on ${tables.map((t) => `"${t}"`).join(', ')} to ${PLATFORM_ROLE};`);
    this.addSql(`grant select on "seconded_staff", "secondment", "secondment_assignment" to ${APP};`);
    this.addSql(`grant select, insert, update on "roster_review" to ${APP};`);
  }
}
