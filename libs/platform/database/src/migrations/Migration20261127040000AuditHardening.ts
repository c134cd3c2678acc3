import { Migration } from '@mikro-orm/migrations';
import { PLATFORM_ROLE as PLATFORM, TENANT_ROLE as APP } from '../roles';
import { CURRENT_TENANT } from './rls';

/**
 * Review fixes to the audit trail and MFA: an event must belong to its own tenant's chain (a tenant
 * cannot write into, and so block, another chain); each chain's head is kept apart, by a trigger,
 * so that removing the newest events is detected; TOTP codes are accepted once.
 */
export class Migration20261127040000AuditHardening extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "mfa_last_step" bigint null;`);

    this.addSql(
      `create table "audit_chain_head" ("chain" varchar(36) not null, "seq" bigint not null, "hash" varchar(64) not null, constraint "audit_chain_head_pkey" primary key ("chain"));`,
    );
    this.addSql(`alter table "audit_chain_head" enable row level security;`);
    this.addSql(`alter table "audit_chain_head" force row level security;`);
    // Written only by the trigger below, which runs as this (owner) role.
    this.addSql(`create policy "owner_writes" on "audit_chain_head" to current_user using (true) with check (true);`);
    this.addSql(
      `create policy "tenant_reads" on "audit_chain_head" for select using ("chain" = ${CURRENT_TENANT}::text);`,
    );
    this.addSql(
      `create policy "platform_reads" on "audit_chain_head" for select to ${PLATFORM} using (current_setting('app.scope', true) = 'platform');`,
    );
    this.addSql(`grant select on "audit_chain_head" to ${APP}, ${PLATFORM};`);

    this.addSql(`create function audit_event_check_and_advance() returns trigger
      language plpgsql security definer set search_path = public as $$
      begin
        if new.chain is distinct from coalesce(new.tenant_id::text, 'platform') then
          raise exception 'an audit event belongs to the chain of its own tenant' using errcode = 'check_violation';
        end if;
        insert into audit_chain_head (chain, seq, hash) values (new.chain, new.seq, new.hash)
          on conflict (chain) do update set seq = excluded.seq, hash = excluded.hash
          where audit_chain_head.seq < excluded.seq;
        return new;
      end $$;`);
    this.addSql(`revoke all on function audit_event_check_and_advance() from public;`);
    this.addSql(`create trigger audit_event_chain before insert on "audit_event"
      for each row execute function audit_event_check_and_advance();`);
  }
}
