import { Migration } from '@mikro-orm/migrations';
import { CURRENT_TENANT } from './rls';

/** What an erased family's food-delivery households and counsellor tasks are called afterwards. */
const ERASED = '（消去済み）';

/**
 * Erasing a family on request reaches its food-delivery households too (Migration20261210040000FamilyRights
 * left them, without the family): `erase_family` now, besides all it did,
 *
 * - anonymises each household of the family: the name becomes （消去済み）, the sealed address goes
 *   (the column becomes nullable), the area, the children's birth months, the allergies, the preferred
 *   times and every note are cleared, and the household is WITHDRAWN (the status trigger writes the
 *   history row). Its rows in rounds that went out stay, for the reports' counts, without their
 *   area and the deliverer's note; its places in PLANNED rounds are freed;
 * - clears the family label and the notes of the counsellor tasks about the family or its deliveries;
 * - deletes the family's one-time application links (a family kept for its referrals kept them);
 * - answers two more counts: `foodHouseholds` and `counsellorTasks`.
 */
export class Migration20261213030000FoodHouseholdErasure extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "food_household" alter column "address_sealed" drop not null;`);
    this.addSql(`
create or replace function public.erase_family(p_registrant uuid) returns jsonb
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  t uuid := ${CURRENT_TENANT};
  fam registrant%rowtype;
  conversations uuid[];
  drafts uuid[];
  case_counts jsonb;
  messages integer;
  attributes integer;
  recipients integer;
  webhook_events integer;
  draft_referrals integer;
  kept_referrals integer;
  kept_consents integer;
  households uuid[];
  food_households integer;
  counsellor_tasks integer;
begin
  if t is null then raise exception 'no tenant in this transaction'; end if;
  select * into fam from registrant where tenant_id = t and id = p_registrant for update;
  if not found then return null; end if;
  -- The family's food-delivery households stay for the rounds' counts, without anything that tells
  -- who they were (before the family's row may go, which would unlink them).
  households := array(select id from food_household where tenant_id = t and registrant_id = p_registrant
    order by id for update);
  update counsellor_task set family_label = '${ERASED}', detail = null, done_note = null
    where tenant_id = t and (registrant_id = p_registrant or (source_type = 'food_round_household' and source_id in (
      select id from food_round_household where tenant_id = t and household_id = any(households))));
  get diagnostics counsellor_tasks = row_count;
  -- A place in a round not yet under way is freed; the rounds that went out keep their rows (outcome,
  -- observation), without the area and the deliverer's note.
  delete from food_round_household where tenant_id = t and household_id = any(households)
    and round_id in (select id from food_round where tenant_id = t and status = 'planned');
  update food_round_household set area = null, observation_note = null
    where tenant_id = t and household_id = any(households);
  -- WITHDRAWN with the status's instant: the status trigger writes its history row as for any change.
  update food_household set name = '${ERASED}', address_sealed = null, area = '', children_birth_months = '{}',
    eligibility_note = null, allergies = null, preferred_times = null, status_reason = null,
    status_changed_at = case when status = 'withdrawn' then status_changed_at else now() end,
    status_changed_by_id = case when status = 'withdrawn' then status_changed_by_id else null end,
    status = 'withdrawn', updated_at = now()
    where tenant_id = t and id = any(households);
  get diagnostics food_households = row_count;
  delete from food_application_token where tenant_id = t and registrant_id = p_registrant;
  case_counts := public.case_records_delete(
    array(select id from case_record where tenant_id = t and registrant_id = p_registrant));
  conversations := array(select id from conversation where tenant_id = t and registrant_id = p_registrant);
  drafts := array(select id from referral where tenant_id = t and registrant_id = p_registrant and status = 'draft');
  delete from notification where tenant_id = t and (conversation_id = any(conversations) or referral_id = any(drafts));
  delete from urgent_episode where tenant_id = t and conversation_id = any(conversations);
  delete from message_media where tenant_id = t
    and message_id in (select id from message where tenant_id = t and conversation_id = any(conversations));
  delete from message where tenant_id = t and conversation_id = any(conversations);
  get diagnostics messages = row_count;
  delete from referral_event where tenant_id = t and referral_id = any(drafts);
  delete from referral_share where tenant_id = t and referral_id = any(drafts);
  delete from referral where tenant_id = t and id = any(drafts);
  get diagnostics draft_referrals = row_count;
  -- Referrals sent to a partner stay, as the record of what was provided to whom: without the
  -- conversation, whose messages are gone (what was shared stays in the share, as the partner got it).
  update referral set conversation_id = null, shared_message_ids = '{}' where tenant_id = t and registrant_id = p_registrant;
  get diagnostics kept_referrals = row_count;
  delete from conversation where tenant_id = t and id = any(conversations);
  delete from registrant_attribute_value where tenant_id = t and registrant_id = p_registrant;
  get diagnostics attributes = row_count;
  delete from broadcast_recipient where tenant_id = t and registrant_id = p_registrant;
  get diagnostics recipients = row_count;
  delete from line_webhook_event where tenant_id = t and channel_id = fam.channel_id and line_user_id = fam.line_user_id;
  get diagnostics webhook_events = row_count;
  select count(*) into kept_consents from referral_consent where tenant_id = t and registrant_id = p_registrant;
  if kept_referrals = 0 and kept_consents = 0 then
    delete from registrant where tenant_id = t and id = p_registrant;
  else
    -- Kept for the referrals and consents that name it: no name, no labels, no LINE account (a
    -- family that writes again starts afresh).
    update registrant set display_name = null, labels = '{}', status = 'blocked',
      line_user_id = 'erased:' || id::text where tenant_id = t and id = p_registrant;
  end if;
  return case_counts || jsonb_build_object('messages', messages, 'attributes', attributes,
    'broadcastRecipients', recipients, 'webhookEvents', webhook_events, 'draftReferrals', draft_referrals,
    'keptReferrals', kept_referrals, 'keptConsents', kept_consents, 'foodHouseholds', food_households,
    'counsellorTasks', counsellor_tasks);
end $$;`);
  }
}
