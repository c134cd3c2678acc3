import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';

/** The chain of events with no tenant (logins, onboarding, platform emergency access). */
export const PLATFORM_CHAIN = 'platform';

/**
 * One audited action. Append-only (grants and a trigger); each event's `hash` is the SHA-256 of
 * the previous event's hash and this event's fields, so an edited or deleted row breaks its chain.
 * Each tenant has its own chain (`chain` = the tenant id); events without a tenant form the platform chain.
 */
@Entity({ tableName: 'audit_event' })
@Unique({ properties: ['chain', 'seq'] })
@Index({ properties: ['tenant', 'occurredAt'] })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  chain!: string;

  @Property({ type: 'bigint' })
  seq!: string;

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', nullable: true })
  tenant?: Ref<Tenant> | null;

  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  actorUserId?: string | null;

  /** The actor as shown to auditors (the email at the time), or `system`. */
  @Property({ type: 'string', length: 254 })
  actorLabel!: string;

  @Property({ type: 'string', length: 64, index: true })
  action!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  targetType?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  targetId?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  requestId?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;

  /** Identifiers and outcomes only: never message text or personal data about families. */
  @Property({ type: 'json', nullable: true })
  details?: Record<string, string | number | boolean | null> | null;

  @Property({ type: 'string', length: 64 })
  prevHash!: string;

  @Property({ type: 'string', length: 64 })
  hash!: string;
}

/**
 * The last event of each chain, advanced by a database trigger on every insert (the runtime roles
 * may only read it), so that deleting the newest events of a chain is detectable too.
 */
@Entity({ tableName: 'audit_chain_head' })
export class AuditChainHead {
  @PrimaryKey({ type: 'string', length: 36 })
  chain!: string;

  @Property({ type: 'bigint' })
  seq!: string;

  @Property({ type: 'string', length: 64 })
  hash!: string;
}
