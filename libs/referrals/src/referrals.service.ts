import { LiveEventKind, LiveEvents } from '@tsunagu/platform/live';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { AccessService } from '@tsunagu/platform/auth';
import { AuditTrail } from '@tsunagu/platform/audit';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError, NotFoundError } from '@tsunagu/platform/errors';
import {
  connectionFromRows,
  decodeCursor,
  encodeCursor,
  isUuid,
  parsePosition,
  type Connection,
} from '@tsunagu/platform/graphql';
import { JobsService } from '@tsunagu/platform/jobs';
import { MailService } from '@tsunagu/platform/mail';
import { FamilyRecords, NotificationKind, NotificationsService } from '@tsunagu/conversations';
import { PartnerDirectory } from '@tsunagu/partners';
import { AssessmentSharing, type SharedAssessmentField } from '@tsunagu/case-records';
import { Permission } from '@tsunagu/platform/permissions';
import { addBusinessDays, businessDaysLeft, todayIn } from '@tsunagu/platform/calendar';
import {
  assertTransition,
  IllegalTransitionError,
  isBeforeAcceptance,
  isOpenAfterAcceptance,
  nextStatuses,
  ReferralCloseReason,
  ReferralOutcome,
  ReferralSide,
  ReferralStatus,
} from './lifecycle';
import {
  ConsentMethod,
  Referral,
  ReferralConsent,
  ReferralEvent,
  ReferralSettings,
  ReferralShare,
  type SharedMessage,
} from './referral.entities';

export const REFERRAL_DEADLINE_QUEUE = 'referral.deadline';
export const REFERRAL_MAIL_QUEUE = 'referral.mail';

interface DeadlineJob {
  tenantId: string;
  referralId: string;
}

/** Mails carry a link, never a family's data. */
interface MailJob {
  tenantId: string;
  referralId: string;
  kind: 'received' | 'updated' | 'overdue';
  /** To the partner organisation's contacts, or to the referring counsellor. */
  to: 'partner' | 'referrer';
}

/** A step of a referral's timeline, as read for display. */
export interface ReferralTimelineStep {
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  actorSide: ReferralSide;
  actorId: string | null;
  /** The user's name, or for a partner reader the referring side's desk; null for the system. */
  actorName: string | null;
  reason: string | null;
  note: string | null;
  occurredAt: Date;
}

/** A referral as its reader may see it: what the list and one referral show, nothing more. */
export interface ReferralView {
  id: string;
  status: ReferralStatus;
  partnerOrganizationId: string;
  partnerOrganizationName: string;
  partnerServiceId: string | null;
  conversationId: string | null;
  consentId: string | null;
  /** The referring side's draft summary (not read for a partner, nor unless asked for). */
  summary: string | null;
  /** What the partner sees, frozen when sent; null before. */
  share: {
    summary: string | null;
    displayName: string | null;
    messages: SharedMessage[];
    assessmentFields: SharedAssessmentField[];
    withdrawn: boolean;
  } | null;
  /** The family's name: the registrant's for the referring side, the shared one for the partner. */
  familyDisplayName: string | null;
  sentAt: Date | null;
  respondBy: string | null;
  overdue: boolean;
  /** While sent: business days left to answer (negative once overdue); null otherwise. */
  responseBusinessDaysLeft: number | null;
  outcome: ReferralOutcome | null;
  closeReason: ReferralCloseReason | null;
  declineReason: string | null;
  recallReason: string | null;
  createdAt: Date;
  /** Oldest first; empty unless asked for. */
  timeline: ReferralTimelineStep[];
  /** Whether the reader is the partner (sees the snapshot only). */
  asPartner: boolean;
}

/** The parts of a referral a reading fetches beyond its own columns (see `selectedFields`). */
export interface ReferralParts {
  summary: boolean;
  sharedMessages: boolean;
  sharedAssessmentFields: boolean;
  timeline: boolean;
}

/** Everything: for callers that do not know what will be shown. */
export const ALL_REFERRAL_PARTS: ReferralParts = {
  summary: true,
  sharedMessages: true,
  sharedAssessmentFields: true,
  timeline: true,
};

export interface ReferralFilter {
  status?: ReferralStatus;
  /** Any of these. */
  statuses?: ReferralStatus[];
  partnerOrganizationId?: string;
  overdue?: boolean;
  /** The referring side only: the referrals made from this conversation. */
  conversationId?: string;
}

/** A consent as the referring side reads it: with the partner's and the counsellor's names. */
export interface ConsentView {
  id: string;
  partnerOrganizationId: string;
  partnerOrganizationName: string;
  purpose: string;
  method: ConsentMethod;
  obtainedOn: string;
  obtainedById: string;
  obtainedByName: string;
  note: string | null;
  withdrawnAt: Date | null;
}

/** How a user no longer in the tenant (whose name it no longer sees) is shown. */
const FORMER_MEMBER = '(former member)';

/** How a partner user sees the referring side's people: the tenant's desk, not the counsellor. */
const REFERRING_DESK_SQL = `(select t.name_ja || ' 相談窓口' from tenant t where t.id = r.tenant_id)`;

/** The timeline's `reason` of a note: a step that changes no status. */
export const NOTE_REASON = 'note';

/** The timeline's `reason` of the step that records which assessment fields were shared (labels in `note`). */
export const ASSESSMENT_SHARED_REASON = 'assessment_shared';

/** The statuses a referral takes notes in: sent to the partner and not yet finished. */
const TAKES_NOTES: readonly ReferralStatus[] = [
  ReferralStatus.SENT,
  ReferralStatus.ACCEPTED,
  ReferralStatus.IN_PROGRESS,
];

/**
 * Consent and closed-loop referrals. The referring side (counsellors) records consent, drafts,
 * sends and recalls; the partner side (partner users, confined to their organisation by the
 * database too) accepts, declines, starts, completes and closes. Every change of status is checked
 * against the lifecycle and recorded in the timeline both sides see.
 */
@Injectable()
export class ReferralsService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenantDb: TenantDb,
    private readonly access: AccessService,
    private readonly audit: AuditTrail,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly partners: PartnerDirectory,
    private readonly family: FamilyRecords,
    private readonly notifications: NotificationsService,
    private readonly live: LiveEvents,
    private readonly assessments: AssessmentSharing,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<DeadlineJob>(REFERRAL_DEADLINE_QUEUE, (job) => this.checkDeadline(job));
    await this.jobs.work<MailJob>(REFERRAL_MAIL_QUEUE, (job) => this.sendMail(job));
  }

  // Settings

  async settings(em: EntityManager = this.tenantDb.em): Promise<ReferralSettings> {
    const tenantId = this.tenantDb.tenantId;
    return (
      (await em.findOne(ReferralSettings, { tenant: tenantId })) ??
      em.create(ReferralSettings, { tenant: em.getReference(Tenant, tenantId) }, { persist: false })
    );
  }

  async updateSettings(responseBusinessDays: number): Promise<ReferralSettings> {
    const em = this.tenantDb.em;
    await em.execute(
      `insert into referral_settings (tenant_id, response_business_days, updated_at) values (?, ?, now())
       on conflict (tenant_id) do update set response_business_days = excluded.response_business_days, updated_at = now()`,
      [this.tenantDb.tenantId, responseBusinessDays],
    );
    await this.audit.record('referral_settings.updated', undefined, { responseBusinessDays });
    return em.findOneOrFail(ReferralSettings, { tenant: this.tenantDb.tenantId }, { refresh: true });
  }

  // Consent

  async recordConsent(input: {
    conversationId: string;
    partnerOrganizationId: string;
    purpose: string;
    method: ConsentMethod;
    obtainedOn: string;
    note?: string | null;
  }): Promise<ReferralConsent> {
    const em = this.tenantDb.em;
    const family = await this.familyOf(em, input.conversationId);
    await this.partnerOrganization(em, input.partnerOrganizationId, 'partnerOrganizationId');
    const today = todayIn(await this.timezone(em));
    if (input.obtainedOn > today) {
      throw new BadUserInputError([{ field: 'obtainedOn', messages: ['consent cannot be obtained in the future'] }]);
    }
    const consent = em.create(ReferralConsent, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      registrantId: family.registrantId,
      partnerOrganizationId: input.partnerOrganizationId,
      purpose: input.purpose.normalize('NFC').trim(),
      method: input.method,
      obtainedOn: input.obtainedOn,
      obtainedById: this.access.current().userId,
      note: input.note?.normalize('NFC').trim() || null,
    });
    await em.flush();
    await this.audit.record('referral_consent.recorded', { type: 'referral_consent', id: consent.id });
    return consent;
  }

  /**
   * Stops all sharing under a consent: referrals not yet accepted are recalled, accepted or
   * in-progress ones closed with CONSENT_WITHDRAWN, and the partner's snapshots emptied.
   */
  async withdrawConsent(input: { id: string; note?: string | null }): Promise<ReferralConsent> {
    const em = this.tenantDb.em;
    const consent = isUuid(input.id)
      ? await em.findOne(
          ReferralConsent,
          { id: input.id, tenant: this.tenantDb.tenantId },
          { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
        )
      : null;
    if (!consent) throw new NotFoundError('CONSENT_NOT_FOUND', 'No such consent');
    if (consent.withdrawnAt) {
      throw new BadUserInputError(
        [{ field: 'id', messages: ['this consent is already withdrawn'] }],
        'ALREADY_WITHDRAWN',
      );
    }
    const userId = this.access.current().userId;
    consent.withdrawnAt = new Date();
    consent.withdrawnById = userId;
    consent.withdrawalNote = input.note?.normalize('NFC').trim() || null;
    const referrals = await em.find(
      Referral,
      { consentId: consent.id, tenant: this.tenantDb.tenantId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { id: 'asc' } },
    );
    for (const referral of referrals) {
      if (isBeforeAcceptance(referral.status)) {
        referral.recallReason = 'consent withdrawn';
        await this.move(em, referral, ReferralStatus.RECALLED, ReferralSide.REFERRER, {
          reason: ReferralCloseReason.CONSENT_WITHDRAWN,
        });
      } else if (isOpenAfterAcceptance(referral.status)) {
        referral.closeReason = ReferralCloseReason.CONSENT_WITHDRAWN;
        await this.move(em, referral, ReferralStatus.CLOSED, ReferralSide.REFERRER, {
          reason: ReferralCloseReason.CONSENT_WITHDRAWN,
        });
      }
      await this.withdrawShare(em, referral.id);
    }
    await em.flush();
    await this.audit.record('referral_consent.withdrawn', { type: 'referral_consent', id: consent.id });
    return consent;
  }

  /** The consents of a conversation's family, newest first, withdrawn ones included. */
  async consents(conversationId: string): Promise<ConsentView[]> {
    const family = await this.familyOf(this.tenantDb.em, conversationId);
    return this.familyConsents(family.registrantId);
  }

  /** The consents of a family (a registrant), newest first, withdrawn ones included. */
  async familyConsents(registrantId: string): Promise<ConsentView[]> {
    return this.readConsents('c.registrant_id = ?', registrantId);
  }

  /** One consent as `consents` shows it (after a change, flushed in the same transaction). */
  async consent(id: string): Promise<ConsentView> {
    const [view] = await this.readConsents('c.id = ?', id);
    if (!view) throw new NotFoundError('CONSENT_NOT_FOUND', 'No such consent');
    return view;
  }

  // The referring side

  async create(input: {
    conversationId: string;
    partnerOrganizationId: string;
    partnerServiceId?: string | null;
    consentId?: string | null;
    summary: string;
    shareDisplayName?: boolean;
    sharedMessageIds?: string[];
    sharedAssessmentFields?: string[];
  }): Promise<Referral> {
    const em = this.tenantDb.em;
    const family = await this.familyOf(em, input.conversationId);
    await this.partnerOrganization(em, input.partnerOrganizationId, 'partnerOrganizationId');
    if (input.partnerServiceId) {
      const service = await this.partners.service(em, input.partnerServiceId);
      if (!service || service.organizationId !== input.partnerOrganizationId) {
        throw new BadUserInputError([
          { field: 'partnerServiceId', messages: ['no such service of this partner organisation'] },
        ]);
      }
    }
    if (input.consentId)
      await this.usableConsent(em, input.consentId, family.registrantId, input.partnerOrganizationId);
    const sharedMessageIds = [...new Set(input.sharedMessageIds ?? [])];
    const messages = await this.family.messagesToShare(em, input.conversationId, sharedMessageIds);
    if (messages.length !== sharedMessageIds.length) {
      throw new BadUserInputError([
        { field: 'sharedMessageIds', messages: ["only this conversation's text messages can be shared"] },
      ]);
    }
    const sharedAssessmentFields = [...new Set(input.sharedAssessmentFields ?? [])];
    if (sharedAssessmentFields.length > 0) {
      this.access.authorize(this.access.current(), Permission.ReadCaseRecords);
      await this.assessments.check(family.registrantId, sharedAssessmentFields, 'sharedAssessmentFields');
    }
    const referral = em.create(Referral, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      registrantId: family.registrantId,
      conversationId: input.conversationId,
      partnerOrganizationId: input.partnerOrganizationId,
      partnerServiceId: input.partnerServiceId ?? null,
      consentId: input.consentId ?? null,
      summary: input.summary.normalize('NFC').trim(),
      shareDisplayName: input.shareDisplayName ?? false,
      sharedMessageIds,
      sharedAssessmentFields,
      createdById: this.access.current().userId,
    });
    this.recordEvent(em, referral, null, ReferralStatus.DRAFT, ReferralSide.REFERRER, {});
    await em.flush();
    await this.audit.record('referral.created', { type: 'referral', id: referral.id });
    return referral;
  }

  /** Sends a draft: consent first, then the partner's snapshot, the deadline and the notices. */
  async send(id: string): Promise<Referral> {
    const em = this.tenantDb.em;
    // Consent before referral, the order withdrawConsent locks them in: a withdrawal and a send of
    // the same consent run one after the other, never both on what the other is changing.
    const draft = await this.visible(em, id);
    const consent = await this.consentFor(em, draft);
    const referral = await this.referringSide(em, id);
    this.check(referral, ReferralStatus.SENT);
    if (!consent) {
      throw new BadUserInputError(
        [{ field: 'id', messages: ["record the family's consent to share with this partner before sending"] }],
        'CONSENT_REQUIRED',
        'A referral is sent only with the family’s recorded consent',
      );
    }
    referral.consentId = consent.id;
    const now = new Date();
    const messages = referral.conversationId
      ? await this.family.messagesToShare(em, referral.conversationId, referral.sharedMessageIds)
      : [];
    // The values as they are now: a field emptied or gone since the draft refuses the sending.
    if (referral.sharedAssessmentFields.length > 0) {
      this.access.authorize(this.access.current(), Permission.ReadCaseRecords);
    }
    const assessmentFields = await this.assessments.latestFields(
      referral.registrantId,
      referral.sharedAssessmentFields,
      'sharedAssessmentFields',
    );
    em.create(ReferralShare, {
      referralId: referral.id,
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      partnerOrganizationId: referral.partnerOrganizationId,
      summary: referral.summary,
      displayName: referral.shareDisplayName ? await this.family.displayName(em, referral.registrantId) : null,
      messages: messages.map((m) => ({ direction: m.direction, text: m.text, sentAt: m.sentAt.toISOString() })),
      assessmentFields,
      sharedAt: now,
    });
    const timezone = await this.timezone(em);
    referral.sentAt = now;
    referral.respondBy = addBusinessDays(todayIn(timezone, now), (await this.settings(em)).responseBusinessDays);
    await this.move(em, referral, ReferralStatus.SENT, ReferralSide.REFERRER, {});
    if (assessmentFields.length > 0) {
      // Which fields went, by their labels: both sides read the timeline, the values stay in the snapshot.
      this.recordEvent(em, referral, ReferralStatus.SENT, ReferralStatus.SENT, ReferralSide.REFERRER, {
        reason: ASSESSMENT_SHARED_REASON,
        note: assessmentFields.map((field) => field.label).join('、'),
      });
    }
    await this.jobs.enqueue(
      em,
      REFERRAL_DEADLINE_QUEUE,
      { tenantId: this.tenantDb.tenantId, referralId: referral.id },
      { startAfterSeconds: secondsUntilDayAfter(referral.respondBy, timezone, now) },
    );
    await em.flush();
    return referral;
  }

  async recall(id: string, reason: string): Promise<Referral> {
    const em = this.tenantDb.em;
    const referral = await this.referringSide(em, id);
    this.check(referral, ReferralStatus.RECALLED);
    referral.recallReason = reason.normalize('NFC').trim();
    await this.move(em, referral, ReferralStatus.RECALLED, ReferralSide.REFERRER, { note: referral.recallReason });
    await this.withdrawShare(em, referral.id);
    await em.flush();
    return referral;
  }

  /**
   * A note on an open referral, from either side: a step of the timeline that changes no status,
   * shown to both sides with its author as `actorName` shows anyone (to a partner, the referring side
   * is the tenant's desk). The other side hears of it in the app.
   */
  async addNote(referralId: string, text: string): Promise<Referral> {
    const note = text.normalize('NFC').trim();
    if (!note) throw new BadUserInputError([{ field: 'text', messages: ['a note cannot be empty'] }]);
    const em = this.tenantDb.em;
    // Locked, like a change of status: a note and the referral's closing come one after the other.
    const referral = await this.visible(em, referralId, true);
    if (!TAKES_NOTES.includes(referral.status)) {
      const draft = referral.status === ReferralStatus.DRAFT;
      throw new BadUserInputError(
        [
          {
            field: 'referralId',
            messages: [
              draft
                ? 'a draft takes no notes: the partner has not received it; edit its summary instead'
                : `a ${referral.status.toUpperCase()} referral is finished and takes no more notes`,
            ],
          },
        ],
        draft ? 'REFERRAL_NOT_SENT' : 'REFERRAL_FINISHED',
      );
    }
    const side = this.access.current().partnerOrganizationId ? ReferralSide.PARTNER : ReferralSide.REFERRER;
    this.recordEvent(em, referral, referral.status, referral.status, side, { reason: NOTE_REASON, note });
    const readers =
      side === ReferralSide.PARTNER
        ? [referral.createdById]
        : await this.partnerUsers(em, referral.partnerOrganizationId);
    this.notifications.notifyAboutReferral(em, readers, NotificationKind.REFERRAL_UPDATED, referral.id);
    await em.flush();
    // The text stays in the timeline; the trail records who noted which referral, and when.
    await this.audit.record('referral.note_added', { type: 'referral', id: referral.id }, { side });
    return referral;
  }

  // The partner side

  async accept(id: string): Promise<Referral> {
    return this.partnerMove(id, ReferralStatus.ACCEPTED, (referral) => {
      referral.respondedAt = new Date();
    });
  }

  async decline(id: string, reason: string): Promise<Referral> {
    const note = reason.normalize('NFC').trim();
    return this.partnerMove(
      id,
      ReferralStatus.DECLINED,
      (referral) => {
        referral.respondedAt = new Date();
        referral.declineReason = note;
      },
      { note },
    );
  }

  async start(id: string): Promise<Referral> {
    return this.partnerMove(id, ReferralStatus.IN_PROGRESS, () => undefined);
  }

  async complete(id: string, outcome: ReferralOutcome, note: string | null | undefined): Promise<Referral> {
    return this.partnerMove(
      id,
      ReferralStatus.COMPLETED,
      (referral) => {
        referral.outcome = outcome;
      },
      { reason: outcome, note: note?.normalize('NFC').trim() || null },
    );
  }

  async close(id: string, reason: ReferralCloseReason, note: string | null | undefined): Promise<Referral> {
    if (reason === ReferralCloseReason.CONSENT_WITHDRAWN) {
      throw new BadUserInputError([
        { field: 'reason', messages: ['CONSENT_WITHDRAWN is recorded when the family withdraws consent'] },
      ]);
    }
    return this.partnerMove(
      id,
      ReferralStatus.CLOSED,
      (referral) => {
        referral.closeReason = reason;
      },
      { reason, note: note?.normalize('NFC').trim() || null },
    );
  }

  // Reading

  /**
   * A page of referrals, newest first, in one statement of the request's transaction (row-level
   * security applies: a partner user's transaction sees only their organisation's sent referrals).
   * `parts` says what beyond the referral's own columns to read; a partner user's read of each
   * referral listed is audited.
   */
  async list(
    filter: ReferralFilter,
    first: number,
    after: string | null | undefined,
    parts: ReferralParts = ALL_REFERRAL_PARTS,
  ): Promise<Connection<ReferralView>> {
    const partner = this.access.current().partnerOrganizationId;
    const where: string[] = ['r.tenant_id = ?'];
    const params: unknown[] = [this.tenantDb.tenantId];
    const condition = (sql: string, ...values: unknown[]): void => {
      where.push(sql);
      params.push(...values);
    };
    // A partner user sees only referrals sent to their organisation (never drafts, nor a draft
    // recalled when its consent was withdrawn); the database's policies say the same.
    if (partner) condition('r.partner_organization_id = ? and r.sent_at is not null', partner);
    else if (filter.partnerOrganizationId) condition('r.partner_organization_id = ?', filter.partnerOrganizationId);
    if (filter.conversationId) {
      // A partner never sees which conversation a referral came from, so cannot ask by it.
      if (partner) {
        throw new BadUserInputError([
          { field: 'filter.conversationId', messages: ['only the referring side filters by conversation'] },
        ]);
      }
      condition('r.conversation_id = ?', filter.conversationId);
    }
    // `overdue: true` means sent and flagged, whatever status was also asked for.
    const status = filter.overdue === true ? ReferralStatus.SENT : filter.status;
    if (status) condition('r.status = ?', status);
    if (filter.statuses?.length) condition('r.status in (?)', [...new Set(filter.statuses)]);
    if (filter.overdue === true) condition('r.overdue_at is not null');
    if (after) {
      const position = decodeCursor(after, parsePosition);
      condition('(r.created_at, r.id) < (?::timestamptz, ?::uuid)', position.at, position.id);
    }
    const rows = await this.read(where, [...params, first + 1], parts, partner !== undefined);
    // Every read of a referral by a partner user is audited, in a list as well as one by one.
    if (partner) {
      await this.audit.recordEach(
        'referral.viewed_by_partner',
        rows.slice(0, first).map((row) => ({ type: 'referral', id: row.id })),
      );
    }
    return connectionFromRows(
      rows,
      first,
      // The time as the database keeps it (to the microsecond), so that no row is skipped or repeated.
      (row) => encodeCursor({ at: row.created_at, id: row.id }),
      (row) => toView(row, partner !== undefined),
    );
  }

  /** One referral; a partner user's read is audited. */
  async get(id: string, parts: ReferralParts = ALL_REFERRAL_PARTS): Promise<ReferralView> {
    const partner = this.access.current().partnerOrganizationId;
    const [row] = isUuid(id)
      ? await this.read(
          [
            'r.tenant_id = ?',
            'r.id = ?',
            ...(partner ? ['r.partner_organization_id = ? and r.sent_at is not null'] : []),
          ],
          [this.tenantDb.tenantId, id, ...(partner ? [partner] : []), 1],
          parts,
          partner !== undefined,
        )
      : [];
    if (!row) throw new NotFoundError('REFERRAL_NOT_FOUND', 'No such referral');
    if (partner) await this.audit.record('referral.viewed_by_partner', { type: 'referral', id });
    return toView(row, partner !== undefined);
  }

  /** A family's referrals (a registrant's), newest first, as the referring side reads them. */
  async familyReferrals(registrantId: string, parts: ReferralParts = ALL_REFERRAL_PARTS): Promise<ReferralView[]> {
    // No limit (`limit null`): a family has a handful.
    const rows = await this.read(
      ['r.tenant_id = ?', 'r.registrant_id = ?'],
      [this.tenantDb.tenantId, registrantId, null],
      parts,
      false,
    );
    return rows.map((row) => toView(row, false));
  }

  /**
   * The referrals a live batch names, as `get` shows them, those visible in the subscriber's
   * transaction (a partner user's: sent to their organisation); a partner user's read is audited.
   */
  async liveViews(ids: string[]): Promise<ReferralView[]> {
    const wanted = [...new Set(ids.filter(isUuid))];
    if (wanted.length === 0) return [];
    const partner = this.access.current().partnerOrganizationId;
    const rows = await this.read(
      [
        'r.tenant_id = ?',
        'r.id in (?)',
        ...(partner ? ['r.partner_organization_id = ? and r.sent_at is not null'] : []),
      ],
      [this.tenantDb.tenantId, wanted, ...(partner ? [partner] : []), wanted.length],
      ALL_REFERRAL_PARTS,
      partner !== undefined,
    );
    if (partner) {
      await this.audit.recordEach(
        'referral.viewed_by_partner',
        rows.map((row) => ({ type: 'referral', id: row.id })),
      );
    }
    // Oldest first, the order their events happened in.
    return rows.reverse().map((row) => toView(row, partner !== undefined));
  }

  // Jobs

  /** Runs the day after the deadline: an unanswered referral is flagged overdue and reminders go out. */
  async checkDeadline(job: DeadlineJob): Promise<void> {
    await this.tenantDb.withTenant(job.tenantId, async (em) => {
      const referral = await em.findOne(Referral, { id: job.referralId, tenant: job.tenantId });
      if (!referral || referral.status !== ReferralStatus.SENT || referral.overdueAt || !referral.respondBy) return;
      const timezone = await this.timezone(em);
      if (todayIn(timezone) <= referral.respondBy) {
        // Early (clock skew, a changed time zone): look again when the day after has come.
        await this.jobs.enqueue(em, REFERRAL_DEADLINE_QUEUE, job, {
          startAfterSeconds: secondsUntilDayAfter(referral.respondBy, timezone, new Date()),
        });
        return;
      }
      referral.overdueAt = new Date();
      this.recordEvent(em, referral, ReferralStatus.SENT, ReferralStatus.SENT, ReferralSide.SYSTEM, {
        reason: 'overdue',
      });
      this.notifications.notifyAboutReferral(
        em,
        [referral.createdById, ...(await this.partnerUsers(em, referral.partnerOrganizationId))],
        NotificationKind.REFERRAL_OVERDUE,
        referral.id,
      );
      for (const to of ['partner', 'referrer'] as const) {
        await this.jobs.enqueue(em, REFERRAL_MAIL_QUEUE, {
          tenantId: job.tenantId,
          referralId: referral.id,
          kind: 'overdue',
          to,
        });
      }
      await em.flush();
    });
  }

  async sendMail(job: MailJob): Promise<void> {
    const recipients = await this.tenantDb.withTenant(job.tenantId, async (em) => {
      const referral = await em.findOne(Referral, { id: job.referralId, tenant: job.tenantId });
      if (!referral) return [];
      if (job.to === 'partner') return this.partners.contactEmails(em, referral.partnerOrganizationId);
      // Only while still an active counsellor of the tenant.
      const rows = await em.execute<{ email: string }[]>(
        `select u.email from app_user u
         where u.id = ? and u.status = 'active'
           and exists (select 1 from membership m where m.user_id = u.id and m.tenant_id = ? and m.status = 'active')`,
        [referral.createdById, job.tenantId],
      );
      return rows.map((r) => r.email);
    });
    const link = `${this.config.publicBaseUrl}/referrals/${job.referralId}`;
    const subject = {
      received: '【tsunagu】新しいご紹介（つなぎ）が届きました',
      updated: '【tsunagu】ご紹介（つなぎ）の状況が変わりました',
      overdue: '【tsunagu】ご紹介（つなぎ）への回答期限が過ぎています',
    }[job.kind];
    for (const to of recipients) {
      await this.mail.deliver({
        to,
        subject,
        text: [subject.replace('【tsunagu】', ''), '', link, '', 'このメールには相談者の情報は含まれていません。'].join(
          '\n',
        ),
      });
    }
  }

  // Internals

  private async partnerMove(
    id: string,
    to: ReferralStatus,
    apply: (referral: Referral) => void,
    detail: { reason?: string | null; note?: string | null } = {},
  ): Promise<Referral> {
    const em = this.tenantDb.em;
    const referral = await this.visible(em, id, true);
    if (this.access.current().partnerOrganizationId !== referral.partnerOrganizationId) {
      throw new NotFoundError('REFERRAL_NOT_FOUND', 'No such referral');
    }
    this.check(referral, to);
    apply(referral);
    await this.move(em, referral, to, ReferralSide.PARTNER, detail);
    await em.flush();
    return referral;
  }

  /** Changes the status (checked), records the step, and tells the other side. */
  private async move(
    em: EntityManager,
    referral: Referral,
    to: ReferralStatus,
    side: ReferralSide,
    detail: { reason?: string | null; note?: string | null },
  ): Promise<void> {
    const from = referral.status;
    this.check(referral, to);
    referral.status = to;
    if (
      [ReferralStatus.DECLINED, ReferralStatus.RECALLED, ReferralStatus.COMPLETED, ReferralStatus.CLOSED].includes(to)
    ) {
      referral.finishedAt = new Date();
    }
    this.recordEvent(em, referral, from, to, side, detail);
    const tenantId = this.tenantDb.tenantId;
    if (to === ReferralStatus.SENT) {
      this.notifications.notifyAboutReferral(
        em,
        await this.partnerUsers(em, referral.partnerOrganizationId),
        NotificationKind.REFERRAL_RECEIVED,
        referral.id,
      );
      await this.jobs.enqueue(em, REFERRAL_MAIL_QUEUE, {
        tenantId,
        referralId: referral.id,
        kind: 'received',
        to: 'partner',
      });
    } else if (side !== ReferralSide.PARTNER && from !== ReferralStatus.DRAFT) {
      // Recalled or closed from the referring side: the partner's users see it in the app.
      this.notifications.notifyAboutReferral(
        em,
        await this.partnerUsers(em, referral.partnerOrganizationId),
        NotificationKind.REFERRAL_UPDATED,
        referral.id,
      );
    }
    // The referring counsellor hears of every change someone else makes (a colleague included).
    const actorId = side === ReferralSide.SYSTEM ? null : this.access.current().userId;
    if (actorId !== referral.createdById) {
      this.notifications.notifyAboutReferral(
        em,
        [referral.createdById],
        NotificationKind.REFERRAL_UPDATED,
        referral.id,
      );
      await this.jobs.enqueue(em, REFERRAL_MAIL_QUEUE, {
        tenantId,
        referralId: referral.id,
        kind: 'updated',
        to: 'referrer',
      });
    }
    await this.audit.record(`referral.${to}`, { type: 'referral', id: referral.id }, { from });
  }

  private recordEvent(
    em: EntityManager,
    referral: Referral,
    from: ReferralStatus | null,
    to: ReferralStatus,
    side: ReferralSide,
    detail: { reason?: string | null; note?: string | null },
  ): void {
    this.live.publish(LiveEventKind.ReferralUpdated, referral.id);
    em.create(ReferralEvent, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      referralId: referral.id,
      partnerOrganizationId: referral.partnerOrganizationId,
      fromStatus: from,
      toStatus: to,
      actorId: side === ReferralSide.SYSTEM ? null : this.access.current().userId,
      actorSide: side,
      reason: detail.reason ?? null,
      note: detail.note ?? null,
    });
  }

  /** Illegal transitions answer BAD_USER_INPUT naming the allowed next states. */
  private check(referral: Referral, to: ReferralStatus): void {
    try {
      assertTransition(referral.status, to);
    } catch (error) {
      if (!(error instanceof IllegalTransitionError)) throw error;
      const allowed = nextStatuses(referral.status).map((s) => s.toUpperCase());
      throw new BadUserInputError(
        [
          {
            field: 'id',
            messages: [
              `a ${referral.status.toUpperCase()} referral cannot become ${to.toUpperCase()}; allowed next: ${allowed.length ? allowed.join(', ') : 'none'}`,
            ],
          },
        ],
        'ILLEGAL_TRANSITION',
      );
    }
  }

  private async withdrawShare(em: EntityManager, referralId: string): Promise<void> {
    const share = await em.findOne(ReferralShare, { referralId });
    if (!share || share.withdrawnAt) return;
    share.summary = null;
    share.displayName = null;
    share.messages = [];
    share.assessmentFields = [];
    share.withdrawnAt = new Date();
  }

  /**
   * A referral the reader may see: a partner user only one sent to their organisation. `lock` takes
   * the row for the rest of the transaction, so that two changes cannot both pass the lifecycle
   * check on the same status (the second waits and sees the first's result).
   */
  private async visible(em: EntityManager, id: string, lock = false): Promise<Referral> {
    const partner = this.access.current().partnerOrganizationId;
    const referral = isUuid(id)
      ? await em.findOne(
          Referral,
          { id, tenant: this.tenantDb.tenantId },
          lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
        )
      : null;
    if (!referral || (partner && (referral.partnerOrganizationId !== partner || !referral.sentAt))) {
      throw new NotFoundError('REFERRAL_NOT_FOUND', 'No such referral');
    }
    return referral;
  }

  /** The referring side's referral, locked for the change it is about to make. */
  private async referringSide(em: EntityManager, id: string): Promise<Referral> {
    return this.visible(em, id, true);
  }

  /**
   * Referrals with their partner's name, share and the family's name, in one statement: no
   * entity is hydrated or kept in the identity map, so the request's commit has nothing to compare.
   * `params` end with the limit. The registrant is read for the referring side only: a partner
   * sees the name that was shared, if any.
   */
  private async read(
    where: string[],
    params: unknown[],
    parts: ReferralParts,
    asPartner: boolean,
  ): Promise<ReferralRow[]> {
    const columns = [
      `r.id, r.status, r.partner_organization_id, coalesce(p.name, '') as partner_organization_name,
       r.partner_service_id, r.sent_at, r.respond_by, r.overdue_at is not null as overdue_flagged, r.outcome,
       r.close_reason, r.decline_reason, r.recall_reason, r.created_at,
       s.referral_id is not null as shared, s.summary as share_summary, s.display_name as share_display_name,
       s.withdrawn_at is not null as share_withdrawn,
       (select t.timezone from tenant t where t.id = r.tenant_id) as timezone`,
      asPartner ? 'null as family_display_name' : 'g.display_name as family_display_name',
      asPartner ? 'null as conversation_id, null as consent_id' : 'r.conversation_id, r.consent_id',
      parts.summary && !asPartner ? 'r.summary' : 'null as summary',
      parts.sharedMessages ? 's.messages as share_messages' : 'null as share_messages',
      parts.sharedAssessmentFields
        ? 's.assessment_fields as share_assessment_fields'
        : 'null as share_assessment_fields',
      parts.timeline
        ? `(select coalesce(json_agg(json_build_object('fromStatus', e.from_status, 'toStatus', e.to_status,
              'actorSide', e.actor_side, 'actorId', ${actorId(asPartner)}, 'actorName', ${actorName(asPartner)},
              'reason', e.reason, 'note', e.note, 'occurredAt', e.occurred_at) order by e.occurred_at, e.id), '[]')
            from referral_event e left join app_user a on a.id = e.actor_id
            where e.referral_id = r.id and e.tenant_id = r.tenant_id) as timeline`
        : 'null as timeline',
    ];
    return this.tenantDb.em.execute<ReferralRow[]>(
      // The page first, then what it joins: joined before the limit, every referral of the tenant
      // would look its family up.
      `select ${columns.join(', ')}
       from (select * from referral r where ${where.join(' and ')} order by r.created_at desc, r.id desc limit ?) r
       left join partner_organization p on p.id = r.partner_organization_id and p.tenant_id = r.tenant_id
       left join referral_share s on s.referral_id = r.id and s.tenant_id = r.tenant_id
       ${asPartner ? '' : 'left join registrant g on g.id = r.registrant_id and g.tenant_id = r.tenant_id'}
       order by r.created_at desc, r.id desc`,
      params,
    );
  }

  /**
   * Consents of the tenant matching `condition`, newest first, with the partner's name and the name of
   * the counsellor who obtained them, in one statement.
   */
  private async readConsents(condition: string, value: string): Promise<ConsentView[]> {
    const rows = await this.tenantDb.em.execute<ConsentRow[]>(
      `select c.id, c.partner_organization_id, coalesce(p.name, '') as partner_organization_name, c.purpose,
              c.method, c.obtained_on::text as obtained_on, c.obtained_by_id, u.display_name as obtained_by_name,
              c.note, c.withdrawn_at
       from referral_consent c
       left join partner_organization p on p.id = c.partner_organization_id and p.tenant_id = c.tenant_id
       left join app_user u on u.id = c.obtained_by_id
       where c.tenant_id = ? and ${condition}
       order by c.created_at desc, c.id desc`,
      [this.tenantDb.tenantId, value],
    );
    return rows.map((row) => ({
      id: row.id,
      partnerOrganizationId: row.partner_organization_id,
      partnerOrganizationName: row.partner_organization_name,
      purpose: row.purpose,
      method: row.method,
      obtainedOn: row.obtained_on,
      obtainedById: row.obtained_by_id,
      obtainedByName: row.obtained_by_name ?? FORMER_MEMBER,
      note: row.note,
      withdrawnAt: row.withdrawn_at ? new Date(row.withdrawn_at) : null,
    }));
  }

  /** The consent a draft is sent under (its own, or the family's latest for that partner), locked. */
  private async consentFor(em: EntityManager, referral: Referral): Promise<ReferralConsent | null> {
    if (referral.consentId) {
      await this.usableConsent(em, referral.consentId, referral.registrantId, referral.partnerOrganizationId);
    }
    return em.findOne(
      ReferralConsent,
      {
        tenant: this.tenantDb.tenantId,
        registrantId: referral.registrantId,
        partnerOrganizationId: referral.partnerOrganizationId,
        withdrawnAt: null,
        ...(referral.consentId ? { id: referral.consentId } : {}),
      },
      { orderBy: { createdAt: 'desc' }, lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  private async usableConsent(
    em: EntityManager,
    consentId: string,
    registrantId: string,
    partnerOrganizationId: string,
  ): Promise<ReferralConsent> {
    const consent = await em.findOne(ReferralConsent, { id: consentId, tenant: this.tenantDb.tenantId });
    if (!consent || consent.registrantId !== registrantId || consent.partnerOrganizationId !== partnerOrganizationId) {
      throw new BadUserInputError(
        [{ field: 'consentId', messages: ['no consent of this family for this partner'] }],
        'CONSENT_REQUIRED',
      );
    }
    if (consent.withdrawnAt) {
      throw new BadUserInputError(
        [{ field: 'consentId', messages: ['this consent was withdrawn'] }],
        'CONSENT_WITHDRAWN',
      );
    }
    return consent;
  }

  private async familyOf(em: EntityManager, conversationId: string) {
    const family = isUuid(conversationId) ? await this.family.ofConversation(em, conversationId) : null;
    if (!family) throw new NotFoundError('CONVERSATION_NOT_FOUND', 'No such conversation');
    return family;
  }

  private async partnerOrganization(em: EntityManager, id: string, field: string): Promise<void> {
    if (!(await this.partners.organization(em, id))) {
      throw new BadUserInputError([{ field, messages: ['no such partner organisation'] }], 'PARTNER_NOT_FOUND');
    }
  }

  /** The active partner users bound to an organisation. */
  private async partnerUsers(em: EntityManager, partnerOrganizationId: string): Promise<string[]> {
    const rows = await em.execute<{ user_id: string }[]>(
      `select user_id from membership where tenant_id = ? and role = 'partner_user' and status = 'active' and partner_organization_id = ?`,
      [this.tenantDb.tenantId, partnerOrganizationId],
    );
    return rows.map((r) => r.user_id);
  }

  private async timezone(em: EntityManager): Promise<string> {
    return (await em.findOneOrFail(Tenant, { id: this.tenantDb.tenantId }, { fields: ['timezone'] })).timezone;
  }
}

/** Seconds from `now` until the start of the day after `date` in `timeZone`. */
export function secondsUntilDayAfter(date: string, timeZone: string, now: Date): number {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  // The zone's offset at that moment: the instant whose local time in `timeZone` is 00:00.
  const local = new Date(next.toLocaleString('en-US', { timeZone }));
  const offsetMs = local.getTime() - next.getTime();
  return Math.max(1, Math.ceil((next.getTime() - offsetMs - now.getTime()) / 1000));
}

/**
 * The name of a timeline step's actor (`e`, its user `a`): null for the system; a user the tenant no
 * longer sees is a former member. A partner user sees the names of its own organisation's users
 * only: the referring side's steps show the tenant's counselling desk, never the counsellor.
 */
function actorName(asPartner: boolean): string {
  const user = `coalesce(a.display_name, '${FORMER_MEMBER}')`;
  return asPartner
    ? `case e.actor_side when 'system' then null when 'partner' then ${user} else ${REFERRING_DESK_SQL} end`
    : `case when e.actor_id is null then null else ${user} end`;
}

/** A partner user sees the ids of its own organisation's users only: never which counsellor acted. */
function actorId(asPartner: boolean): string {
  return asPartner ? `case e.actor_side when 'partner' then e.actor_id end` : 'e.actor_id';
}

interface ConsentRow {
  id: string;
  partner_organization_id: string;
  partner_organization_name: string;
  purpose: string;
  method: ConsentMethod;
  obtained_on: string;
  obtained_by_id: string;
  obtained_by_name: string | null;
  note: string | null;
  withdrawn_at: string | null;
}

/** A row of `read`: timestamps as the database writes them, json columns parsed. */
interface ReferralRow {
  id: string;
  status: ReferralStatus;
  partner_organization_id: string;
  partner_organization_name: string;
  partner_service_id: string | null;
  conversation_id: string | null;
  consent_id: string | null;
  summary: string | null;
  family_display_name: string | null;
  sent_at: string | null;
  respond_by: string | null;
  overdue_flagged: boolean;
  outcome: ReferralOutcome | null;
  close_reason: ReferralCloseReason | null;
  decline_reason: string | null;
  recall_reason: string | null;
  created_at: string;
  shared: boolean;
  share_summary: string | null;
  share_display_name: string | null;
  share_withdrawn: boolean;
  share_messages: SharedMessage[] | null;
  share_assessment_fields: SharedAssessmentField[] | null;
  /** The tenant's: today there is when the deadline is counted. */
  timezone: string;
  timeline: (Omit<ReferralTimelineStep, 'occurredAt'> & { occurredAt: string })[] | null;
}

function toView(row: ReferralRow, asPartner: boolean): ReferralView {
  return {
    id: row.id,
    status: row.status,
    partnerOrganizationId: row.partner_organization_id,
    partnerOrganizationName: row.partner_organization_name,
    partnerServiceId: row.partner_service_id,
    conversationId: row.conversation_id,
    consentId: row.consent_id,
    summary: row.summary,
    share: row.shared
      ? {
          summary: row.share_summary,
          displayName: row.share_display_name,
          messages: row.share_messages ?? [],
          assessmentFields: row.share_assessment_fields ?? [],
          withdrawn: row.share_withdrawn,
        }
      : null,
    familyDisplayName: asPartner ? row.share_display_name : row.family_display_name,
    sentAt: row.sent_at ? new Date(row.sent_at) : null,
    respondBy: row.respond_by,
    overdue: row.status === ReferralStatus.SENT && row.overdue_flagged,
    responseBusinessDaysLeft:
      row.status === ReferralStatus.SENT && row.respond_by
        ? businessDaysLeft(row.respond_by, todayIn(row.timezone))
        : null,
    outcome: row.outcome,
    closeReason: row.close_reason,
    declineReason: row.decline_reason,
    recallReason: row.recall_reason,
    createdAt: new Date(row.created_at),
    timeline: (row.timeline ?? []).map((step) => ({ ...step, occurredAt: new Date(step.occurredAt) })),
    asPartner,
  };
}
