import { Migration } from '@mikro-orm/migrations';
import { PLATFORM_ROLE as PLATFORM, TENANT_ROLE as APP } from '../roles';
import { platformPolicy, tenantIsolation } from './rls';

/** LINE channels: secrets sealed by the application, the table under the tenant policy. */
export class Migration20261127020000LineChannels extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "line_channel" ("id" uuid not null, "tenant_id" uuid not null, "name" varchar(100) not null, "line_channel_id" varchar(32) not null, "channel_secret" text not null, "channel_access_token" text not null, "channel_secret_last4" varchar(4) not null, "channel_access_token_last4" varchar(4) not null, "welcome_message" text null, "business_hours" jsonb null, "out_of_hours_reply" text null, "status" text check ("status" in ('active', 'disabled')) not null default 'active', "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "line_channel_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "line_channel_tenant_id_index" on "line_channel" ("tenant_id");`);
    this.addSql(
      `alter table "line_channel" add constraint "line_channel_line_channel_id_unique" unique ("line_channel_id");`,
    );
    this.addSql(
      `alter table "line_channel" add constraint "line_channel_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    for (const sql of tenantIsolation('line_channel')) this.addSql(sql);
    this.addSql(`grant select, insert, update on "line_channel" to ${APP};`);
    // The webhook ingress finds a channel, and so its tenant, by LINE's channel id: only what it needs.
    for (const sql of platformPolicy('line_channel')) this.addSql(sql);
    this.addSql(
      `grant select ("id", "tenant_id", "line_channel_id", "channel_secret", "status") on "line_channel" to ${PLATFORM};`,
    );
  }
}
