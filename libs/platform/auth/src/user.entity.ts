import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { PlatformRole } from './roles';

export enum UserStatus {
  ACTIVE = 'active',
  DEACTIVATED = 'deactivated',
}

/** A person who logs in. Global (not tenant-owned): tenants are reached through memberships. */
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'platformRoles' | 'status' | 'createdAt' | 'updatedAt';

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

  @Enum({ items: () => UserStatus, default: UserStatus.ACTIVE })
  status: UserStatus = UserStatus.ACTIVE;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
