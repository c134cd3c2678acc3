import { Migration } from '@mikro-orm/migrations';
import { TENANT_ROLE as APP } from '../roles';
import { tenantIsolation } from './rls';

/**
 * Donations (寄付) to the food delivery: donors, the items they give, the thank-yous sent, and how much
 * of each item goes out in which round (after the food delivery's rounds, `food_round`).
 *
 * - Every table is tenant-owned, under forced row-level security.
 * - A citizen's name and every donor's contact and note are sealed by the application (keyring);
 *   the database holds ciphertext only.
 * - Donors, items and thank-yous are never deleted; an allocation set to zero is (one row per item and
 *   round, never more than the item's quantity over all rounds: checked under the item's row lock).
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
      `create table "donation_allocation" ("id" uuid not null, "tenant_id" uuid not null, "round_id" uuid not null, "item_id" uuid not null, "quantity" int not null, "allocated_by" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "donation_allocation_pkey" primary key ("id"), constraint donation_allocation_quantity_check check (quantity > 0));`,
    );
    this.addSql(`create index "donation_allocation_item_id_index" on "donation_allocation" ("item_id");`);
    this.addSql(
      `alter table "donation_allocation" add constraint "donation_allocation_round_id_item_id_unique" unique ("round_id", "item_id");`,
    );
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
    this.addSql(
      `alter table "donation_allocation" add constraint "donation_allocation_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "donation_allocation" add constraint "donation_allocation_round_id_foreign" foreign key ("round_id") references "food_round" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "donation_allocation" add constraint "donation_allocation_item_id_foreign" foreign key ("item_id") references "donation_item" ("id") on update cascade on delete restrict;`,
    );
    // The donor list pages by (created_at, id) within the tenant.
    this.addSql(`create index "donor_tenant_id_created_at_id_index" on "donor" ("tenant_id", "created_at", "id");`);
    for (const table of ['donor', 'donation_item', 'donor_thanks', 'donation_allocation']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
    }
    this.addSql(
      `grant select, insert, update on "donor", "donation_item", "donor_thanks", "donation_allocation" to ${APP};`,
    );
    this.addSql(`grant delete on "donation_allocation" to ${APP};`);
  }
}
