import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { User } from './user.entity';

export enum RoleGrantKind {
  /** An invitation, mailed only once approved. */
  INVITATION = 'invitation',
  /** A member's role change, made only once approved. */
  ROLE_CHANGE = 'role_change',
}

export enum RoleGrantStatus {
  PENDING = 'pending',
  APPROVED = 'approved',
  REJECTED = 'rejected',
}

/** Why the grant waits for a second person. */
export enum RoleGrantGround {
  /** The requester grants the role to their own account. */
  SELF_GRANT = 'self_grant',
  /** The requester cannot read consultations themselves (a tenant admin who is not a counsellor, the platform). */
  REQUESTER_CANNOT_READ = 'requester_cannot_read',
}

export enum RoleGrantDecider {
  TENANT_ADMIN = 'tenant_admin',
  PLATFORM = 'platform',
}

/**
 * A grant of a role that reads consultations, waiting for (or given) a second person's decision: a
 * tenant admin of the tenant other than the requester and the grantee, or a platform admin.
 * Tenant-owned: row-level security applies; the platform path decides.
 */
@Entity({ tableName: 'role_grant' })
export class RoleGrant {
  [OptionalProps]?: 'status' | 'requestedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', index: true })
  tenant!: Ref<Tenant>;

  @Enum({ items: () => RoleGrantKind })
  kind!: RoleGrantKind;

  @Enum({ items: () => TenantRole })
  role!: TenantRole;

  /** For a role change: the role the membership had when the change was asked. */
  @Enum({ items: () => TenantRole, nullable: true })
  fromRole?: TenantRole | null;

  @Property({ type: 'string', length: 254 })
  granteeEmail!: string;

  /** The grantee's account, when they have one already. */
  @Property({ type: 'uuid', nullable: true })
  granteeUserId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  invitationId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  membershipId?: string | null;

  @Enum({ items: () => RoleGrantGround })
  ground!: RoleGrantGround;

  @ManyToOne(() => User, { fieldName: 'requested_by_id', ref: true, deleteRule: 'restrict' })
  requestedBy!: Ref<User>;

  @Property({ type: 'datetime' })
  requestedAt: Date = new Date();

  @Enum({ items: () => RoleGrantStatus, default: RoleGrantStatus.PENDING })
  status: RoleGrantStatus = RoleGrantStatus.PENDING;

  @ManyToOne(() => User, { fieldName: 'decided_by_id', ref: true, deleteRule: 'restrict', nullable: true })
  decidedBy?: Ref<User> | null;

  @Enum({ items: () => RoleGrantDecider, nullable: true })
  decidedAs?: RoleGrantDecider | null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  /** The decider's note (a rejection's reason). */
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
