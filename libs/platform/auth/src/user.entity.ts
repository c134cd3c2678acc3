import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { PlatformRole } from '@tsunagu/platform/permissions';

export enum UserStatus {
  ACTIVE = 'active',
  DEACTIVATED = 'deactivated',
}

/** A person who logs in. Global (not tenant-owned): tenants are reached through memberships. */
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?:
    | 'platformRoles'
    | 'status'
    | 'createdAt'
    | 'updatedAt'
    | 'mfaEnabled'
    | 'failedLoginCount'
    | 'passwordChangedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored trimmed and lower-cased; unique across the platform. */
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Property({ type: 'string', length: 100 })
  displayName!: string;

  /** argon2id. Lazy: never loaded unless asked for, and the tenant role may not read the column. */
  @Property({ type: 'text', lazy: true, hidden: true })
  passwordHash!: string;

  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  platformRoles: PlatformRole[] = [];

  @Property({ type: 'boolean', default: false })
  mfaEnabled = false;

  /** The TOTP secret, sealed with the keyring (AES-256-GCM); set at enrolment, kept while MFA is on. */
  @Property({ type: 'text', nullable: true, lazy: true, hidden: true })
  mfaSecret?: string | null;

  /** The TOTP time step last accepted: a code is never accepted twice. */
  @Property({ type: 'bigint', nullable: true, lazy: true, hidden: true })
  mfaLastStep?: string | null;

  /** Failed logins since the last success; from the fifth, the account locks for a growing time. */
  @Property({ type: 'integer', default: 0 })
  failedLoginCount = 0;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;

  @Property({ type: 'datetime' })
  passwordChangedAt: Date = new Date();

  @Enum({ items: () => UserStatus, default: UserStatus.ACTIVE })
  status: UserStatus = UserStatus.ACTIVE;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
