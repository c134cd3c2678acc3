import { Migration } from '@mikro-orm/migrations';
import { PLATFORM_ROLE as PLATFORM, TENANT_ROLE as APP } from '../roles';
import { platformPolicy, tenantIsolation } from './rls';

/**
 * Separation of duties: grants of roles that read consultations wait here for a second person's
 * approval. Tenant-owned; a tenant admin's role change asks in the tenant transaction, invitations
 * ask and every decision is made on the platform path.
 */
export class Migration20261204040000RoleGrants extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "role_grant" ("id" uuid not null, "tenant_id" uuid not null, "kind" text check ("kind" in ('invitation', 'role_change')) not null, "role" text check ("role" in ('tenant_admin', 'counselor', 'coordinator', 'municipal_viewer', 'partner_user')) not null, "from_role" text check ("from_role" in ('tenant_admin', 'counselor', 'coordinator', 'municipal_viewer', 'partner_user')) null, "grantee_email" varchar(254) not null, "grantee_user_id" uuid null, "invitation_id" uuid null, "membership_id" uuid null, "ground" text check ("ground" in ('self_grant', 'requester_cannot_read')) not null, "requested_by_id" uuid not null, "requested_at" timestamptz not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "decided_by_id" uuid null, "decided_as" text check ("decided_as" in ('tenant_admin', 'platform')) null, "decided_at" timestamptz null, "note" text null, constraint "role_grant_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "role_grant_tenant_id_index" on "role_grant" ("tenant_id");`);
    this.addSql(
      `alter table "role_grant" add constraint "role_grant_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "role_grant" add constraint "role_grant_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "role_grant" add constraint "role_grant_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    for (const sql of tenantIsolation('role_grant')) this.addSql(sql);
    for (const sql of platformPolicy('role_grant')) this.addSql(sql);
    // Records are kept: no delete for anyone, no update in a tenant transaction (only the platform decides).
    this.addSql(`grant select, insert on "role_grant" to ${APP};`);
    this.addSql(`grant select, insert, update on "role_grant" to ${PLATFORM};`);
  }
}
