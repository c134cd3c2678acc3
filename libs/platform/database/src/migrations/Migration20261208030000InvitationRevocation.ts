import { Migration } from '@mikro-orm/migrations';

/**
 * An admin may revoke an invitation that was not accepted yet: its link stops working at once. A
 * resent invitation keeps its row and gets a new token hash, so the old link stops working too.
 */
export class Migration20261208030000InvitationRevocation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "invitation" add column "revoked_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "invitation" drop column "revoked_at";`);
  }
}
