import { Migration } from '@mikro-orm/migrations';

/**
 * A conversation's family card reads the family's referrals, and the referrals list filters by the
 * conversation they were made from: each read from an index, newest first, not by scanning the
 * tenant's referrals.
 */
export class Migration20261207020000ReferralFamilyIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "referral_tenant_id_registrant_id_created_at_index" on "referral" ("tenant_id", "registrant_id", "created_at");`,
    );
    this.addSql(
      `create index "referral_tenant_id_conversation_id_created_at_index" on "referral" ("tenant_id", "conversation_id", "created_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "referral_tenant_id_registrant_id_created_at_index";`);
    this.addSql(`drop index "referral_tenant_id_conversation_id_created_at_index";`);
  }
}
