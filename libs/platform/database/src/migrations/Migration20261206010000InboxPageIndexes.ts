import { Migration } from '@mikro-orm/migrations';

/**
 * The inbox reads conversations by `last_message_at desc, id desc` and each one's last message by
 * `sent_at desc, id desc`. With the id in the index, both are read in order from it: no sort of the
 * page, a keyset cursor bounds the scan on both columns, and the last message is the first entry
 * (before, every message of the conversation's latest instant was fetched and sorted, per row).
 * The new indexes serve every query the old ones did.
 */
export class Migration20261206010000InboxPageIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "conversation_tenant_id_last_message_at_id_index" on "conversation" ("tenant_id", "last_message_at", "id");`,
    );
    this.addSql(`drop index "conversation_tenant_id_last_message_at_index";`);
    this.addSql(
      `create index "message_conversation_id_sent_at_id_index" on "message" ("conversation_id", "sent_at", "id");`,
    );
    this.addSql(`drop index "message_conversation_id_sent_at_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `create index "conversation_tenant_id_last_message_at_index" on "conversation" ("tenant_id", "last_message_at");`,
    );
    this.addSql(`drop index "conversation_tenant_id_last_message_at_id_index";`);
    this.addSql(`create index "message_conversation_id_sent_at_index" on "message" ("conversation_id", "sent_at");`);
    this.addSql(`drop index "message_conversation_id_sent_at_id_index";`);
  }
}
