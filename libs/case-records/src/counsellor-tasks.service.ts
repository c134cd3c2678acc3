import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ClsService } from 'nestjs-cls';
import { AUDIT_ACTOR, AuditTrail, type AuditActor } from '@tsunagu/platform/audit';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { ConflictError, ForbiddenError, NotFoundError } from '@tsunagu/platform/errors';
import { NotificationKind, NotificationsService, Registrant } from '@tsunagu/conversations';
import { CaseRecord, CaseStatus } from './case-record.entities';
import {
  CounsellorTask,
  CounsellorTaskKind,
  CounsellorTaskStatus,
  CounsellorTaskUrgency,
} from './counsellor-task.entity';
import type {
  CounsellorTaskListModel,
  CounsellorTaskModel,
  CounsellorTaskPersonModel,
} from './counsellor-tasks.models';

/** What another part of the work raises for counsellors about one family. */
export interface RaiseCounsellorTask {
  kind: CounsellorTaskKind;
  urgency: CounsellorTaskUrgency;
  title: string;
  familyLabel: string;
  detail?: string | null;
  /** The family's LINE registration, when it has one: its case record is looked up from it. */
  registrantId?: string | null;
  /** What raised it (one task per source): `food_round_household` and its id. */
  sourceType: string;
  sourceId: string;
}

const DONE_LIST_LIMIT = 100;
const URGENCY_RANK: Record<CounsellorTaskUrgency, number> = {
  [CounsellorTaskUrgency.CONCERN]: 1,
  [CounsellorTaskUrgency.URGENT]: 2,
};

/**
 * Counsellors' tasks about families. A task is raised in the caller's transaction (so it exists
 * exactly when what raised it is recorded), assigned to the family's responsible counsellor when its
 * case has one, else left for any counsellor; the assignee (or every counsellor) is notified in the
 * console. Counsellors list their own and the unassigned open tasks, take one and mark it done.
 */
@Injectable()
export class CounsellorTasksService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly cls: ClsService,
    private readonly audit: AuditTrail,
    private readonly notifications: NotificationsService,
  ) {}

  private get userId(): string {
    const userId = this.cls.get<AuditActor | undefined>(AUDIT_ACTOR)?.userId;
    if (!userId) throw new Error('No signed-in user in this context');
    return userId;
  }

  /**
   * Raises a task, or, when its source already has one, raises that one again: still open, it keeps
   * the higher urgency and the newer words; done, it opens again. Notified when new, reopened, or
   * become urgent.
   */
  async raise(em: EntityManager, raised: RaiseCounsellorTask): Promise<CounsellorTask> {
    const tenantId = this.tenantDb.tenantId;
    const existing = await em.findOne(
      CounsellorTask,
      { tenant: tenantId, sourceType: raised.sourceType, sourceId: raised.sourceId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    let task: CounsellorTask;
    let notify: boolean;
    if (existing) {
      task = existing;
      const reopened = task.status === CounsellorTaskStatus.DONE;
      const escalated = URGENCY_RANK[raised.urgency] > URGENCY_RANK[task.urgency];
      if (reopened) {
        task.status = CounsellorTaskStatus.OPEN;
        task.doneAt = null;
        task.doneById = null;
        task.doneNote = null;
        task.urgency = raised.urgency;
      } else if (escalated) task.urgency = raised.urgency;
      task.title = raised.title;
      task.detail = raised.detail ?? null;
      notify = reopened || escalated;
    } else {
      const record = raised.registrantId
        ? await em.findOne(CaseRecord, { tenant: tenantId, registrantId: raised.registrantId })
        : null;
      const assignee =
        record?.responsibleUserId && record.status !== CaseStatus.CLOSED
          ? (await this.activeCounsellors(em, [record.responsibleUserId]))[0]
          : undefined;
      task = em.create(CounsellorTask, {
        tenant: em.getReference(Tenant, tenantId),
        kind: raised.kind,
        urgency: raised.urgency,
        title: raised.title,
        familyLabel: raised.familyLabel,
        detail: raised.detail ?? null,
        registrant: raised.registrantId ? em.getReference(Registrant, raised.registrantId) : null,
        caseRecord: record ? em.getReference(CaseRecord, record.id) : null,
        sourceType: raised.sourceType,
        sourceId: raised.sourceId,
        assigneeUserId: assignee ?? null,
        createdById: this.userId,
      });
      notify = true;
    }
    await em.flush();
    if (notify) {
      const recipients = task.assigneeUserId ? [task.assigneeUserId] : await this.activeCounsellors(em);
      this.notifications.notifyAboutTask(
        em,
        recipients,
        task.urgency === CounsellorTaskUrgency.URGENT
          ? NotificationKind.COUNSELLOR_TASK_URGENT
          : NotificationKind.COUNSELLOR_TASK,
        task.id,
      );
      await em.flush();
      await this.audit.record(
        existing ? 'counsellor_task.raised_again' : 'counsellor_task.opened',
        { type: 'counsellor_task', id: task.id },
        { urgency: task.urgency, sourceType: task.sourceType, assigned: task.assigneeUserId !== null },
      );
    }
    return task;
  }

  /** The open tasks of the given sources (a round's deliveries), by source id. */
  async bySource(em: EntityManager, sourceType: string, sourceIds: string[]): Promise<Map<string, CounsellorTask>> {
    if (sourceIds.length === 0) return new Map();
    const tasks = await em.find(CounsellorTask, {
      tenant: this.tenantDb.tenantId,
      sourceType,
      sourceId: { $in: sourceIds },
    });
    return new Map(tasks.map((t) => [t.sourceId, t]));
  }

  /**
   * OPEN: the signed-in counsellor's open tasks and the unassigned ones, urgent first, then oldest
   * first. DONE: the last hundred they were assigned or closed, newest first.
   */
  async list(status: CounsellorTaskStatus): Promise<CounsellorTaskListModel> {
    const em = this.tenantDb.em;
    const me = this.userId;
    const tenantId = this.tenantDb.tenantId;
    const tasks =
      status === CounsellorTaskStatus.OPEN
        ? await em.find(
            CounsellorTask,
            { tenant: tenantId, status, $or: [{ assigneeUserId: me }, { assigneeUserId: null }] },
            { orderBy: { createdAt: 'asc', id: 'asc' } },
          )
        : await em.find(
            CounsellorTask,
            { tenant: tenantId, status, $or: [{ assigneeUserId: me }, { doneById: me }] },
            { orderBy: { doneAt: 'desc', id: 'desc' }, limit: DONE_LIST_LIMIT },
          );
    if (status === CounsellorTaskStatus.OPEN) {
      tasks.sort((a, b) => URGENCY_RANK[b.urgency] - URGENCY_RANK[a.urgency]);
    }
    const [counts] = await em.execute<{ mine: string; unassigned: string }[]>(
      `select count(*) filter (where assignee_user_id = ?) as mine,
              count(*) filter (where assignee_user_id is null) as unassigned
         from counsellor_task where tenant_id = ? and status = 'open'`,
      [me, tenantId],
    );
    return {
      tasks: await this.models(em, tasks),
      openMine: Number(counts?.mine ?? 0),
      openUnassigned: Number(counts?.unassigned ?? 0),
    };
  }

  async task(id: string): Promise<CounsellorTaskModel> {
    const em = this.tenantDb.em;
    const [model] = await this.models(em, [await this.find(em, id, false)]);
    return model;
  }

  /** An unassigned open task becomes the signed-in counsellor's. */
  async take(id: string): Promise<CounsellorTaskModel> {
    const em = this.tenantDb.em;
    const task = await this.find(em, id, true);
    if (task.status !== CounsellorTaskStatus.OPEN) {
      throw new ConflictError('COUNSELLOR_TASK_DONE', 'This task is already done');
    }
    if (task.assigneeUserId && task.assigneeUserId !== this.userId) {
      throw new ForbiddenError('COUNSELLOR_TASK_ASSIGNED_TO_ANOTHER', 'This task is assigned to another counsellor');
    }
    task.assigneeUserId = this.userId;
    await em.flush();
    await this.audit.record('counsellor_task.taken', { type: 'counsellor_task', id: task.id });
    return this.task(task.id);
  }

  /** Marks an open task done: the signed-in counsellor's, or an unassigned one (which becomes theirs). */
  async complete(id: string, note: string | null | undefined): Promise<CounsellorTaskModel> {
    const em = this.tenantDb.em;
    const task = await this.find(em, id, true);
    if (task.status !== CounsellorTaskStatus.OPEN) {
      throw new ConflictError('COUNSELLOR_TASK_DONE', 'This task is already done');
    }
    if (task.assigneeUserId && task.assigneeUserId !== this.userId) {
      throw new ForbiddenError('COUNSELLOR_TASK_ASSIGNED_TO_ANOTHER', 'This task is assigned to another counsellor');
    }
    task.assigneeUserId = this.userId;
    task.status = CounsellorTaskStatus.DONE;
    task.doneAt = new Date();
    task.doneById = this.userId;
    task.doneNote = note?.trim() ? note.trim() : null;
    await em.flush();
    await this.audit.record('counsellor_task.done', { type: 'counsellor_task', id: task.id });
    return this.task(task.id);
  }

  private async find(em: EntityManager, id: string, lock: boolean): Promise<CounsellorTask> {
    const task = await em.findOne(
      CounsellorTask,
      { id, tenant: this.tenantDb.tenantId },
      lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
    );
    if (!task) throw new NotFoundError('COUNSELLOR_TASK_NOT_FOUND', 'No such task');
    return task;
  }

  /** Active counsellors of the tenant (among `among`, when given). */
  private async activeCounsellors(em: EntityManager, among?: string[]): Promise<string[]> {
    const rows = await em.execute<{ user_id: string }[]>(
      `select m.user_id from membership m join app_user u on u.id = m.user_id and u.status = 'active'
        where m.tenant_id = ? and m.role = 'counselor' and m.status = 'active'${among ? ' and m.user_id in (?)' : ''}
        order by m.user_id`,
      among ? [this.tenantDb.tenantId, among] : [this.tenantDb.tenantId],
    );
    return rows.map((r) => r.user_id);
  }

  private async models(em: EntityManager, tasks: CounsellorTask[]): Promise<CounsellorTaskModel[]> {
    const people = new Set<string>();
    for (const t of tasks) {
      for (const id of [t.assigneeUserId, t.createdById, t.doneById]) if (id) people.add(id);
    }
    const names = new Map<string, string>();
    if (people.size > 0) {
      const rows = await em.execute<{ id: string; display_name: string }[]>(
        `select distinct u.id, u.display_name from membership m join app_user u on u.id = m.user_id
          where m.tenant_id = ? and m.user_id in (?)`,
        [this.tenantDb.tenantId, [...people]],
      );
      for (const r of rows) names.set(r.id, r.display_name);
    }
    const registrantIds = [...new Set(tasks.flatMap((t) => (t.registrant ? [t.registrant.id] : [])))];
    const conversations = new Map<string, string>();
    if (registrantIds.length > 0) {
      const rows = await em.execute<{ id: string; registrant_id: string }[]>(
        `select distinct on (registrant_id) id, registrant_id from conversation
          where tenant_id = ? and registrant_id in (?) order by registrant_id, id`,
        [this.tenantDb.tenantId, registrantIds],
      );
      for (const r of rows) conversations.set(r.registrant_id, r.id);
    }
    const person = (id: string | null | undefined): CounsellorTaskPersonModel | null =>
      id ? { userId: id, displayName: names.get(id) ?? '' } : null;
    return tasks.map((t) => ({
      id: t.id,
      kind: t.kind,
      urgency: t.urgency,
      title: t.title,
      familyLabel: t.familyLabel,
      detail: t.detail ?? null,
      registrantId: t.registrant?.id ?? null,
      caseRecordId: t.caseRecord?.id ?? null,
      conversationId: t.registrant ? (conversations.get(t.registrant.id) ?? null) : null,
      sourceType: t.sourceType,
      sourceId: t.sourceId,
      assignee: person(t.assigneeUserId),
      status: t.status,
      createdAt: t.createdAt,
      createdBy: person(t.createdById),
      doneAt: t.doneAt ?? null,
      doneBy: person(t.doneById),
      doneNote: t.doneNote ?? null,
    }));
  }
}
