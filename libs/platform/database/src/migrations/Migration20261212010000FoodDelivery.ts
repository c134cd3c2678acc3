import { Migration } from '@mikro-orm/migrations';
import { TENANT_ROLE as APP } from '../roles';
import { tenantIsolation } from './rls';

/**
 * Food delivery (こども宅食): the households of a food-delivery programme, its rounds, the households
 * in each round (with the columns the round's operations fill: assignment, outcome, observation) and
 * the one-time tokens of the LINE application page.
 *
 * - Every table is tenant-owned, under forced row-level security.
 * - A household's address, postal code and phone are one sealed value (`address_sealed`); only a
 *   coarse `area` is plain.
 * - One open household per family and programme (a partial unique index); a household's place in a
 *   round is unique.
 * - A household's place in a round may be given up (deleted) while the round is planned; nothing else
 *   is deleted by the runtime role. Erasing a family leaves its households without the family and
 *   deletes its application tokens.
 * - Messages gain the `food_delivery` kind of automatic message (the steps told to the family).
 */
export class Migration20261212010000FoodDelivery extends Migration {
  override async up(): Promise<void> {
    // Tables, keys and checks as the entities declare them (npm run db:diff).
    this.addSql(
      `create table "food_round" ("id" uuid not null, "tenant_id" uuid not null, "programme_id" uuid not null, "name" varchar(200) not null, "starts_on" date not null, "ends_on" date not null, "capacity" int not null, "planned_items" jsonb not null default '[]', "status" text check ("status" in ('planned', 'packing', 'delivering', 'completed', 'cancelled')) not null default 'planned', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "food_round_pkey" primary key ("id"), constraint food_round_period_check check (ends_on >= starts_on), constraint food_round_capacity_check check (capacity >= 0));`,
    );
    this.addSql(`create index "food_round_tenant_id_index" on "food_round" ("tenant_id");`);
    this.addSql(
      `create index "food_round_programme_id_starts_on_index" on "food_round" ("programme_id", "starts_on");`,
    );
    this.addSql(
      `create table "food_household" ("id" uuid not null, "tenant_id" uuid not null, "programme_id" uuid not null, "registrant_id" uuid null, "source" text check ("source" in ('line', 'staff')) not null default 'staff', "name" varchar(200) not null, "address_sealed" text not null, "area" varchar(100) not null, "children_birth_months" text[] not null default '{}', "eligibility_basis" text check ("eligibility_basis" in ('child_rearing_allowance', 'school_attendance_aid', 'other')) not null, "eligibility_note" varchar(500) null, "allergies" varchar(500) null, "preferred_method" text check ("preferred_method" in ('courier', 'hand')) not null, "preferred_times" varchar(200) null, "visit_consent" boolean not null default false, "status" text check ("status" in ('applied', 'eligible', 'ineligible', 'enrolled', 'waitlisted', 'withdrawn')) not null default 'applied', "status_reason" varchar(500) null, "applied_at" timestamptz not null, "enrolled_at" timestamptz null, "status_changed_at" timestamptz not null, "status_changed_by_id" uuid null, "created_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "food_household_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "food_household_tenant_id_index" on "food_household" ("tenant_id");`);
    this.addSql(`create index "food_household_registrant_id_index" on "food_household" ("registrant_id");`);
    this.addSql(
      `create unique index "food_household_family_open_unique" on "food_household" ("programme_id", "registrant_id") where "registrant_id" is not null and "status" not in ('ineligible', 'withdrawn');`,
    );
    this.addSql(
      `create index "food_household_programme_id_status_applied_at_index" on "food_household" ("programme_id", "status", "applied_at");`,
    );
    this.addSql(
      `create table "food_round_household" ("id" uuid not null, "tenant_id" uuid not null, "round_id" uuid not null, "household_id" uuid not null, "added_at" timestamptz not null, "delivery_method" text check ("delivery_method" in ('courier', 'hand')) null, "assignee_user_id" uuid null, "area" varchar(100) null, "outcome" text check ("outcome" in ('delivered', 'absent', 'redelivery_arranged', 'refused')) null, "outcome_at" timestamptz null, "outcome_by_id" uuid null, "observation" text check ("observation" in ('fine', 'concern', 'urgent')) null, "observation_note" varchar(2000) null, "observed_by_id" uuid null, "observed_at" timestamptz null, constraint "food_round_household_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "food_round_household_tenant_id_index" on "food_round_household" ("tenant_id");`);
    this.addSql(`create index "food_round_household_household_id_index" on "food_round_household" ("household_id");`);
    this.addSql(
      `alter table "food_round_household" add constraint "food_round_household_round_id_household_id_unique" unique ("round_id", "household_id");`,
    );
    this.addSql(
      `create table "food_application_token" ("id" uuid not null, "tenant_id" uuid not null, "programme_id" uuid not null, "registrant_id" uuid not null, "channel_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "household_id" uuid null, "created_at" timestamptz not null, constraint "food_application_token_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "food_application_token_tenant_id_index" on "food_application_token" ("tenant_id");`);
    this.addSql(
      `create index "food_application_token_registrant_id_index" on "food_application_token" ("registrant_id");`,
    );
    this.addSql(
      `alter table "food_application_token" add constraint "food_application_token_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `alter table "food_round" add constraint "food_round_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "food_round" add constraint "food_round_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "food_household" add constraint "food_household_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "food_household" add constraint "food_household_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "food_household" add constraint "food_household_registrant_id_foreign" foreign key ("registrant_id") references "registrant" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "food_round_household" add constraint "food_round_household_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "food_round_household" add constraint "food_round_household_round_id_foreign" foreign key ("round_id") references "food_round" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "food_round_household" add constraint "food_round_household_household_id_foreign" foreign key ("household_id") references "food_household" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "food_application_token" add constraint "food_application_token_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "food_application_token" add constraint "food_application_token_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "food_application_token" add constraint "food_application_token_registrant_id_foreign" foreign key ("registrant_id") references "registrant" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "food_application_token" add constraint "food_application_token_channel_id_foreign" foreign key ("channel_id") references "line_channel" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(`alter table "message" drop constraint if exists "message_automatic_check";`);
    this.addSql(
      `alter table "message" add constraint "message_automatic_check" check("automatic" in ('welcome', 'out_of_hours', 'crisis', 'survey', 'food_delivery'));`,
    );
    for (const table of ['food_household', 'food_round', 'food_round_household', 'food_application_token']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
    }
    this.addSql(
      `grant select, insert, update on "food_household", "food_round", "food_round_household", "food_application_token" to ${APP};`,
    );
    this.addSql(`grant delete on "food_round_household" to ${APP};`);
  }
}
