import { Migration } from '@mikro-orm/migrations';
import { TENANT_ROLE as APP } from '../roles';
import { tenantIsolation } from './rls';

/**
 * Donations (寄付) to the food delivery: donors, the items they give and the thank-yous sent.
 *
 * - Every table is tenant-owned, under forced row-level security.
 * - A citizen's name and every donor's contact and note are sealed by the application (keyring);
 *   the database holds ciphertext only.
 * - Nothing is deleted: the runtime role may select, insert and update.
 */
export class Migration20261212090000Donations extends Migration {
  override async up(): Promise<void> {
    // Tables, keys and checks as the entities declare them (npm run db:diff).
    this.addSql(
      `create table "donor" ("id" uuid not null, "tenant_id" uuid not null, "kind" text check ("kind" in ('citizen', 'company', 'food_bank')) not null, "organisation_name" varchar(200) null, "sealed_name" text null, "sealed_contact" text null, "sealed_note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "donor_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "donation_item" ("id" uuid not null, "tenant_id" uuid not null, "donor_id" uuid not null, "programme_id" uuid not null, "received_on" date not null, "name" varchar(200) not null, "quantity" int not null, "unit" varchar(20) not null, "best_before" date null, "allergens" text[] not null default '{}', "note" varchar(500) null, "recorded_by" uuid not null, "created_at" timestamptz not null, constraint "donation_item_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "donation_item_tenant_id_programme_id_received_on_index" on "donation_item" ("tenant_id", "programme_id", "received_on");`,
    );
    this.addSql(
      `create index "donation_item_donor_id_received_on_index" on "donation_item" ("donor_id", "received_on");`,
    );
    this.addSql(
      `create table "donor_thanks" ("id" uuid not null, "tenant_id" uuid not null, "donor_id" uuid not null, "sent_on" date not null, "method" text check ("method" in ('letter', 'email', 'in_person')) not null, "sent_by" varchar(200) not null, "note" varchar(1000) null, "recorded_by" uuid not null, "created_at" timestamptz not null, constraint "donor_thanks_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "donor_thanks_donor_id_sent_on_index" on "donor_thanks" ("donor_id", "sent_on");`);
    this.addSql(
      `alter table "donor" add constraint "donor_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "donation_item" add constraint "donation_item_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "donation_item" add constraint "donation_item_donor_id_foreign" foreign key ("donor_id") references "donor" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "donation_item" add constraint "donation_item_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "donor_thanks" add constraint "donor_thanks_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "donor_thanks" add constraint "donor_thanks_donor_id_foreign" foreign key ("donor_id") references "donor" ("id") on update cascade on delete restrict;`,
    );
    // The donor list pages by (created_at, id) within the tenant.
    this.addSql(`create index "donor_tenant_id_created_at_id_index" on "donor" ("tenant_id", "created_at", "id");`);
    for (const table of ['donor', 'donation_item', 'donor_thanks']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
    }
    this.addSql(`grant select, insert, update on "donor", "donation_item", "donor_thanks" to ${APP};`);
  }
}
