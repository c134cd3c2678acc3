import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { AuditTrail } from '@tsunagu/platform/audit';
import { TenantDb } from '@tsunagu/platform/database';
import { JobsService, RetryLater, type Job } from '@tsunagu/platform/jobs';
import { LiveEventKind, LiveEvents } from '@tsunagu/platform/live';
import { RateLimiter, type RateLimits } from '@tsunagu/platform/rate-limit';
import { LINE_MULTICAST_REQUESTS_PER_SECOND, LineMessagingClient } from '@tsunagu/channels';
import { BroadcastAudience } from './broadcast-audience';
import { Broadcast, type BroadcastMessage } from './broadcast.entities';
import { toLineMessages } from './line-messages';
import {
  BROADCAST_BATCH_QUEUE,
  BROADCAST_START_QUEUE,
  BROADCAST_TEST_QUEUE,
  type BroadcastStartJob,
  type BroadcastTestJob,
} from './broadcast-schedule';
import { BroadcastStatus } from './lifecycle';

export interface BroadcastBatchJob {
  tenantId: string;
  broadcastId: string;
  /** The broadcast's channel, so that the batch queues for the channel's bucket while it is read. */
  channelId: string;
  batchNo: number;
}

/**
 * The shared bucket of a channel's multicasts: 95% of LINE's documented rate, and a burst small enough
 * that no second (LINE counts a sliding second) ever holds more than LINE's rate.
 */
export const MULTICAST_LIMITS: RateLimits = {
  ratePerSecond: LINE_MULTICAST_REQUESTS_PER_SECOND * 0.95,
  burst: LINE_MULTICAST_REQUESTS_PER_SECOND * 0.05,
};
/**
 * Batch jobs a worker fetches and sends side by side (100,000 families in one fetch); the bucket, not
 * this, sets the pace. Each fetch waits for its slowest batch, so few large fetches beat many small.
 */
const BATCH_JOBS_AT_ONCE = 200;
/** Takers of a channel's bucket at once in this process (see `paced`). */
const BUCKET_LANES = 4;
/** Batches of a fetch in flight at once: enough to keep LINE's rate while each waits for its answer. */
const BATCHES_IN_FLIGHT = 25;
/** A 429 is waited out in place this many times (the job stays with this worker) before pg-boss retries it later. */
const RATE_LIMITED_TRIES = 5;
/** How long this process keeps a channel's opened access token. */
const TOKEN_CACHE_MS = 60_000;
/** How often a sending broadcast's figures are published live (and at its end). */
const LIVE_FIGURES_MS = 250;
/** LINE's own words stay in the figures, not its whole answer. */
const REASON_LENGTH = 500;

/** The bucket of a channel's multicasts, shared by every process. */
export function multicastBucket(channelId: string): string {
  return `line-multicast:${channelId}`;
}

/**
 * Sends approved broadcasts. At its time the audience is frozen into `broadcast_recipient`, in
 * batches of at most 500, each batch with its retry key, and one job per batch is enqueued: all in
 * one transaction, so a broadcast is either not started or wholly planned. A batch's job then marks
 * as skipped the families who blocked the account since (at its first try only), takes a token from
 * the channel's shared bucket, and multicasts with the stored key. A retry (a 429, a 5xx, a timeout, a
 * worker that died holding the job) sends the same key: LINE answers 409 to a key it has accepted, and
 * that batch counts as sent. A refused batch is FAILED with LINE's reason; so is one LINE never took by
 * its job's last try.
 */
@Injectable()
export class BroadcastDelivery implements OnModuleInit {
  private readonly tokens = new Map<string, { token: Promise<string>; until: number }>();
  /** Per channel and lane, the last batch of this process in line for the shared bucket. */
  private readonly gates = new Map<string, Promise<void>>();
  private nextLane = 0;
  /** When each sending broadcast's figures were last published by this process. */
  private readonly published = new Map<string, number>();

  constructor(
    private readonly tenantDb: TenantDb,
    private readonly jobs: JobsService,
    private readonly line: LineMessagingClient,
    private readonly limiter: RateLimiter,
    private readonly audience: BroadcastAudience,
    private readonly audit: AuditTrail,
    private readonly live: LiveEvents,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<BroadcastStartJob>(BROADCAST_START_QUEUE, (job) => this.start(job));
    await this.jobs.work<BroadcastTestJob>(BROADCAST_TEST_QUEUE, (job) => this.sendTest(job));
    await this.jobs.workBatches<BroadcastBatchJob>(BROADCAST_BATCH_QUEUE, (jobs) => this.sendBatches(jobs), {
      batchSize: BATCH_JOBS_AT_ONCE,
    });
  }

  /** Freezes the audience and plans the batches; a broadcast cancelled meanwhile, or already started, is left. */
  async start({ tenantId, broadcastId }: BroadcastStartJob): Promise<void> {
    await this.tenantDb.withTenant(tenantId, async (em) => {
      const broadcast = await em.findOne(Broadcast, { id: broadcastId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!broadcast) return;
      if (broadcast.status !== BroadcastStatus.APPROVED && broadcast.status !== BroadcastStatus.SCHEDULED) return;
      const count = await this.audience.freeze(em, broadcast);
      const batches = await em.execute<{ batch_no: number }[]>(
        `insert into broadcast_batch (broadcast_id, batch_no, tenant_id, retry_key)
         select broadcast_id, batch_no, tenant_id, gen_random_uuid() from broadcast_recipient
          where broadcast_id = ? group by broadcast_id, batch_no, tenant_id
         returning batch_no`,
        [broadcast.id],
      );
      const now = new Date();
      broadcast.status = count === 0 ? BroadcastStatus.SENT : BroadcastStatus.SENDING;
      broadcast.audienceCount = count;
      broadcast.sendingStartedAt = now;
      if (count === 0) broadcast.finishedAt = now;
      await em.flush();
      await this.jobs.enqueueTogether(em, async () => {
        for (const { batch_no } of batches) {
          const job: BroadcastBatchJob = { tenantId, broadcastId, channelId: broadcast.channelId, batchNo: batch_no };
          await this.jobs.enqueue(em, BROADCAST_BATCH_QUEUE, job);
        }
      });
      await this.audit.record(
        'broadcast.sending',
        { type: 'broadcast', id: broadcast.id },
        { recipients: count, batches: batches.length },
      );
      this.live.publish(LiveEventKind.BroadcastUpdated, broadcast.id);
    });
  }

  /**
   * A test: the broadcast's messages as they are now to staff's linked LINE accounts, with the key
   * chosen when it was asked for (a retry is answered 409 and is done). Staff, not families: no
   * figures, and LINE's refusal is logged with the job, not shown on the broadcast.
   */
  async sendTest({ tenantId, broadcastId, lineUserIds, retryKey }: BroadcastTestJob): Promise<void> {
    const [broadcast] = await this.tenantDb.statement<{ channel_id: string; messages: BroadcastMessage[] }>(
      tenantId,
      'select channel_id, messages from broadcast where id = ?',
      [broadcastId],
    );
    if (!broadcast) return;
    const accessToken = await this.accessToken(tenantId, broadcast.channel_id);
    await this.paced(broadcast.channel_id);
    const outcome = await this.line.multicast(accessToken, lineUserIds, toLineMessages(broadcast.messages), retryKey);
    if (outcome.kind === 'rate-limited' || outcome.kind === 'temporary-failure') {
      throw new RetryLater(`the test of broadcast ${broadcastId} was not taken: retrying with its key`);
    }
    if (outcome.kind === 'refused') throw new Error(`LINE refused the test (HTTP ${outcome.status})`);
  }

  /**
   * A fetch of batch jobs, a few in flight at a time: each is read, paced, sent and settled while the
   * next ones are read, so the first requests leave at once rather than after the whole fetch is read.
   * Each failure is that job's alone.
   */
  private async sendBatches(jobs: Job<BroadcastBatchJob>[]): Promise<Map<string, unknown>> {
    const failures = new Map<string, unknown>();
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < jobs.length) {
        const job = jobs[next++];
        try {
          await this.sendBatch(job.data, job.lastTry);
        } catch (error) {
          failures.set(job.id, error);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(BATCHES_IN_FLIGHT, jobs.length) }, lane));
    return failures;
  }

  async sendBatch({ tenantId, broadcastId, channelId, batchNo }: BroadcastBatchJob, lastTry = false): Promise<void> {
    // The batch's turn in the channel's bucket and the channel's token are asked for while the batch
    // is read, not after: the first requests of a broadcast leave a round trip or two sooner, and the
    // last one too. A turn taken for a batch found settled (a late duplicate) is a token unused.
    const firstTurn = this.paced(channelId);
    const token = this.accessToken(tenantId, channelId);
    // Settled either way below; a rejection before then is not left unhandled.
    firstTurn.catch(() => undefined);
    token.catch(() => undefined);
    // One round trip (one implicit transaction): a broadcast sends hundreds of batches.
    const [[batch], , recipients, [broadcast]] = await this.tenantDb.statements<Record<string, unknown>>(tenantId, [
      [
        `update broadcast_batch set attempts = attempts + 1
          where broadcast_id = ? and batch_no = ? and status = 'pending' returning attempts, retry_key`,
        [broadcastId, batchNo],
      ],
      // Only at the first try: a family who blocks between two tries of the same key was in the
      // request LINE may already have taken, and counts as sent with it.
      [
        `update broadcast_recipient br set skipped = true from registrant r, broadcast_batch bb
          where br.broadcast_id = ? and br.batch_no = ? and r.id = br.registrant_id and r.status = 'blocked'
            and bb.broadcast_id = br.broadcast_id and bb.batch_no = br.batch_no and bb.status = 'pending' and bb.attempts = 1`,
        [broadcastId, batchNo],
      ],
      [
        `select line_user_id, skipped from broadcast_recipient where broadcast_id = ? and batch_no = ?`,
        [broadcastId, batchNo],
      ],
      [`select messages, notification_disabled, aggregation_unit from broadcast where id = ?`, [broadcastId]],
    ]);
    if (!batch || !broadcast) return;
    const plan = {
      retryKey: batch['retry_key'] as string,
      to: recipients.filter((r) => !r['skipped']).map((r) => r['line_user_id'] as string),
      skipped: recipients.filter((r) => r['skipped']).length,
      messages: toLineMessages(broadcast['messages'] as BroadcastMessage[]),
      notificationDisabled: broadcast['notification_disabled'] as boolean,
      aggregationUnit: broadcast['aggregation_unit'] as string | null,
    };
    const settle = (status: 'sent' | 'failed', reason: string | null) =>
      this.finish(tenantId, broadcastId, batchNo, status, plan.to.length, plan.skipped, reason);
    if (plan.to.length === 0) return settle('sent', null);
    const accessToken = await token;

    for (let rateLimited = 0; ; rateLimited++) {
      await (rateLimited === 0 ? firstTurn : this.paced(channelId));
      const outcome = await this.line.multicast(accessToken, plan.to, plan.messages, plan.retryKey, {
        notificationDisabled: plan.notificationDisabled,
        customAggregationUnits: plan.aggregationUnit ? [plan.aggregationUnit] : undefined,
      });
      switch (outcome.kind) {
        case 'sent':
        case 'already-accepted':
          return settle('sent', null);
        case 'refused':
          if (outcome.status === 401) this.tokens.delete(channelId);
          return settle('failed', `HTTP ${outcome.status}: ${outcome.message}`.slice(0, REASON_LENGTH));
        case 'rate-limited':
          if (rateLimited + 1 < RATE_LIMITED_TRIES) {
            // Backs off in place, a little longer each time, as long as LINE asks when it says so.
            await sleep(Math.max(outcome.retryAfterMs ?? 0, 200 * 2 ** rateLimited) * (1 + Math.random() / 10));
            continue;
          }
          if (lastTry) return settle('failed', 'HTTP 429: LINE kept answering too many requests');
          throw new RetryLater(
            `batch ${batchNo}: LINE answered 429 ${RATE_LIMITED_TRIES} times; retrying with its key`,
          );
        case 'temporary-failure':
          if (lastTry) return settle('failed', `LINE did not take it: ${outcome.reason}`.slice(0, REASON_LENGTH));
          throw new RetryLater(`batch ${batchNo}: LINE did not take it (${outcome.reason}); retrying with its key`);
      }
    }
  }

  /**
   * Takes a token of the channel's shared bucket. This process's batches of a channel queue for it
   * in a few lanes, each asking the database once at a time: not all the batches in flight at once
   * (a herd of takers retrying on one row), nor one at a time (one round trip per token would cap
   * the pace at the database's round-trip time).
   */
  private paced(channelId: string): Promise<void> {
    const lane = `${channelId} ${this.nextLane++ % BUCKET_LANES}`;
    const previous = this.gates.get(lane) ?? Promise.resolve();
    const turn = previous.then(() => this.limiter.waitFor(multicastBucket(channelId), MULTICAST_LIMITS));
    const settled = turn.catch(() => undefined);
    this.gates.set(lane, settled);
    void settled.then(() => {
      if (this.gates.get(lane) === settled) this.gates.delete(lane);
    });
    return turn;
  }

  /**
   * A channel's access token, opened at most once a minute by this process, not once per batch (nor
   * once per batch of a fetch's first batches, which ask for it at the same moment). A token LINE
   * refuses (401), or one that could not be opened, is forgotten at once, so that it is read again.
   */
  private accessToken(tenantId: string, channelId: string): Promise<string> {
    const cached = this.tokens.get(channelId);
    if (cached && cached.until > Date.now()) return cached.token;
    const token = this.tenantDb.withTenant(tenantId, (em) => this.line.accessToken(em, channelId));
    const entry = { token, until: Date.now() + TOKEN_CACHE_MS };
    this.tokens.set(channelId, entry);
    token.catch(() => {
      if (this.tokens.get(channelId) === entry) this.tokens.delete(channelId);
    });
    return token;
  }

  /**
   * Settles a batch once (a late duplicate finds it settled) and, with its last batch, the broadcast:
   * one round trip whose statements each see the ones before, so a batch another worker settled
   * meanwhile is counted (the broadcast's row lock puts them one after the other).
   */
  private async finish(
    tenantId: string,
    broadcastId: string,
    batchNo: number,
    status: 'sent' | 'failed',
    families: number,
    skipped: number,
    reason: string | null,
  ): Promise<void> {
    const sent = status === 'sent' ? families : 0;
    const failed = status === 'failed' ? families : 0;
    const [[settled], [final]] = await this.tenantDb.statements<{ status: string }>(tenantId, [
      [
        `with settled as (
           update broadcast_batch set status = ?, sent_count = ?, skipped_count = ?, failure_reason = ?,
             finished_at = clock_timestamp()
            where broadcast_id = ? and batch_no = ? and status = 'pending' returning broadcast_id)
         update broadcast b set sent_count = sent_count + ?, failed_count = failed_count + ?,
           skipped_count = skipped_count + ?, updated_at = now()
          from settled where b.id = settled.broadcast_id returning b.status`,
        [status, sent, skipped, reason, broadcastId, batchNo, sent, failed, skipped],
      ],
      [
        `update broadcast set status = case when failed_count > 0 then 'partially_failed' else 'sent' end,
           finished_at = clock_timestamp()
          where id = ? and status = 'sending'
            and not exists (select 1 from broadcast_batch where broadcast_id = ? and status = 'pending')
          returning status`,
        [broadcastId, broadcastId],
      ],
    ]);
    if (!settled) return;
    if (final) {
      this.published.delete(broadcastId);
      await this.tenantDb.withTenant(tenantId, async () => {
        await this.audit.record('broadcast.sent', { type: 'broadcast', id: broadcastId }, { status: final.status });
        this.live.publish(LiveEventKind.BroadcastUpdated, broadcastId);
      });
      return;
    }
    // The figures while sending: a few times a second, not once per batch (each subscriber re-reads).
    const last = this.published.get(broadcastId) ?? 0;
    if (Date.now() - last < LIVE_FIGURES_MS) return;
    this.published.set(broadcastId, Date.now());
    await this.tenantDb.withTenant(tenantId, async () =>
      this.live.publish(LiveEventKind.BroadcastUpdated, broadcastId),
    );
  }
}
