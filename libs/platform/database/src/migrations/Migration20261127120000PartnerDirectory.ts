import { Migration } from '@mikro-orm/migrations';
import { TENANT_ROLE as APP } from '../roles';
import { tenantIsolation } from './rls';

/**
 * The partner directory, after Open Referral HSDS 3.0: organisations, their services,
 * locations and contacts, the tenant's service categories, and the links between services and
 * locations and categories. All under the tenant policy.
 */
export class Migration20261127120000PartnerDirectory extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "service_category" ("id" uuid not null, "tenant_id" uuid not null, "name" varchar(50) not null, "name_key" text not null, "sort_order" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "service_category_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "service_category" add constraint "service_category_tenant_id_name_key_unique" unique ("tenant_id", "name_key");`,
    );
    this.addSql(
      `create table "partner_organization" ("id" uuid not null, "tenant_id" uuid not null, "hsds_id" uuid null, "name" varchar(200) not null, "description" text null, "email" varchar(254) null, "website" varchar(500) null, "phones" jsonb not null default '[]', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "partner_organization_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "partner_organization" add constraint "partner_organization_tenant_id_hsds_id_unique" unique ("tenant_id", "hsds_id");`,
    );
    this.addSql(
      `create table "partner_service" ("id" uuid not null, "tenant_id" uuid not null, "organization_id" uuid not null, "hsds_id" uuid null, "name" varchar(200) not null, "description" text null, "status" text check ("status" in ('active', 'inactive', 'defunct', 'temporarily_closed')) not null default 'active', "eligibility_description" text null, "minimum_age" smallint null, "maximum_age" smallint null, "fees_description" text null, "languages" text[] not null default '{}', "service_areas" text[] not null default '{}', "url" varchar(500) null, "email" varchar(254) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "partner_service_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "partner_service_organization_id_index" on "partner_service" ("organization_id");`);
    this.addSql(
      `alter table "partner_service" add constraint "partner_service_tenant_id_hsds_id_unique" unique ("tenant_id", "hsds_id");`,
    );
    this.addSql(
      `create table "partner_service_category" ("id" uuid not null, "tenant_id" uuid not null, "service_id" uuid not null, "category_id" uuid not null, constraint "partner_service_category_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "partner_service_category_category_id_index" on "partner_service_category" ("category_id");`,
    );
    this.addSql(
      `alter table "partner_service_category" add constraint "partner_service_category_service_id_category_id_unique" unique ("service_id", "category_id");`,
    );
    this.addSql(
      `create table "partner_location" ("id" uuid not null, "tenant_id" uuid not null, "organization_id" uuid not null, "hsds_id" uuid null, "type" text check ("type" in ('physical', 'virtual')) not null, "name" varchar(200) null, "description" text null, "url" varchar(500) null, "address" jsonb null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "partner_location_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "partner_location_organization_id_index" on "partner_location" ("organization_id");`);
    this.addSql(
      `alter table "partner_location" add constraint "partner_location_tenant_id_hsds_id_unique" unique ("tenant_id", "hsds_id");`,
    );
    this.addSql(
      `create table "partner_service_at_location" ("id" uuid not null, "tenant_id" uuid not null, "service_id" uuid not null, "location_id" uuid not null, constraint "partner_service_at_location_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "partner_service_at_location_location_id_index" on "partner_service_at_location" ("location_id");`,
    );
    this.addSql(
      `alter table "partner_service_at_location" add constraint "partner_service_at_location_service_id_location_id_unique" unique ("service_id", "location_id");`,
    );
    this.addSql(
      `create table "partner_contact" ("id" uuid not null, "tenant_id" uuid not null, "organization_id" uuid not null, "service_id" uuid null, "hsds_id" uuid null, "name" varchar(200) null, "title" varchar(200) null, "department" varchar(200) null, "email" varchar(254) null, "phones" jsonb not null default '[]', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "partner_contact_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "partner_contact_organization_id_index" on "partner_contact" ("organization_id");`);
    this.addSql(`create index "partner_contact_service_id_index" on "partner_contact" ("service_id");`);
    this.addSql(
      `alter table "partner_contact" add constraint "partner_contact_tenant_id_hsds_id_unique" unique ("tenant_id", "hsds_id");`,
    );
    this.addSql(
      `alter table "service_category" add constraint "service_category_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "partner_organization" add constraint "partner_organization_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "partner_service" add constraint "partner_service_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "partner_service" add constraint "partner_service_organization_id_foreign" foreign key ("organization_id") references "partner_organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "partner_service_category" add constraint "partner_service_category_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "partner_service_category" add constraint "partner_service_category_service_id_foreign" foreign key ("service_id") references "partner_service" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "partner_service_category" add constraint "partner_service_category_category_id_foreign" foreign key ("category_id") references "service_category" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "partner_location" add constraint "partner_location_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "partner_location" add constraint "partner_location_organization_id_foreign" foreign key ("organization_id") references "partner_organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "partner_service_at_location" add constraint "partner_service_at_location_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "partner_service_at_location" add constraint "partner_service_at_location_service_id_foreign" foreign key ("service_id") references "partner_service" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "partner_service_at_location" add constraint "partner_service_at_location_location_id_foreign" foreign key ("location_id") references "partner_location" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "partner_contact" add constraint "partner_contact_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "partner_contact" add constraint "partner_contact_organization_id_foreign" foreign key ("organization_id") references "partner_organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "partner_contact" add constraint "partner_contact_service_id_foreign" foreign key ("service_id") references "partner_service" ("id") on update cascade on delete set null;`,
    );
    for (const table of TABLES) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
    }
    // Directory records are kept (referrals point at them): edited, never deleted.
    for (const table of ['partner_organization', 'partner_service', 'partner_location', 'partner_contact']) {
      this.addSql(`grant select, insert, update on "${table}" to ${APP};`);
    }
    // Categories are configuration; links are replaced when a service changes.
    this.addSql(`grant select, insert, update, delete on "service_category" to ${APP};`);
    this.addSql(`grant select, insert, delete on "partner_service_category" to ${APP};`);
    this.addSql(`grant select, insert, delete on "partner_service_at_location" to ${APP};`);
  }
}

const TABLES = [
  'partner_organization',
  'partner_service',
  'partner_location',
  'partner_service_at_location',
  'partner_contact',
  'service_category',
  'partner_service_category',
];
