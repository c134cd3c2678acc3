import { Migration } from '@mikro-orm/migrations';
import PgBoss from 'pg-boss';
import { JOBS_ROLE, JOBS_SCHEMA } from '../roles';

/**
 * Queues that exist. A queue is created here, by the owner, so that the runtime needs no DDL.
 * Adding one: a new migration calling `pgboss.create_queue`.
 */
const QUEUES = ['line.event'];

/**
 * The job queue (pg-boss 10, schema version 24) in its own schema. Its construction plan is run by
 * the migration, inside the migration's transaction (its own BEGIN and COMMIT are left out); the
 * runtime starts pg-boss with `migrate: false`. Job rows carry ids, never tenant data.
 */
export class Migration20261127030000JobQueue extends Migration {
  override async up(): Promise<void> {
    const plan = PgBoss.getConstructionPlans(JOBS_SCHEMA)
      .replace(/^\s*BEGIN;\s*$/m, '')
      .replace(/^\s*COMMIT;\s*$/m, '');
    this.addSql(plan);
    for (const queue of QUEUES) {
      this.addSql(`select ${JOBS_SCHEMA}.create_queue('${queue}', '{"policy":"standard"}'::json);`);
    }
    this.addSql(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = '${JOBS_ROLE}') then create role ${JOBS_ROLE} nologin; end if;
    end $$;`);
    this.addSql(`grant usage on schema ${JOBS_SCHEMA} to ${JOBS_ROLE};`);
    this.addSql(`grant select, insert, update, delete on all tables in schema ${JOBS_SCHEMA} to ${JOBS_ROLE};`);
    this.addSql(`grant execute on all functions in schema ${JOBS_SCHEMA} to ${JOBS_ROLE};`);
    // The application enqueues inside its own transactions, as the tenant or platform role.
    this.addSql(`grant ${JOBS_ROLE} to tsunagu_app, tsunagu_platform;`);
  }
}
