import { Migration } from '@mikro-orm/migrations';
import { PLATFORM_ROLE as PLATFORM, TENANT_ROLE as APP } from '../roles';
import { platformPolicy, tenantIsolation } from './rls';

/**
 * Tenants, users and memberships; the two application roles; row-level security on every table.
 */
export class Migration20261127000000Foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = '${APP}') then create role ${APP} nologin; end if;
      if not exists (select 1 from pg_roles where rolname = '${PLATFORM}') then create role ${PLATFORM} nologin; end if;
    end $$;`);
    this.addSql(`grant usage on schema public to ${APP}, ${PLATFORM};`);

    this.addSql(
      `create table "tenant" ("id" uuid not null, "slug" varchar(40) not null, "name_ja" varchar(100) not null, "name_en" varchar(100) not null, "local_government_code" varchar(6) not null, "prefecture" varchar(20) not null, "timezone" varchar(64) not null default 'Asia/Tokyo', "fiscal_year_start_month" smallint not null default 4, "status" text check ("status" in ('onboarding', 'active', 'suspended', 'offboarded')) not null default 'onboarding', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "tenant_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "tenant" add constraint "tenant_slug_unique" unique ("slug");`);
    this.addSql(
      `alter table "tenant" add constraint "tenant_local_government_code_unique" unique ("local_government_code");`,
    );

    this.addSql(
      `create table "app_user" ("id" uuid not null, "email" varchar(254) not null, "display_name" varchar(100) not null, "password_hash" text not null, "platform_roles" text[] not null default '{}', "status" text check ("status" in ('active', 'deactivated')) not null default 'active', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(
      `create table "membership" ("id" uuid not null, "tenant_id" uuid not null, "user_id" uuid not null, "role" text check ("role" in ('tenant_admin', 'counselor', 'coordinator', 'municipal_viewer', 'partner_user')) not null, "status" text check ("status" in ('active', 'deactivated')) not null default 'active', "created_at" timestamptz not null, constraint "membership_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "membership_user_id_index" on "membership" ("user_id");`);
    this.addSql(
      `alter table "membership" add constraint "membership_tenant_id_user_id_role_unique" unique ("tenant_id", "user_id", "role");`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    // The tenant row itself: a tenant transaction sees and edits only its own tenant.
    for (const sql of tenantIsolation('tenant', 'id')) this.addSql(sql);
    for (const sql of platformPolicy('tenant')) this.addSql(sql);
    this.addSql(`grant select on "tenant" to ${APP};`);
    this.addSql(
      `grant update ("name_ja", "name_en", "prefecture", "timezone", "fiscal_year_start_month", "updated_at") on "tenant" to ${APP};`,
    );
    this.addSql(`grant select, insert, update on "tenant" to ${PLATFORM};`);

    for (const sql of tenantIsolation('membership')) this.addSql(sql);
    for (const sql of platformPolicy('membership')) this.addSql(sql);
    this.addSql(`grant select, insert, update on "membership" to ${APP}, ${PLATFORM};`);

    // Users are global: a tenant transaction sees the members of its tenant, never a password hash.
    this.addSql(`alter table "app_user" enable row level security;`);
    this.addSql(`alter table "app_user" force row level security;`);
    this.addSql(`create policy "tenant_members" on "app_user" for select using (exists (
      select 1 from "membership" m
      where m."user_id" = "app_user"."id"
        and m."tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid));`);
    for (const sql of platformPolicy('app_user')) this.addSql(sql);
    this.addSql(
      `grant select ("id", "email", "display_name", "platform_roles", "status", "created_at", "updated_at") on "app_user" to ${APP};`,
    );
    this.addSql(`grant select, insert, update on "app_user" to ${PLATFORM};`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "membership" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "tenant" cascade;`);
  }
}
