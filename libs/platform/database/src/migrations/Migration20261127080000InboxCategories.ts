import { Migration } from '@mikro-orm/migrations';
import { TENANT_ROLE as APP } from '../roles';
import { tenantIsolation } from './rls';

/**
 * The inbox's tenant-defined lists: conversation categories, canned responses, and the
 * record of which default sets a tenant has received. All under the tenant policy.
 */
export class Migration20261127080000InboxCategories extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "conversation_category" ("id" uuid not null, "tenant_id" uuid not null, "name" varchar(50) not null, "name_key" text not null, "sort_order" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "conversation_category_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "conversation_category" add constraint "conversation_category_tenant_id_name_key_unique" unique ("tenant_id", "name_key");`,
    );
    this.addSql(
      `create table "canned_response" ("id" uuid not null, "tenant_id" uuid not null, "title" varchar(100) not null, "body" text not null, "created_by_user_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "canned_response_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "canned_response_tenant_id_index" on "canned_response" ("tenant_id");`);
    this.addSql(
      `create table "tenant_defaults_applied" ("id" uuid not null, "tenant_id" uuid not null, "kind" varchar(50) not null, "applied_at" timestamptz not null, constraint "tenant_defaults_applied_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "tenant_defaults_applied" add constraint "tenant_defaults_applied_tenant_id_kind_unique" unique ("tenant_id", "kind");`,
    );
    for (const table of ['conversation_category', 'canned_response', 'tenant_defaults_applied']) {
      this.addSql(
        `alter table "${table}" add constraint "${table}_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
      );
      for (const sql of tenantIsolation(table)) this.addSql(sql);
    }
    // Categories and canned responses are configuration: admins and counsellors delete them.
    this.addSql(`grant select, insert, update, delete on "conversation_category" to ${APP};`);
    this.addSql(`grant select, insert, update, delete on "canned_response" to ${APP};`);
    this.addSql(`grant select, insert on "tenant_defaults_applied" to ${APP};`);
  }
}
