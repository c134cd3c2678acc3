import { Migration } from '@mikro-orm/migrations';
import { PLATFORM_ROLE as PLATFORM, TENANT_ROLE as APP } from '../roles';
import { platformPolicy } from './rls';

/**
 * Webhook events that can never be processed (a shape LINE's specification does not allow, or a
 * failure that is not a passing fault) are set aside with their reason after one try, not retried.
 * Platform admins list them across tenants: the platform role reads who, what type, when and why,
 * never the sealed body or the family's LINE user id.
 */
export class Migration20261204020000WebhookEventsSetAside extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "line_webhook_event" add column "set_aside_at" timestamptz null, add column "set_aside_reason" varchar(200) null;`,
    );
    this.addSql(`create index "line_webhook_event_set_aside_at_index" on "line_webhook_event" ("set_aside_at");`);
    this.addSql(`grant update ("set_aside_at", "set_aside_reason") on "line_webhook_event" to ${APP};`);
    for (const sql of platformPolicy('line_webhook_event')) this.addSql(sql);
    this.addSql(
      `grant select ("id", "tenant_id", "channel_id", "webhook_event_id", "type", "occurred_at", "received_at", "set_aside_at", "set_aside_reason") on "line_webhook_event" to ${PLATFORM};`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `revoke select ("id", "tenant_id", "channel_id", "webhook_event_id", "type", "occurred_at", "received_at", "set_aside_at", "set_aside_reason") on "line_webhook_event" from ${PLATFORM};`,
    );
    this.addSql(`drop policy "platform_access" on "line_webhook_event";`);
    this.addSql(`drop index "line_webhook_event_set_aside_at_index";`);
    this.addSql(`alter table "line_webhook_event" drop column "set_aside_at", drop column "set_aside_reason";`);
  }
}
