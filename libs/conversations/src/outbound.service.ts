import { LiveEventKind, LiveEvents } from '@tsunagu/platform/live';
import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError, NotFoundError } from '@tsunagu/platform/errors';
import { AuditTrail, AUDIT_ACTOR, type AuditActor } from '@tsunagu/platform/audit';
import { JobsService, RetryLater } from '@tsunagu/platform/jobs';
import { LineChannel, LineMessagingClient, type QuickReplyItem, type TextMessage } from '@tsunagu/channels';
import { ClsService } from 'nestjs-cls';
import {
  AutomaticReply,
  Conversation,
  ConversationStatus,
  DeliveryStatus,
  Message,
  MessageDirection,
  Registrant,
  RegistrantStatus,
} from './conversation.entities';
import { acknowledgeUrgent } from './acknowledgement';
import { isOpenAt } from './business-hours';

/** The queue of outbound messages (`{ tenantId, messageId }`). */
export const LINE_SEND_QUEUE = 'line.send';
/** LINE accepts a reply token for a short while; older tokens are not tried. */
const REPLY_TOKEN_SECONDS = 50;

interface SendJob {
  tenantId: string;
  messageId: string;
}

/**
 * Counsellors' replies. `reply` stores the message (with its retry key) and enqueues its sending in
 * one transaction. The job then sends it, each LINE call outside any transaction:
 * - by reply while the conversation's reply token is fresh: attempted once; a certain refusal (4xx)
 *   falls back to push; no answer or a 5xx leaves the message UNKNOWN, never sent twice;
 * - otherwise by push with `X-Line-Retry-Key`: 429, 5xx and timeouts are retried with the same key,
 *   so LINE delivers the message once; a 409 means an earlier attempt was delivered.
 */
@Injectable()
export class OutboundService implements OnModuleInit {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly jobs: JobsService,
    private readonly line: LineMessagingClient,
    private readonly audit: AuditTrail,
    private readonly cls: ClsService,
    private readonly live: LiveEvents,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<SendJob>(LINE_SEND_QUEUE, (job, run) => this.send(job.tenantId, job.messageId, run.lastTry));
  }

  async reply(conversationId: string, text: string): Promise<Message> {
    const em = this.tenantDb.em;
    const conversation = await em.findOne(
      Conversation,
      { id: conversationId, tenant: this.tenantDb.tenantId },
      { populate: ['registrant', 'replyToken'] },
    );
    if (!conversation) throw new NotFoundError('CONVERSATION_NOT_FOUND', 'No such conversation');
    if (conversation.registrant.getEntity().status === RegistrantStatus.BLOCKED) {
      throw registrantBlocked('conversationId');
    }
    const actor = this.cls.get<AuditActor | undefined>(AUDIT_ACTOR);
    const message = await this.queue(em, this.tenantDb.tenantId, conversation, text, {
      sentByUserId: actor?.userId ?? null,
    });
    if (conversation.awaitingSince) {
      const [channel, tenant] = await Promise.all([
        em.findOneOrFail(LineChannel, { id: conversation.registrant.getEntity().channel.id }),
        em.findOneOrFail(Tenant, { id: this.tenantDb.tenantId }),
      ]);
      message.answersSince = conversation.awaitingSince;
      message.answersInHours = isOpenAt(channel.businessHours, conversation.awaitingSince, tenant.timezone);
      conversation.firstResponseAt ??= message.sentAt;
      conversation.awaitingSince = null;
    }
    conversation.unreadCount = 0;
    await acknowledgeUrgent(this.audit, conversation, 'replied');
    await em.flush();
    await this.audit.record('message.sent', { type: 'message', id: message.id }, { conversationId });
    return message;
  }

  /**
   * Sends a counsellor's reply again after it FAILED or its fate is UNKNOWN: queued again by push
   * with the retry key of its first sending, so that LINE delivers it once (409 for a key it has
   * accepted: a push it took counts as sent). A reply sent with a reply token has no retry key at
   * LINE: one that did arrive though UNKNOWN reaches the family twice, which the counsellor weighs.
   * Locked, so that two retries at once queue it once. Any other message is refused, unchanged.
   */
  async retry(messageId: string): Promise<Message> {
    const em = this.tenantDb.em;
    const message = await em.findOne(
      Message,
      { id: messageId, tenant: this.tenantDb.tenantId },
      { populate: ['replyToken'], lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!message) throw new NotFoundError('MESSAGE_NOT_FOUND', 'No such message');
    const from = message.deliveryStatus;
    const retryable =
      message.direction === MessageDirection.OUT &&
      !message.automatic &&
      (from === DeliveryStatus.FAILED || from === DeliveryStatus.UNKNOWN);
    if (!retryable) {
      throw new BadUserInputError(
        [{ field: 'messageId', messages: ["only a counsellor's reply that FAILED or is UNKNOWN can be sent again"] }],
        'MESSAGE_NOT_RETRYABLE',
        'This message cannot be sent again',
      );
    }
    const conversation = await em.findOneOrFail(
      Conversation,
      { id: message.conversation.id },
      { populate: ['registrant'] },
    );
    if (conversation.registrant.getEntity().status === RegistrantStatus.BLOCKED) throw registrantBlocked('messageId');
    message.deliveryStatus = DeliveryStatus.QUEUED;
    message.deliveryError = null;
    // By push, with the retry key: a reply token is single use, and LINE keeps no key for replies.
    message.replyToken = null;
    await em.flush();
    await this.jobs.enqueue(em, LINE_SEND_QUEUE, { tenantId: this.tenantDb.tenantId, messageId: message.id });
    this.live.publish(LiveEventKind.DeliveryUpdated, conversation.id, message.id);
    await this.audit.record(
      'message.retried',
      { type: 'message', id: message.id },
      { conversationId: conversation.id, from },
    );
    return message;
  }

  /**
   * Stores an outbound message with its retry key and enqueues its sending, in the transaction of
   * `em`. It goes by reply while the conversation's reply token is fresh (spending the token), by
   * push otherwise. The caller has checked that the family has not blocked the account.
   */
  async queue(
    em: EntityManager,
    tenantId: string,
    conversation: Conversation,
    text: string,
    by: { sentByUserId?: string | null; automatic?: AutomaticReply; quickReply?: QuickReplyItem[] },
  ): Promise<Message> {
    const now = new Date();
    const fresh =
      conversation.replyToken &&
      conversation.replyTokenAt &&
      now.getTime() - conversation.replyTokenAt.getTime() < REPLY_TOKEN_SECONDS * 1000;
    const message = em.create(Message, {
      tenant: em.getReference(Tenant, tenantId),
      conversation,
      direction: MessageDirection.OUT,
      type: 'text',
      text: text.normalize('NFC'),
      sentByUserId: by.sentByUserId ?? null,
      automatic: by.automatic ?? null,
      quickReply: by.quickReply?.length ? by.quickReply : null,
      sentAt: now,
      deliveryStatus: DeliveryStatus.QUEUED,
      retryKey: randomUUID(),
      replyToken: fresh ? conversation.replyToken : null,
    });
    // A reply token is single use.
    if (fresh) conversation.replyToken = null;
    if (now > conversation.lastMessageAt) conversation.lastMessageAt = now;
    await em.flush();
    await this.jobs.enqueue(em, LINE_SEND_QUEUE, { tenantId, messageId: message.id });
    this.live.publish(LiveEventKind.MessageSent, conversation.id, message.id);
    return message;
  }

  /**
   * An automatic message to a family outside any LINE event (a step of another domain's process,
   * such as a food-delivery application decided by staff), in the transaction of `em`: stored in the
   * family's thread (started resolved if they have none) with its retry key, and sent by the job by
   * push. Answers false, sending nothing, when the family has blocked the account.
   */
  async notifyFamily(
    em: EntityManager,
    tenantId: string,
    registrantId: string,
    text: string,
    automatic: AutomaticReply,
  ): Promise<boolean> {
    const registrant = await em.findOneOrFail(Registrant, { id: registrantId, tenant: tenantId });
    if (registrant.status === RegistrantStatus.BLOCKED) return false;
    let conversation = await em.findOne(Conversation, { registrant: registrantId, tenant: tenantId });
    if (!conversation) {
      conversation = em.create(Conversation, {
        tenant: em.getReference(Tenant, tenantId),
        registrant,
        status: ConversationStatus.RESOLVED,
        lastMessageAt: new Date(),
      });
      this.live.publish(LiveEventKind.ConversationOpened, conversation.id);
    }
    await this.queue(em, tenantId, conversation, text, { automatic });
    return true;
  }

  /**
   * The job: one attempt, in short transactions around the LINE call. A push LINE has not taken by
   * the job's last try is FAILED, with the reason, not left QUEUED: the counsellor sees it and may
   * send it again (with its retry key: LINE delivers it once even if an earlier try did arrive).
   */
  async send(tenantId: string, messageId: string, lastTry = false): Promise<void> {
    const plan = await this.tenantDb.withTenant(tenantId, async (em) => {
      const message = await em.findOne(Message, { id: messageId }, { populate: ['replyToken', 'conversation'] });
      if (!message || message.deliveryStatus !== DeliveryStatus.QUEUED) return null;
      const registrant = await em.findOneOrFail(Registrant, { id: message.conversation.getEntity().registrant.id });
      if (registrant.status === RegistrantStatus.BLOCKED) {
        message.deliveryStatus = DeliveryStatus.FAILED;
        message.deliveryError = 'the family blocked the account';
        this.live.publish(LiveEventKind.DeliveryUpdated, message.conversation.id, message.id);
        return null;
      }
      const useReply = Boolean(message.replyToken) && !message.replyAttemptedAt;
      // Recorded before the call: whatever happens next, the reply is never attempted twice.
      if (useReply) message.replyAttemptedAt = new Date();
      return {
        useReply,
        replyToken: message.replyToken ?? null,
        retryKey: message.retryKey as string,
        to: registrant.lineUserId,
        text: message.text ?? '',
        quickReply: message.quickReply ?? null,
        accessToken: await this.line.accessToken(em, registrant.channel.id),
      };
    });
    if (!plan) return;
    const messages: TextMessage[] = [
      plan.quickReply
        ? { type: 'text', text: plan.text, quickReply: { items: plan.quickReply } }
        : { type: 'text', text: plan.text },
    ];

    if (plan.useReply && plan.replyToken) {
      const outcome = await this.line.reply(plan.accessToken, plan.replyToken, messages);
      if (outcome.kind === 'sent')
        return this.finish(tenantId, messageId, DeliveryStatus.SENT, null, outcome.lineMessageId);
      if (outcome.kind === 'unknown') return this.finish(tenantId, messageId, DeliveryStatus.UNKNOWN, outcome.reason);
      // Certainly not delivered (an expired token): push instead.
    }
    const outcome = await this.line.push(plan.accessToken, plan.to, messages, plan.retryKey);
    switch (outcome.kind) {
      case 'sent':
        return this.finish(tenantId, messageId, DeliveryStatus.SENT, null, outcome.lineMessageId);
      case 'already-accepted':
        return this.finish(tenantId, messageId, DeliveryStatus.SENT, null);
      case 'rejected':
        return this.finish(
          tenantId,
          messageId,
          DeliveryStatus.FAILED,
          `LINE refused the message (HTTP ${outcome.status})`,
        );
      case 'retry':
        if (lastTry) {
          return this.finish(
            tenantId,
            messageId,
            DeliveryStatus.FAILED,
            `LINE did not take the message by its last try (${outcome.reason})`,
          );
        }
        throw new RetryLater(`LINE did not take the message (${outcome.reason}): retrying`);
    }
  }

  private async finish(
    tenantId: string,
    messageId: string,
    status: DeliveryStatus,
    error: string | null,
    lineMessageId: string | null = null,
  ): Promise<void> {
    await this.tenantDb.withTenant(tenantId, async (em) => {
      const [updated] = await em.execute<{ conversation_id: string }[]>(
        `update message set delivery_status = ?, delivery_error = ?, line_message_id = coalesce(?, line_message_id)
         where tenant_id = ? and id = ? and delivery_status = ? returning conversation_id`,
        [status, error, lineMessageId, tenantId, messageId, DeliveryStatus.QUEUED],
      );
      if (updated) this.live.publish(LiveEventKind.DeliveryUpdated, updated.conversation_id, messageId);
    });
  }
}

function registrantBlocked(field: string): BadUserInputError {
  return new BadUserInputError(
    [{ field, messages: ['this family has blocked the account: nothing can be sent to them'] }],
    'REGISTRANT_BLOCKED',
    'This family has blocked the account',
  );
}
