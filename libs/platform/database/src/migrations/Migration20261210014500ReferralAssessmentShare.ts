import { Migration } from '@mikro-orm/migrations';

/**
 * A referral may share chosen fields of the family's latest assessment: the draft keeps their keys,
 * the partner's snapshot their labels and values as they were when it was sent (emptied, like the
 * rest of the snapshot, when consent is withdrawn). Existing snapshots shared none.
 */
export class Migration20261210014500ReferralAssessmentShare extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "referral" add column "shared_assessment_fields" text[] not null default '{}';`);
    this.addSql(`alter table "referral_share" add column "assessment_fields" jsonb not null default '[]';`);
    this.addSql(`alter table "referral_share" alter column "assessment_fields" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "referral_share" drop column "assessment_fields";`);
    this.addSql(`alter table "referral" drop column "shared_assessment_fields";`);
  }
}
