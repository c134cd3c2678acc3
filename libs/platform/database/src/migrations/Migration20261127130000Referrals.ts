import { Migration } from '@mikro-orm/migrations';
import { JOBS_ROLE, JOBS_SCHEMA, PARTNER_SETTING, PLATFORM_ROLE, TENANT_ROLE as APP } from '../roles';
import { platformPolicy, tenantIsolation } from './rls';

/** The partner organisation of the transaction (a partner user's), NULL for everyone else. */
const CURRENT_PARTNER = `nullif(current_setting('${PARTNER_SETTING}', true), '')::uuid`;

/**
 * Consent, closed-loop referrals and partner users.
 *
 * - A `partner_user` membership (and its invitation) is bound to one partner organisation.
 * - A partner user's transactions carry `app.partner_organization_id`: restrictive policies then show
 *   them only their organisation's referrals, shares and timelines, and no consent rows, whatever
 *   the application asks. Everyone else's transactions leave it empty.
 * - In-app notifications are about a conversation or a referral.
 */
export class Migration20261127130000Referrals extends Migration {
  override async up(): Promise<void> {
    // Tables, keys and checks as the entities declare them (npm run db:diff).
    this.addSql(
      `create table "referral_settings" ("tenant_id" uuid not null, "response_business_days" int not null default 3, "updated_at" timestamptz not null, constraint "referral_settings_pkey" primary key ("tenant_id"), constraint referral_settings_response_business_days_check check (response_business_days >= 1 and response_business_days <= 30));`,
    );
    this.addSql(
      `create table "referral_consent" ("id" uuid not null, "tenant_id" uuid not null, "registrant_id" uuid not null, "partner_organization_id" uuid not null, "purpose" varchar(500) not null, "method" text check ("method" in ('in_chat', 'by_phone', 'in_person')) not null, "obtained_on" date not null, "obtained_by_id" uuid not null, "note" varchar(2000) null, "withdrawn_at" timestamptz null, "withdrawn_by_id" uuid null, "withdrawal_note" varchar(2000) null, "created_at" timestamptz not null, constraint "referral_consent_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "referral_consent_tenant_id_registrant_id_index" on "referral_consent" ("tenant_id", "registrant_id");`,
    );
    this.addSql(
      `create table "referral" ("id" uuid not null, "tenant_id" uuid not null, "registrant_id" uuid not null, "conversation_id" uuid null, "partner_organization_id" uuid not null, "partner_service_id" uuid null, "consent_id" uuid null, "status" text check ("status" in ('draft', 'sent', 'accepted', 'declined', 'recalled', 'in_progress', 'completed', 'closed')) not null default 'draft', "summary" varchar(4000) not null, "share_display_name" boolean not null default false, "shared_message_ids" uuid[] not null default '{}', "created_by_id" uuid not null, "sent_at" timestamptz null, "respond_by" date null, "overdue_at" timestamptz null, "responded_at" timestamptz null, "finished_at" timestamptz null, "outcome" text check ("outcome" in ('got_help', 'partially_helped', 'not_helped')) null, "close_reason" text check ("close_reason" in ('could_not_contact', 'not_eligible', 'no_capacity', 'family_withdrew', 'consent_withdrawn')) null, "decline_reason" varchar(2000) null, "recall_reason" varchar(2000) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "referral_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "referral_consent_id_index" on "referral" ("consent_id");`);
    this.addSql(
      `create index "referral_tenant_id_partner_organization_id_created_at_index" on "referral" ("tenant_id", "partner_organization_id", "created_at");`,
    );
    this.addSql(
      `create index "referral_tenant_id_status_created_at_index" on "referral" ("tenant_id", "status", "created_at");`,
    );
    this.addSql(
      `create table "referral_share" ("referral_id" uuid not null, "tenant_id" uuid not null, "partner_organization_id" uuid not null, "summary" varchar(4000) null, "display_name" varchar(200) null, "messages" jsonb not null, "shared_at" timestamptz not null, "withdrawn_at" timestamptz null, constraint "referral_share_pkey" primary key ("referral_id"));`,
    );
    this.addSql(
      `create table "referral_event" ("id" uuid not null, "tenant_id" uuid not null, "referral_id" uuid not null, "partner_organization_id" uuid not null, "from_status" text check ("from_status" in ('draft', 'sent', 'accepted', 'declined', 'recalled', 'in_progress', 'completed', 'closed')) null, "to_status" text check ("to_status" in ('draft', 'sent', 'accepted', 'declined', 'recalled', 'in_progress', 'completed', 'closed')) not null, "actor_id" uuid null, "actor_side" text check ("actor_side" in ('referrer', 'partner', 'system')) not null, "reason" varchar(100) null, "note" varchar(2000) null, "occurred_at" timestamptz not null, constraint "referral_event_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "referral_event_referral_id_occurred_at_index" on "referral_event" ("referral_id", "occurred_at");`,
    );
    this.addSql(
      `alter table "referral_settings" add constraint "referral_settings_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral_consent" add constraint "referral_consent_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral_consent" add constraint "referral_consent_registrant_id_foreign" foreign key ("registrant_id") references "registrant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral_consent" add constraint "referral_consent_partner_organization_id_foreign" foreign key ("partner_organization_id") references "partner_organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral" add constraint "referral_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral" add constraint "referral_registrant_id_foreign" foreign key ("registrant_id") references "registrant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral" add constraint "referral_conversation_id_foreign" foreign key ("conversation_id") references "conversation" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral" add constraint "referral_partner_organization_id_foreign" foreign key ("partner_organization_id") references "partner_organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral" add constraint "referral_partner_service_id_foreign" foreign key ("partner_service_id") references "partner_service" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral" add constraint "referral_consent_id_foreign" foreign key ("consent_id") references "referral_consent" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral_share" add constraint "referral_share_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral_share" add constraint "referral_share_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral_event" add constraint "referral_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral_event" add constraint "referral_event_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(`alter table "notification" add column "referral_id" uuid null;`);
    this.addSql(`alter table "notification" alter column "conversation_id" drop not null;`);
    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check("kind" in ('urgent', 'escalated', 'referral_received', 'referral_updated', 'referral_overdue'));`,
    );
    this.addSql(
      `alter table "notification" add constraint notification_about_one_thing check((conversation_id is null) <> (referral_id is null));`,
    );
    this.addSql(`alter table "membership" add column "partner_organization_id" uuid null;`);
    this.addSql(
      `alter table "membership" add constraint membership_partner_only_for_partner_users check(role = 'partner_user' or partner_organization_id is null);`,
    );
    this.addSql(`alter table "invitation" add column "partner_organization_id" uuid null;`);
    // Inviting a partner user checks, on the platform path, that the organisation is the tenant's.
    this.addSql(`grant select ("id", "tenant_id") on "partner_organization" to ${PLATFORM_ROLE};`);
    for (const sql of platformPolicy('partner_organization')) this.addSql(sql);

    for (const table of ['referral_settings', 'referral_consent', 'referral', 'referral_share', 'referral_event']) {
      for (const sql of tenantIsolation(table)) this.addSql(sql);
    }
    // The second wall for partner users: referrals sent to their organisation only (never a draft),
    // the shares and timeline steps of those, and no consents.
    const partnerSees = (condition: string) =>
      `${CURRENT_PARTNER} is null or ("partner_organization_id" = ${CURRENT_PARTNER} and ${condition})`;
    const referralSent = partnerSees(`"sent_at" is not null`);
    this.addSql(
      `create policy "partner_scope" on "referral" as restrictive using (${referralSent}) with check (${referralSent});`,
    );
    const ofSentReferral = partnerSees(
      `exists (select 1 from "referral" r where r."id" = "referral_id" and r."sent_at" is not null)`,
    );
    for (const table of ['referral_share', 'referral_event']) {
      this.addSql(
        `create policy "partner_scope" on "${table}" as restrictive using (${ofSentReferral}) with check (${ofSentReferral});`,
      );
    }
    this.addSql(
      `create policy "partner_scope" on "referral_consent" as restrictive using (${CURRENT_PARTNER} is null) with check (${CURRENT_PARTNER} is null);`,
    );
    // Referrals and their timelines are records: never deleted.
    this.addSql(
      `grant select, insert, update on "referral_settings", "referral_consent", "referral", "referral_share" to ${APP};`,
    );
    this.addSql(`grant select, insert on "referral_event" to ${APP};`);

    // The response deadline of a sent referral, and the mails of referrals (retried until taken).
    this.addSql(
      `select ${JOBS_SCHEMA}.create_queue('referral.deadline', '{"policy":"standard","retryLimit":10,"retryDelay":30,"retryBackoff":true}'::json);`,
    );
    this.addSql(
      `select ${JOBS_SCHEMA}.create_queue('referral.mail', '{"policy":"standard","retryLimit":10,"retryDelay":30,"retryBackoff":true}'::json);`,
    );
    this.addSql(`grant select, insert, update, delete on all tables in schema ${JOBS_SCHEMA} to ${JOBS_ROLE};`);
  }
}
