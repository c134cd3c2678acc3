import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { validateSignature } from '@line/bot-sdk';
import { Keyring } from '@tsunagu/platform/crypto';
import { PlatformDb, TenantDb } from '@tsunagu/platform/database';
import { JobsService } from '@tsunagu/platform/jobs';
import { BadUserInputError, UnauthenticatedError } from '@tsunagu/platform/errors';
import { channelSecretContext, LineChannel } from './line-channel.entity';
import { webhookEventContext } from './line-webhook-event.entity';
import { webhookBodyIssues } from './webhook-events';

/** Verifies the signatures sent for unknown channels, which nothing can match (a random secret). */
const UNKNOWN_CHANNEL = { secret: randomBytes(16).toString('hex') };

/** The queue whose jobs process stored webhook events (`{ tenantId, eventIds }`, one job per delivery). */
export const LINE_EVENT_QUEUE = 'line.event';

/**
 * How long the ingress remembers a channel's tenant and secret. After a secret is rotated,
 * the old one still verifies in a process that remembers it for at most this long.
 */
const CHANNEL_MEMORY_MS = 60_000;

interface IngressChannel {
  id: string;
  tenantId: string;
  /** Opened once per load: opening it on every delivery was a measurable share of the webhook's CPU. */
  secret: string;
  loadedAt: number;
}

/** Deliveries stored together at most (`ingest`). */
const MAX_DELIVERIES_TOGETHER = 200;

interface PendingIngest {
  channelId: string;
  /** The events as `line_webhook_ingest` takes them (JSON). */
  batch: string;
  resolve(stored: number): void;
  reject(error: unknown): void;
}

interface WebhookEvent {
  webhookEventId: string;
  type: string;
  timestamp: number;
  source?: { userId?: string };
  deliveryContext: { isRedelivery: boolean };
}

export interface IngressResult {
  received: number;
  stored: number;
}

/**
 * The LINE webhook, in the order LINE's contract needs: find the channel (and so the tenant) on the
 * platform path, verify `X-Line-Signature` over the raw body, then store every event and enqueue its
 * processing in one tenant statement, and answer. Nothing from a family is dropped: disabled
 * channels and suspended tenants still store.
 */
@Injectable()
export class WebhookService {
  private readonly channels = new Map<string, IngressChannel>();
  /** Deliveries waiting for their tenant's statement on its way (`ingest`), by tenant. */
  private readonly ingesting = new Map<string, PendingIngest[]>();

  constructor(
    private readonly platformDb: PlatformDb,
    private readonly tenantDb: TenantDb,
    private readonly keyring: Keyring,
    private readonly jobs: JobsService,
  ) {}

  async receive(
    lineChannelId: string,
    rawBody: Buffer,
    signature: string | undefined,
    body: unknown,
  ): Promise<IngressResult> {
    // A signature that fails against a remembered secret is checked again against the stored one:
    // a rotated secret is accepted at once.
    let channel = this.remembered(lineChannelId);
    if (!channel || !this.signedBy(channel, rawBody, signature)) channel = await this.load(lineChannelId);
    // An unknown channel is answered exactly as a bad signature, after the same work (a lookup and
    // an HMAC), so the answers do not tell which channel ids exist.
    if (!this.signedBy(channel ?? UNKNOWN_CHANNEL, rawBody, signature) || !channel) {
      throw new UnauthenticatedError('INVALID_SIGNATURE', 'The X-Line-Signature does not match the body');
    }
    const events = eventsOf(body);
    if (events.length === 0) return { received: 0, stored: 0 };

    const { tenantId } = channel;
    // The database function `line_webhook_ingest` (a migration) stores the events (a redelivered one
    // conflicts and is skipped) and enqueues one job for those stored, in the order LINE sent them (a
    // follow before the message that comes with it). This path takes every family's message: a
    // transaction's round trips, or a statement planned anew on each delivery, cost more than the
    // work; so do the round trips themselves (`ingest`).
    const batch = events.map((event, position) => {
      const id = randomUUID();
      return {
        id,
        position,
        webhook_event_id: event.webhookEventId,
        type: event.type,
        line_user_id: event.source?.userId ?? null,
        occurred_at: new Date(event.timestamp).toISOString(),
        redelivery: event.deliveryContext.isRedelivery,
        payload: this.keyring.seal(JSON.stringify(event), webhookEventContext(id)),
      };
    });
    // The batch travels as one JSON value: one value to escape, not eight per event.
    const stored = await this.ingest(tenantId, channel.id, JSON.stringify(batch));
    return { received: events.length, stored };
  }

  /**
   * Stores a delivery (`line_webhook_ingest`), answering how many of its events were new. One
   * statement of a tenant is on its way at a time; the deliveries that arrive meanwhile go together
   * in the next, one round trip and one commit for all (each still its own call and job). On this
   * machine a socket write costs about as much as the rest of the statement: under load, a round
   * trip per delivery was a quarter of the webhook's CPU. Deliveries that failed together are
   * stored again one by one, so that one that cannot be stored fails no other.
   */
  private ingest(tenantId: string, channelId: string, batch: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const delivery = { channelId, batch, resolve, reject };
      const waiting = this.ingesting.get(tenantId);
      if (waiting) waiting.push(delivery);
      else {
        this.ingesting.set(tenantId, []);
        void this.ingestInTurn(tenantId, [delivery]);
      }
    });
  }

  private async ingestInTurn(tenantId: string, first: PendingIngest[]): Promise<void> {
    for (let group = first; group.length > 0; ) {
      await this.store(tenantId, group);
      const waiting = this.ingesting.get(tenantId) ?? [];
      group = waiting.splice(0, MAX_DELIVERIES_TOGETHER);
    }
    this.ingesting.delete(tenantId);
  }

  private async store(tenantId: string, group: PendingIngest[]): Promise<void> {
    const sql = 'select line_webhook_ingest(?, ?, ?::jsonb) as stored';
    const params = (delivery: PendingIngest) => [tenantId, delivery.channelId, delivery.batch];
    let stored = 0;
    const answer = (delivery: PendingIngest, rows: { stored: string[] | null }[]) => {
      const count = rows[0]?.stored?.length ?? 0;
      stored += count;
      delivery.resolve(count);
    };
    try {
      const results = await this.tenantDb.statements<{ stored: string[] | null }>(
        tenantId,
        group.map((delivery) => [sql, params(delivery)] as const),
      );
      group.forEach((delivery, i) => answer(delivery, results[i]));
    } catch (error) {
      if (group.length === 1) group[0].reject(error);
      else {
        for (const delivery of group) {
          try {
            answer(delivery, await this.tenantDb.statement(tenantId, sql, params(delivery)));
          } catch (alone) {
            delivery.reject(alone);
          }
        }
      }
    }
    // Committed: this process's worker (if it runs one) processes the events now, not at its next poll.
    if (stored > 0) this.jobs.wake(LINE_EVENT_QUEUE);
  }

  /**
   * The channel of a delivery is remembered for CHANNEL_MEMORY_MS (a channel never changes tenant;
   * its secret stays sealed): a delivery then costs one transaction, not two.
   */
  private remembered(lineChannelId: string): IngressChannel | undefined {
    const channel = this.channels.get(lineChannelId);
    return channel && Date.now() - channel.loadedAt < CHANNEL_MEMORY_MS ? channel : undefined;
  }

  /** The stored channel, remembered from now on; unknown channels are not remembered. */
  private async load(lineChannelId: string): Promise<IngressChannel | undefined> {
    const row = await this.platformDb.run('webhook: find the channel of a LINE webhook', (em) =>
      em.findOne(LineChannel, { lineChannelId }, { fields: ['id', 'tenant', 'channelSecret'] }),
    );
    if (!row) {
      this.channels.delete(lineChannelId);
      return undefined;
    }
    const secret = this.keyring.openText(row.channelSecret, channelSecretContext(row.id, 'secret'));
    const channel = { id: row.id, tenantId: row.tenant.id, secret, loadedAt: Date.now() };
    this.channels.set(lineChannelId, channel);
    return channel;
  }

  private signedBy(channel: Pick<IngressChannel, 'secret'>, rawBody: Buffer, signature: string | undefined): boolean {
    return signature !== undefined && signature !== '' && validateSignature(rawBody, channel.secret, signature);
  }
}

/** The events of a webhook body, each with the fields storage relies on; anything else is refused. */
function eventsOf(body: unknown): WebhookEvent[] {
  const issue = webhookBodyIssues(body);
  if (issue) {
    throw new BadUserInputError([{ field: 'events', messages: [issue] }], 'INVALID_WEBHOOK_BODY');
  }
  return (body as { events: WebhookEvent[] }).events;
}
