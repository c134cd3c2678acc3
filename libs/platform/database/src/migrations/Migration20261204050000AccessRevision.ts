import { Migration } from '@mikro-orm/migrations';
import { PLATFORM_ROLE as PLATFORM, TENANT_ROLE as APP } from '../roles';

/**
 * A platform-wide counter that moves whenever anything a request's access is made of changes: a
 * user, a session ended or shortened, a membership, a tenant, an emergency access grant. API
 * processes cache each session's access and check the counter once per request (one column of the
 * statement that opens the request's transaction): a revocation committed by any process takes
 * effect at the next request everywhere. Triggers move it, so no code path can forget to.
 * Signing in (a new user or session, login counters) and the per-minute last-use stamp do not move it.
 */
export class Migration20261204050000AccessRevision extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "access_revision" ("id" smallint not null, "value" bigint not null, constraint "access_revision_pkey" primary key ("id"));`,
    );
    // One row, ever: the runtime roles cannot insert, and the trigger function only updates it.
    this.addSql(`insert into "access_revision" ("id", "value") values (1, 1);`);
    this.addSql(`alter table "access_revision" enable row level security;`);
    this.addSql(`alter table "access_revision" force row level security;`);
    // Only a number of changes, never whose: every runtime role may read it; only the owner (the
    // trigger function below) writes it.
    this.addSql(`create policy "readable" on "access_revision" for select using (true);`);
    this.addSql(`create policy "owner_writes" on "access_revision" to current_user using (true) with check (true);`);
    this.addSql(`grant select on "access_revision" to ${APP}, ${PLATFORM};`);

    this.addSql(`create function access_revision_advance() returns trigger
      language plpgsql security definer set search_path = public as $$
      begin
        update access_revision set value = value + 1;
        return null;
      end $$;`);
    this.addSql(`revoke all on function access_revision_advance() from public;`);
    const changes: [table: string, events: string][] = [
      ['app_user', 'update of "email", "display_name", "platform_roles", "status", "mfa_enabled" or delete'],
      ['auth_session', 'update of "revoked_at", "expires_at", "user_id" or delete'],
      ['membership', 'insert or update or delete'],
      ['tenant', 'update of "slug", "name_ja", "name_en", "status", "mfa_required_roles" or delete'],
      ['emergency_access_grant', 'insert or update or delete'],
    ];
    for (const [table, events] of changes) {
      this.addSql(`create trigger "${table}_access_revision" after ${events} on "${table}"
        for each statement execute function access_revision_advance();`);
    }
  }
}
