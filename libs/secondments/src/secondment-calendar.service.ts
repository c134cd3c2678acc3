import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { AuditTrail } from '@tsunagu/platform/audit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserStatus } from '@tsunagu/platform/auth';
import { todayIn } from '@tsunagu/platform/calendar';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { PlatformDb, Tenant } from '@tsunagu/platform/database';
import { JobsService } from '@tsunagu/platform/jobs';
import { MailService } from '@tsunagu/platform/mail';
import { PlatformRole } from '@tsunagu/platform/permissions';
import { Secondment, SecondmentStatus } from './secondment.entities';
import { END_REMINDER_DAYS, endReminderFrom, statusOn } from './secondment-status';

export const SECONDMENT_CALENDAR_QUEUE = 'secondment.calendar';
export const SECONDMENT_REMINDER_QUEUE = 'secondment.reminder';

/** Ids only: the mail handler reads the rest when it runs. */
interface ReminderJob {
  secondmentId: string;
  /** The last day the reminder announces; a secondment whose end moved since gets its own. */
  endsOn: string;
  /** One NPO admin: a retried mail goes to no one twice. */
  userId: string;
}

const RUNNING = [SecondmentStatus.PLANNED, SecondmentStatus.ACTIVE, SecondmentStatus.EXTENDED];

/**
 * Secondments follow their home city's calendar. Every hour one job (`secondment.calendar`, one
 * queued at a time) settles each running secondment's status by the date in its home city's time
 * zone (a planned one is active from its first day, one past its last day is completed) and, 30
 * days before a secondment ends, queues one reminder mail to the NPO's admins. Both are recorded
 * in the home city's audit chain, by `system`.
 */
@Injectable()
export class SecondmentCalendar implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly platformDb: PlatformDb,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly audit: AuditTrail,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<ReminderJob>(SECONDMENT_REMINDER_QUEUE, (job) => this.remind(job));
    await this.jobs.work<object>(SECONDMENT_CALENDAR_QUEUE, async () => {
      // The next hour's run first: a failure of this one must not stop the schedule.
      await this.schedule(3600 - (Math.floor(Date.now() / 1000) % 3600));
      await this.settle(new Date());
    });
    // Processes that run jobs keep one run queued (the queue takes no second one).
    if (this.config.runJobWorkers) await this.schedule(0);
  }

  /**
   * Settles the statuses of running secondments at `now` and queues the reminders due. Running it
   * again changes nothing and sends nothing twice.
   */
  async settle(now: Date): Promise<{ settled: number; reminded: number }> {
    return this.platformDb.run('secondments: settle statuses by date and remind of ends', async (em) => {
      const running = await em.find(
        Secondment,
        { status: { $in: RUNNING } },
        { orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (running.length === 0) return { settled: 0, reminded: 0 };
      const cities = await em.find(
        Tenant,
        { id: { $in: [...new Set(running.map((s) => s.tenant.id))] } },
        { fields: ['id', 'timezone'] },
      );
      const today = new Map(cities.map((c) => [c.id, todayIn(c.timezone, now)]));
      let settled = 0;
      let reminded = 0;
      let admins: string[] | undefined;
      for (const secondment of running) {
        const day = today.get(secondment.tenant.id) as string;
        const status = statusOn(secondment, day);
        if (status !== secondment.status) {
          const from = secondment.status;
          secondment.status = status;
          settled++;
          await this.audit.recordOnPlatformPath(
            em,
            secondment.tenant.id,
            status === SecondmentStatus.COMPLETED ? 'secondment.completed' : 'secondment.started',
            { type: 'secondment', id: secondment.id },
            { from, to: status, on: day },
          );
        }
        const endsSoon =
          status !== SecondmentStatus.COMPLETED &&
          endReminderFrom(secondment.endsOn) <= day &&
          secondment.endsOn >= day;
        if (endsSoon && secondment.endReminderFor !== secondment.endsOn) {
          secondment.endReminderFor = secondment.endsOn;
          reminded++;
          for (const userId of (admins ??= await npoAdmins(em))) {
            const job: ReminderJob = { secondmentId: secondment.id, endsOn: secondment.endsOn, userId };
            await this.jobs.enqueue(em, SECONDMENT_REMINDER_QUEUE, job);
          }
          await this.audit.recordOnPlatformPath(
            em,
            secondment.tenant.id,
            'secondment.end_reminder_queued',
            { type: 'secondment', id: secondment.id },
            { endsOn: secondment.endsOn },
          );
        }
      }
      await em.flush();
      return { settled, reminded };
    });
  }

  /**
   * Mails one NPO admin, while still one: the home city, the last day and a link to the person's
   * record in the console; no name (mail leaves the system).
   */
  async remind(job: ReminderJob): Promise<void> {
    const found = await this.platformDb.run('secondments: who to remind of an ending secondment', async (em) => {
      const secondment = await em.findOne(Secondment, { id: job.secondmentId });
      // Ended early, or its end moved (that end has its own reminder): nothing to say.
      if (!secondment || secondment.endsOn !== job.endsOn || !RUNNING.includes(secondment.status)) return null;
      const [admin] = await em.execute<{ email: string }[]>(
        `select email from app_user where id = ? and status = ? and ? = any(platform_roles)`,
        [job.userId, UserStatus.ACTIVE, PlatformRole.NPO_ADMIN],
      );
      if (!admin) return null;
      const city = await em.findOneOrFail(Tenant, { id: secondment.tenant.id }, { fields: ['nameJa'] });
      return { city: city.nameJa, to: admin.email };
    });
    if (!found) return;
    const subject = `【tsunagu】研修派遣の終了まで${END_REMINDER_DAYS}日を切りました`;
    const link = `${this.config.publicBaseUrl}/platform/secondments/${job.secondmentId}`;
    await this.mail.deliver({
      to: found.to,
      subject,
      text: [
        `${found.city}からの研修派遣が ${job.endsOn} に終了します。`,
        '復帰後の所属の記録、最後の面談、覚書の確認をお願いします。',
        '',
        link,
      ].join('\n'),
    });
  }

  private async schedule(afterSeconds: number): Promise<void> {
    await this.platformDb.run('secondments: queue the next calendar run', (em) =>
      this.jobs.enqueue(em, SECONDMENT_CALENDAR_QUEUE, {}, { startAfterSeconds: afterSeconds }),
    );
  }
}

/** The NPO's admins with an active account. */
async function npoAdmins(em: EntityManager): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    `select id from app_user where status = ? and ? = any(platform_roles) order by id`,
    [UserStatus.ACTIVE, PlatformRole.NPO_ADMIN],
  );
  return rows.map((r) => r.id);
}
