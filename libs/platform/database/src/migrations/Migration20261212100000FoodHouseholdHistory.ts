import { Migration } from '@mikro-orm/migrations';
import { TENANT_ROLE as APP } from '../roles';
import { tenantIsolation } from './rls';

/**
 * The statuses each food-delivery household entered, with when: a trigger on `food_household` writes
 * a row on every insert and every change of status, so the report can tell how long the waitlist was
 * at each month's end. The trigger runs as the writer (security invoker), under the same row-level
 * security as the household it follows.
 */
export class Migration20261212100000FoodHouseholdHistory extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "food_household_status_change" ("id" serial primary key, "tenant_id" uuid not null, "programme_id" uuid not null, "household_id" uuid not null, "status" text check ("status" in ('applied', 'eligible', 'ineligible', 'enrolled', 'waitlisted', 'withdrawn')) not null, "changed_at" timestamptz not null);`,
    );
    this.addSql(
      `create index "food_household_status_change_tenant_id_index" on "food_household_status_change" ("tenant_id");`,
    );
    this.addSql(
      `create index "food_household_status_change_programme_id_changed_at_index" on "food_household_status_change" ("programme_id", "changed_at");`,
    );
    this.addSql(
      `create index "food_household_status_change_household_id_changed_at_index" on "food_household_status_change" ("household_id", "changed_at");`,
    );
    this.addSql(
      `alter table "food_household_status_change" add constraint "food_household_status_change_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "food_household_status_change" add constraint "food_household_status_change_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "food_household_status_change" add constraint "food_household_status_change_household_id_foreign" foreign key ("household_id") references "food_household" ("id") on update cascade on delete cascade;`,
    );
    for (const sql of tenantIsolation('food_household_status_change')) this.addSql(sql);
    this.addSql(`grant select, insert on "food_household_status_change" to ${APP};`);
    this.addSql(`grant usage on sequence "food_household_status_change_id_seq" to ${APP};`);
    this.addSql(
      `create function food_household_status_history() returns trigger language plpgsql as $$
       begin
         if tg_op = 'INSERT' or new.status is distinct from old.status then
           insert into food_household_status_change (tenant_id, programme_id, household_id, status, changed_at)
           values (new.tenant_id, new.programme_id, new.id, new.status, new.status_changed_at);
         end if;
         return new;
       end $$;`,
    );
    this.addSql(
      `create trigger food_household_status_history after insert or update of status on food_household for each row execute function food_household_status_history();`,
    );
    // Reports gain a food-delivery section: tenants whose settings predate it get it, as new tenants do.
    this.addSql(
      `update "report_settings" set "groups" = array_append("groups", 'FOOD_DELIVERY') where not 'FOOD_DELIVERY' = any("groups");`,
    );
  }
}
