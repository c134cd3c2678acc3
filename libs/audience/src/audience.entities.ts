import { randomUUID } from 'node:crypto';
import {
  ArrayType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Ref,
} from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';
import { LineChannel } from '@tsunagu/channels';
import { Registrant } from '@tsunagu/conversations';

/** What kind of answer an attribute takes. */
export enum AttributeKind {
  /** One of the choices. */
  SINGLE_CHOICE = 'single_choice',
  /** Any of the choices. */
  MULTIPLE_CHOICE = 'multiple_choice',
  /** Year-months (`2024-12`), several allowed: a child's birth month each. */
  YEAR_MONTH = 'year_month',
  /** One area of the tenant's list (Kobe's wards). */
  AREA = 'area',
}

/**
 * What a tenant knows of its families (子どもの生年月, お住まいの区, ...), defined by its admins.
 * Choices are identified by their label: a renamed choice is a new choice.
 */
@Entity({ tableName: 'registrant_attribute' })
@Unique({ properties: ['tenant', 'key'] })
export class RegistrantAttribute {
  [OptionalProps]?: 'choices' | 'askedInSurvey' | 'question' | 'sortOrder' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  /** Stable, ASCII (`child_birth_month`): segments and the survey's postbacks name it. Never changes. */
  @Property({ type: 'string', length: 40 })
  key!: string;

  @Property({ type: 'string', length: 50 })
  label!: string;

  @Enum({ items: () => AttributeKind })
  kind!: AttributeKind;

  /** Choice labels in display order (choice and area kinds); empty for year-months. */
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  choices: string[] = [];

  @Property({ type: 'boolean', default: false })
  askedInSurvey = false;

  /** The survey's question (the label when null). */
  @Property({ type: 'string', length: 200, nullable: true })
  question?: string | null;

  @Property({ type: 'integer', default: 0 })
  sortOrder = 0;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One value of a family's attribute: a choice label, or a year-month `YYYY-MM`; one row per value. */
@Entity({ tableName: 'registrant_attribute_value' })
@Unique({ name: 'registrant_attribute_value_unique', properties: ['registrant', 'attribute', 'value'] })
// Segments look families up by attribute and value (age bands compare year-months as text).
@Index({ properties: ['attribute', 'value'] })
export class RegistrantAttributeValue {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => Registrant, { fieldName: 'registrant_id', ref: true, deleteRule: 'cascade' })
  registrant!: Ref<Registrant>;

  @ManyToOne(() => RegistrantAttribute, { fieldName: 'attribute_id', ref: true, deleteRule: 'cascade' })
  attribute!: Ref<RegistrantAttribute>;

  @Property({ type: 'string', length: 50 })
  value!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** A staff member's own LINE account on a channel, to receive test broadcasts. */
@Entity({ tableName: 'test_recipient' })
@Unique({ properties: ['channel', 'userId'] })
@Unique({ properties: ['channel', 'lineUserId'] })
export class TestRecipient {
  [OptionalProps]?: 'linkedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', index: true })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => LineChannel, { fieldName: 'channel_id', ref: true, deleteRule: 'cascade' })
  channel!: Ref<LineChannel>;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'string', length: 64 })
  lineUserId!: string;

  @Property({ type: 'datetime' })
  linkedAt: Date = new Date();
}

/** A one-time code a staff member sends to the channel from their LINE to link it (hashed; short-lived). */
@Entity({ tableName: 'test_recipient_link_code' })
@Unique({ properties: ['channel', 'codeHash'] })
export class TestRecipientLinkCode {
  [OptionalProps]?: 'createdAt' | 'usedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', index: true })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => LineChannel, { fieldName: 'channel_id', ref: true, deleteRule: 'cascade' })
  channel!: Ref<LineChannel>;

  @Property({ type: 'uuid' })
  userId!: string;

  /** SHA-256 of the code, hex. */
  @Property({ type: 'string', length: 64 })
  codeHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

export const AUDIENCE_ENTITIES = [RegistrantAttribute, RegistrantAttributeValue, TestRecipient, TestRecipientLinkCode];
