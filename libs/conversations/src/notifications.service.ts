import { Injectable } from '@nestjs/common';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { AUDIT_ACTOR, type AuditActor } from '@tsunagu/platform/audit';
import { ClsService } from 'nestjs-cls';
import { connectionFromRows, decodeCursor, encodeCursor, type Connection } from '@tsunagu/platform/graphql';
import { Conversation } from './conversation.entities';
import { CounsellorDuty, Notification, NotificationKind } from './triage.entities';
import type { NotificationModel } from './triage.models';

/** Keyset position: newest first, then by id. */
interface Position {
  at: string;
  id: string;
}

const parsePosition = (value: unknown): Position | undefined => {
  const v = value as Partial<Position> | null;
  return typeof v?.at === 'string' && typeof v.id === 'string' && !Number.isNaN(Date.parse(v.at))
    ? { at: v.at, id: v.id }
    : undefined;
};

/** The signed-in counsellor's notifications and on-duty status, in the request's tenant. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly cls: ClsService,
  ) {}

  /** The signed-in person (the access guard set the actor of every authenticated request). */
  private get userId(): string {
    const userId = this.cls.get<AuditActor | undefined>(AUDIT_ACTOR)?.userId;
    if (!userId) throw new Error('No signed-in user in this context');
    return userId;
  }

  async setOnDuty(onDuty: boolean): Promise<boolean> {
    const em = this.tenantDb.em;
    const userId = this.userId;
    const duty =
      (await em.findOne(CounsellorDuty, { tenant: this.tenantDb.tenantId, userId })) ??
      em.create(CounsellorDuty, { tenant: em.getReference(Tenant, this.tenantDb.tenantId), userId, onDuty });
    duty.onDuty = onDuty;
    await em.flush();
    return duty.onDuty;
  }

  async list(first: number, after: string | null | undefined): Promise<Connection<NotificationModel>> {
    const position = after ? decodeCursor(after, parsePosition) : undefined;
    const rows = await this.tenantDb.em.find(
      Notification,
      {
        tenant: this.tenantDb.tenantId,
        userId: this.userId,
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
    return connectionFromRows(
      rows,
      first,
      (n) => encodeCursor({ at: n.createdAt.toISOString(), id: n.id }),
      (n) => ({
        id: n.id,
        kind: n.kind,
        conversationId: n.conversation.id,
        createdAt: n.createdAt,
        readAt: n.readAt ?? null,
      }),
    );
  }

  /**
   * Marks the user's notifications read (these, or all). Reading an urgent notification is
   * acknowledging its conversation: no escalation follows.
   */
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
    const urgent = unread.filter((n) => n.kind === NotificationKind.URGENT).map((n) => n.conversation.id);
    if (urgent.length > 0) {
      const conversations = await em.find(Conversation, { id: { $in: urgent } });
      for (const conversation of conversations) conversation.acknowledge();
    }
    await em.flush();
    return unread.length;
  }
}
