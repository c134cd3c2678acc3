import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';

/** HSDS 3.0 service statuses; the export spells TEMPORARILY_CLOSED `temporarily closed`. */
export enum PartnerServiceStatus {
  ACTIVE = 'active',
  INACTIVE = 'inactive',
  DEFUNCT = 'defunct',
  TEMPORARILY_CLOSED = 'temporarily_closed',
}

/** HSDS `location_type`: a place families go to, or a website / online service. */
export enum PartnerLocationType {
  PHYSICAL = 'physical',
  VIRTUAL = 'virtual',
}

/** HSDS phone types (its examples), lower-case as HSDS writes them. */
export enum PhoneType {
  VOICE = 'voice',
  FAX = 'fax',
  CELL = 'cell',
  TEXT = 'text',
  VIDEO = 'video',
  PAGER = 'pager',
  TEXTPHONE = 'textphone',
}

/** A phone number of an organisation or a contact, kept inside its owner's row (HSDS `phone`). */
export interface PartnerPhone {
  id: string;
  number: string;
  type: PhoneType | null;
  description: string | null;
}

/** A Japanese postal address (HSDS `address`, country JP). */
export interface PartnerAddress {
  postalCode: string;
  prefecture: string;
  city: string;
  addressLine: string;
}

/**
 * `hsdsId`: the id an imported record had in its HSDS file, when that differs from ours. The export
 * writes it back, so that importing an export finds the same rows again (and a file from another
 * system keeps its ids without colliding with another tenant's primary keys).
 */
@Entity({ tableName: 'partner_organization' })
@Unique({ properties: ['tenant', 'hsdsId'] })
export class PartnerOrganization {
  [OptionalProps]?: 'phones' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @Property({ type: 'uuid', nullable: true })
  hsdsId?: string | null;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'string', length: 254, nullable: true })
  email?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  website?: string | null;

  @Property({ type: 'json', default: '[]' })
  phones: PartnerPhone[] = [];

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

@Entity({ tableName: 'partner_service' })
@Unique({ properties: ['tenant', 'hsdsId'] })
export class PartnerService {
  [OptionalProps]?: 'status' | 'languages' | 'serviceAreas' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => PartnerOrganization, {
    fieldName: 'organization_id',
    ref: true,
    deleteRule: 'restrict',
    index: true,
  })
  organization!: Ref<PartnerOrganization>;

  @Property({ type: 'uuid', nullable: true })
  hsdsId?: string | null;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Enum({ items: () => PartnerServiceStatus, default: PartnerServiceStatus.ACTIVE })
  status: PartnerServiceStatus = PartnerServiceStatus.ACTIVE;

  @Property({ type: 'text', nullable: true })
  eligibilityDescription?: string | null;

  @Property({ type: 'smallint', nullable: true })
  minimumAge?: number | null;

  @Property({ type: 'smallint', nullable: true })
  maximumAge?: number | null;

  @Property({ type: 'text', nullable: true })
  feesDescription?: string | null;

  /** BCP 47 language codes (`ja`, `en`, `vi`). */
  @Property({ type: 'text[]', default: '{}' })
  languages: string[] = [];

  /** Ward or city names (中央区, 神戸市), NFC; the area filter compares them after NFKC. */
  @Property({ type: 'text[]', default: '{}' })
  serviceAreas: string[] = [];

  @Property({ type: 'string', length: 500, nullable: true })
  url?: string | null;

  @Property({ type: 'string', length: 254, nullable: true })
  email?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

@Entity({ tableName: 'partner_location' })
@Unique({ properties: ['tenant', 'hsdsId'] })
export class PartnerLocation {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => PartnerOrganization, {
    fieldName: 'organization_id',
    ref: true,
    deleteRule: 'restrict',
    index: true,
  })
  organization!: Ref<PartnerOrganization>;

  @Property({ type: 'uuid', nullable: true })
  hsdsId?: string | null;

  @Enum({ items: () => PartnerLocationType })
  type!: PartnerLocationType;

  @Property({ type: 'string', length: 200, nullable: true })
  name?: string | null;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** Virtual locations: where to go online. */
  @Property({ type: 'string', length: 500, nullable: true })
  url?: string | null;

  @Property({ type: 'json', nullable: true })
  address?: PartnerAddress | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** HSDS `service_at_location`: a service offered at one of its organisation's locations. */
@Entity({ tableName: 'partner_service_at_location' })
@Unique({ properties: ['service', 'location'] })
export class PartnerServiceAtLocation {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => PartnerService, { fieldName: 'service_id', ref: true, deleteRule: 'cascade' })
  service!: Ref<PartnerService>;

  @ManyToOne(() => PartnerLocation, { fieldName: 'location_id', ref: true, deleteRule: 'cascade', index: true })
  location!: Ref<PartnerLocation>;
}

/** A person or desk to write to at an organisation; referral e-mails go to these addresses. */
@Entity({ tableName: 'partner_contact' })
@Unique({ properties: ['tenant', 'hsdsId'] })
export class PartnerContact {
  [OptionalProps]?: 'phones' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => PartnerOrganization, {
    fieldName: 'organization_id',
    ref: true,
    deleteRule: 'restrict',
    index: true,
  })
  organization!: Ref<PartnerOrganization>;

  /** Set when the contact is for one service of the organisation only. */
  @ManyToOne(() => PartnerService, {
    fieldName: 'service_id',
    ref: true,
    nullable: true,
    deleteRule: 'set null',
    index: true,
  })
  service?: Ref<PartnerService> | null;

  @Property({ type: 'uuid', nullable: true })
  hsdsId?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  name?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  title?: string | null;

  @Property({ type: 'string', length: 200, nullable: true })
  department?: string | null;

  @Property({ type: 'string', length: 254, nullable: true })
  email?: string | null;

  @Property({ type: 'json', default: '[]' })
  phones: PartnerPhone[] = [];

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** The tenant's taxonomy of services (子育て相談, 生活困窮, ...): HSDS taxonomy terms. */
@Entity({ tableName: 'service_category' })
@Unique({ properties: ['tenant', 'nameKey'] })
export class ServiceCategory {
  [OptionalProps]?: 'sortOrder' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  /** NFC, trimmed, 1 to 50 characters. */
  @Property({ type: 'string', length: 50 })
  name!: string;

  /** The name NFKC-normalised and lower-cased: ＤＶ and DV are one name. */
  @Property({ type: 'text' })
  nameKey!: string;

  @Property({ type: 'integer', default: 0 })
  sortOrder = 0;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A service in a category; deleting either end deletes the link. */
@Entity({ tableName: 'partner_service_category' })
@Unique({ properties: ['service', 'category'] })
export class PartnerServiceCategory {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => PartnerService, { fieldName: 'service_id', ref: true, deleteRule: 'cascade' })
  service!: Ref<PartnerService>;

  @Index()
  @ManyToOne(() => ServiceCategory, { fieldName: 'category_id', ref: true, deleteRule: 'cascade' })
  category!: Ref<ServiceCategory>;
}

export const PARTNER_ENTITIES = [
  PartnerOrganization,
  PartnerService,
  PartnerLocation,
  PartnerServiceAtLocation,
  PartnerContact,
  ServiceCategory,
  PartnerServiceCategory,
];
