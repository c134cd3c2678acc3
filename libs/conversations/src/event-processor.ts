import { LiveEventKind, LiveEvents } from '@tsunagu/platform/live';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DeadlockException, DriverException, LockWaitTimeoutException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isDatabaseUnavailable, Tenant, TenantDb } from '@tsunagu/platform/database';
import { JobsService, type Job } from '@tsunagu/platform/jobs';
import {
  ChannelStatus,
  LINE_EVENT_QUEUE,
  LineChannel,
  StoredWebhookEvents,
  uuidArray,
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
import { TriageRun, TriageService } from './triage.service';
import { MediaService } from './media.service';
import type { FamilyEventContext, FamilyEventHandler } from './family-event-hooks';

export interface LineEventJob {
  tenantId: string;
  /** The events of one delivery, in the order LINE sent them. */
  eventIds: string[];
}

/** The advisory lock space of "one family's events" (the second key is a hash of channel and user). */
const FAMILY_LOCK = 4_101;

/**
 * Deliveries fetched and processed together. A batch costs about the same round trips whatever its
 * size, and a busy process waits for each of them: larger batches keep up with more deliveries
 * (`npm run bench -- live`: 200 deliveries/s, docs/operations.md).
 */
const LINE_EVENT_BATCH_SIZE = 500;

/** Message types a family can send that become messages of a conversation. */
const MESSAGE_TYPES = new Set(['text', 'image', 'sticker', 'location', 'file', 'audio', 'video', 'postback']);

/** A message as LINE sends it (a postback is kept as one of type `postback`, its data as text). */
type MessageBody = { id?: string; type?: string; text?: string } & Record<string, unknown>;

/**
 * What one transaction has read and written, so that each row is read once however many of its
 * events the transaction processes: registrants by channel and LINE user, conversations by
 * registrant, messages by LINE message id, channels by id.
 */
class Processing {
  readonly registrants = new Map<string, Registrant>();
  readonly conversations = new Map<string, Conversation>();
  readonly messages = new Map<string, Message>();
  /** Messages created by this transaction and not yet flushed. */
  readonly unflushed = new Set<Message>();
  readonly channels = new Map<string, LineChannel>();
  readonly triage = new TriageRun();

  constructor(
    readonly em: EntityManager,
    readonly tenantId: string,
  ) {}
}

/** The ids of a JSON array of event ids (the statement's one binding). */
const EVENT_IDS = '?::uuid[]';
/** The (channel, LINE user) of those events. */
const FAMILIES = `select distinct channel_id, line_user_id from line_webhook_event where id = any(${EVENT_IDS}) and line_user_id is not null`;

const familyKey = (channelId: string, lineUserId: string) => `${channelId}:${lineUserId}`;

/**
 * Turns stored webhook events into registrants, conversations and messages, in the event's tenant
 * transaction. Idempotent: a retried job, or an event processed already, changes nothing.
 */
@Injectable()
export class LineEventProcessor implements OnModuleInit {
  private readonly logger = new Logger(LineEventProcessor.name);
  private readonly handlers: FamilyEventHandler[] = [];

  constructor(
    private readonly tenantDb: TenantDb,
    private readonly jobs: JobsService,
    private readonly storedEvents: StoredWebhookEvents,
    private readonly profiles: RegistrantProfiles,
    private readonly outbound: OutboundService,
    private readonly triage: TriageService,
    private readonly media: MediaService,
    private readonly live: LiveEvents,
  ) {}

  /**
   * Adds a handler (see FamilyEventHandler). Called from the handler's constructor, so that it is
   * registered before any worker starts (workers start in onModuleInit).
   */
  register(handler: FamilyEventHandler): void {
    this.handlers.push(handler);
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.workBatches<LineEventJob>(LINE_EVENT_QUEUE, (jobs) => this.processBatch(jobs), {
      batchSize: LINE_EVENT_BATCH_SIZE,
    });
  }

  /**
   * A batch of deliveries: those of one tenant in one transaction (each row read once, one flush),
   * the tenants' transactions side by side. When that transaction fails, its deliveries are
   * processed again one by one (`processDelivery`), so that an event that cannot be processed holds
   * back no other. Answers the jobs that failed.
   */
  async processBatch(jobs: Job<LineEventJob>[]): Promise<Map<string, unknown>> {
    const failures = new Map<string, unknown>();
    const byTenant = new Map<string, Job<LineEventJob>[]>();
    for (const job of jobs) {
      const group = byTenant.get(job.data.tenantId);
      if (group) group.push(job);
      else byTenant.set(job.data.tenantId, [job]);
    }
    await Promise.all(
      [...byTenant].map(async ([tenantId, group]) => {
        const eventIds = group.flatMap((job) => job.data.eventIds);
        if (eventIds.length > 1) {
          try {
            await this.processEvents(tenantId, eventIds);
            return;
          } catch (error) {
            this.logger.warn(
              { err: { type: errorKind(error) }, jobs: group.length },
              'webhook events failed together: processing them one by one',
            );
          }
        }
        for (const job of group) {
          try {
            await this.processDelivery(job.data);
          } catch (error) {
            failures.set(job.id, error);
          }
        }
      }),
    );
    return failures;
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
    await this.processEvents(tenantId, [eventId]);
  }

  /**
   * `eventIds` (of one tenant, in the order LINE sent them) in one tenant transaction: all or
   * nothing. The families' locks first, then the events read (after the locks: an event another
   * worker has just processed is seen as processed), every registrant, conversation, known message
   * and channel they need read at once, the events processed in order, one flush, and the audit
   * records last (the audit chain's lock is taken once every row of the transaction is written, as
   * a counsellor's request takes them, so the two cannot deadlock).
   */
  private async processEvents(tenantId: string, ids: string[]): Promise<void> {
    const eventIds = [...new Set(ids)];
    await this.tenantDb.withTenant(tenantId, (em) =>
      this.jobs.enqueueTogether(em, async () => {
        // One family's events one at a time, whichever workers run them: a follow and a message
        // processed together would both create the registrant, two urgent messages would both notify.
        // The families' registrants, conversations and channels are read with the events, in the
        // same round trip: under load, each round trip of a batch waits behind the webhook's requests.
        const { opened, rows } = await this.storedEvents.lockAndOpen(em, FAMILY_LOCK, eventIds, [
          [
            `select r.* from registrant r join (${FAMILIES}) f on f.channel_id = r.channel_id and f.line_user_id = r.line_user_id`,
            [uuidArray(eventIds)],
          ],
          [
            `select c.* from conversation c join registrant r on r.id = c.registrant_id
             join (${FAMILIES}) f on f.channel_id = r.channel_id and f.line_user_id = r.line_user_id`,
            [uuidArray(eventIds)],
          ],
          [
            `select * from line_channel where id in (select channel_id from line_webhook_event where id = any(${EVENT_IDS}))`,
            [uuidArray(eventIds)],
          ],
        ]);
        const run = new Processing(em, tenantId);
        const [registrants, conversations, channels] = rows;
        for (const row of registrants) {
          const registrant = em.map(Registrant, row);
          run.registrants.set(familyKey(registrant.channel.id, registrant.lineUserId), registrant);
        }
        for (const row of conversations) {
          const conversation = em.map(Conversation, row);
          run.conversations.set(conversation.registrant.id, conversation);
        }
        for (const row of channels) {
          const channel = em.map(LineChannel, row);
          run.channels.set(channel.id, channel);
        }
        const events: OpenedWebhookEvent[] = [];
        for (const stored of opened) {
          if (stored.processed || stored.setAside) continue;
          // A shape LINE's specification does not allow (a text that is not a string, ...) never becomes
          // processable: set aside at once.
          const issue = webhookEventIssue(stored.event);
          if (issue) {
            this.logger.warn({ eventId: stored.id, type: stored.type, issue }, 'webhook event set aside');
            await this.storedEvents.setAside(em, stored.id, `INVALID_EVENT: ${issue}`);
            continue;
          }
          events.push(stored);
        }
        if (events.length === 0) return;
        await this.readAhead(run, events);
        for (const stored of events) await this.processOne(run, stored);
        await em.flush();
        await this.storedEvents.markProcessed(
          em,
          events.map((stored) => stored.id),
        );
        await this.triage.finish(run.triage);
        for (const handler of this.handlers) await handler.finish?.(em);
      }),
    );
  }

  /** Reads the known messages the events refer to (their ids are in the events' sealed payloads). */
  private async readAhead(run: Processing, events: OpenedWebhookEvent[]): Promise<void> {
    const lineMessageIds = new Set<string>();
    for (const stored of events) {
      const messageId = referencedMessageId(stored);
      if (messageId) lineMessageIds.add(messageId);
    }
    if (lineMessageIds.size === 0) return;
    const messages = await run.em.find(Message, { lineMessageId: { $in: [...lineMessageIds] } });
    for (const message of messages) if (message.lineMessageId) run.messages.set(message.lineMessageId, message);
  }

  private async processOne(run: Processing, stored: OpenedWebhookEvent): Promise<void> {
    switch (stored.type) {
      case 'follow':
        await this.follow(run, stored);
        break;
      case 'unfollow':
        this.unfollow(run, stored);
        break;
      case 'message': {
        const body = stored.event['message'] as MessageBody | undefined;
        if (
          body?.type === 'text' &&
          typeof body.text === 'string' &&
          (await this.textHandled(run, stored, body.text))
        ) {
          break;
        }
        await this.message(run, stored, body);
        break;
      }
      case 'postback': {
        // A button the family tapped (a rich menu, a template): part of their thread, its data as
        // text, unless a handler owns it (the survey's answers).
        const postback = stored.event['postback'] as { data?: unknown; params?: unknown } | undefined;
        const data = postback?.data;
        const webhookEventId = stored.event['webhookEventId'];
        if (typeof data === 'string' && (await this.postbackHandled(run, stored, data, postback?.params))) break;
        if (typeof data === 'string' && typeof webhookEventId === 'string') {
          await this.message(run, stored, { id: webhookEventId, type: 'postback', text: data });
        }
        break;
      }
      case 'unsend':
        await this.unsend(run, stored);
        break;
      default:
        // Stored and ignored (beacon, join, ...): kept for the record.
        this.logger.debug({ type: stored.type }, 'webhook event ignored');
    }
  }

  private async setAside(tenantId: string, eventId: string, reason: string): Promise<void> {
    this.logger.warn({ eventId, reason }, 'webhook event set aside');
    await this.tenantDb.withTenant(tenantId, (em) => this.storedEvents.setAside(em, eventId, reason));
  }

  /** A family added the account (again): active, profile fetched, welcomed by the channel's message. */
  private async follow(run: Processing, stored: OpenedWebhookEvent): Promise<void> {
    const { em, tenantId } = run;
    const found = this.registrant(run, stored);
    if (!found) return;
    const { registrant } = found;
    registrant.status = RegistrantStatus.ACTIVE;
    await this.profiles.request(em, tenantId, registrant);
    await this.welcome(run, stored, registrant);
    await this.followed(run, stored, registrant);
  }

  private async welcome(run: Processing, stored: OpenedWebhookEvent, registrant: Registrant): Promise<void> {
    const { em, tenantId } = run;
    const channel = this.channel(run, stored.channelId);
    if (!channel.welcomeMessage || channel.status !== ChannelStatus.ACTIVE) return;
    // The welcome is part of the family's thread; with nothing to answer yet, it starts resolved.
    const conversation = this.conversation(run, registrant, stored, ConversationStatus.RESOLVED);
    this.takeReplyToken(conversation, stored);
    await this.outbound.queue(em, tenantId, conversation, channel.welcomeMessage, {
      automatic: AutomaticReply.WELCOME,
    });
  }

  /** The handlers' part of a follow (the survey), after the welcome. */
  private async followed(run: Processing, stored: OpenedWebhookEvent, registrant: Registrant): Promise<void> {
    if (this.handlers.length === 0) return;
    const channel = this.channel(run, stored.channelId);
    if (channel.status !== ChannelStatus.ACTIVE) return;
    const context = this.familyContext(run, stored, registrant, channel);
    for (const handler of this.handlers) await handler.followed?.(context);
  }

  private async postbackHandled(
    run: Processing,
    stored: OpenedWebhookEvent,
    data: string,
    rawParams: unknown,
  ): Promise<boolean> {
    const handler = this.handlers.find((h) => h.ownsPostback?.(data));
    if (!handler?.postback || !stored.lineUserId) return false;
    const channel = this.channel(run, stored.channelId);
    if (channel.status !== ChannelStatus.ACTIVE) return false;
    const found = this.registrant(run, stored);
    if (!found) return false;
    if (found.created) await this.profiles.request(run.em, run.tenantId, found.registrant);
    const params: Record<string, string> = {};
    if (rawParams && typeof rawParams === 'object') {
      for (const [key, value] of Object.entries(rawParams)) if (typeof value === 'string') params[key] = value;
    }
    await handler.postback(this.familyContext(run, stored, found.registrant, channel), data, params);
    return true;
  }

  private async textHandled(run: Processing, stored: OpenedWebhookEvent, text: string): Promise<boolean> {
    if (!stored.lineUserId || !this.handlers.some((handler) => handler.text)) return false;
    const channel = this.channel(run, stored.channelId);
    if (channel.status !== ChannelStatus.ACTIVE) return false;
    for (const handler of this.handlers) {
      if (await handler.text?.({ em: run.em, tenantId: run.tenantId, channel, lineUserId: stored.lineUserId, text })) {
        return true;
      }
    }
    return false;
  }

  private familyContext(
    run: Processing,
    stored: OpenedWebhookEvent,
    registrant: Registrant,
    channel: LineChannel,
  ): FamilyEventContext {
    return {
      em: run.em,
      tenantId: run.tenantId,
      channel,
      registrant,
      occurredAt: stored.occurredAt,
      send: async (text, options) => {
        const conversation = this.conversation(run, registrant, stored, ConversationStatus.RESOLVED);
        this.takeReplyToken(conversation, stored);
        await this.outbound.queue(run.em, run.tenantId, conversation, text, options);
      },
    };
  }

  private unfollow(run: Processing, stored: OpenedWebhookEvent): void {
    if (!stored.lineUserId) return;
    const registrant = run.registrants.get(familyKey(stored.channelId, stored.lineUserId));
    if (registrant) registrant.status = RegistrantStatus.BLOCKED;
  }

  private async message(run: Processing, stored: OpenedWebhookEvent, body: MessageBody | undefined): Promise<void> {
    const { em, tenantId } = run;
    if (!body?.id || !body.type || !MESSAGE_TYPES.has(body.type)) return;
    if (run.messages.has(body.id)) return;
    const found = this.registrant(run, stored);
    if (!found) return;
    const { registrant } = found;
    if (found.created) await this.profiles.request(em, tenantId, registrant);
    const conversation = this.conversation(run, registrant, stored, ConversationStatus.OPEN);
    if (conversation.status === ConversationStatus.RESOLVED) {
      conversation.status = ConversationStatus.OPEN;
      this.live.publish(LiveEventKind.ConversationReopened, conversation.id);
    }
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
    run.messages.set(body.id, message);
    run.unflushed.add(message);
    this.live.publish(LiveEventKind.MessageReceived, conversation.id, message.id);
    await this.media.received(em, tenantId, message, body);
    const channel = this.channel(run, stored.channelId);
    await this.triage.onFamilyMessage(em, tenantId, channel, conversation, message, run.triage);
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
  private async unsend(run: Processing, stored: OpenedWebhookEvent): Promise<void> {
    const messageId = (stored.event['unsend'] as { messageId?: string } | undefined)?.messageId;
    if (!messageId) return;
    const message = run.messages.get(messageId);
    if (!message) return;
    // A message of this same transaction: its media row must exist before it is erased.
    if (run.unflushed.has(message)) {
      await run.em.flush();
      run.unflushed.clear();
    }
    message.unsentAt = new Date();
    message.text = null;
    this.live.publish(LiveEventKind.ConversationUpdated, message.conversation.id);
    await this.media.erase(run.em, message);
  }

  private channel(run: Processing, channelId: string): LineChannel {
    const channel = run.channels.get(channelId);
    if (!channel) throw new Error('The channel of a stored webhook event was not found');
    return channel;
  }

  /** The family's conversation, created (with `status`) if they have none. */
  private conversation(
    run: Processing,
    registrant: Registrant,
    stored: OpenedWebhookEvent,
    status: ConversationStatus,
  ): Conversation {
    const existing = run.conversations.get(registrant.id);
    if (existing) return existing;
    const conversation = run.em.create(Conversation, {
      tenant: run.em.getReference(Tenant, run.tenantId),
      registrant,
      status,
      lastMessageAt: stored.occurredAt,
    });
    run.conversations.set(registrant.id, conversation);
    this.live.publish(LiveEventKind.ConversationOpened, conversation.id);
    return conversation;
  }

  private registrant(run: Processing, stored: OpenedWebhookEvent): { registrant: Registrant; created: boolean } | null {
    if (!stored.lineUserId) return null;
    const key = familyKey(stored.channelId, stored.lineUserId);
    const existing = run.registrants.get(key);
    if (existing) {
      if (stored.occurredAt > existing.lastContactAt) existing.lastContactAt = stored.occurredAt;
      return { registrant: existing, created: false };
    }
    const registrant = run.em.create(Registrant, {
      tenant: run.em.getReference(Tenant, run.tenantId),
      channel: run.em.getReference(LineChannel, stored.channelId),
      lineUserId: stored.lineUserId,
      firstContactAt: stored.occurredAt,
      lastContactAt: stored.occurredAt,
    });
    run.registrants.set(key, registrant);
    return { registrant, created: true };
  }
}

/** The LINE message an event refers to: the one it carries (a postback's is its event id), or the one it unsends. */
function referencedMessageId(stored: OpenedWebhookEvent): string | undefined {
  const id =
    stored.type === 'message'
      ? (stored.event['message'] as MessageBody | undefined)?.id
      : stored.type === 'postback'
        ? stored.event['webhookEventId']
        : stored.type === 'unsend'
          ? (stored.event['unsend'] as { messageId?: unknown } | undefined)?.messageId
          : undefined;
  return typeof id === 'string' ? id : undefined;
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
