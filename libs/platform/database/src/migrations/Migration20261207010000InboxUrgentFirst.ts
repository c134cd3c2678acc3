import { Migration } from '@mikro-orm/migrations';

/**
 * The inbox shows urgent conversations first, then the newest: `(priority = 'urgent') desc,
 * last_message_at desc, id desc`. The index carries that order (an expression column, scanned
 * backwards), so a page and its keyset cursor are still read in order from it, with no sort; it
 * replaces the index of the newest-first order, which no other query reads. The conversation also
 * keeps the keyword rule that began its urgent episode, as the tenant wrote it.
 */
export class Migration20261207010000InboxUrgentFirst extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "conversation_inbox_order_index" on "conversation" ("tenant_id", ("priority" = 'urgent'), "last_message_at", "id");`,
    );
    this.addSql(`drop index "conversation_tenant_id_last_message_at_id_index";`);
    this.addSql(`alter table "conversation" add column "urgent_keyword" varchar(50) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "conversation" drop column "urgent_keyword";`);
    this.addSql(
      `create index "conversation_tenant_id_last_message_at_id_index" on "conversation" ("tenant_id", "last_message_at", "id");`,
    );
    this.addSql(`drop index "conversation_inbox_order_index";`);
  }
}
