import { Context, Resolver, Subscription } from '@nestjs/graphql';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import { LiveEventKind, LiveHub, liveBatchOf, liveConnectionOf, type LiveStream } from '@tsunagu/platform/live';
import { INBOX_EVENT_KINDS, InboxService } from './inbox.service';
import { InboxEventsModel, NotificationEventsModel } from './live.models';
import { NotificationsService } from './notifications.service';

/**
 * The inbox and notifications, live (over WebSocket on /graphql; see docs/architecture.md, Live
 * updates). Each subscription is authorized like a query with the same permission; each batch of
 * events is re-read in a tenant transaction with the subscriber's access (once for all subscribers
 * alike, for the inbox).
 */
@Resolver()
export class InboxLiveResolver {
  constructor(
    private readonly hub: LiveHub,
    private readonly inbox: InboxService,
    private readonly notifications: NotificationsService,
  ) {}

  @RequirePermission(Permission.ReadConsultations)
  @Subscription(() => InboxEventsModel, {
    description:
      'Changes to the inbox as they are committed: new family messages, new and reopened conversations, ' +
      'status, priority, assignee and category changes, replies and their delivery. Over WebSocket only',
    resolve(this: InboxLiveResolver, batch: unknown): Promise<InboxEventsModel> {
      return this.inbox.liveEvents(liveBatchOf(batch));
    },
  })
  inboxEvents(@Context() context: unknown): LiveStream {
    // The tenant's inbox, the same for every counsellor: subscribers alike share one read.
    return this.hub.open(
      liveConnectionOf(context),
      Permission.ReadConsultations,
      (event) => INBOX_EVENT_KINDS.has(event.kind),
      { shared: true },
    );
  }

  @RequirePermission(Permission.ReadTenant)
  @Subscription(() => NotificationEventsModel, {
    description: "The signed-in user's new notifications as they are committed. Over WebSocket only",
    resolve(this: InboxLiveResolver, batch: unknown): Promise<NotificationEventsModel> {
      return this.notifications.liveEvents(liveBatchOf(batch));
    },
  })
  notificationEvents(@Context() context: unknown): LiveStream {
    const connection = liveConnectionOf(context);
    const userId = connection.user.userId;
    // Addressed by user: another user's notices are never even read.
    return this.hub.open(
      connection,
      Permission.ReadTenant,
      (event) => event.kind === LiveEventKind.NotificationCreated && event.ids[1] === userId,
    );
  }
}
