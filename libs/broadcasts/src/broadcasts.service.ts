import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessService } from '@tsunagu/platform/auth';
import { AuditTrail } from '@tsunagu/platform/audit';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type FieldError,
} from '@tsunagu/platform/errors';
import {
  connectionFromRows,
  decodeCursor,
  encodeCursor,
  isUuid,
  parsePosition,
  type Connection,
  type Position,
} from '@tsunagu/platform/graphql';
import { LiveEventKind, LiveEvents } from '@tsunagu/platform/live';
import { LineChannel } from '@tsunagu/channels';
import { AudienceService, type SegmentInput } from '@tsunagu/audience';
import { DomainError } from '@tsunagu/platform/errors';
import { BroadcastAudience } from './broadcast-audience';
import {
  Broadcast,
  BroadcastMessageKind,
  BroadcastSettings,
  BroadcastStatistics,
  type BroadcastMessage,
} from './broadcast.entities';
import { BroadcastQuota } from './broadcast-quota';
import { composedMessageProblems } from './line-messages';
import { BroadcastSchedule } from './broadcast-schedule';
import { BroadcastStatisticsReader } from './broadcast-statistics';
import {
  BroadcastAudienceKind,
  BroadcastStatus,
  canMove,
  DELIVERY_STATUSES,
  MAX_BROADCAST_MESSAGES,
} from './lifecycle';

/** What a composer writes: the same for a new broadcast and a draft's edit. */
export interface BroadcastDraftInput {
  channelId: string;
  title: string;
  messages: BroadcastMessage[];
  audienceKind: BroadcastAudienceKind;
  /** SEGMENT: who, as the audience library reads it. */
  segment?: SegmentInput | null;
  testUserIds?: string[] | null;
  scheduledAt?: Date | null;
  notificationDisabled?: boolean | null;
  aggregationUnit?: string | null;
}

/** A broadcast with its people's names and its figures, as every reader sees it. */
export interface BroadcastView {
  broadcast: Broadcast;
  names: Map<string, string>;
  /** Families it goes to: counted now before delivery, frozen once SENDING. */
  recipientCount: number;
  failures: { reason: string; count: number }[];
  /** Whether the reader may approve it now (an approver, not its composer unless allowed). */
  viewerMayApprove: boolean;
  /** LINE's statistics as last read (once it is delivered); null when none were planned or asked for. */
  statistics: BroadcastStatistics | null;
}

/** How a user no longer in the tenant (whose name it no longer sees) is shown. */
const FORMER_MEMBER = '(former member)';
/** LINE's `customAggregationUnits`: up to 30 characters of letters, digits and underscores. */
const AGGREGATION_UNIT = /^[A-Za-z0-9_]{1,30}$/;
/** The roles that may be named approvers: those that may compose (a counsellor never approves). */
const APPROVER_ROLES: readonly string[] = ['tenant_admin', 'coordinator'];
/** A schedule this close to now is "now": the approver's click is not refused for a second's lateness. */
const SCHEDULE_GRACE_MS = 60_000;

/**
 * Broadcasts: composing, approval and cancelling, with their rules. The programme office composes
 * and submits; an approver named by the tenant's settings approves (never their own draft unless
 * the tenant allows it) after the channel's quota is read; delivery (`BroadcastDelivery`) then
 * freezes the audience and sends it in batches.
 */
@Injectable()
export class BroadcastsService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly access: AccessService,
    private readonly audit: AuditTrail,
    private readonly live: LiveEvents,
    private readonly audience: BroadcastAudience,
    private readonly quota: BroadcastQuota,
    private readonly schedule: BroadcastSchedule,
    private readonly segments: AudienceService,
    private readonly statistics: BroadcastStatisticsReader,
  ) {}

  // Settings

  async settings(em: EntityManager = this.tenantDb.em): Promise<BroadcastSettings> {
    const tenantId = this.tenantDb.tenantId;
    return (
      (await em.findOne(BroadcastSettings, { tenant: tenantId })) ??
      em.create(BroadcastSettings, { tenant: em.getReference(Tenant, tenantId) }, { persist: false })
    );
  }

  async updateSettings(input: {
    approverRoles: string[];
    approverUserIds: string[];
    allowSelfApproval: boolean;
  }): Promise<BroadcastSettings> {
    const em = this.tenantDb.em;
    const userIds = [...new Set(input.approverUserIds)];
    const roles = [...new Set(input.approverRoles)];
    if (roles.some((role) => !APPROVER_ROLES.includes(role))) {
      throw new BadUserInputError([
        { field: 'approverRoles', messages: ['only tenant admins and coordinators may approve broadcasts'] },
      ]);
    }
    if (roles.length === 0 && userIds.length === 0) {
      throw new BadUserInputError([
        { field: 'approverRoles', messages: ['name at least one role or person who approves'] },
      ]);
    }
    if (userIds.length > 0) {
      const [{ count }] = await em.execute<{ count: string }[]>(
        `select count(distinct user_id) as count from membership
          where tenant_id = ? and user_id = any(?::uuid[]) and role in ('tenant_admin', 'coordinator') and status = 'active'`,
        [this.tenantDb.tenantId, `{${userIds.join(',')}}`],
      );
      if (Number(count) !== userIds.length) {
        throw new BadUserInputError([
          {
            field: 'approverUserIds',
            messages: ['an approver must be an active tenant admin or coordinator of this tenant'],
          },
        ]);
      }
    }
    await em.execute(
      `insert into broadcast_settings (tenant_id, approver_roles, approver_user_ids, allow_self_approval, updated_at)
       values (?, ?::text[], ?::uuid[], ?, now())
       on conflict (tenant_id) do update set approver_roles = excluded.approver_roles,
         approver_user_ids = excluded.approver_user_ids, allow_self_approval = excluded.allow_self_approval, updated_at = now()`,
      [
        this.tenantDb.tenantId,
        `{${[...new Set(input.approverRoles)].join(',')}}`,
        `{${userIds.join(',')}}`,
        input.allowSelfApproval,
      ],
    );
    await this.audit.record('broadcast_settings.updated', undefined, {
      approverRoles: [...new Set(input.approverRoles)].join(','),
      approverUsers: userIds.length,
      allowSelfApproval: input.allowSelfApproval,
    });
    return em.findOneOrFail(BroadcastSettings, { tenant: this.tenantDb.tenantId }, { refresh: true });
  }

  // Reading

  /** The tenant's active channels by name, each with the families who can receive now. */
  async channels(): Promise<{ id: string; name: string; reachableFamilies: number }[]> {
    const rows = await this.tenantDb.em.execute<{ id: string; name: string; reachable: string }[]>(
      `select c.id, c.name, (select count(*) from registrant r where r.channel_id = c.id and r.status = 'active') as reachable
         from line_channel c where c.tenant_id = ? and c.status = 'active' order by c.name, c.id`,
      [this.tenantDb.tenantId],
    );
    return rows.map((row) => ({ id: row.id, name: row.name, reachableFamilies: Number(row.reachable) }));
  }

  async list(
    status: BroadcastStatus | null | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<BroadcastView>> {
    const em = this.tenantDb.em;
    const position = after ? decodeCursor<Position>(after, parsePosition) : undefined;
    const rows = await em.find(
      Broadcast,
      {
        tenant: this.tenantDb.tenantId,
        ...(status ? { status } : {}),
        ...(position
          ? {
              $or: [
                { createdAt: { $lt: new Date(position.at) } },
                { createdAt: new Date(position.at), id: { $lt: position.id } },
              ],
            }
          : {}),
      },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 },
    );
    const views = await this.views(em, rows.slice(0, first));
    const byId = new Map(views.map((view) => [view.broadcast.id, view]));
    return connectionFromRows(
      rows,
      first,
      (row) => encodeCursor({ at: row.createdAt.toISOString(), id: row.id }),
      (row) => byId.get(row.id) as BroadcastView,
    );
  }

  async get(id: string): Promise<BroadcastView> {
    const em = this.tenantDb.em;
    const [view] = await this.views(em, [await this.find(em, id)]);
    return view;
  }

  /** Names, counts and failures of several broadcasts in a few statements (a list page is one round). */
  private async views(em: EntityManager, broadcasts: Broadcast[]): Promise<BroadcastView[]> {
    if (broadcasts.length === 0) return [];
    const people = [
      ...new Set(
        broadcasts.flatMap((b) => [b.composedById, b.approvedById, b.rejectedById, b.cancelledById]).filter(Boolean),
      ),
    ] as string[];
    const names = new Map<string, string>();
    if (people.length > 0) {
      const rows = await em.execute<{ id: string; display_name: string }[]>(
        `select u.id, u.display_name from app_user u where u.id = any(?::uuid[])`,
        [`{${people.join(',')}}`],
      );
      for (const row of rows) names.set(row.id, row.display_name);
    }
    for (const id of people) if (!names.has(id)) names.set(id, FORMER_MEMBER);
    const delivered = broadcasts.filter((b) => DELIVERY_STATUSES.includes(b.status)).map((b) => b.id);
    const failures = new Map<string, { reason: string; count: number }[]>();
    if (delivered.length > 0) {
      const rows = await em.execute<{ broadcast_id: string; reason: string; count: string }[]>(
        `select b.broadcast_id, b.failure_reason as reason, sum(r.n) as count
           from broadcast_batch b
           join lateral (select count(*) as n from broadcast_recipient r
                          where r.broadcast_id = b.broadcast_id and r.batch_no = b.batch_no and not r.skipped) r on true
          where b.broadcast_id = any(?::uuid[]) and b.status = 'failed'
          group by b.broadcast_id, b.failure_reason order by count desc`,
        [`{${delivered.join(',')}}`],
      );
      for (const row of rows) {
        const list = failures.get(row.broadcast_id) ?? [];
        list.push({ reason: row.reason ?? 'unknown', count: Number(row.count) });
        failures.set(row.broadcast_id, list);
      }
    }
    const statistics = new Map(
      delivered.length > 0
        ? (await em.find(BroadcastStatistics, { broadcastId: { $in: delivered } })).map((s) => [s.broadcastId, s])
        : [],
    );
    const settings = await this.settings(em);
    const views: BroadcastView[] = [];
    for (const broadcast of broadcasts) {
      const recipientCount = DELIVERY_STATUSES.includes(broadcast.status)
        ? broadcast.audienceCount
        : broadcast.status === BroadcastStatus.CANCELLED
          ? 0
          : await this.audience.count(em, broadcast);
      views.push({
        broadcast,
        names,
        recipientCount,
        failures: failures.get(broadcast.id) ?? [],
        viewerMayApprove:
          broadcast.status === BroadcastStatus.AWAITING_APPROVAL && this.approvalRefusal(settings, broadcast) === null,
        statistics: statistics.get(broadcast.id) ?? null,
      });
    }
    return views;
  }

  // Composing

  async create(input: BroadcastDraftInput): Promise<Broadcast> {
    const em = this.tenantDb.em;
    await this.check(em, input);
    const broadcast = em.create(Broadcast, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      composedById: this.access.current().userId,
      ...this.fields(input),
    });
    await em.flush();
    await this.audit.record('broadcast.created', { type: 'broadcast', id: broadcast.id });
    this.live.publish(LiveEventKind.BroadcastUpdated, broadcast.id);
    return broadcast;
  }

  /** A draft's edit: everything composed is replaced. Only a DRAFT changes. */
  async update(id: string, input: BroadcastDraftInput): Promise<Broadcast> {
    const em = this.tenantDb.em;
    const broadcast = await this.find(em, id, true);
    if (broadcast.status !== BroadcastStatus.DRAFT) {
      throw notInStatus(
        'id',
        'only a DRAFT can be edited: an approver may send it back to draft',
        'BROADCAST_NOT_DRAFT',
      );
    }
    await this.check(em, input);
    Object.assign(broadcast, this.fields(input));
    await em.flush();
    await this.audit.record('broadcast.updated', { type: 'broadcast', id: broadcast.id });
    this.live.publish(LiveEventKind.BroadcastUpdated, broadcast.id);
    return broadcast;
  }

  async submit(id: string): Promise<Broadcast> {
    const em = this.tenantDb.em;
    const broadcast = await this.find(em, id, true);
    this.move(broadcast, BroadcastStatus.AWAITING_APPROVAL);
    this.checkSchedule(broadcast.scheduledAt, 'scheduledAt');
    await this.requireAudience(em, broadcast);
    broadcast.status = BroadcastStatus.AWAITING_APPROVAL;
    broadcast.submittedAt = new Date();
    broadcast.rejectedById = null;
    broadcast.rejectionReason = null;
    await em.flush();
    await this.audit.record('broadcast.submitted', { type: 'broadcast', id: broadcast.id });
    this.live.publish(LiveEventKind.BroadcastUpdated, broadcast.id);
    return broadcast;
  }

  /**
   * Approval: by an approver the tenant names, not the composer (unless allowed), with a schedule
   * still ahead, an audience of at least one family, and room in the channel's monthly quota for
   * every one of them. Then it goes: at once (APPROVED) or at its time (SCHEDULED).
   */
  async approve(id: string): Promise<Broadcast> {
    const em = this.tenantDb.em;
    const broadcast = await this.find(em, id, true);
    const goesLater =
      broadcast.scheduledAt !== null && broadcast.scheduledAt.getTime() > Date.now() + SCHEDULE_GRACE_MS;
    this.move(broadcast, goesLater ? BroadcastStatus.SCHEDULED : BroadcastStatus.APPROVED);
    const refusal = this.approvalRefusal(await this.settings(em), broadcast);
    if (refusal) throw refusal;
    this.checkSchedule(broadcast.scheduledAt, 'id');
    const recipients = await this.requireAudience(em, broadcast);
    const quota = await this.quota.read(em, broadcast.channelId);
    if (quota.limit !== null && quota.used + recipients > quota.limit) {
      throw new BadUserInputError(
        [
          {
            field: 'id',
            messages: [
              `this broadcast goes to ${recipients} families; the channel has sent ${quota.used} of its ${quota.limit} messages this month, ${Math.max(0, quota.limit - quota.used)} left`,
            ],
          },
        ],
        'QUOTA_EXCEEDED',
        "The channel's monthly message quota would be exceeded",
      );
    }
    const userId = this.access.current().userId;
    broadcast.approvedById = userId;
    broadcast.approvedAt = new Date();
    broadcast.status = goesLater ? BroadcastStatus.SCHEDULED : BroadcastStatus.APPROVED;
    await em.flush();
    await this.schedule.start(em, broadcast);
    await this.statistics.plan(em, broadcast);
    await this.audit.record(
      'broadcast.approved',
      { type: 'broadcast', id: broadcast.id },
      {
        recipients,
        scheduled: goesLater,
        quotaLimit: quota.limit,
        quotaUsed: quota.used,
      },
    );
    this.live.publish(LiveEventKind.BroadcastUpdated, broadcast.id);
    return broadcast;
  }

  async reject(id: string, reason: string): Promise<Broadcast> {
    const em = this.tenantDb.em;
    const broadcast = await this.find(em, id, true);
    if (broadcast.status !== BroadcastStatus.AWAITING_APPROVAL) {
      throw notInStatus('id', 'only a broadcast AWAITING_APPROVAL can be sent back', 'BROADCAST_NOT_AWAITING_APPROVAL');
    }
    const refusal = this.approvalRefusal(await this.settings(em), broadcast);
    if (refusal) throw refusal;
    const text = reason.normalize('NFC').trim();
    if (!text) throw new BadUserInputError([{ field: 'reason', messages: ['say what to change'] }]);
    broadcast.status = BroadcastStatus.DRAFT;
    broadcast.rejectedById = this.access.current().userId;
    broadcast.rejectionReason = text;
    await em.flush();
    await this.audit.record('broadcast.rejected', { type: 'broadcast', id: broadcast.id });
    this.live.publish(LiveEventKind.BroadcastUpdated, broadcast.id);
    return broadcast;
  }

  /** Anything not yet sending stops; a scheduled broadcast's job finds it CANCELLED and does nothing. */
  async cancel(id: string): Promise<Broadcast> {
    const em = this.tenantDb.em;
    const broadcast = await this.find(em, id, true);
    if (!canMove(broadcast.status, BroadcastStatus.CANCELLED)) {
      throw notInStatus(
        'id',
        broadcast.status === BroadcastStatus.SENDING
          ? 'this broadcast is being sent: families already have it'
          : 'this broadcast is finished',
        'BROADCAST_NOT_CANCELLABLE',
      );
    }
    const from = broadcast.status;
    broadcast.status = BroadcastStatus.CANCELLED;
    broadcast.cancelledById = this.access.current().userId;
    broadcast.cancelledAt = new Date();
    await em.flush();
    await this.audit.record('broadcast.cancelled', { type: 'broadcast', id: broadcast.id }, { from });
    this.live.publish(LiveEventKind.BroadcastUpdated, broadcast.id);
    return broadcast;
  }

  /** Broadcasts of the tenant among `ids` (a live batch's): the others are gone or another tenant's. */
  async liveViews(ids: string[]): Promise<BroadcastView[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    const em = this.tenantDb.em;
    const rows = await em.find(Broadcast, { id: { $in: valid }, tenant: this.tenantDb.tenantId }, { refresh: true });
    return this.views(em, rows);
  }

  // Rules

  /** Why the current user may not approve (or send back) this broadcast; null when they may. */
  private approvalRefusal(
    settings: BroadcastSettings,
    broadcast: Broadcast,
  ): ForbiddenError | BadUserInputError | null {
    const access = this.access.current();
    const named =
      settings.approverUserIds.includes(access.userId) ||
      access.roles.some((role) => settings.approverRoles.includes(role));
    if (!named)
      return new ForbiddenError('NOT_A_BROADCAST_APPROVER', "The tenant's settings do not name you an approver");
    if (broadcast.composedById === access.userId && !settings.allowSelfApproval) {
      return new BadUserInputError(
        [{ field: 'id', messages: ['another approver must approve a broadcast you composed'] }],
        'SELF_APPROVAL',
        'You cannot approve a broadcast you composed',
      );
    }
    return null;
  }

  private move(broadcast: Broadcast, to: BroadcastStatus): void {
    if (!canMove(broadcast.status, to)) {
      throw notInStatus(
        'id',
        `a ${broadcast.status.toUpperCase()} broadcast cannot become ${to.toUpperCase()}`,
        'ILLEGAL_TRANSITION',
      );
    }
  }

  private checkSchedule(scheduledAt: Date | null | undefined, field: string): void {
    if (scheduledAt && scheduledAt.getTime() < Date.now() - SCHEDULE_GRACE_MS) {
      throw new BadUserInputError(
        [{ field, messages: ['the schedule is in the past: choose a later time or send now'] }],
        'SCHEDULE_IN_PAST',
        'The schedule is in the past',
      );
    }
  }

  private async requireAudience(em: EntityManager, broadcast: Broadcast): Promise<number> {
    const count = await this.audience.count(em, broadcast);
    if (count === 0) {
      throw new BadUserInputError(
        [{ field: 'audience', messages: ['this audience matches no family who can receive messages'] }],
        'AUDIENCE_EMPTY',
        'The audience matches nobody',
      );
    }
    return count;
  }

  /** Everything a draft must be before it is stored; all the problems at once. */
  private async check(em: EntityManager, input: BroadcastDraftInput): Promise<void> {
    const problems: FieldError[] = [];
    const channel = isUuid(input.channelId)
      ? await em.findOne(LineChannel, { id: input.channelId, tenant: this.tenantDb.tenantId }, { fields: ['id'] })
      : null;
    if (!channel) problems.push({ field: 'channelId', messages: ['no such channel'] });
    if (!input.title.trim()) problems.push({ field: 'title', messages: ['give the broadcast a name'] });
    if (input.messages.length === 0 || input.messages.length > MAX_BROADCAST_MESSAGES) {
      problems.push({ field: 'messages', messages: [`a broadcast has 1 to ${MAX_BROADCAST_MESSAGES} messages`] });
    }
    if (input.messages.length > 0 && input.messages.length <= MAX_BROADCAST_MESSAGES)
      problems.push(...composedMessageProblems(input.messages.map(normalizeMessage)));
    if (input.audienceKind === BroadcastAudienceKind.SEGMENT) {
      if (!input.segment) problems.push({ field: 'segment', messages: ['a SEGMENT audience needs its segment'] });
      else problems.push(...(await segmentProblems(em, this.segments, input.segment)));
    }
    if (input.audienceKind === BroadcastAudienceKind.TEST && !(input.testUserIds ?? []).length) {
      problems.push({ field: 'testUserIds', messages: ['name the staff whose LINE accounts receive the test'] });
    }
    if (input.aggregationUnit && !AGGREGATION_UNIT.test(input.aggregationUnit)) {
      problems.push({
        field: 'aggregationUnit',
        messages: ['up to 30 letters, digits or underscores (LINE counts the broadcast under this name)'],
      });
    }
    if (input.scheduledAt && input.scheduledAt.getTime() < Date.now() - SCHEDULE_GRACE_MS) {
      problems.push({
        field: 'scheduledAt',
        messages: ['the schedule is in the past: choose a later time or send now'],
      });
    }
    if (problems.length > 0) {
      const past = problems.length === 1 && problems[0].field === 'scheduledAt';
      throw new BadUserInputError(problems, past ? 'SCHEDULE_IN_PAST' : 'INVALID_INPUT');
    }
  }

  private fields(input: BroadcastDraftInput) {
    return {
      channelId: input.channelId,
      title: input.title.normalize('NFC').trim(),
      messages: input.messages.map(normalizeMessage),
      audienceKind: input.audienceKind,
      segment: input.audienceKind === BroadcastAudienceKind.SEGMENT ? (input.segment ?? null) : null,
      testUserIds: input.audienceKind === BroadcastAudienceKind.TEST ? [...new Set(input.testUserIds ?? [])] : [],
      scheduledAt: input.scheduledAt ?? null,
      notificationDisabled: input.notificationDisabled ?? false,
      aggregationUnit: input.aggregationUnit || null,
    };
  }

  private async find(em: EntityManager, id: string, lock = false): Promise<Broadcast> {
    const broadcast = isUuid(id)
      ? await em.findOne(
          Broadcast,
          { id, tenant: this.tenantDb.tenantId },
          lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
        )
      : null;
    if (!broadcast) throw new NotFoundError('BROADCAST_NOT_FOUND', 'No such broadcast');
    return broadcast;
  }
}

/** The segment's problems as field errors (the audience library names `segment.groups.0...`). */
async function segmentProblems(
  em: EntityManager,
  audience: AudienceService,
  segment: SegmentInput,
): Promise<FieldError[]> {
  try {
    await audience.validate(em, segment);
    return [];
  } catch (error) {
    if (error instanceof DomainError && error.fieldErrors.length > 0) return error.fieldErrors;
    throw error;
  }
}

function notInStatus(field: string, message: string, reason: string): ConflictError {
  return new ConflictError(reason, message, [{ field, messages: [message] }]);
}

function normalizeMessage(message: BroadcastMessage): BroadcastMessage {
  switch (message.kind) {
    case BroadcastMessageKind.TEXT:
      return {
        kind: message.kind,
        text: (message.text ?? '').normalize('NFC'),
        emojis: message.emojis?.length ? message.emojis : null,
      };
    case BroadcastMessageKind.IMAGE:
      return {
        kind: message.kind,
        imageUrl: message.imageUrl,
        previewImageUrl: message.previewImageUrl ?? message.imageUrl,
      };
    case BroadcastMessageKind.LINK:
      return { kind: message.kind, title: (message.title ?? '').normalize('NFC').trim(), url: message.url };
  }
}
