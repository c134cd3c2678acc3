import { LiveEventKind, LiveEvents } from '@tsunagu/platform/live';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { AuditTrail, type AuditTarget } from '@tsunagu/platform/audit';
import { JobsService } from '@tsunagu/platform/jobs';
import { MailService } from '@tsunagu/platform/mail';
import { ChannelStatus, type LineChannel } from '@tsunagu/channels';
import { isOpenAt, wasOpenBetween } from './business-hours';
import { AutomaticReply, Conversation, ConversationPriority, type Message } from './conversation.entities';
import { OutboundService } from './outbound.service';
import { firingRule, foldForMatching } from './text-folding';
import {
  InboxSettings,
  KeywordRule,
  Notification,
  NotificationKind,
  UrgentEpisode,
  type CrisisContact,
} from './triage.entities';

/** The queue of escalation checks (`{ tenantId, conversationId, urgentSince }`), due after the tenant's delay. */
export const ESCALATE_QUEUE = 'conversation.escalate';

/** The queue of urgent and escalation mails (`TriageMailJob`). */
export const TRIAGE_MAIL_QUEUE = 'triage.mail';

interface TriageMailJob {
  tenantId: string;
  conversationId: string;
  kind: NotificationKind;
  /** The counsellor, for an urgent mail; escalation mails go to the tenant's contacts. */
  userId?: string;
}

interface EscalateJob {
  tenantId: string;
  conversationId: string;
  /** The urgent episode the check belongs to: a later episode has a check of its own. */
  urgentSince: string;
}

/** What a new tenant starts with; each tenant edits its own. */
export const DEFAULT_KEYWORDS = [
  // Stems, so that 死にたくなる, 死にたかった and 消えたくて match too.
  '死にた',
  'しにた',
  '消えたい',
  '消えたく',
  'きえたい',
  'きえたく',
  '自殺',
  '自傷',
  'リスカ',
  'リストカット',
  '飛び降り',
  '殺され',
  'ころされ',
  '殺す',
  '叩かれ',
  'たたかれ',
  '殴られ',
  'なぐられ',
  '蹴られ',
  '暴力',
  '虐待',
  'DV',
];

export const DEFAULT_CRISIS_CONTACTS: CrisisContact[] = [
  { name: '児童相談所虐待対応ダイヤル', phone: '189', note: '24時間・通話料無料' },
  { name: '警察（いますぐ危険なとき）', phone: '110', note: null },
  { name: '救急・消防', phone: '119', note: null },
  { name: 'よりそいホットライン', phone: '0120-279-338', note: '24時間・無料' },
];

/** A keyword rule as triage matches it. */
export interface TriageRule {
  id: string;
  keyword: string;
  folded: string;
  createdAt: Date;
}

/**
 * What triage reads once per transaction, however many messages of the tenant it looks at, and what
 * it writes last: the audit records, once every other row of the transaction is written (`finish`),
 * so that the audit chain's lock is the last lock the transaction takes, as in a counsellor's
 * request.
 */
export class TriageRun {
  settings?: InboxSettings;
  /** The keyword rules: as the tenant wrote them, and folded. */
  keywords?: TriageRule[];
  timezone?: string;
  /** The counsellors urgent conversations are notified to. */
  recipients?: { id: string; email: string }[];
  readonly audits: { action: string; target: AuditTarget }[] = [];
}

/**
 * Urgent triage and automatic answers, for each new message from a family, in the transaction that
 * stores it:
 * - keyword rules (NFKC, kana-folded) mark the conversation URGENT and notify the counsellors on
 *   duty (everyone when nobody is), in the app and by email (a link, no content);
 * - outside business hours the family gets one automatic answer per closed period: the crisis
 *   contacts when the message is urgent, the channel's out-of-hours reply otherwise;
 * - an urgent conversation nobody acknowledges within the tenant's delay is escalated by email.
 */
@Injectable()
export class TriageService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenantDb: TenantDb,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly audit: AuditTrail,
    private readonly outbound: OutboundService,
    private readonly live: LiveEvents,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<EscalateJob>(ESCALATE_QUEUE, (job) =>
      this.escalate(job.tenantId, job.conversationId, job.urgentSince),
    );
    await this.jobs.work<TriageMailJob>(TRIAGE_MAIL_QUEUE, (job) => this.sendMail(job));
  }

  /**
   * The tenant's settings. The first time a tenant needs them they are created with the defaults,
   * keyword rules included; concurrent first uses create them once.
   */
  async settings(em: EntityManager, tenantId: string): Promise<InboxSettings> {
    const existing = await em.findOne(InboxSettings, { tenant: tenantId });
    if (existing) return existing;
    const created = await em.execute<{ tenant_id: string }[]>(
      `insert into inbox_settings (tenant_id, crisis_contacts, created_at, updated_at)
       values (?, ?::jsonb, now(), now()) on conflict do nothing returning tenant_id`,
      [tenantId, JSON.stringify(DEFAULT_CRISIS_CONTACTS)],
    );
    if (created.length > 0) {
      for (const keyword of DEFAULT_KEYWORDS) {
        em.create(KeywordRule, {
          tenant: em.getReference(Tenant, tenantId),
          keyword,
          folded: foldForMatching(keyword),
        });
      }
      await em.flush();
    }
    return em.findOneOrFail(InboxSettings, { tenant: tenantId });
  }

  /** Triage of a family's new message; `run` is the transaction's, finished by `finish` once it is written. */
  async onFamilyMessage(
    em: EntityManager,
    tenantId: string,
    channel: LineChannel,
    conversation: Conversation,
    message: Message,
    run: TriageRun,
  ): Promise<void> {
    run.settings ??= await this.settings(em, tenantId);
    const settings = run.settings;
    let keyword: string | undefined;
    if (message.text) {
      run.keywords ??= await this.keywordRules(em, tenantId);
      keyword = firingRule(message.text, run.keywords)?.keyword;
    }
    const urgent = keyword !== undefined;
    if (keyword !== undefined) await this.markUrgent(em, tenantId, conversation, keyword, settings, run);
    await this.answerOutOfHours(em, tenantId, channel, conversation, settings, urgent, message.sentAt, run);
  }

  /**
   * The tenant's keyword rules in the order triage tries them (`firingRule` takes the first that
   * matches). The settings page's "try a sentence" reads them here too, so it shows what triage does.
   */
  async keywordRules(em: EntityManager, tenantId: string): Promise<TriageRule[]> {
    const rules = await em.find(
      KeywordRule,
      { tenant: tenantId },
      { fields: ['keyword', 'folded', 'createdAt'], orderBy: { keyword: 'asc', id: 'asc' } },
    );
    return rules.map((r) => ({ id: r.id, keyword: r.keyword, folded: r.folded, createdAt: r.createdAt }));
  }

  /** Writes what `run` deferred, in the transaction of `em`, after its other rows. */
  async finish(run: TriageRun): Promise<void> {
    for (const { action, target } of run.audits) await this.audit.record(action, target);
    run.audits.length = 0;
  }

  private async markUrgent(
    em: EntityManager,
    tenantId: string,
    conversation: Conversation,
    keyword: string,
    settings: InboxSettings,
    run: TriageRun,
  ): Promise<void> {
    if (conversation.priority !== ConversationPriority.URGENT) {
      this.live.publish(LiveEventKind.ConversationUpdated, conversation.id);
    }
    conversation.priority = ConversationPriority.URGENT;
    // Already waiting for a counsellor: they were told, and the escalation is on its way.
    if (conversation.urgentSince) return;
    const urgentSince = new Date();
    conversation.urgentSince = urgentSince;
    conversation.urgentKeyword = keyword;
    em.create(UrgentEpisode, {
      tenant: em.getReference(Tenant, tenantId),
      conversationId: conversation.id,
      beganAt: urgentSince,
    });
    run.recipients ??= await this.counsellors(em, tenantId, { onDutyFirst: true });
    const recipients = run.recipients;
    this.notify(em, tenantId, conversation, NotificationKind.URGENT, recipients);
    for (const recipient of recipients) {
      await this.jobs.enqueue(em, TRIAGE_MAIL_QUEUE, {
        tenantId,
        conversationId: conversation.id,
        kind: NotificationKind.URGENT,
        userId: recipient.id,
      });
    }
    run.audits.push({ action: 'conversation.marked_urgent', target: { type: 'conversation', id: conversation.id } });
    await this.jobs.enqueue(
      em,
      ESCALATE_QUEUE,
      { tenantId, conversationId: conversation.id, urgentSince: urgentSince.toISOString() },
      { startAfterSeconds: settings.escalationMinutes * 60 },
    );
  }

  private async answerOutOfHours(
    em: EntityManager,
    tenantId: string,
    channel: LineChannel,
    conversation: Conversation,
    settings: InboxSettings,
    urgent: boolean,
    writtenAt: Date,
    run: TriageRun,
  ): Promise<void> {
    if (!channel.businessHours || channel.status !== ChannelStatus.ACTIVE) return;
    run.timezone ??= (await em.findOneOrFail(Tenant, { id: tenantId }, { fields: ['timezone'] })).timezone;
    const timezone = run.timezone;
    // Closed when the family wrote, and still closed now (a message processed late, e.g. after an
    // outage, must not be told "we are closed" while counsellors are at work).
    if (isOpenAt(channel.businessHours, writtenAt, timezone) || isOpenAt(channel.businessHours, new Date(), timezone))
      return;
    const answeredThisPeriod = (at: Date | null | undefined) =>
      Boolean(at) && !wasOpenBetween(channel.businessHours, at as Date, writtenAt, timezone);

    if (urgent && settings.crisisContacts.length > 0) {
      if (answeredThisPeriod(conversation.crisisRepliedAt)) return;
      conversation.crisisRepliedAt = writtenAt;
      // The crisis answer replaces the generic one for the rest of this closed period.
      conversation.outOfHoursRepliedAt = writtenAt;
      await this.outbound.queue(em, tenantId, conversation, crisisReply(settings.crisisContacts), {
        automatic: AutomaticReply.CRISIS,
      });
      return;
    }
    if (!channel.outOfHoursReply || answeredThisPeriod(conversation.outOfHoursRepliedAt)) return;
    conversation.outOfHoursRepliedAt = writtenAt;
    await this.outbound.queue(em, tenantId, conversation, channel.outOfHoursReply, {
      automatic: AutomaticReply.OUT_OF_HOURS,
    });
  }

  /** The job: nobody acknowledged the urgent episode in time; tell the escalation contacts. */
  async escalate(tenantId: string, conversationId: string, urgentSince: string): Promise<void> {
    await this.tenantDb.withTenant(tenantId, async (em) => {
      // Locked: an acknowledgement committing now either comes first (no escalation) or waits.
      const conversation = await em.findOne(
        Conversation,
        { id: conversationId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!conversation?.urgentSince || conversation.urgentSince.toISOString() !== urgentSince) return;
      if (conversation.escalatedAt && conversation.escalatedAt >= conversation.urgentSince) return;
      conversation.escalatedAt = new Date();
      const settings = await this.settings(em, tenantId);
      const counsellors = await this.counsellors(em, tenantId, { onDutyFirst: false });
      this.notify(em, tenantId, conversation, NotificationKind.ESCALATED, counsellors);
      if (settings.escalationEmails.length > 0) {
        await this.jobs.enqueue(em, TRIAGE_MAIL_QUEUE, {
          tenantId,
          conversationId,
          kind: NotificationKind.ESCALATED,
        });
      }
      await this.audit.record(
        'conversation.escalated',
        { type: 'conversation', id: conversationId },
        { contacts: settings.escalationEmails.length, minutes: settings.escalationMinutes },
      );
    });
  }

  /**
   * The job: one urgent mail to a counsellor, or the escalation mail to the tenant's contacts.
   * Addresses are read when the mail goes (job data carries ids only); the SMTP exchange happens
   * outside any transaction, and a failure throws so the queue tries again. An escalation retried
   * after a partial failure may reach a contact twice: better than not at all.
   */
  async sendMail(job: TriageMailJob): Promise<void> {
    const recipients = await this.tenantDb.withTenant(job.tenantId, async (em) => {
      if (job.kind === NotificationKind.URGENT) {
        const counsellors = await this.counsellors(em, job.tenantId, { onDutyFirst: false });
        return counsellors.filter((c) => c.id === job.userId).map((c) => c.email);
      }
      return (await this.settings(em, job.tenantId)).escalationEmails;
    });
    const link = `${this.config.publicBaseUrl}/inbox/conversations/${job.conversationId}`;
    const mail =
      job.kind === NotificationKind.URGENT
        ? {
            subject: '【tsunagu】緊急の可能性がある相談が届きました',
            lines: ['緊急の可能性があるキーワードを含む相談が届きました。受信箱で確認してください。'],
          }
        : {
            subject: '【tsunagu】緊急の相談に対応が必要です',
            lines: [
              '緊急と判定された相談に、決められた時間内に相談員の対応がありませんでした。',
              'すぐに受信箱を確認してください。',
            ],
          };
    for (const to of recipients) {
      await this.mail.deliver({
        to,
        subject: mail.subject,
        text: [...mail.lines, '', link, '', 'このメールには相談の内容は含まれていません。'].join('\n'),
      });
    }
  }

  /**
   * Active counsellors of the tenant (id and email). With `onDutyFirst`, those on duty, or all
   * when nobody is.
   */
  private async counsellors(
    em: EntityManager,
    tenantId: string,
    { onDutyFirst }: { onDutyFirst: boolean },
  ): Promise<{ id: string; email: string }[]> {
    const rows = await em.execute<{ id: string; email: string; on_duty: boolean }[]>(
      `select u.id, u.email, coalesce(d.on_duty, false) as on_duty
       from membership m
       join app_user u on u.id = m.user_id and u.status = 'active'
       left join counsellor_duty d on d.tenant_id = m.tenant_id and d.user_id = m.user_id
       where m.tenant_id = ? and m.role = 'counselor' and m.status = 'active'
       order by u.email`,
      [tenantId],
    );
    const onDuty = rows.filter((r) => r.on_duty);
    return onDutyFirst && onDuty.length > 0 ? onDuty : rows;
  }

  /** Written with the transaction's next flush. */
  private notify(
    em: EntityManager,
    tenantId: string,
    conversation: Conversation,
    kind: NotificationKind,
    recipients: { id: string }[],
  ): void {
    for (const recipient of recipients) {
      const notification = em.create(Notification, {
        tenant: em.getReference(Tenant, tenantId),
        userId: recipient.id,
        kind,
        conversation,
        urgentSince: conversation.urgentSince ?? null,
      });
      this.live.publish(LiveEventKind.NotificationCreated, notification.id, recipient.id);
    }
  }
}

/** The automatic answer to an urgent message out of hours: the tenant's crisis contacts. */
export function crisisReply(contacts: readonly CrisisContact[]): string {
  return [
    'メッセージを受け取りました。ただいま受付時間外のため、相談員がすぐにお返事できないことがあります。',
    'いますぐ助けが必要なときは、こちらに連絡してください。',
    ...contacts.map((c) => `・${c.name}：${c.phone}${c.note ? `（${c.note}）` : ''}`),
  ].join('\n');
}
