import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DeadlockException, DriverException, LockWaitTimeoutException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isDatabaseUnavailable, Tenant, TenantDb } from '@tsunagu/platform/database';
import { JobsService } from '@tsunagu/platform/jobs';
import {
  ChannelStatus,
  LINE_EVENT_QUEUE,
  LineChannel,
  StoredWebhookEvents,
  webhookEventIssue,
  type OpenedWebhookEvent,
} from '@tsunagu/channels';
import {
  AutomaticReply,
  Conversation,
  ConversationStatus,
  Message,
  MessageDirection,
  Registrant,
  RegistrantStatus,
} from './conversation.entities';
import { OutboundService } from './outbound.service';
import { RegistrantProfiles } from './registrant-profiles';
import { TriageService } from './triage.service';
import { MediaService } from './media.service';

export interface LineEventJob {
  tenantId: string;
  /** The events of one delivery, in the order LINE sent them. */
  eventIds: string[];
}

/** The advisory lock space of "one family's events" (the second key is a hash of channel and user). */
const FAMILY_LOCK = 4_101;

/** Message types a family can send that become messages of a conversation. */
const MESSAGE_TYPES = new Set(['text', 'image', 'sticker', 'location', 'file', 'audio', 'video', 'postback']);

/** A message as LINE sends it (a postback is kept as one of type `postback`, its data as text). */
type MessageBody = { id?: string; type?: string; text?: string } & Record<string, unknown>;

/**
 * Turns stored webhook events into registrants, conversations and messages, in the event's tenant
 * transaction. Idempotent: a retried job, or an event processed already, changes nothing.
 */
@Injectable()
export class LineEventProcessor implements OnModuleInit {
  private readonly logger = new Logger(LineEventProcessor.name);

  constructor(
    private readonly tenantDb: TenantDb,
    private readonly jobs: JobsService,
    private readonly storedEvents: StoredWebhookEvents,
    private readonly profiles: RegistrantProfiles,
    private readonly outbound: OutboundService,
    private readonly triage: TriageService,
    private readonly media: MediaService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<LineEventJob>(LINE_EVENT_QUEUE, (job) => this.processDelivery(job));
  }

  /**
   * The events of one delivery, each in a transaction of its own; a retried job skips the events
   * already processed or set aside. An event that fails does not hold back the others of its
   * delivery. A passing fault (the database unreachable, a deadlock) fails the job after them, to be
   * retried; any other failure would fail again on every try: the event is set aside with its
   * reason, once.
   */
  async processDelivery(job: LineEventJob): Promise<void> {
    let failure: unknown;
    for (const eventId of job.eventIds) {
      try {
        await this.process(job.tenantId, eventId);
      } catch (error) {
        if (isPassingFault(error)) {
          failure ??= error;
          continue;
        }
        try {
          await this.setAside(job.tenantId, eventId, `PROCESSING_FAILED: ${errorKind(error)}`);
        } catch (setAsideError) {
          failure ??= setAsideError;
        }
      }
    }
    if (failure) throw failure;
  }

  async process(tenantId: string, eventId: string): Promise<void> {
    await this.tenantDb.withTenant(tenantId, async (em) => {
      const stored = await this.storedEvents.open(em, eventId);
      if (!stored || stored.processed || stored.setAside) return;
      // A shape LINE's specification does not allow (a text that is not a string, ...) never becomes
      // processable: set aside at once.
      const issue = webhookEventIssue(stored.event);
      if (issue) {
        this.logger.warn({ eventId, type: stored.type, issue }, 'webhook event set aside');
        await this.storedEvents.setAside(em, eventId, `INVALID_EVENT: ${issue}`);
        return;
      }
      // One family's events one at a time, whichever workers run them: a follow and a message
      // processed together would both create the registrant, two urgent messages would both notify.
      if (stored.lineUserId) {
        await em.execute('select pg_advisory_xact_lock(?, hashtext(?))', [
          FAMILY_LOCK,
          `${stored.channelId}:${stored.lineUserId}`,
        ]);
      }
      switch (stored.type) {
        case 'follow':
          await this.follow(em, tenantId, stored);
          break;
        case 'unfollow':
          await this.unfollow(em, stored);
          break;
        case 'message':
          await this.message(em, tenantId, stored, stored.event['message'] as MessageBody | undefined);
          break;
        case 'postback': {
          // A button the family tapped (a rich menu, a template): part of their thread, its data as text.
          const data = (stored.event['postback'] as { data?: unknown } | undefined)?.data;
          const webhookEventId = stored.event['webhookEventId'];
          if (typeof data === 'string' && typeof webhookEventId === 'string') {
            await this.message(em, tenantId, stored, { id: webhookEventId, type: 'postback', text: data });
          }
          break;
        }
        case 'unsend':
          await this.unsend(em, stored);
          break;
        default:
          // Stored and ignored (beacon, join, ...): kept for the record.
          this.logger.debug({ type: stored.type }, 'webhook event ignored');
      }
      await this.storedEvents.markProcessed(em, eventId);
    });
  }

  private async setAside(tenantId: string, eventId: string, reason: string): Promise<void> {
    this.logger.warn({ eventId, reason }, 'webhook event set aside');
    await this.tenantDb.withTenant(tenantId, (em) => this.storedEvents.setAside(em, eventId, reason));
  }

  /** A family added the account (again): active, profile fetched, welcomed by the channel's message. */
  private async follow(em: EntityManager, tenantId: string, stored: OpenedWebhookEvent): Promise<void> {
    const found = await this.registrant(em, tenantId, stored);
    if (!found) return;
    const { registrant } = found;
    registrant.status = RegistrantStatus.ACTIVE;
    await this.profiles.request(em, tenantId, registrant);
    const channel = await em.findOneOrFail(LineChannel, { id: stored.channelId });
    if (!channel.welcomeMessage || channel.status !== ChannelStatus.ACTIVE) return;
    // The welcome is part of the family's thread; with nothing to answer yet, it starts resolved.
    const conversation =
      (await em.findOne(Conversation, { registrant: registrant.id })) ??
      em.create(Conversation, {
        tenant: em.getReference(Tenant, tenantId),
        registrant,
        status: ConversationStatus.RESOLVED,
        lastMessageAt: stored.occurredAt,
      });
    this.takeReplyToken(conversation, stored);
    await this.outbound.queue(em, tenantId, conversation, channel.welcomeMessage, {
      automatic: AutomaticReply.WELCOME,
    });
  }

  private async unfollow(em: EntityManager, stored: OpenedWebhookEvent): Promise<void> {
    if (!stored.lineUserId) return;
    const registrant = await em.findOne(Registrant, { channel: stored.channelId, lineUserId: stored.lineUserId });
    if (registrant) registrant.status = RegistrantStatus.BLOCKED;
  }

  private async message(
    em: EntityManager,
    tenantId: string,
    stored: OpenedWebhookEvent,
    body: MessageBody | undefined,
  ): Promise<void> {
    if (!body?.id || !body.type || !MESSAGE_TYPES.has(body.type)) return;
    if (await em.findOne(Message, { lineMessageId: body.id })) return;
    const found = await this.registrant(em, tenantId, stored);
    if (!found) return;
    const { registrant } = found;
    if (found.created) await this.profiles.request(em, tenantId, registrant);
    let conversation = await em.findOne(Conversation, { registrant: registrant.id });
    if (!conversation) {
      conversation = em.create(Conversation, {
        tenant: em.getReference(Tenant, tenantId),
        registrant,
        lastMessageAt: stored.occurredAt,
      });
    }
    if (conversation.status === ConversationStatus.RESOLVED) conversation.status = ConversationStatus.OPEN;
    this.takeReplyToken(conversation, stored);
    conversation.unreadCount += 1;
    conversation.awaitingSince ??= stored.occurredAt;
    if (stored.occurredAt > conversation.lastMessageAt) conversation.lastMessageAt = stored.occurredAt;
    const message = em.create(Message, {
      tenant: em.getReference(Tenant, tenantId),
      conversation,
      direction: MessageDirection.IN,
      type: body.type,
      text: body.type === 'text' || body.type === 'postback' ? (body.text ?? '') : null,
      lineMessageId: body.id,
      sentAt: stored.occurredAt,
    });
    await this.media.received(em, tenantId, message, body);
    const channel = await em.findOneOrFail(LineChannel, { id: stored.channelId });
    await this.triage.onFamilyMessage(em, tenantId, channel, conversation, message);
  }

  /** The event's reply token, if it is the newest the conversation has seen. */
  private takeReplyToken(conversation: Conversation, stored: OpenedWebhookEvent): void {
    const replyToken = stored.event['replyToken'];
    if (
      typeof replyToken === 'string' &&
      (!conversation.replyTokenAt || stored.occurredAt >= conversation.replyTokenAt)
    ) {
      conversation.replyToken = replyToken;
      conversation.replyTokenAt = stored.occurredAt;
    }
  }

  /** The family unsent a message: it is marked so, and its content erased. */
  private async unsend(em: EntityManager, stored: OpenedWebhookEvent): Promise<void> {
    const messageId = (stored.event['unsend'] as { messageId?: string } | undefined)?.messageId;
    if (!messageId) return;
    const message = await em.findOne(Message, { lineMessageId: messageId });
    if (!message) return;
    message.unsentAt = new Date();
    message.text = null;
    await this.media.erase(em, message);
  }

  private async registrant(
    em: EntityManager,
    tenantId: string,
    stored: OpenedWebhookEvent,
  ): Promise<{ registrant: Registrant; created: boolean } | null> {
    if (!stored.lineUserId) return null;
    const existing = await em.findOne(Registrant, { channel: stored.channelId, lineUserId: stored.lineUserId });
    if (existing) {
      if (stored.occurredAt > existing.lastContactAt) existing.lastContactAt = stored.occurredAt;
      return { registrant: existing, created: false };
    }
    const registrant = em.create(Registrant, {
      tenant: em.getReference(Tenant, tenantId),
      channel: em.getReference(LineChannel, stored.channelId),
      lineUserId: stored.lineUserId,
      firstContactAt: stored.occurredAt,
      lastContactAt: stored.occurredAt,
    });
    return { registrant, created: true };
  }
}

/** SQLSTATE classes of faults that pass: connection, transaction rollback, resources, operator intervention, system. */
const PASSING_SQL_STATES = /^(08|40|53|57|58)|^55P03$/;

/**
 * Whether a failure may pass (the database unreachable or restarting, a deadlock, a lock timeout):
 * such an event is tried again later. Any other failure would recur on every try.
 */
function isPassingFault(error: unknown): boolean {
  if (isDatabaseUnavailable(error) || error instanceof DeadlockException || error instanceof LockWaitTimeoutException) {
    return true;
  }
  const code = error instanceof DriverException ? (error.sqlState ?? error.code) : (error as { code?: unknown })?.code;
  return typeof code === 'string' && PASSING_SQL_STATES.test(code);
}

/** What kind of failure, for the record: never its message (it may quote the event's content). */
function errorKind(error: unknown): string {
  if (error instanceof DriverException) return `${error.name} ${error.sqlState ?? error.code ?? ''}`.trim();
  return error instanceof Error ? error.name : typeof error;
}
