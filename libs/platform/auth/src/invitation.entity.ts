import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';
import { User } from './user.entity';

/**
 * An invitation to a tenant role (with its tenant) or to a platform role (no tenant). The emailed
 * token is single use, valid for 72 hours, and stored as its SHA-256.
 */
@Entity({ tableName: 'invitation' })
export class Invitation {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', nullable: true, index: true })
  tenant?: Ref<Tenant> | null;

  @Property({ type: 'string', length: 254 })
  email!: string;

  /** A tenant role when `tenant` is set, a platform role otherwise (lower-case values). */
  @Property({ type: 'string', length: 32 })
  role!: string;

  /** For `partner_user`: the partner organisation the membership will be bound to. */
  @Property({ type: 'uuid', nullable: true })
  partnerOrganizationId?: string | null;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @ManyToOne(() => User, { fieldName: 'invited_by_id', ref: true, deleteRule: 'restrict' })
  invitedBy!: Ref<User>;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date | null;

  /** Revoked by an admin before it was accepted: its link no longer works. */
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}

/** A platform admin's time-limited read access to one tenant's content, with the reason given. */
@Entity({ tableName: 'emergency_access_grant' })
export class EmergencyAccessGrant {
  [OptionalProps]?: 'grantedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', index: true })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => User, { fieldName: 'user_id', ref: true, deleteRule: 'restrict' })
  user!: Ref<User>;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'datetime' })
  grantedAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;
}
