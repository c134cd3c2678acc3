import { Migration } from '@mikro-orm/migrations';
import { JOBS_SCHEMA } from '../roles';

/**
 * Secondments follow their home city's calendar: an hourly job (`secondment.calendar`, one queued
 * at a time) settles statuses by date and reminds the NPO 30 days before a secondment ends, by mail
 * (`secondment.reminder`). `end_reminder_for` is the last day a reminder was sent for, so each end
 * is announced once, and a moved end again.
 */
export class Migration20261208010000SecondmentCalendar extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "secondment" add column "end_reminder_for" date null;`);
    this.addSql(`select ${JOBS_SCHEMA}.create_queue('secondment.calendar', '{"policy":"stately"}'::json);`);
    this.addSql(
      `select ${JOBS_SCHEMA}.create_queue('secondment.reminder', '{"policy":"standard","retryLimit":10,"retryDelay":30,"retryBackoff":true}'::json);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`select ${JOBS_SCHEMA}.delete_queue('secondment.reminder');`);
    this.addSql(`select ${JOBS_SCHEMA}.delete_queue('secondment.calendar');`);
    this.addSql(`alter table "secondment" drop column "end_reminder_for";`);
  }
}
