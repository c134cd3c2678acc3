import { Args, Context, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { LiveEventKind, LiveHub, liveBatchOf, liveConnectionOf, type LiveStream } from '@tsunagu/platform/live';
import type { Connection } from '@tsunagu/platform/graphql';
import type { SegmentModel } from '@tsunagu/audience';
import { Permission, RequirePermission, type TenantRole } from '@tsunagu/platform/permissions';
import type { BroadcastSettings } from './broadcast.entities';
import {
  BroadcastChannelModel,
  BroadcastConnection,
  BroadcastEventsModel,
  BroadcastIdInput,
  BroadcastModel,
  BroadcastsArgs,
  BroadcastSettingsModel,
  BroadcastStatisticsModel,
  CreateBroadcastInput,
  RejectBroadcastInput,
  SendTestBroadcastInput,
  BroadcastTestSentModel,
  UpdateBroadcastInput,
  UpdateBroadcastSettingsInput,
} from './broadcasts.models';
import { BroadcastsService, type BroadcastView } from './broadcasts.service';
import { BroadcastTests } from './broadcast-tests';
import { BroadcastStatisticsReader, STATISTICS_REQUEST_INTERVAL_MS } from './broadcast-statistics';
import { BroadcastStatisticsState } from './broadcast.entities';
import { BroadcastStatus, DELIVERY_STATUSES } from './lifecycle';

/** Broadcasts: the service holds the rules, this only translates. */
@Resolver()
export class BroadcastsResolver {
  constructor(
    private readonly service: BroadcastsService,
    private readonly tests: BroadcastTests,
    private readonly statistics: BroadcastStatisticsReader,
    private readonly hub: LiveHub,
  ) {}

  @RequirePermission(Permission.ReadBroadcasts)
  @Subscription(() => BroadcastEventsModel, {
    description:
      "Broadcasts whose status or figures changed, as they are committed (one broadcast's with `id`): a sending broadcast's figures fill in. Over WebSocket only",
    async resolve(this: BroadcastsResolver, batch: unknown): Promise<BroadcastEventsModel> {
      const live = liveBatchOf(batch);
      const views = await this.service.liveViews([...new Set(live.events.map((event) => event.ids[0]))]);
      if (views.length === 0) live.nothingVisible();
      return { cursor: live.cursor, missed: live.missed, broadcasts: views.map(toModel) };
    },
  })
  broadcastEvents(
    @Args('id', { type: () => ID, nullable: true, description: 'Only this broadcast' }) id: string | null,
    @Context() context: unknown,
  ): LiveStream {
    return this.hub.open(
      liveConnectionOf(context),
      Permission.ReadBroadcasts,
      (event) => event.kind === LiveEventKind.BroadcastUpdated && (!id || event.ids[0] === id),
    );
  }

  @RequirePermission(Permission.ReadBroadcasts)
  @Query(() => BroadcastConnection, { nullable: true, description: "The tenant's broadcasts, newest first" })
  async broadcasts(@Args() args: BroadcastsArgs): Promise<Connection<BroadcastModel>> {
    const page = await this.service.list(args.status, args.first, args.after);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toModel(edge.node) })) };
  }

  @RequirePermission(Permission.ReadBroadcasts)
  @Query(() => BroadcastModel, {
    nullable: true,
    description: 'One broadcast: exactly what will be sent, to how many families, and its figures',
  })
  async broadcast(@Args('id', { type: () => ID }) id: string): Promise<BroadcastModel> {
    return toModel(await this.service.get(id));
  }

  @RequirePermission(Permission.ReadBroadcasts)
  @Query(() => [BroadcastChannelModel], {
    nullable: true,
    description: "The tenant's active LINE channels, by name, with the families each can reach now",
  })
  async broadcastChannels(): Promise<BroadcastChannelModel[]> {
    return this.service.channels();
  }

  @RequirePermission(Permission.ReadBroadcasts)
  @Query(() => BroadcastSettingsModel, { nullable: true, description: 'Who approves broadcasts' })
  async broadcastSettings(): Promise<BroadcastSettingsModel> {
    return settingsModel(await this.service.settings());
  }

  @RequirePermission(Permission.UpdateTenantSettings)
  @Mutation(() => BroadcastSettingsModel, { description: 'Who approves broadcasts; audited' })
  async updateBroadcastSettings(@Args('input') input: UpdateBroadcastSettingsInput): Promise<BroadcastSettingsModel> {
    return settingsModel(await this.service.updateSettings(input));
  }

  @RequirePermission(Permission.ComposeBroadcasts)
  @Mutation(() => BroadcastModel, { description: 'A DRAFT broadcast' })
  async createBroadcast(@Args('input') input: CreateBroadcastInput): Promise<BroadcastModel> {
    return this.after(await this.service.create(input));
  }

  @RequirePermission(Permission.ComposeBroadcasts)
  @Mutation(() => BroadcastModel, { description: 'Replace what a DRAFT says and to whom' })
  async updateBroadcast(@Args('input') input: UpdateBroadcastInput): Promise<BroadcastModel> {
    return this.after(await this.service.update(input.id, input));
  }

  @RequirePermission(Permission.ComposeBroadcasts)
  @Mutation(() => BroadcastModel, { description: 'Ask for approval: AWAITING_APPROVAL' })
  async submitBroadcast(@Args('input') input: BroadcastIdInput): Promise<BroadcastModel> {
    return this.after(await this.service.submit(input.id));
  }

  @RequirePermission(Permission.ApproveBroadcasts)
  @Mutation(() => BroadcastModel, {
    description:
      "Approve: it goes now (APPROVED) or at its time (SCHEDULED). Refused to someone the tenant does not name an approver, to its composer unless the tenant allows it, and when the channel's quota would be exceeded (QUOTA_EXCEEDED); audited",
  })
  async approveBroadcast(@Args('input') input: BroadcastIdInput): Promise<BroadcastModel> {
    return this.after(await this.service.approve(input.id));
  }

  @RequirePermission(Permission.ApproveBroadcasts)
  @Mutation(() => BroadcastModel, { description: 'Send back to DRAFT with what to change' })
  async rejectBroadcast(@Args('input') input: RejectBroadcastInput): Promise<BroadcastModel> {
    return this.after(await this.service.reject(input.id, input.reason));
  }

  @RequirePermission(Permission.ComposeBroadcasts)
  @Mutation(() => BroadcastModel, { description: 'Stop a broadcast not yet sending; audited' })
  async cancelBroadcast(@Args('input') input: BroadcastIdInput): Promise<BroadcastModel> {
    return this.after(await this.service.cancel(input.id));
  }

  @RequirePermission(Permission.ComposeBroadcasts)
  @Mutation(() => BroadcastTestSentModel, {
    description: "Send the broadcast's messages to staff's own linked LINE accounts, to see them on a phone",
  })
  async sendTestBroadcast(@Args('input') input: SendTestBroadcastInput): Promise<BroadcastTestSentModel> {
    return { recipients: await this.tests.send(input.id, input.userIds ?? null) };
  }

  @RequirePermission(Permission.ReadBroadcasts)
  @Mutation(() => BroadcastModel, {
    description:
      "Read a sent broadcast's statistics from LINE now (they are also read daily for 14 days): at most every ten minutes (STATISTICS_REQUESTED_RECENTLY)",
  })
  async refreshBroadcastStatistics(@Args('input') input: BroadcastIdInput): Promise<BroadcastModel> {
    await this.statistics.request(input.id);
    return this.after({ id: input.id });
  }

  private async after(broadcast: { id: string }): Promise<BroadcastModel> {
    return toModel(await this.service.get(broadcast.id));
  }
}

function settingsModel(settings: BroadcastSettings): BroadcastSettingsModel {
  return {
    approverRoles: settings.approverRoles as TenantRole[],
    approverUserIds: settings.approverUserIds,
    allowSelfApproval: settings.allowSelfApproval,
  };
}

export function toModel(view: BroadcastView): BroadcastModel {
  const b = view.broadcast;
  const person = (id: string | null) => (id ? { id, displayName: view.names.get(id) ?? '(former member)' } : null);
  const delivering = DELIVERY_STATUSES.includes(b.status);
  const end = b.finishedAt ?? (delivering ? new Date() : null);
  return {
    id: b.id,
    channelId: b.channelId,
    title: b.title,
    messages: b.messages.map((m) => ({
      kind: m.kind,
      text: m.text ?? null,
      emojis: m.emojis ?? null,
      imageUrl: m.imageUrl ?? null,
      previewImageUrl: m.previewImageUrl ?? null,
      title: m.title ?? null,
      url: m.url ?? null,
    })),
    audienceKind: b.audienceKind,
    segment: (b.segment as SegmentModel | null) ?? null,
    testUserIds: b.testUserIds,
    recipientCount: view.recipientCount,
    scheduledAt: b.scheduledAt,
    notificationDisabled: b.notificationDisabled,
    aggregationUnit: b.aggregationUnit,
    status: b.status,
    viewerMayApprove: view.viewerMayApprove,
    composedBy: person(b.composedById) as { id: string; displayName: string },
    submittedAt: b.submittedAt,
    approvedBy: person(b.approvedById),
    approvedAt: b.approvedAt,
    rejectedBy: person(b.rejectedById),
    rejectionReason: b.rejectionReason,
    cancelledBy: person(b.cancelledById),
    cancelledAt: b.cancelledAt,
    figures: delivering
      ? {
          audience: b.audienceCount,
          sent: b.sentCount,
          failed: b.failedCount,
          skipped: b.skippedCount,
          pending: Math.max(0, b.audienceCount - b.sentCount - b.failedCount - b.skippedCount),
          failures: view.failures,
          startedAt: b.sendingStartedAt,
          finishedAt: b.finishedAt,
          durationSeconds: b.sendingStartedAt && end ? (end.getTime() - b.sendingStartedAt.getTime()) / 1000 : null,
        }
      : null,
    statistics: statisticsModel(view),
    createdAt: b.createdAt,
  };
}

/** A sent broadcast's statistics with a unit; before its first read, PENDING. */
function statisticsModel(view: BroadcastView): BroadcastStatisticsModel | null {
  const b = view.broadcast;
  if (!b.aggregationUnit || (b.status !== BroadcastStatus.SENT && b.status !== BroadcastStatus.PARTIALLY_FAILED)) {
    return null;
  }
  const s = view.statistics;
  const next = s?.requestedAt ? s.requestedAt.getTime() + STATISTICS_REQUEST_INTERVAL_MS : 0;
  return {
    state: s?.state ?? BroadcastStatisticsState.PENDING,
    opens: s?.uniqueImpression ?? null,
    clickers: s?.uniqueClick ?? null,
    links: (s?.clicks ?? []).map((c) => ({ seq: c.seq, url: c.url, clicks: c.click, uniqueClicks: c.uniqueClick })),
    readAt: s?.readAt ?? null,
    refreshing: s?.refreshing ?? false,
    final: s?.final ?? false,
    nextRequestAt: next > Date.now() ? new Date(next) : null,
  };
}
