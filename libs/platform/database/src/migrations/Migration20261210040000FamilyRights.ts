import { Migration } from '@mikro-orm/migrations';
import { JOBS_ROLE, JOBS_SCHEMA, TENANT_ROLE as APP } from '../roles';
import { CURRENT_TENANT, tenantIsolation } from './rls';

/**
 * Retention of closed cases and a family's rights (disclosure and erasure).
 *
 * - `case_record_settings`: how many years a closed case is kept (default 5), per tenant.
 * - The runtime role still may not delete a case, an assessment (nor the kintone record it was
 *   imported from) or a history row on its own. Two security-definer functions delete, each
 *   within the transaction's tenant only:
 *   `purge_expired_case_records(closed_before)` deletes every case closed before that instant with
 *   its assessments and history (the daily `case.retention` job), and `erase_family(registrant)`
 *   erases one family as docs/operations.md lists (what is kept, what goes). Both answer counts.
 * - A case's closing instant is its last status change to `closed` in the history (its last
 *   update when the history has none, e.g. an imported case).
 */
export class Migration20261210040000FamilyRights extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "case_record_settings" ("tenant_id" uuid not null, "retention_years" smallint not null default 5, "updated_at" timestamptz not null, constraint "case_record_settings_pkey" primary key ("tenant_id"), constraint case_record_settings_retention_years_check check (retention_years >= 1 and retention_years <= 30));`,
    );
    this.addSql(
      `alter table "case_record_settings" add constraint "case_record_settings_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    for (const sql of tenantIsolation('case_record_settings')) this.addSql(sql);
    this.addSql(`grant select, insert, update on "case_record_settings" to ${APP};`);
    // Deletes cases (their history, then assessments, then the cases) of the transaction's tenant.
    this.addSql(`
create function public.case_records_delete(p_ids uuid[]) returns jsonb
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  t uuid := ${CURRENT_TENANT};
  changes integer;
  assessments integer;
  cases integer;
begin
  if t is null then raise exception 'no tenant in this transaction'; end if;
  delete from case_record_change where tenant_id = t and case_record_id = any(p_ids);
  get diagnostics changes = row_count;
  -- Which kintone record an assessment came from goes with it (a re-import then creates it anew).
  delete from case_assessment_source where tenant_id = t
    and assessment_id in (select id from case_assessment where tenant_id = t and case_record_id = any(p_ids));
  delete from case_assessment where tenant_id = t and case_record_id = any(p_ids);
  get diagnostics assessments = row_count;
  delete from case_record where tenant_id = t and id = any(p_ids);
  get diagnostics cases = row_count;
  return jsonb_build_object('cases', cases, 'assessments', assessments, 'changes', changes);
end $$;`);
    this.addSql(`revoke all on function public.case_records_delete(uuid[]) from public;`);
    this.addSql(`
create function public.purge_expired_case_records(p_closed_before timestamptz) returns jsonb
language plpgsql security definer set search_path = pg_catalog, public, pg_temp as $$
declare
  t uuid := ${CURRENT_TENANT};
  ids uuid[];
begin
  if t is null then raise exception 'no tenant in this transaction'; end if;
  select coalesce(array_agg(c.id), '{}') into ids from (
    select c.id from case_record c
    where c.tenant_id = t and c.status = 'closed'
      and coalesce((select max(h.changed_at) from case_record_change h
                    where h.case_record_id = c.id and h.field = 'status' and h.after = '"closed"'::jsonb),
                   c.updated_at) < p_closed_before
    for update of c
  ) c;
  return public.case_records_delete(ids);
end $$;`);
    this.addSql(`revoke all on function public.purge_expired_case_records(timestamptz) from public;`);
    this.addSql(`grant execute on function public.purge_expired_case_records(timestamptz) to ${APP};`);
    this.addSql(`
create function public.erase_family(p_registrant uuid) returns jsonb
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
begin
  if t is null then raise exception 'no tenant in this transaction'; end if;
  select * into fam from registrant where tenant_id = t and id = p_registrant for update;
  if not found then return null; end if;
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
    'keptReferrals', kept_referrals, 'keptConsents', kept_consents);
end $$;`);
    this.addSql(`revoke all on function public.erase_family(uuid) from public;`);
    this.addSql(`grant execute on function public.erase_family(uuid) to ${APP};`);
    // Reports gain a case-records section: tenants whose settings predate it get it, as new tenants do.
    this.addSql(
      `update "report_settings" set "groups" = array_append("groups", 'CASE_RECORDS') where not 'CASE_RECORDS' = any("groups");`,
    );
    this.addSql(`select ${JOBS_SCHEMA}.create_queue('case.retention', '{"policy":"stately"}'::json);`);
    this.addSql(`grant select, insert, update, delete on all tables in schema ${JOBS_SCHEMA} to ${JOBS_ROLE};`);
  }
}
