import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditTrail } from '@tsunagu/platform/audit';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError, ConflictError, NotFoundError } from '@tsunagu/platform/errors';
import { isUuid } from '@tsunagu/platform/graphql';
import { JobsService, RetryLater } from '@tsunagu/platform/jobs';
import { LiveEventKind, LiveEvents } from '@tsunagu/platform/live';
import { RateLimiter, type RateLimits } from '@tsunagu/platform/rate-limit';
import {
  LINE_STATISTICS_REQUESTS_PER_HOUR,
  LINE_STATISTICS_UPDATE_MS,
  LineMessagingClient,
  lineStatisticsDate,
} from '@tsunagu/channels';
import { Broadcast, BroadcastStatistics, BroadcastStatisticsState } from './broadcast.entities';
import { BroadcastStatus } from './lifecycle';

/** The queue of reads of LINE's statistics (`BroadcastStatisticsJob`). */
export const BROADCAST_STATISTICS_QUEUE = 'broadcast.statistics';

export interface BroadcastStatisticsJob {
  tenantId: string;
  broadcastId: string;
  /** The daily read, which plans the next; a read staff asked for plans nothing. */
  daily: boolean;
}

const HOUR_MS = 60 * 60 * 1000;
/** LINE counts for a while after sending: the first daily read comes an hour after the broadcast goes. */
const FIRST_READ_AFTER_MS = HOUR_MS;
const DAILY_MS = 24 * HOUR_MS;
/** The last daily read comes a day after LINE stopped updating, so that it holds every late count. */
const FINAL_READ_AFTER_MS = LINE_STATISTICS_UPDATE_MS + DAILY_MS;
/** Staff may ask for a read of a broadcast at most this often. */
export const STATISTICS_REQUEST_INTERVAL_MS = 10 * 60 * 1000;
/** LINE answers at most 30 days from the first day asked for. */
const MAX_SPAN_MS = 30 * DAILY_MS;

/**
 * A channel's reads of LINE's statistics: 90% of LINE's documented 60 an hour, shared by every
 * process, a few at once (staff asking for several broadcasts together).
 */
export const STATISTICS_LIMITS: RateLimits = {
  ratePerSecond: (LINE_STATISTICS_REQUESTS_PER_HOUR * 0.9) / 3600,
  burst: 5,
};

export function statisticsBucket(channelId: string): string {
  return `line-statistics:${channelId}`;
}

/** The aggregation unit of a broadcast approved without one: its own, from its id (30 characters). */
export function defaultAggregationUnit(broadcastId: string): string {
  return `bc_${broadcastId.replaceAll('-', '').slice(0, 27)}`;
}

/**
 * Reads back LINE's statistics of each broadcast's aggregation unit. Planned at approval (the
 * broadcast gets its own unit if the composer named none): the first read an hour after it goes,
 * then daily while LINE updates the figures (14 days after sending) and once more after; staff may ask
 * for a read of a sent broadcast at any time, at most every ten minutes. Every read takes a token of
 * the channel's bucket (LINE allows 60 an hour); one that finds none is put off until there is one.
 */
@Injectable()
export class BroadcastStatisticsReader implements OnModuleInit {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly jobs: JobsService,
    private readonly line: LineMessagingClient,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditTrail,
    private readonly live: LiveEvents,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<BroadcastStatisticsJob>(BROADCAST_STATISTICS_QUEUE, (job, run) => this.read(job, run));
  }

  /** In the approval's transaction: the broadcast's unit, its statistics row and its first daily read. */
  async plan(em: EntityManager, broadcast: Broadcast): Promise<void> {
    broadcast.aggregationUnit ??= defaultAggregationUnit(broadcast.id);
    const existing = await em.findOne(BroadcastStatistics, { broadcastId: broadcast.id });
    if (!existing) {
      em.create(BroadcastStatistics, {
        broadcastId: broadcast.id,
        tenant: em.getReference(Tenant, broadcast.tenant.id),
      });
    }
    await em.flush();
    const goesAt = Math.max(broadcast.scheduledAt?.getTime() ?? 0, Date.now());
    const job: BroadcastStatisticsJob = { tenantId: broadcast.tenant.id, broadcastId: broadcast.id, daily: true };
    await this.jobs.enqueue(em, BROADCAST_STATISTICS_QUEUE, job, {
      startAfterSeconds: Math.ceil((goesAt + FIRST_READ_AFTER_MS - Date.now()) / 1000),
    });
  }

  /** Staff ask for a read now (in the request's tenant transaction): refused until ten minutes after the last. */
  async request(id: string): Promise<void> {
    const em = this.tenantDb.em;
    const broadcast = isUuid(id)
      ? await em.findOne(Broadcast, { id, tenant: this.tenantDb.tenantId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!broadcast) throw new NotFoundError('BROADCAST_NOT_FOUND', 'No such broadcast');
    if (broadcast.status !== BroadcastStatus.SENT && broadcast.status !== BroadcastStatus.PARTIALLY_FAILED) {
      throw new ConflictError('BROADCAST_NOT_SENT', 'LINE has statistics of sent broadcasts only', [
        { field: 'id', messages: ['the broadcast has not been sent'] },
      ]);
    }
    if (!broadcast.aggregationUnit) {
      throw new BadUserInputError(
        [
          {
            field: 'id',
            messages: ['the broadcast was sent without an aggregation unit: LINE has no statistics of it'],
          },
        ],
        'NO_AGGREGATION_UNIT',
        'The broadcast has no aggregation unit',
      );
    }
    const statistics =
      (await em.findOne(BroadcastStatistics, { broadcastId: broadcast.id })) ??
      em.create(BroadcastStatistics, {
        broadcastId: broadcast.id,
        tenant: em.getReference(Tenant, broadcast.tenant.id),
      });
    const now = Date.now();
    const allowedAt = (statistics.requestedAt?.getTime() ?? 0) + STATISTICS_REQUEST_INTERVAL_MS;
    if (allowedAt > now) {
      throw new ConflictError('STATISTICS_REQUESTED_RECENTLY', 'The statistics were asked for a moment ago', [
        {
          field: 'id',
          messages: [`ask again in ${Math.ceil((allowedAt - now) / 60_000)} minutes (LINE allows few reads an hour)`],
        },
      ]);
    }
    statistics.requestedAt = new Date(now);
    statistics.refreshing = true;
    await em.flush();
    const job: BroadcastStatisticsJob = { tenantId: this.tenantDb.tenantId, broadcastId: broadcast.id, daily: false };
    await this.jobs.enqueue(em, BROADCAST_STATISTICS_QUEUE, job);
    await this.audit.record('broadcast.statistics_requested', { type: 'broadcast', id: broadcast.id });
    this.live.publish(LiveEventKind.BroadcastUpdated, broadcast.id);
  }

  /**
   * One read: LINE's figures of the unit from the day the broadcast went to today (Japan time), kept
   * with what they mean (ready, the plan has none, refused). A broadcast still going is read again in
   * an hour; LINE busy or away is retried by the queue, and a read that runs out of tries keeps the
   * figures read before.
   */
  async read(job: BroadcastStatisticsJob, run: { lastTry: boolean } = { lastTry: false }): Promise<void> {
    const { tenantId, broadcastId, daily } = job;
    const [broadcast] = await this.tenantDb.statement<{
      status: BroadcastStatus;
      channel_id: string;
      aggregation_unit: string | null;
      sending_started_at: Date | null;
    }>(tenantId, 'select status, channel_id, aggregation_unit, sending_started_at from broadcast where id = ?', [
      broadcastId,
    ]);
    if (!broadcast?.aggregation_unit || broadcast.status === BroadcastStatus.CANCELLED) return;
    const sent = broadcast.status === BroadcastStatus.SENT || broadcast.status === BroadcastStatus.PARTIALLY_FAILED;
    if (!sent || !broadcast.sending_started_at) {
      if (daily) await this.later(job, HOUR_MS);
      return;
    }
    const wait = await this.limiter.take(statisticsBucket(broadcast.channel_id), STATISTICS_LIMITS);
    if (wait > 0) return this.later(job, wait);

    const startedAt = new Date(broadcast.sending_started_at);
    const now = Date.now();
    const to = new Date(Math.min(now, startedAt.getTime() + MAX_SPAN_MS));
    const accessToken = await this.tenantDb.withTenant(tenantId, (em) =>
      this.line.accessToken(em, broadcast.channel_id),
    );
    const outcome = await this.line.statisticsPerUnit(
      accessToken,
      broadcast.aggregation_unit,
      lineStatisticsDate(startedAt),
      lineStatisticsDate(to),
    );
    if (outcome.kind === 'retry' && !run.lastTry) {
      throw new RetryLater(`LINE did not answer the statistics of broadcast ${broadcastId} (${outcome.reason})`);
    }
    const final = now >= startedAt.getTime() + FINAL_READ_AFTER_MS;
    await this.tenantDb.withTenant(tenantId, async (em) => {
      const statistics =
        (await em.findOne(BroadcastStatistics, { broadcastId }, { lockMode: LockMode.PESSIMISTIC_WRITE })) ??
        em.create(BroadcastStatistics, { broadcastId, tenant: em.getReference(Tenant, tenantId) });
      if (!daily) statistics.refreshing = false;
      switch (outcome.kind) {
        case 'statistics':
          Object.assign(statistics, {
            state: BroadcastStatisticsState.READY,
            uniqueImpression: outcome.statistics.uniqueImpression,
            uniqueClick: outcome.statistics.uniqueClick,
            clicks: outcome.statistics.clicks,
            readAt: new Date(now),
            final: statistics.final || final,
            failureReason: null,
          });
          break;
        case 'not-available':
          Object.assign(statistics, { state: BroadcastStatisticsState.NOT_AVAILABLE, failureReason: null });
          break;
        case 'refused':
          Object.assign(statistics, {
            state: BroadcastStatisticsState.FAILED,
            failureReason: `HTTP ${outcome.status}`,
          });
          break;
        case 'retry':
          // Out of tries: the figures read before stay, and the next daily read tries again.
          break;
      }
      await em.flush();
      if (daily && !final && outcome.kind !== 'not-available') {
        await this.jobs.enqueue(em, BROADCAST_STATISTICS_QUEUE, job, { startAfterSeconds: DAILY_MS / 1000 });
      }
      this.live.publish(LiveEventKind.BroadcastUpdated, broadcastId);
    });
  }

  /** The same read, later (a broadcast still going, or the channel's reads used up for now). */
  private async later(job: BroadcastStatisticsJob, ms: number): Promise<void> {
    await this.tenantDb.withTenant(job.tenantId, (em) =>
      this.jobs.enqueue(em, BROADCAST_STATISTICS_QUEUE, job, { startAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) }),
    );
  }
}
