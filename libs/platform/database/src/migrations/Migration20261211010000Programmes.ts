import { Migration } from '@mikro-orm/migrations';
import { TENANT_ROLE as APP } from '../roles';
import { tenantIsolation } from './rls';

/**
 * Programmes (事業) a city commissions from the NPO, their contracts (委託) and the contracts' KPIs.
 *
 * - Every table is tenant-owned, under forced row-level security.
 * - Contracts are never deleted (they are the city's record); a contract's KPIs are replaced as a
 *   whole when it is edited, so the runtime role may delete those alone.
 */
export class Migration20261211010000Programmes extends Migration {
  override async up(): Promise<void> {
    // Tables, keys and checks as the entities declare them (npm run db:diff).
    this.addSql(
      `create table "programme" ("id" uuid not null, "tenant_id" uuid not null, "name" varchar(200) not null, "kind" text check ("kind" in ('line_consultation', 'food_delivery', 'events', 'other')) not null, "description" varchar(2000) null, "started_on" date null, "channel_ids" uuid[] not null default '{}', "staff_user_ids" uuid[] not null default '{}', "archived" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "programme_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "programme_tenant_id_index" on "programme" ("tenant_id");`);
    this.addSql(
      `create table "programme_contract" ("id" uuid not null, "tenant_id" uuid not null, "programme_id" uuid not null, "title" varchar(200) not null, "department" varchar(200) not null, "contract_number" varchar(100) null, "starts_on" date not null, "ends_on" date not null, "amount_yen" bigint null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "programme_contract_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "programme_contract_programme_id_starts_on_index" on "programme_contract" ("programme_id", "starts_on");`,
    );
    this.addSql(
      `create table "contract_kpi" ("id" uuid not null, "tenant_id" uuid not null, "contract_id" uuid not null, "kind" text check ("kind" in ('families_registered', 'new_registrations', 'consultations', 'replies', 'answered_within_minutes', 'referrals', 'broadcasts', 'deliveries')) not null, "label" varchar(200) not null, "target" int not null, "minutes" int null, "sort_order" int not null, constraint "contract_kpi_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "contract_kpi_contract_id_index" on "contract_kpi" ("contract_id");`);
    this.addSql(
      `alter table "programme" add constraint "programme_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "programme_contract" add constraint "programme_contract_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "programme_contract" add constraint "programme_contract_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "contract_kpi" add constraint "contract_kpi_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "contract_kpi" add constraint "contract_kpi_contract_id_foreign" foreign key ("contract_id") references "programme_contract" ("id") on update cascade on delete cascade;`,
    );
    for (const table of ['programme', 'programme_contract', 'contract_kpi']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
    }
    this.addSql(`grant select, insert, update on "programme", "programme_contract", "contract_kpi" to ${APP};`);
    this.addSql(`grant delete on "contract_kpi" to ${APP};`);
  }
}
