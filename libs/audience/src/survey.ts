import { createHash, randomInt, randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { JobsService, RetryLater } from '@tsunagu/platform/jobs';
import { AuditTrail } from '@tsunagu/platform/audit';
import { todayIn } from '@tsunagu/platform/calendar';
import { LineMessagingClient, type QuickReplyItem } from '@tsunagu/channels';
import {
  AutomaticReply,
  LineEventProcessor,
  RegistrantStatus,
  type FamilyEventContext,
  type FamilyEventHandler,
  type IncomingTextContext,
} from '@tsunagu/conversations';
import {
  AttributeKind,
  RegistrantAttribute,
  RegistrantAttributeValue,
  TestRecipient,
  TestRecipientLinkCode,
} from './audience.entities';
import { listAttributes, MAX_YEAR_MONTHS, replaceValues, valuesProblem, YEAR_MONTH } from './attributes.service';

/** What a rich menu button sends to (re)start the survey; answers carry `survey?…`. */
export const SURVEY_POSTBACK = 'survey';

export const SURVEY_TEXTS = {
  intro:
    'お住まいの地域やお子さんの年齢に合ったお知らせをお届けするため、いくつか教えてください（スキップもできます）。',
  skip: 'スキップ',
  done: '以上です',
  pickMonth: '生年月を選ぶ',
  monthHint: '（カレンダーでは、その月のどの日を選んでもかまいません）',
  moreChoices: 'ほかにもあれば選んでください。',
  moreMonths: 'ほかにもお子さんがいれば、生年月を選んでください。',
  thanks:
    'アンケートにご回答いただき、ありがとうございました。あとから答え直すときは、メニューの「アンケート」を押してください。',
  linked: 'テスト配信の受信者として登録しました',
  badCode: 'このコードは使えません（期限切れか、すでに使われています）。管理画面で新しいコードを表示してください。',
} as const;

/** A link code as the console shows it: `T-` and 6 characters that cannot be mistaken (no 0/O, 1/I). */
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const CODE = /^T-[2-9A-HJ-NP-Z]{6}$/;
export const LINK_CODE_MINUTES = 15;

/** Pushes a short notice to a LINE user who is no family (a staff member linking their account). */
export const LINE_NOTICE_QUEUE = 'audience.line-notice';

interface NoticeJob {
  tenantId: string;
  channelId: string;
  lineUserId: string;
  text: string;
  /** Chosen when queued: a retried job is delivered once. */
  retryKey: string;
}

export function newLinkCode(): string {
  return `T-${Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')}`;
}

export function linkCodeHash(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

/**
 * The family survey on LINE and the staff's link codes, run by the event processor in the event's
 * transaction (so a redelivered event changes nothing twice).
 *
 * The survey keeps no state: each question's buttons carry the attribute and the answer
 * (`survey?a=<key>&v=<choice>`, `survey?ym=<key>` with the picked date, `survey?skip=<key>`,
 * `survey?done=<key>`), and the next question is the next survey attribute in order. A follow asks
 * from the first attribute the family has not answered; `survey` (a rich menu button) asks from the
 * first. Answers are stored as the family's values and become no message: counsellors see the
 * questions and the closing thanks in the thread, and the values in the family card.
 */
@Injectable()
export class SurveyHandler implements FamilyEventHandler, OnModuleInit {
  constructor(
    processor: LineEventProcessor,
    private readonly tenantDb: TenantDb,
    private readonly jobs: JobsService,
    private readonly line: LineMessagingClient,
    private readonly audit: AuditTrail,
  ) {
    processor.register(this);
  }

  /** The survey's attributes, read once per transaction however many events it processes. */
  private readonly attributes = new WeakMap<EntityManager, Promise<RegistrantAttribute[]>>();

  /** Links made by a transaction, audited when it finishes (`finish`). */
  private readonly linked = new WeakMap<EntityManager, { channelId: string; userId: string }[]>();

  async onModuleInit(): Promise<void> {
    await this.jobs.work<NoticeJob>(LINE_NOTICE_QUEUE, (job) => this.notice(job));
  }

  async followed(context: FamilyEventContext): Promise<void> {
    const attributes = await this.surveyAttributes(context.em);
    if (attributes.length === 0) return;
    const answered = new Set(
      (
        await context.em.find(
          RegistrantAttributeValue,
          { registrant: context.registrant.id },
          { fields: ['attribute'] },
        )
      ).map((v) => v.attribute.id),
    );
    const first = attributes.find((a) => !answered.has(a.id));
    if (first) await this.ask(context, first, true);
  }

  ownsPostback(data: string): boolean {
    return data === SURVEY_POSTBACK || data.startsWith(`${SURVEY_POSTBACK}?`);
  }

  async postback(context: FamilyEventContext, data: string, params: Readonly<Record<string, string>>): Promise<void> {
    const attributes = await this.surveyAttributes(context.em);
    if (data === SURVEY_POSTBACK) {
      if (attributes[0]) await this.ask(context, attributes[0], true);
      return;
    }
    const query = new URLSearchParams(data.slice(SURVEY_POSTBACK.length + 1));
    const key = query.get('a') ?? query.get('ym') ?? query.get('skip') ?? query.get('done');
    const index = attributes.findIndex((a) => a.key === key);
    // An attribute no longer asked (deleted, or taken out of the survey): nothing to store or ask.
    if (index < 0) return;
    const attribute = attributes[index];
    const next = async () => {
      const following = attributes[index + 1];
      if (following) await this.ask(context, following, false);
      else await context.send(SURVEY_TEXTS.thanks, { automatic: AutomaticReply.SURVEY });
    };
    if (query.has('skip') || query.has('done')) return next();

    const current = (
      await context.em.find(RegistrantAttributeValue, { registrant: context.registrant.id, attribute: attribute.id })
    ).map((v) => v.value);
    if (query.has('ym')) {
      const month = params['date']?.slice(0, 7);
      if (!month || !YEAR_MONTH.test(month)) return next();
      const values = [...new Set([...current, month])].sort();
      if (valuesProblem(attribute, values)) return next();
      await replaceValues(context.em, context.registrant, attribute, values);
      if (values.length >= MAX_YEAR_MONTHS) return next();
      return this.askAgain(context, attribute, values);
    }
    const choice = query.get('v') ?? '';
    if (!attribute.choices.includes(choice)) return next();
    if (attribute.kind === AttributeKind.MULTIPLE_CHOICE) {
      const values = [...new Set([...current, choice])].sort();
      await replaceValues(context.em, context.registrant, attribute, values);
      if (attribute.choices.every((c) => values.includes(c))) return next();
      return this.askAgain(context, attribute, values);
    }
    await replaceValues(context.em, context.registrant, attribute, [choice]);
    return next();
  }

  /**
   * A staff member's link code (`T-XXXXXX`). A valid one links the sender and never reaches the
   * inbox; an unknown or used one is answered so only when a linked staff member sent it. From
   * anyone else it is a family's message like any other: a family's words are never swallowed.
   */
  async text(context: IncomingTextContext): Promise<boolean> {
    const code = context.text.normalize('NFKC').trim().toUpperCase();
    if (!CODE.test(code)) return false;
    const { em } = context;
    const now = new Date();
    const found = await em.findOne(TestRecipientLinkCode, {
      channel: context.channel.id,
      codeHash: linkCodeHash(code),
      usedAt: null,
      expiresAt: { $gt: now },
    });
    if (found) {
      found.usedAt = now;
      // One account per user and channel, and one user per account: an earlier link of either goes.
      await em.nativeDelete(TestRecipient, {
        channel: context.channel.id,
        $or: [{ userId: found.userId }, { lineUserId: context.lineUserId }],
      });
      em.create(TestRecipient, {
        tenant: em.getReference(Tenant, context.tenantId),
        channel: context.channel,
        userId: found.userId,
        lineUserId: context.lineUserId,
      });
      await em.flush();
      const links = this.linked.get(em) ?? [];
      links.push({ channelId: context.channel.id, userId: found.userId });
      this.linked.set(em, links);
    } else if ((await em.count(TestRecipient, { channel: context.channel.id, lineUserId: context.lineUserId })) === 0) {
      return false;
    }
    await this.jobs.enqueue(em, LINE_NOTICE_QUEUE, {
      tenantId: context.tenantId,
      channelId: context.channel.id,
      lineUserId: context.lineUserId,
      text: found ? SURVEY_TEXTS.linked : SURVEY_TEXTS.badCode,
      retryKey: randomUUID(),
    } satisfies NoticeJob);
    return true;
  }

  private surveyAttributes(em: EntityManager): Promise<RegistrantAttribute[]> {
    let attributes = this.attributes.get(em);
    if (!attributes) {
      attributes = listAttributes(em).then((all) => all.filter((a) => a.askedInSurvey));
      this.attributes.set(em, attributes);
    }
    return attributes;
  }

  async finish(em: EntityManager): Promise<void> {
    this.attributes.delete(em);
    const links = this.linked.get(em);
    if (!links) return;
    this.linked.delete(em);
    for (const link of links) {
      await this.audit.record(
        'test_recipient.linked',
        { type: 'line_channel', id: link.channelId },
        { userId: link.userId },
      );
    }
  }

  private async ask(context: FamilyEventContext, attribute: RegistrantAttribute, first: boolean): Promise<void> {
    if (context.registrant.status === RegistrantStatus.BLOCKED) return;
    const question = attribute.question ?? attribute.label;
    const skip = button(SURVEY_TEXTS.skip, `skip=${encodeURIComponent(attribute.key)}`);
    let text = first ? `${SURVEY_TEXTS.intro}\n\n${question}` : question;
    let items: QuickReplyItem[];
    if (attribute.kind === AttributeKind.YEAR_MONTH) {
      text += `\n${SURVEY_TEXTS.monthHint}`;
      items = [await this.monthPicker(context, attribute), skip];
    } else {
      items = [...attribute.choices.map((choice) => this.choiceButton(attribute, choice)), skip];
    }
    await context.send(text, { automatic: AutomaticReply.SURVEY, quickReply: items });
  }

  /** The same attribute once more (another child, another interest), with 「以上です」 to go on. */
  private async askAgain(context: FamilyEventContext, attribute: RegistrantAttribute, values: string[]): Promise<void> {
    const done = button(SURVEY_TEXTS.done, `done=${encodeURIComponent(attribute.key)}`);
    if (attribute.kind === AttributeKind.YEAR_MONTH) {
      await context.send(SURVEY_TEXTS.moreMonths, {
        automatic: AutomaticReply.SURVEY,
        quickReply: [await this.monthPicker(context, attribute), done],
      });
      return;
    }
    const remaining = attribute.choices.filter((c) => !values.includes(c));
    await context.send(SURVEY_TEXTS.moreChoices, {
      automatic: AutomaticReply.SURVEY,
      quickReply: [...remaining.map((choice) => this.choiceButton(attribute, choice)), done],
    });
  }

  private choiceButton(attribute: RegistrantAttribute, choice: string): QuickReplyItem {
    return button(choice, `a=${encodeURIComponent(attribute.key)}&v=${encodeURIComponent(choice)}`);
  }

  /** LINE's datetime picker has no month mode: the family picks any day of the month, the month is kept. */
  private async monthPicker(context: FamilyEventContext, attribute: RegistrantAttribute): Promise<QuickReplyItem> {
    const tenant = await context.em.findOneOrFail(Tenant, { id: context.tenantId }, { fields: ['timezone'] });
    return {
      type: 'action',
      action: {
        type: 'datetimepicker',
        label: SURVEY_TEXTS.pickMonth,
        data: `${SURVEY_POSTBACK}?ym=${encodeURIComponent(attribute.key)}`,
        mode: 'date',
        max: todayIn(tenant.timezone),
        min: '2000-01-01',
      },
    };
  }

  /** The job: one push with the notice's retry key, outside any transaction. */
  private async notice(job: NoticeJob): Promise<void> {
    const accessToken = await this.tenantDb.withTenant(job.tenantId, (em: EntityManager) =>
      this.line.accessToken(em, job.channelId),
    );
    const outcome = await this.line.push(accessToken, job.lineUserId, [{ type: 'text', text: job.text }], job.retryKey);
    if (outcome.kind === 'retry') throw new RetryLater(`LINE did not take the notice (${outcome.reason}): retrying`);
  }
}

function button(label: string, query: string): QuickReplyItem {
  return {
    type: 'action',
    action: { type: 'postback', label, data: `${SURVEY_POSTBACK}?${query}`, displayText: label },
  };
}
