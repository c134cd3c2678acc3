import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { User } from './user.entity';

export enum MembershipStatus {
  ACTIVE = 'active',
  DEACTIVATED = 'deactivated',
}

/** A user's role in one tenant (user × tenant × role). Tenant-owned: row-level security applies. */
@Entity({ tableName: 'membership' })
@Unique({ properties: ['tenant', 'user', 'role'] })
@Check({
  name: 'membership_partner_only_for_partner_users',
  expression: "role = 'partner_user' or partner_organization_id is null",
})
export class Membership {
  [OptionalProps]?: 'status' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => User, { fieldName: 'user_id', ref: true, deleteRule: 'restrict', index: true })
  user!: Ref<User>;

  @Enum({ items: () => TenantRole })
  role!: TenantRole;

  /**
   * For `partner_user` only: the partner organisation (of the same tenant) it is bound to. No foreign
   * key: the platform knows no domain's tables (invitations check the organisation exists).
   */
  @Property({ type: 'uuid', nullable: true })
  partnerOrganizationId?: string | null;

  @Enum({ items: () => MembershipStatus, default: MembershipStatus.ACTIVE })
  status: MembershipStatus = MembershipStatus.ACTIVE;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
