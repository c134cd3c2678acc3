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
  createdBefore,
  parsePosition,
  type Connection,
} from '@tsunagu/platform/graphql';
import { JobsService } from '@tsunagu/platform/jobs';
import { MailService } from '@tsunagu/platform/mail';
import { FamilyRecords, NotificationKind, NotificationsService } from '@tsunagu/conversations';
import { PartnerDirectory } from '@tsunagu/partners';
import { addBusinessDays, todayIn } from '@tsunagu/platform/calendar';
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

export interface ReferralView {
  referral: Referral;
  share: ReferralShare | null;
  events: ReferralEvent[];
  partnerOrganizationName: string;
  /** The family's name: the registrant's for the referring side, the shared one for the partner. */
  familyDisplayName: string | null;
  /** Whether the reader is the partner (sees the snapshot only). */
  asPartner: boolean;
}

export interface ReferralFilter {
  status?: ReferralStatus;
  partnerOrganizationId?: string;
  overdue?: boolean;
}

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

  async consents(conversationId: string): Promise<ReferralConsent[]> {
    const em = this.tenantDb.em;
    const family = await this.familyOf(em, conversationId);
    return em.find(
      ReferralConsent,
      { tenant: this.tenantDb.tenantId, registrantId: family.registrantId },
      { orderBy: { createdAt: 'desc' } },
    );
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
    em.create(ReferralShare, {
      referralId: referral.id,
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      partnerOrganizationId: referral.partnerOrganizationId,
      summary: referral.summary,
      displayName: referral.shareDisplayName ? await this.family.displayName(em, referral.registrantId) : null,
      messages: messages.map((m) => ({ direction: m.direction, text: m.text, sentAt: m.sentAt.toISOString() })),
      sharedAt: now,
    });
    const timezone = await this.timezone(em);
    referral.sentAt = now;
    referral.respondBy = addBusinessDays(todayIn(timezone, now), (await this.settings(em)).responseBusinessDays);
    await this.move(em, referral, ReferralStatus.SENT, ReferralSide.REFERRER, {});
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

  async list(
    filter: ReferralFilter,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<ReferralView>> {
    const em = this.tenantDb.em;
    const partner = this.access.current().partnerOrganizationId;
    const position = after ? decodeCursor(after, parsePosition) : undefined;
    const rows = await em.find(
      Referral,
      {
        tenant: this.tenantDb.tenantId,
        // A partner user sees only referrals sent to their organisation (never drafts, nor a draft
        // recalled when its consent was withdrawn).
        ...(partner ? { partnerOrganizationId: partner, sentAt: { $ne: null } } : {}),
        ...(filter.partnerOrganizationId && !partner ? { partnerOrganizationId: filter.partnerOrganizationId } : {}),
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.overdue === true ? { status: ReferralStatus.SENT, overdueAt: { $ne: null } } : {}),
        ...createdBefore(position),
      },
      // Read only: not kept in the identity map, so the request's commit has nothing of it to compare.
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1, disableIdentityMap: true },
    );
    const views = await this.views(em, rows.slice(0, first), partner !== undefined);
    // Every read of a referral by a partner user is audited, in a list as well as one by one.
    if (partner) {
      for (const view of views) {
        await this.audit.record('referral.viewed_by_partner', { type: 'referral', id: view.referral.id });
      }
    }
    const byId = new Map(views.map((v) => [v.referral.id, v]));
    return connectionFromRows(
      rows,
      first,
      (r) => encodeCursor({ at: r.createdAt.toISOString(), id: r.id }),
      (r) => byId.get(r.id) as ReferralView,
    );
  }

  /** One referral; a partner user's read is audited. */
  async get(id: string): Promise<ReferralView> {
    const em = this.tenantDb.em;
    const partner = this.access.current().partnerOrganizationId;
    const referral = await this.visible(em, id);
    const [view] = await this.views(em, [referral], partner !== undefined);
    if (partner) await this.audit.record('referral.viewed_by_partner', { type: 'referral', id });
    return view;
  }

  /**
   * The referrals a live batch names, as `get` shows them, those visible in the subscriber's
   * transaction (a partner user's: sent to their organisation); a partner user's read is audited.
   */
  async liveViews(ids: string[]): Promise<ReferralView[]> {
    if (ids.length === 0) return [];
    const em = this.tenantDb.em;
    const partner = this.access.current().partnerOrganizationId;
    const referrals = await em.find(
      Referral,
      { id: { $in: ids }, tenant: this.tenantDb.tenantId },
      { orderBy: { createdAt: 'asc', id: 'asc' }, disableIdentityMap: true },
    );
    const views = await this.views(em, referrals, partner !== undefined);
    if (partner) {
      for (const view of views) {
        await this.audit.record('referral.viewed_by_partner', { type: 'referral', id: view.referral.id });
      }
    }
    return views;
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

  private async views(em: EntityManager, referrals: Referral[], asPartner: boolean): Promise<ReferralView[]> {
    if (referrals.length === 0) return [];
    const ids = referrals.map((r) => r.id);
    // What a view shows is only read: kept out of the identity map (see `list`).
    const [shares, events] = await Promise.all([
      em.find(ReferralShare, { referralId: { $in: ids } }, { disableIdentityMap: true }),
      em.find(
        ReferralEvent,
        { referralId: { $in: ids } },
        { orderBy: { occurredAt: 'asc', id: 'asc' }, disableIdentityMap: true },
      ),
    ]);
    const displayNames = asPartner
      ? new Map<string, string | null>()
      : await this.family.displayNames(em, [...new Set(referrals.map((r) => r.registrantId))]);
    const names = await this.partners.organizationNames(em, [
      ...new Set(referrals.map((r) => r.partnerOrganizationId)),
    ]);
    const views: ReferralView[] = [];
    for (const referral of referrals) {
      const share = shares.find((s) => s.referralId === referral.id) ?? null;
      views.push({
        referral,
        share,
        events: events.filter((e) => e.referralId === referral.id),
        partnerOrganizationName: names.get(referral.partnerOrganizationId) ?? '',
        familyDisplayName: asPartner ? (share?.displayName ?? null) : (displayNames.get(referral.registrantId) ?? null),
        asPartner,
      });
    }
    return views;
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
