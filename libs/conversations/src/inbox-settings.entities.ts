import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';

/** A tenant-defined conversation category (子育て, 生活困窮, DV, ...). */
@Entity({ tableName: 'conversation_category' })
@Unique({ properties: ['tenant', 'nameKey'] })
export class ConversationCategory {
  [OptionalProps]?: 'sortOrder' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  /** NFC, trimmed, 1 to 50 characters. */
  @Property({ type: 'string', length: 50 })
  name!: string;

  /** The name NFKC-normalised and lower-cased: ＤＶ, dv and DV are one name. */
  @Property({ type: 'text' })
  nameKey!: string;

  @Property({ type: 'integer', default: 0 })
  sortOrder = 0;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A reply counsellors reuse; `{{name}}` in the body becomes the registrant's display name. */
@Entity({ tableName: 'canned_response' })
export class CannedResponse {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', index: true })
  tenant!: Ref<Tenant>;

  @Property({ type: 'string', length: 100 })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  /** The user who wrote it. */
  @Property({ type: 'uuid', nullable: true })
  createdByUserId?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * Which default sets (the default conversation categories, ...) a tenant has received. Defaults are
 * given once: a tenant that deleted them all does not get them back.
 */
@Entity({ tableName: 'tenant_defaults_applied' })
@Unique({ properties: ['tenant', 'kind'] })
export class TenantDefaultsApplied {
  [OptionalProps]?: 'appliedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  /** e.g. `conversation_categories`. */
  @Property({ type: 'string', length: 50 })
  kind!: string;

  @Property({ type: 'datetime' })
  appliedAt: Date = new Date();
}
