import { randomUUID } from 'node:crypto';
import {
  ArrayType,
  Check,
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
import { Programme } from '@tsunagu/programmes';
import { FoodRound } from '../food-delivery.entities';
import { Allergen } from './allergens';

export enum DonorKind {
  CITIZEN = 'citizen',
  COMPANY = 'company',
  FOOD_BANK = 'food_bank',
}

export enum ThanksMethod {
  LETTER = 'letter',
  EMAIL = 'email',
  IN_PERSON = 'in_person',
}

/** The seal context of a donor's field: a value sealed for one donor or field opens for no other. */
export function donorContext(donorId: string, field: 'name' | 'contact' | 'note'): string {
  return `donor:${donorId}:${field}`;
}

/**
 * Who gives food to the tenant's food delivery: a citizen, a company or a food bank. A citizen is a
 * person, so their name, like every donor's contact and note, is sealed at rest (AES-GCM, the
 * project's keyring); an organisation's name is kept plain (it is public and sorts in SQL).
 */
@Entity({ tableName: 'donor' })
@Index({ properties: ['tenant', 'createdAt', 'id'] })
export class Donor {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @Enum({ items: () => DonorKind })
  kind!: DonorKind;

  /** A company's or food bank's name, plain; null for a citizen. */
  @Property({ type: 'string', length: 200, nullable: true })
  organisationName?: string | null;

  /** A citizen's name, sealed; null for an organisation. */
  @Property({ type: 'text', nullable: true })
  sealedName?: string | null;

  @Property({ type: 'text', nullable: true })
  sealedContact?: string | null;

  @Property({ type: 'text', nullable: true })
  sealedNote?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * One item a donor gave on a day, for a food-delivery programme: what, how many of which unit, its
 * best-before date and declared allergens. What remains of it is its quantity less its allocations
 * to rounds; whether it is past its date is computed on the day, in the tenant's time zone.
 */
@Entity({ tableName: 'donation_item' })
@Index({ properties: ['tenant', 'programme', 'receivedOn'] })
@Index({ properties: ['donor', 'receivedOn'] })
export class DonationItem {
  [OptionalProps]?: 'allergens' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => Donor, { fieldName: 'donor_id', ref: true, deleteRule: 'restrict' })
  donor!: Ref<Donor>;

  @ManyToOne(() => Programme, { fieldName: 'programme_id', ref: true, deleteRule: 'restrict' })
  programme!: Ref<Programme>;

  @Property({ type: 'date' })
  receivedOn!: string;

  /** `お米 5kg`, `レトルトカレー` */
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** Whole units (choose the unit so the count is whole: 袋, 個, 本, g). */
  @Property({ type: 'integer' })
  quantity!: number;

  /** `個`, `袋`, `箱`, `本`, `kg` */
  @Property({ type: 'string', length: 20 })
  unit!: string;

  /** 賞味期限 or 消費期限; null for food that has none (rice, salt, sugar). */
  @Property({ type: 'date', nullable: true })
  bestBefore?: string | null;

  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  allergens: Allergen[] = [];

  @Property({ type: 'string', length: 500, nullable: true })
  note?: string | null;

  /** The member who recorded it. */
  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** A thank-you sent to a donor: when, how, by whom. A donor who gave after their last one is not yet thanked. */
@Entity({ tableName: 'donor_thanks' })
@Index({ properties: ['donor', 'sentOn'] })
export class DonorThanks {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => Donor, { fieldName: 'donor_id', ref: true, deleteRule: 'restrict' })
  donor!: Ref<Donor>;

  @Property({ type: 'date' })
  sentOn!: string;

  @Enum({ items: () => ThanksMethod })
  method!: ThanksMethod;

  /** Who thanked them, in the office's words (`事務局長 山田`). */
  @Property({ type: 'string', length: 200 })
  sentBy!: string;

  @Property({ type: 'string', length: 1000, nullable: true })
  note?: string | null;

  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/**
 * How much of a donated item goes out in a round. One row per item and round; the sum over rounds
 * never exceeds the item's quantity (checked with the item's row locked).
 */
@Entity({ tableName: 'donation_allocation' })
@Unique({ properties: ['round', 'item'] })
@Index({ properties: ['item'] })
@Check({ name: 'donation_allocation_quantity_check', expression: 'quantity > 0' })
export class DonationAllocation {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => FoodRound, { fieldName: 'round_id', ref: true, deleteRule: 'restrict' })
  round!: Ref<FoodRound>;

  @ManyToOne(() => DonationItem, { fieldName: 'item_id', ref: true, deleteRule: 'restrict' })
  item!: Ref<DonationItem>;

  @Property({ type: 'integer' })
  quantity!: number;

  /** The member who last set it. */
  @Property({ type: 'uuid' })
  allocatedBy!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

export const DONATION_ENTITIES = [Donor, DonationItem, DonorThanks, DonationAllocation];
