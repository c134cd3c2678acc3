import { Migration } from '@mikro-orm/migrations';
import { PLATFORM_ROLE as PLATFORM, TENANT_ROLE as APP } from '../roles';
import { platformPolicy, platformOnly, tenantIsolation } from './rls';

/**
 * Identity and access: sessions and refresh tokens, MFA, invitations, password resets,
 * emergency access, the audit trail, downloads and the dev outbox.
 */
export class Migration20261127010000IdentityAudit extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "dev_outbox" ("id" uuid not null, "recipient" varchar(254) not null, "subject" varchar(200) not null, "body" text not null, "created_at" timestamptz not null, constraint "dev_outbox_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "download" ("id" uuid not null, "tenant_id" uuid not null, "user_id" uuid not null, "filename" varchar(200) not null, "content_type" varchar(100) not null, "content" bytea not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "download_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "download_tenant_id_index" on "download" ("tenant_id");`);
    this.addSql(
      `create table "audit_event" ("id" uuid not null, "chain" varchar(36) not null, "seq" bigint not null, "tenant_id" uuid null, "occurred_at" timestamptz not null, "actor_user_id" uuid null, "actor_label" varchar(254) not null, "action" varchar(64) not null, "target_type" varchar(64) null, "target_id" varchar(64) null, "request_id" varchar(64) null, "ip" varchar(64) null, "details" jsonb null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null, constraint "audit_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_event_action_index" on "audit_event" ("action");`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_chain_seq_unique" unique ("chain", "seq");`);
    this.addSql(
      `create table "auth_session" ("id" uuid not null, "user_id" uuid not null, "created_at" timestamptz not null, "last_used_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_reason" varchar(40) null, "ip" varchar(64) null, "user_agent" varchar(256) null, constraint "auth_session_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "auth_session_user_id_index" on "auth_session" ("user_id");`);
    this.addSql(
      `create table "refresh_token" ("id" uuid not null, "session_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "used_at" timestamptz null, constraint "refresh_token_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "refresh_token_session_id_index" on "refresh_token" ("session_id");`);
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(
      `create table "password_reset" ("id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "password_reset_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "password_reset_user_id_index" on "password_reset" ("user_id");`);
    this.addSql(
      `alter table "password_reset" add constraint "password_reset_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `create table "mfa_recovery_code" ("id" uuid not null, "user_id" uuid not null, "code_hash" varchar(64) not null, "used_at" timestamptz null, constraint "mfa_recovery_code_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "mfa_recovery_code_user_id_index" on "mfa_recovery_code" ("user_id");`);
    this.addSql(
      `create table "invitation" ("id" uuid not null, "tenant_id" uuid null, "email" varchar(254) not null, "role" varchar(32) not null, "token_hash" varchar(64) not null, "invited_by_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, constraint "invitation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "invitation_tenant_id_index" on "invitation" ("tenant_id");`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);
    this.addSql(
      `create table "emergency_access_grant" ("id" uuid not null, "tenant_id" uuid not null, "user_id" uuid not null, "reason" text not null, "granted_at" timestamptz not null, "expires_at" timestamptz not null, constraint "emergency_access_grant_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "emergency_access_grant_tenant_id_index" on "emergency_access_grant" ("tenant_id");`);
    this.addSql(
      `alter table "download" add constraint "download_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "audit_event" add constraint "audit_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "auth_session" add constraint "auth_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "refresh_token" add constraint "refresh_token_session_id_foreign" foreign key ("session_id") references "auth_session" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "password_reset" add constraint "password_reset_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "mfa_recovery_code" add constraint "mfa_recovery_code_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "emergency_access_grant" add constraint "emergency_access_grant_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "emergency_access_grant" add constraint "emergency_access_grant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "tenant" add column "mfa_required_roles" text[] not null default '{tenant_admin,counselor}';`,
    );
    this.addSql(
      `alter table "app_user" add column "mfa_enabled" boolean not null default false, add column "mfa_secret" text null, add column "failed_login_count" int not null default 0, add column "locked_until" timestamptz null, add column "password_changed_at" timestamptz not null default now();`,
    );
    this.addSql(`alter table "app_user" alter column "password_changed_at" drop default;`);

    // Global identity tables: only the platform path reaches them.
    for (const table of ['auth_session', 'refresh_token', 'mfa_recovery_code', 'password_reset', 'dev_outbox']) {
      for (const sql of platformOnly(table)) this.addSql(sql);
      this.addSql(`grant select, insert, update on "${table}" to ${PLATFORM};`);
    }
    this.addSql(`grant delete on "mfa_recovery_code" to ${PLATFORM};`);

    // Invitations: tenant admins list their tenant's; accepting one is a platform-path lookup by token.
    for (const sql of tenantIsolation('invitation')) this.addSql(sql);
    for (const sql of platformPolicy('invitation')) this.addSql(sql);
    this.addSql(`grant select on "invitation" to ${APP};`);
    this.addSql(`grant select, insert, update on "invitation" to ${PLATFORM};`);

    // Emergency access: granted on the platform path; the tenant's admins can see who had it.
    for (const sql of tenantIsolation('emergency_access_grant')) this.addSql(sql);
    for (const sql of platformPolicy('emergency_access_grant')) this.addSql(sql);
    this.addSql(`grant select on "emergency_access_grant" to ${APP};`);
    this.addSql(`grant select, insert on "emergency_access_grant" to ${PLATFORM};`);

    // Downloads belong to a tenant and to the user who asked for them.
    for (const sql of tenantIsolation('download')) this.addSql(sql);
    this.addSql(`grant select, insert, delete on "download" to ${APP};`);

    // The audit trail: tenant chains under the tenant policy, the platform chain on the platform path.
    // Append-only for everyone: no update or delete grant, and a trigger that refuses them anyway.
    for (const sql of tenantIsolation('audit_event')) this.addSql(sql);
    for (const sql of platformPolicy('audit_event')) this.addSql(sql);
    this.addSql(`grant select, insert on "audit_event" to ${APP}, ${PLATFORM};`);
    this.addSql(`create function audit_event_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit events are append-only' using errcode = 'insufficient_privilege'; end $$;`);
    this.addSql(`create trigger audit_event_no_update before update or delete on "audit_event"
      for each row execute function audit_event_append_only();`);
    this.addSql(`create trigger audit_event_no_truncate before truncate on "audit_event"
      for each statement execute function audit_event_append_only();`);
    this.addSql(
      `create index "audit_event_tenant_id_occurred_at_index" on "audit_event" ("tenant_id", "occurred_at");`,
    );

    // Tenant admins manage memberships of their tenant: role and status only.
    // Memberships are created on the platform path (invitations); a tenant transaction may not add one.
    this.addSql(`revoke insert, update on "membership" from ${APP};`);
    // A tenant sees the users whose membership in it is active, not former members.
    this.addSql(`drop policy "tenant_members" on "app_user";`);
    this.addSql(`create policy "tenant_members" on "app_user" for select using (exists (
      select 1 from "membership" m
      where m."user_id" = "app_user"."id" and m."status" = 'active'
        and m."tenant_id" = nullif(current_setting('app.tenant_id', true), '')::uuid));`);
    this.addSql(`grant update ("role", "status") on "membership" to ${APP};`);
    this.addSql(`grant update ("mfa_required_roles") on "tenant" to ${APP};`);
    // The new user columns a tenant transaction may read (never mfa_secret, like password_hash).
    this.addSql(
      `grant select ("mfa_enabled", "failed_login_count", "locked_until", "password_changed_at") on "app_user" to ${APP};`,
    );
  }
}
