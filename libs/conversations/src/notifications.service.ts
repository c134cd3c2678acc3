import { LiveEventKind, LiveEvents, type LiveBatch } from '@tsunagu/platform/live';
import type { NotificationEventsModel } from './live.models';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { AUDIT_ACTOR, AuditTrail, type AuditActor } from '@tsunagu/platform/audit';
import { ClsService } from 'nestjs-cls';
import {
  connectionFromRows,
  decodeCursor,
  encodeCursor,
  createdBefore,
  parsePosition,
  type Connection,
} from '@tsunagu/platform/graphql';
import { acknowledgeUrgent } from './acknowledgement';
import { Conversation } from './conversation.entities';
import { Notification, NotificationKind } from './triage.entities';
import type { NotificationModel } from './triage.models';

/** The signed-in user's notifications and a counsellor's on-duty status, in the request's tenant. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly cls: ClsService,
    private readonly audit: AuditTrail,
    private readonly live: LiveEvents,
  ) {}

  /** The signed-in person (the access guard set the actor of every authenticated request). */
  private get userId(): string {
    const userId = this.cls.get<AuditActor | undefined>(AUDIT_ACTOR)?.userId;
    if (!userId) throw new Error('No signed-in user in this context');
    return userId;
  }

  async setOnDuty(onDuty: boolean): Promise<boolean> {
    // One statement, so two first calls at once cannot collide on the key.
    await this.tenantDb.em.execute(
      `insert into counsellor_duty (tenant_id, user_id, on_duty, updated_at) values (?, ?, ?, now())
       on conflict (tenant_id, user_id) do update set on_duty = excluded.on_duty, updated_at = now()`,
      [this.tenantDb.tenantId, this.userId, onDuty],
    );
    return onDuty;
  }

  /** Off duty until the counsellor says otherwise. */
  async onDuty(): Promise<boolean> {
    const [row] = await this.tenantDb.em.execute<{ on_duty: boolean }[]>(
      'select on_duty from counsellor_duty where tenant_id = ? and user_id = ?',
      [this.tenantDb.tenantId, this.userId],
    );
    return row?.on_duty ?? false;
  }

  async unreadCount(): Promise<number> {
    return this.tenantDb.em.count(Notification, { tenant: this.tenantDb.tenantId, userId: this.userId, readAt: null });
  }

  async list(first: number, after: string | null | undefined): Promise<Connection<NotificationModel>> {
    const position = after ? decodeCursor(after, parsePosition) : undefined;
    const rows = await this.tenantDb.em.find(
      Notification,
      {
        tenant: this.tenantDb.tenantId,
        userId: this.userId,
        ...createdBefore(position),
      },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 },
    );
    return connectionFromRows(
      rows,
      first,
      (n) => encodeCursor({ at: n.createdAt.toISOString(), id: n.id }),
      toNotificationModel,
    );
  }

  /** A live batch of the user's new notifications, re-read in their tenant transaction. */
  async liveEvents(batch: LiveBatch): Promise<NotificationEventsModel> {
    const ids = [...new Set(batch.events.map((event) => event.ids[0]))];
    const rows =
      ids.length > 0
        ? await this.tenantDb.em.find(
            Notification,
            { id: { $in: ids }, tenant: this.tenantDb.tenantId, userId: this.userId },
            { orderBy: { createdAt: 'asc', id: 'asc' } },
          )
        : [];
    if (rows.length === 0) batch.nothingVisible();
    return {
      cursor: batch.cursor,
      missed: batch.missed,
      notifications: rows.map(toNotificationModel),
    };
  }

  /**
   * Marks the user's notifications read: these, or all of them. Reading an urgent notification by
   * its id acknowledges its conversation, if that urgent episode is still the open one; "mark all
   * read" acknowledges nothing (clearing a list is not taking notice of a family).
   */
  /** In-app notices about a referral, one per user, in the current transaction. */
  notifyAboutReferral(em: EntityManager, userIds: string[], kind: NotificationKind, referralId: string): void {
    for (const userId of new Set(userIds)) {
      const notification = em.create(Notification, {
        tenant: em.getReference(Tenant, this.tenantDb.tenantId),
        userId,
        kind,
        referralId,
      });
      this.live.publish(LiveEventKind.NotificationCreated, notification.id, userId);
    }
  }

  /** In-app notices about a counsellor's task, one per user, in the current transaction. */
  notifyAboutTask(em: EntityManager, userIds: string[], kind: NotificationKind, taskId: string): void {
    for (const userId of new Set(userIds)) {
      const notification = em.create(Notification, {
        tenant: em.getReference(Tenant, this.tenantDb.tenantId),
        userId,
        kind,
        taskId,
      });
      this.live.publish(LiveEventKind.NotificationCreated, notification.id, userId);
    }
  }

  /** Notifications about a family's conversation (a case to review), created with the caller's transaction. */
  notifyAboutConversation(em: EntityManager, userIds: string[], kind: NotificationKind, conversationId: string): void {
    for (const userId of new Set(userIds)) {
      const notification = em.create(Notification, {
        tenant: em.getReference(Tenant, this.tenantDb.tenantId),
        userId,
        kind,
        conversation: em.getReference(Conversation, conversationId),
      });
      this.live.publish(LiveEventKind.NotificationCreated, notification.id, userId);
    }
  }

  async markRead(ids: string[] | undefined): Promise<number> {
    const em = this.tenantDb.em;
    const unread = await em.find(Notification, {
      tenant: this.tenantDb.tenantId,
      userId: this.userId,
      readAt: null,
      ...(ids ? { id: { $in: ids } } : {}),
    });
    const now = new Date();
    for (const notification of unread) notification.readAt = now;
    const episodes = ids ? unread.filter((n) => n.kind === NotificationKind.URGENT && n.urgentSince) : [];
    if (episodes.length > 0) {
      const conversations = await em.find(Conversation, {
        id: { $in: episodes.flatMap((n) => (n.conversation ? [n.conversation.id] : [])) },
      });
      for (const conversation of conversations) {
        const current = conversation.urgentSince?.getTime();
        if (episodes.some((n) => n.conversation?.id === conversation.id && n.urgentSince?.getTime() === current)) {
          await acknowledgeUrgent(this.audit, conversation, 'notification');
        }
      }
    }
    await em.flush();
    return unread.length;
  }
}

function toNotificationModel(n: Notification): NotificationModel {
  return {
    id: n.id,
    kind: n.kind,
    conversationId: n.conversation?.id ?? null,
    referralId: n.referralId ?? null,
    taskId: n.taskId ?? null,
    createdAt: n.createdAt,
    readAt: n.readAt ?? null,
  };
}
