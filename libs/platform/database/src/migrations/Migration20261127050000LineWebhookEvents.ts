import { Migration } from '@mikro-orm/migrations';
import { TENANT_ROLE as APP } from '../roles';
import { tenantIsolation } from './rls';

/** Webhook events as LINE delivered them: stored once per channel and event id. */
export class Migration20261127050000LineWebhookEvents extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "line_webhook_event" ("id" uuid not null, "tenant_id" uuid not null, "channel_id" uuid not null, "webhook_event_id" varchar(64) not null, "type" varchar(32) not null, "line_user_id" varchar(64) null, "occurred_at" timestamptz not null, "redelivery" boolean not null, "payload" text not null, "received_at" timestamptz not null, "processed_at" timestamptz null, constraint "line_webhook_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "line_webhook_event_tenant_id_index" on "line_webhook_event" ("tenant_id");`);
    this.addSql(
      `alter table "line_webhook_event" add constraint "line_webhook_event_channel_id_webhook_event_id_unique" unique ("channel_id", "webhook_event_id");`,
    );
    this.addSql(
      `alter table "line_webhook_event" add constraint "line_webhook_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "line_webhook_event" add constraint "line_webhook_event_channel_id_foreign" foreign key ("channel_id") references "line_channel" ("id") on update cascade on delete restrict;`,
    );
    for (const sql of tenantIsolation('line_webhook_event')) this.addSql(sql);
    // Stored by the ingress, marked processed by the job; never deleted by the application.
    this.addSql(`grant select, insert on "line_webhook_event" to ${APP};`);
    this.addSql(`grant update ("processed_at") on "line_webhook_event" to ${APP};`);
  }
}
