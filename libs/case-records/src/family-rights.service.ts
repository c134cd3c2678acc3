import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@tsunagu/platform/audit';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { DownloadsService, type DownloadLink } from '@tsunagu/platform/downloads';
import { BadUserInputError, NotFoundError } from '@tsunagu/platform/errors';
import { Keyring } from '@tsunagu/platform/crypto';
import { mediaContext } from '@tsunagu/conversations';
import type { SharedAssessmentField } from './assessment-share';
import { labelChanges } from './case-history';
import type { AssessmentValues, TemplateDefinition } from './template';
import { changeLine, MEDIA_NOTES, mediaPath, renderFamilyRecordArchive, type FamilyRecord } from './family-export';

export const ZIP_CONTENT_TYPE = 'application/zip';

/** What an erasure deletes (`erased`) and what it keeps because the city must (`kept`), with counts. */
export interface ErasurePlan {
  registrantId: string;
  displayName: string | null;
  erased: { item: ErasureItem; count: number }[];
  kept: { item: KeptItem; count: number }[];
}

export enum ErasureItem {
  MESSAGES = 'messages',
  CASE_RECORD = 'case_record',
  ASSESSMENTS = 'assessments',
  CASE_HISTORY = 'case_history',
  ATTRIBUTES = 'attributes',
  DRAFT_REFERRALS = 'draft_referrals',
  /** Food-delivery households, anonymised: what they delivered stays as counts. */
  FOOD_HOUSEHOLDS = 'food_households',
  PROFILE = 'profile',
}

/** Kept on erasure, and why: docs/operations.md lists the grounds. */
export enum KeptItem {
  /** Referrals sent to a partner, their timeline and what was shared: the record of provision to a third party. */
  SENT_REFERRALS = 'sent_referrals',
  /** The consents those provisions relied on, and their withdrawals. */
  CONSENTS = 'consents',
  /** The audit trail (hash-chained; ids and actions, no content): the record of who read and changed what. */
  AUDIT_TRAIL = 'audit_trail',
}

/** What an erasure deleted, as `erase_family` counts it. */
export interface ErasureCounts {
  cases: number;
  assessments: number;
  changes: number;
  messages: number;
  attributes: number;
  broadcastRecipients: number;
  webhookEvents: number;
  draftReferrals: number;
  keptReferrals: number;
  keptConsents: number;
  /** Food-delivery households anonymised (name, address, needs and notes gone; WITHDRAWN). */
  foodHouseholds: number;
  /** Counsellor tasks about the family whose family label and notes were cleared. */
  counsellorTasks: number;
}

/**
 * A family's rights over what tsunagu holds: the whole record as a file for a disclosure request
 * (開示請求), and erasure on request, all or nothing, keeping only what the city must keep. Both run
 * in the request's tenant transaction and are recorded in the tenant's audit chain.
 */
@Injectable()
export class FamilyRightsService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly audit: AuditTrail,
    private readonly downloads: DownloadsService,
    private readonly keyring: Keyring,
  ) {}

  /**
   * The family's whole record as a ZIP archive (the workbook and its media files); one audit event
   * names the counts, the media opened for it included (no content).
   */
  async export(registrantId: string): Promise<DownloadLink> {
    const { record, media } = await this.collect(registrantId);
    const content = await renderFamilyRecordArchive(record, media);
    await this.audit.record(
      'family.exported',
      { type: 'registrant', id: registrantId },
      {
        messages: record.messages.length,
        media: media.length,
        assessments: record.assessments.length,
        referrals: record.referrals.length,
        shares: record.shares.length,
        consents: record.consents.length,
        foodHouseholds: record.foodHouseholds.length,
      },
    );
    const day = record.generatedAt.toISOString().slice(0, 10);
    return this.downloads.create({
      filename: `family-record-${day}.zip`,
      contentType: ZIP_CONTENT_TYPE,
      content,
    });
  }

  async erasurePlan(registrantId: string): Promise<ErasurePlan> {
    const em = this.tenantDb.em;
    const family = await this.family(registrantId);
    const [n] = await em.execute<Record<string, string>[]>(
      `select
        (select count(*) from message m join conversation k on k.id = m.conversation_id where k.registrant_id = ?) as messages,
        (select count(*) from case_record where registrant_id = ?) as cases,
        (select count(*) from case_assessment a join case_record c on c.id = a.case_record_id where c.registrant_id = ?) as assessments,
        (select count(*) from case_record_change h join case_record c on c.id = h.case_record_id where c.registrant_id = ?) as changes,
        (select count(*) from registrant_attribute_value where registrant_id = ?) as attributes,
        (select count(*) from referral where registrant_id = ? and status = 'draft') as drafts,
        (select count(*) from referral where registrant_id = ? and status <> 'draft') as sent,
        (select count(*) from referral_consent where registrant_id = ?) as consents,
        (select count(*) from food_household where registrant_id = ?) as food_households,
        (select count(*) from audit_event where tenant_id = ? and target_id in (
           select ?::text
           union all select id::text from conversation where registrant_id = ?
           union all select id::text from case_record where registrant_id = ?
           union all select a.id::text from case_assessment a join case_record c on c.id = a.case_record_id where c.registrant_id = ?
           union all select id::text from referral where registrant_id = ?
           union all select id::text from referral_consent where registrant_id = ?)) as audit`,
      [...Array(9).fill(registrantId), this.tenantDb.tenantId, ...Array(6).fill(registrantId)],
    );
    const count = (key: string) => Number(n[key] ?? 0);
    return {
      registrantId,
      displayName: family.display_name,
      erased: [
        { item: ErasureItem.MESSAGES, count: count('messages') },
        { item: ErasureItem.CASE_RECORD, count: count('cases') },
        { item: ErasureItem.ASSESSMENTS, count: count('assessments') },
        { item: ErasureItem.CASE_HISTORY, count: count('changes') },
        { item: ErasureItem.ATTRIBUTES, count: count('attributes') },
        { item: ErasureItem.DRAFT_REFERRALS, count: count('drafts') },
        { item: ErasureItem.FOOD_HOUSEHOLDS, count: count('food_households') },
        { item: ErasureItem.PROFILE, count: 1 },
      ],
      kept: [
        { item: KeptItem.SENT_REFERRALS, count: count('sent') },
        { item: KeptItem.CONSENTS, count: count('consents') },
        { item: KeptItem.AUDIT_TRAIL, count: count('audit') },
      ],
    };
  }

  /**
   * Erases a family: `confirmation` must be its display name as the console shows it (or, for a
   * family without one, its id), so no family is erased by a slip. One statement does it all, in
   * the request's transaction: any failure erases nothing.
   */
  async erase(registrantId: string, confirmation: string): Promise<ErasureCounts> {
    const family = await this.family(registrantId);
    const expected = (family.display_name ?? registrantId).normalize('NFKC').trim();
    if (confirmation.normalize('NFKC').trim() !== expected) {
      throw new BadUserInputError([
        { field: 'confirmation', messages: ["type the family's display name exactly to confirm"] },
      ]);
    }
    const [row] = await this.tenantDb.em.execute<{ counts: ErasureCounts | null }[]>(
      'select public.erase_family(?) as counts',
      [registrantId],
    );
    if (!row.counts) throw notFound();
    await this.audit.record('family.erased', { type: 'registrant', id: registrantId }, { ...row.counts });
    return row.counts;
  }

  private async family(
    registrantId: string,
  ): Promise<{ id: string; display_name: string | null; line_user_id: string }> {
    const [family] = await this.tenantDb.em.execute<
      { id: string; display_name: string | null; line_user_id: string }[]
    >('select id, display_name, line_user_id from registrant where tenant_id = ? and id = ?', [
      this.tenantDb.tenantId,
      registrantId,
    ]);
    // An erased family that was kept for its referrals has nothing left to export or erase.
    if (!family || family.line_user_id.startsWith('erased:')) throw notFound();
    return family;
  }

  private async collect(
    registrantId: string,
  ): Promise<{ record: FamilyRecord; media: { path: string; content: Buffer }[] }> {
    const em = this.tenantDb.em;
    await this.family(registrantId);
    const tenant = await em.findOneOrFail(Tenant, { id: this.tenantDb.tenantId }, { fields: ['nameJa', 'timezone'] });
    const [family] = await em.execute<
      {
        display_name: string | null;
        channel_name: string;
        status: string;
        labels: string[];
        first_contact_at: string;
        last_contact_at: string;
      }[]
    >(
      `select r.display_name, ch.name as channel_name, r.status, r.labels, r.first_contact_at, r.last_contact_at
       from registrant r join line_channel ch on ch.id = r.channel_id where r.id = ?`,
      [registrantId],
    );
    const attributes = await em.execute<{ label: string; value: string }[]>(
      `select a.label, string_agg(v.value, '、' order by v.value) as value
       from registrant_attribute_value v join registrant_attribute a on a.id = v.attribute_id
       where v.registrant_id = ? group by a.label, a.sort_order order by a.sort_order, a.label`,
      [registrantId],
    );
    const messages = await em.execute<
      {
        sent_at: string;
        direction: 'in' | 'out';
        type: string;
        text: string | null;
        sender_name: string | null;
        automatic: string | null;
        media_id: string | null;
        media_status: string | null;
        media_content_type: string | null;
        media_file_name: string | null;
      }[]
    >(
      `select m.sent_at, m.direction, m.type, m.text, u.display_name as sender_name, m.automatic,
              mm.id as media_id, mm.status as media_status, mm.content_type as media_content_type,
              mm.file_name as media_file_name
       from message m join conversation k on k.id = m.conversation_id left join app_user u on u.id = m.sent_by_user_id
       left join message_media mm on mm.message_id = m.id
       where k.registrant_id = ? order by m.sent_at, m.id`,
      [registrantId],
    );
    // The content of every media kept, opened from its seal straight into the archive.
    const ready = messages.filter((m) => m.media_id && m.media_status === 'ready').map((m) => m.media_id as string);
    const sealed = ready.length
      ? await em.execute<{ id: string; content: Buffer }[]>(
          'select id, content from message_media where id = any(?::uuid[]) and content is not null',
          [`{${ready.join(',')}}`],
        )
      : [];
    const media: { path: string; content: Buffer }[] = [];
    const attachments = new Map<string, { path: string | null; note: string | null }>();
    for (const m of messages) {
      if (!m.media_id) continue;
      const row = sealed.find((r) => r.id === m.media_id);
      if (!row) {
        attachments.set(m.media_id, {
          path: null,
          note: MEDIA_NOTES[m.media_status ?? 'failed'] ?? MEDIA_NOTES.failed,
        });
        continue;
      }
      const path = mediaPath(media.length + 1, m.media_content_type, m.media_file_name);
      media.push({ path, content: this.keyring.openBytes(Buffer.from(row.content), mediaContext(row.id)) });
      attachments.set(m.media_id, { path, note: null });
    }
    const [caseRow] = await em.execute<
      {
        id: string;
        status: string;
        risk: number | null;
        responsible_name: string | null;
        next_review_on: string | null;
        created_at: string;
      }[]
    >(
      `select c.id, c.status, c.risk, u.display_name as responsible_name,
              to_char(c.next_review_on, 'YYYY-MM-DD') as next_review_on, c.created_at
       from case_record c left join app_user u on u.id = c.responsible_user_id where c.registrant_id = ?`,
      [registrantId],
    );
    const assessments = caseRow
      ? await em.execute<
          {
            template_name: string;
            version: number;
            definition: TemplateDefinition;
            values: AssessmentValues;
            created_by_name: string | null;
            created_at: string;
            updated_at: string;
          }[]
        >(
          `select t.name as template_name, v.version, v.definition, a.values, u.display_name as created_by_name,
                  a.created_at, a.updated_at
           from case_assessment a join assessment_template_version v on v.id = a.template_version_id
           join assessment_template t on t.id = v.template_id left join app_user u on u.id = a.created_by_id
           where a.case_record_id = ? order by a.created_at, a.id`,
          [caseRow.id],
        )
      : [];
    const history = caseRow
      ? await em.execute<
          {
            changed_at: string;
            field: string;
            assessment_id: string | null;
            before: unknown;
            after: unknown;
            actor_name: string | null;
          }[]
        >(
          `select h.changed_at, h.field, h.assessment_id, h.before, h.after, u.display_name as actor_name
           from case_record_change h left join app_user u on u.id = h.actor_id
           where h.case_record_id = ? order by h.changed_at, h.id`,
          [caseRow.id],
        )
      : [];
    const referrals = await em.execute<
      {
        id: string;
        partner_name: string;
        status: string;
        summary: string;
        sent_at: string | null;
        respond_by: string | null;
        outcome: string | null;
        created_at: string;
      }[]
    >(
      `select f.id, p.name as partner_name, f.status, f.summary, f.sent_at, to_char(f.respond_by, 'YYYY-MM-DD') as respond_by,
              f.outcome, f.created_at
       from referral f join partner_organization p on p.id = f.partner_organization_id
       where f.registrant_id = ? order by f.created_at, f.id`,
      [registrantId],
    );
    const events = await em.execute<
      {
        referral_id: string;
        occurred_at: string;
        from_status: string | null;
        to_status: string;
        actor_side: string;
        reason: string | null;
        note: string | null;
      }[]
    >(
      `select e.referral_id, e.occurred_at, e.from_status, e.to_status, e.actor_side, e.reason, e.note
       from referral_event e join referral f on f.id = e.referral_id
       where f.registrant_id = ? order by e.occurred_at, e.id`,
      [registrantId],
    );
    const historyLabels = await labelChanges(
      em,
      history.map((h) => ({
        field: h.field,
        assessmentId: h.assessment_id,
        before: h.before,
        after: h.after,
        changedAt: new Date(h.changed_at),
      })),
    );
    const shares = await em.execute<
      {
        partner_name: string;
        shared_at: string;
        withdrawn_at: string | null;
        summary: string | null;
        display_name: string | null;
        messages: { direction: 'in' | 'out'; text: string; sentAt: string }[];
        assessment_fields: SharedAssessmentField[];
      }[]
    >(
      `select p.name as partner_name, s.shared_at, s.withdrawn_at, s.summary, s.display_name, s.messages,
              s.assessment_fields
       from referral_share s join referral f on f.id = s.referral_id
       join partner_organization p on p.id = s.partner_organization_id
       where f.registrant_id = ? order by s.shared_at, s.referral_id`,
      [registrantId],
    );
    const consents = await em.execute<
      {
        partner_name: string;
        purpose: string;
        method: string;
        obtained_on: string;
        obtained_by_name: string | null;
        note: string | null;
        withdrawn_at: string | null;
        withdrawal_note: string | null;
      }[]
    >(
      `select p.name as partner_name, k.purpose, k.method, to_char(k.obtained_on, 'YYYY-MM-DD') as obtained_on,
              u.display_name as obtained_by_name, k.note, k.withdrawn_at, k.withdrawal_note
       from referral_consent k join partner_organization p on p.id = k.partner_organization_id
       left join app_user u on u.id = k.obtained_by_id
       where k.registrant_id = ? order by k.obtained_on, k.created_at`,
      [registrantId],
    );
    // The food-delivery households, read here as the other domains' rows are: the export is one query
    // per kind. The sealed address is not opened (the file says one is kept).
    const foodHouseholds = await em.execute<
      {
        id: string;
        programme_name: string;
        applied_at: string;
        source: string;
        status: string;
        status_reason: string | null;
        name: string;
        has_address: boolean;
        area: string;
        children_birth_months: string[];
        eligibility_basis: string;
        eligibility_note: string | null;
        allergies: string | null;
        preferred_method: string;
        preferred_times: string | null;
        visit_consent: boolean;
      }[]
    >(
      `select h.id, p.name as programme_name, h.applied_at, h.source, h.status, h.status_reason, h.name,
              h.address_sealed is not null as has_address, h.area, h.children_birth_months, h.eligibility_basis,
              h.eligibility_note, h.allergies, h.preferred_method, h.preferred_times, h.visit_consent
       from food_household h join programme p on p.id = h.programme_id
       where h.registrant_id = ? order by h.applied_at, h.id`,
      [registrantId],
    );
    const foodRounds = foodHouseholds.length
      ? await em.execute<
          {
            household_id: string;
            round_name: string;
            starts_on: string;
            ends_on: string;
            delivery_method: string | null;
            outcome: string | null;
            observation: string | null;
            observation_note: string | null;
          }[]
        >(
          `select rh.household_id, r.name as round_name, to_char(r.starts_on, 'YYYY-MM-DD') as starts_on,
                  to_char(r.ends_on, 'YYYY-MM-DD') as ends_on, rh.delivery_method, rh.outcome, rh.observation,
                  rh.observation_note
           from food_round_household rh join food_round r on r.id = rh.round_id
           where rh.household_id = any(?::uuid[]) order by r.starts_on, r.id`,
          [`{${foodHouseholds.map((h) => h.id).join(',')}}`],
        )
      : [];
    const date = (value: string | null) => (value ? new Date(value) : null);
    const record: FamilyRecord = {
      tenantName: tenant.nameJa,
      timeZone: tenant.timezone,
      generatedAt: new Date(),
      family: {
        displayName: family.display_name,
        channelName: family.channel_name,
        status: family.status,
        labels: family.labels ?? [],
        firstContactAt: new Date(family.first_contact_at),
        lastContactAt: new Date(family.last_contact_at),
      },
      attributes,
      messages: messages.map((m) => ({
        sentAt: new Date(m.sent_at),
        direction: m.direction,
        type: m.type,
        text: m.text,
        senderName: m.sender_name,
        automatic: m.automatic,
        attachment: m.media_id ? (attachments.get(m.media_id) ?? null) : null,
      })),
      caseRecord: caseRow
        ? {
            status: caseRow.status,
            risk: caseRow.risk,
            responsibleName: caseRow.responsible_name,
            nextReviewOn: caseRow.next_review_on,
            createdAt: new Date(caseRow.created_at),
          }
        : null,
      assessments: assessments.map((a) => ({
        templateName: a.template_name,
        version: a.version,
        definition: a.definition,
        values: a.values,
        createdByName: a.created_by_name,
        createdAt: new Date(a.created_at),
        updatedAt: new Date(a.updated_at),
      })),
      history: history.map((h, i) => ({
        changedAt: new Date(h.changed_at),
        ...changeLine(h.field, historyLabels[i]),
        actorName: h.actor_name,
      })),
      shares: shares.map((s) => ({
        partnerName: s.partner_name,
        sharedAt: new Date(s.shared_at),
        withdrawnAt: date(s.withdrawn_at),
        summary: s.summary,
        displayName: s.display_name,
        messages: s.messages ?? [],
        assessmentFields: s.assessment_fields ?? [],
      })),
      referrals: referrals.map((r) => ({
        partnerName: r.partner_name,
        status: r.status,
        summary: r.summary,
        sentAt: date(r.sent_at),
        respondBy: r.respond_by,
        outcome: r.outcome,
        createdAt: new Date(r.created_at),
        events: events
          .filter((e) => e.referral_id === r.id)
          .map((e) => ({
            occurredAt: new Date(e.occurred_at),
            fromStatus: e.from_status,
            toStatus: e.to_status,
            side: e.actor_side,
            reason: e.reason,
            note: e.note,
          })),
      })),
      consents: consents.map((k) => ({
        partnerName: k.partner_name,
        purpose: k.purpose,
        method: k.method,
        obtainedOn: k.obtained_on,
        obtainedByName: k.obtained_by_name,
        note: k.note,
        withdrawnAt: date(k.withdrawn_at),
        withdrawalNote: k.withdrawal_note,
      })),
      foodHouseholds: foodHouseholds.map((h) => ({
        programmeName: h.programme_name,
        appliedAt: new Date(h.applied_at),
        source: h.source,
        status: h.status,
        statusReason: h.status_reason,
        name: h.name,
        hasAddress: h.has_address,
        area: h.area,
        childrenBirthMonths: h.children_birth_months ?? [],
        eligibilityBasis: h.eligibility_basis,
        eligibilityNote: h.eligibility_note,
        allergies: h.allergies,
        preferredMethod: h.preferred_method,
        preferredTimes: h.preferred_times,
        visitConsent: h.visit_consent,
        rounds: foodRounds
          .filter((r) => r.household_id === h.id)
          .map((r) => ({
            roundName: r.round_name,
            startsOn: r.starts_on,
            endsOn: r.ends_on,
            deliveryMethod: r.delivery_method,
            outcome: r.outcome,
            observation: r.observation,
            observationNote: r.observation_note,
          })),
      })),
    };
    return { record, media };
  }
}

function notFound(): NotFoundError {
  return new NotFoundError('REGISTRANT_NOT_FOUND', 'No such family');
}
