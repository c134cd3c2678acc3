import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** Lower-case in the database; GraphQL exposes the UPPER_SNAKE keys. */
export enum TenantStatus {
  ONBOARDING = 'onboarding',
  ACTIVE = 'active',
  SUSPENDED = 'suspended',
  OFFBOARDED = 'offboarded',
}

/**
 * A municipality. The root of tenancy: every tenant-owned row carries its id in `tenant_id`.
 * It lives in the platform database library because every domain's tables reference it.
 */
@Entity({ tableName: 'tenant' })
export class Tenant {
  [OptionalProps]?: 'timezone' | 'fiscalYearStartMonth' | 'status' | 'createdAt' | 'updatedAt' | 'mfaRequiredRoles';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 40, unique: true })
  slug!: string;

  @Property({ type: 'string', length: 100 })
  nameJa!: string;

  @Property({ type: 'string', length: 100 })
  nameEn!: string;

  /** 全国地方公共団体コード: six digits, the last a check digit. */
  @Property({ type: 'string', length: 6, unique: true })
  localGovernmentCode!: string;

  @Property({ type: 'string', length: 20 })
  prefecture!: string;

  @Property({ type: 'string', length: 64, default: 'Asia/Tokyo' })
  timezone = 'Asia/Tokyo';

  @Property({ type: 'smallint', default: 4 })
  fiscalYearStartMonth = 4;

  /** Tenant roles (lower-case values) whose holders must use MFA to sign in. */
  @Property({ type: ArrayType, columnType: 'text[]', default: '{tenant_admin,counselor}' })
  mfaRequiredRoles: string[] = ['tenant_admin', 'counselor'];

  @Enum({ items: () => TenantStatus, default: TenantStatus.ONBOARDING })
  status: TenantStatus = TenantStatus.ONBOARDING;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
