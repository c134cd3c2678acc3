import { randomUUID } from 'node:crypto';
import {
  ArrayType,
  Check,
  Entity,
  Enum,
  Index,
  JsonType,
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
import { Programme } from '@tsunagu/programmes';

/**
 * Where a household stands in a food-delivery programme (こども宅食):
 * APPLIED → ELIGIBLE | INELIGIBLE (with a reason); ELIGIBLE → ENROLLED (a place in the next round)
 * or WAITLISTED (no place: promoted in order of application when one frees); any but WITHDRAWN →
 * WITHDRAWN. The transitions are the service's (`household-states.ts`).
 */
export enum HouseholdStatus {
  APPLIED = 'applied',
  ELIGIBLE = 'eligible',
  INELIGIBLE = 'ineligible',
  ENROLLED = 'enrolled',
  WAITLISTED = 'waitlisted',
  WITHDRAWN = 'withdrawn',
}

/** Why the household qualifies. */
export enum EligibilityBasis {
  /** 児童扶養手当 */
  CHILD_REARING_ALLOWANCE = 'child_rearing_allowance',
  /** 就学援助 */
  SCHOOL_ATTENDANCE_AID = 'school_attendance_aid',
  /** その他 (the note says what) */
  OTHER = 'other',
}

/** How food reaches a household: a courier's parcel, or staff or a volunteer at the door. */
export enum DeliveryMethod {
  COURIER = 'courier',
  HAND = 'hand',
}

/** How the household came in. */
export enum HouseholdSource {
  /** The family applied on the application page their LINE link opened. */
  LINE = 'line',
  /** Staff enrolled it from the console (a paper form, a call, a referral). */
  STAFF = 'staff',
}

export enum RoundStatus {
  /** Being prepared: households join and leave, capacity may change. */
  PLANNED = 'planned',
  PACKING = 'packing',
  DELIVERING = 'delivering',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
}

/** What became of one household's delivery in a round. */
export enum DeliveryOutcome {
  DELIVERED = 'delivered',
  ABSENT = 'absent',
  REDELIVERY_ARRANGED = 'redelivery_arranged',
  REFUSED = 'refused',
}

/** The deliverer's impression at the door (様子): a concern or urgent one becomes a counsellor's task. */
export enum Observation {
  FINE = 'fine',
  CONCERN = 'concern',
  URGENT = 'urgent',
}

/** One planned item of a round: `{ name: 'お米 2kg', quantity: 250 }`. */
export interface PlannedItem {
  name: string;
  quantity: number;
}

/**
 * The address of a household, sealed as one JSON value (`HouseholdAddress`) with the keyring: no
 * column holds a postal code, an address or a phone number in plain text.
 */
export interface HouseholdAddress {
  /** `113-0033` (normalised). */
  postalCode: string;
  /** One of the 47: `東京都`. */
  prefecture: string;
  /** 市区町村: `文京区`. */
  city: string;
  /** 町名・番地: `本郷1-2-3`. */
  street: string;
  /** 建物名・部屋番号 */
  building?: string | null;
  /** Digits and hyphens. */
  phone?: string | null;
}

/** The keyring context of a household's address: a sealed address opens for its household only. */
export const householdAddressContext = (householdId: string): string => `food-household:${householdId}:address`;

/** A household of a food-delivery programme: the family it is, where it lives (sealed), what it needs. */
@Entity({ tableName: 'food_household' })
// The waitlist and the lists by status read in application order from this index.
@Index({ properties: ['programme', 'status', 'appliedAt'] })
// One open household per family and programme (an ineligible or withdrawn one may apply again).
@Index({
  name: 'food_household_family_open_unique',
  expression: `create unique index "food_household_family_open_unique" on "food_household" ("programme_id", "registrant_id") where "registrant_id" is not null and "status" not in ('ineligible', 'withdrawn')`,
})
export class FoodHousehold {
  [OptionalProps]?:
    | 'source'
    | 'childrenBirthMonths'
    | 'visitConsent'
    | 'status'
    | 'statusChangedAt'
    | 'createdAt'
    | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', index: true })
  tenant!: Ref<Tenant>;

  /** A FOOD_DELIVERY programme of the tenant (checked by the service). */
  @ManyToOne(() => Programme, { fieldName: 'programme_id', ref: true, deleteRule: 'restrict' })
  programme!: Ref<Programme>;

  /**
   * The family (LINE user) who applied, told by LINE at each step; null for a household staff
   * enrolled without one. Erasing the family leaves the household without it.
   */
  @ManyToOne(() => Registrant, {
    fieldName: 'registrant_id',
    ref: true,
    deleteRule: 'set null',
    nullable: true,
    index: true,
  })
  registrant?: Ref<Registrant> | null;

  @Enum({ items: () => HouseholdSource, default: HouseholdSource.STAFF })
  source: HouseholdSource = HouseholdSource.STAFF;

  /** The household's name as staff call it (the guardian's name, 世帯名). */
  @Property({ type: 'string', length: 200 })
  name!: string;

  /**
   * `HouseholdAddress` as JSON, sealed (`Keyring.seal`, context `householdAddressContext(id)`); null
   * once the family was erased (`erase_family`).
   */
  @Property({ type: 'text', lazy: true, hidden: true, nullable: true })
  addressSealed?: string | null;

  /** A coarse area for assigning deliveries (the ward or district: `本郷`, `中央区`), plain. */
  @Property({ type: 'string', length: 100 })
  area!: string;

  /** The children's birth year-months, `YYYY-MM`. */
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  childrenBirthMonths: string[] = [];

  @Enum({ items: () => EligibilityBasis })
  eligibilityBasis!: EligibilityBasis;

  /** What "other" is, or anything staff need to know about the basis. */
  @Property({ type: 'string', length: 500, nullable: true })
  eligibilityNote?: string | null;

  /** Food allergies (卵, 小麦, ...), free text; the packing list shows them. */
  @Property({ type: 'string', length: 500, nullable: true })
  allergies?: string | null;

  @Enum({ items: () => DeliveryMethod })
  preferredMethod!: DeliveryMethod;

  /** Preferred delivery times in the family's words (`平日18時以降`). */
  @Property({ type: 'string', length: 200, nullable: true })
  preferredTimes?: string | null;

  /** Whether the family agrees to be visited (hand delivery, a word at the door). */
  @Property({ type: 'boolean', default: false })
  visitConsent = false;

  @Enum({ items: () => HouseholdStatus, default: HouseholdStatus.APPLIED })
  status: HouseholdStatus = HouseholdStatus.APPLIED;

  /** Required when INELIGIBLE; the last reason given when WITHDRAWN. */
  @Property({ type: 'string', length: 500, nullable: true })
  statusReason?: string | null;

  /** The waitlist's order: first applied, first promoted. */
  @Property({ type: 'datetime' })
  appliedAt!: Date;

  /** When it was last ENROLLED (the order in which a new round takes households in). */
  @Property({ type: 'datetime', nullable: true })
  enrolledAt?: Date | null;

  @Property({ type: 'datetime' })
  statusChangedAt: Date = new Date();

  /** The member who last changed its status (null: the family, or the system promoting it). */
  @Property({ type: 'uuid', nullable: true })
  statusChangedById?: string | null;

  @Property({ type: 'uuid', nullable: true })
  createdById?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A delivery round of a programme (年4回): its dates, its capacity, what is planned to go out. */
@Entity({ tableName: 'food_round' })
@Index({ properties: ['programme', 'startsOn'] })
@Check({ name: 'food_round_capacity_check', expression: 'capacity >= 0' })
@Check({ name: 'food_round_period_check', expression: 'ends_on >= starts_on' })
export class FoodRound {
  [OptionalProps]?: 'plannedItems' | 'status' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', index: true })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => Programme, { fieldName: 'programme_id', ref: true, deleteRule: 'restrict' })
  programme!: Ref<Programme>;

  /** `令和7年度 第2回` */
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** The delivery period, both days included (calendar dates in the tenant's zone). */
  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  /** How many households it can serve; never fewer than are in it (checked under the round's lock). */
  @Property({ type: 'integer' })
  capacity!: number;

  @Property({ type: JsonType, columnType: 'jsonb', default: '[]' })
  plannedItems: PlannedItem[] = [];

  @Enum({ items: () => RoundStatus, default: RoundStatus.PLANNED })
  status: RoundStatus = RoundStatus.PLANNED;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * A household's place in a round, with what the round's operations record about it: how it is
 * delivered and by whom, the outcome, and the deliverer's observation. Taking a place locks the
 * round's row first, so the places never exceed the capacity.
 */
@Entity({ tableName: 'food_round_household' })
@Unique({ properties: ['round', 'household'] })
@Index({ properties: ['household'] })
export class FoodRoundHousehold {
  [OptionalProps]?: 'addedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', index: true })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => FoodRound, { fieldName: 'round_id', ref: true, deleteRule: 'restrict' })
  round!: Ref<FoodRound>;

  @ManyToOne(() => FoodHousehold, { fieldName: 'household_id', ref: true, deleteRule: 'restrict' })
  household!: Ref<FoodHousehold>;

  @Property({ type: 'datetime' })
  addedAt: Date = new Date();

  // Assignment

  @Enum({ items: () => DeliveryMethod, nullable: true })
  deliveryMethod?: DeliveryMethod | null;

  /** The member (staff or volunteer account) who hands it over, for a hand delivery. */
  @Property({ type: 'uuid', nullable: true })
  assigneeUserId?: string | null;

  /** The area it is delivered in (the household's, or as assigned). */
  @Property({ type: 'string', length: 100, nullable: true })
  area?: string | null;

  // Outcome

  @Enum({ items: () => DeliveryOutcome, nullable: true })
  outcome?: DeliveryOutcome | null;

  @Property({ type: 'datetime', nullable: true })
  outcomeAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  outcomeById?: string | null;

  // Observation (hand deliveries)

  @Enum({ items: () => Observation, nullable: true })
  observation?: Observation | null;

  @Property({ type: 'string', length: 2000, nullable: true })
  observationNote?: string | null;

  @Property({ type: 'uuid', nullable: true })
  observedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  observedAt?: Date | null;
}

/**
 * A one-time link to the application page, issued to a family on LINE. Only the token's SHA-256 is
 * kept; the page's submission spends it (`usedAt`), once, before it expires.
 */
@Entity({ tableName: 'food_application_token' })
export class FoodApplicationToken {
  [OptionalProps]?: 'createdAt' | 'usedAt' | 'householdId';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', index: true })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => Programme, { fieldName: 'programme_id', ref: true, deleteRule: 'restrict' })
  programme!: Ref<Programme>;

  /** The family it was issued to (erasing the family deletes its tokens). */
  @ManyToOne(() => Registrant, { fieldName: 'registrant_id', ref: true, deleteRule: 'cascade', index: true })
  registrant!: Ref<Registrant>;

  /** The channel the family asked on (the link was sent there). */
  @ManyToOne(() => LineChannel, { fieldName: 'channel_id', ref: true, deleteRule: 'restrict' })
  channel!: Ref<LineChannel>;

  /** SHA-256 of the token, hex. */
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;

  /** The household its use created. */
  @Property({ type: 'uuid', nullable: true })
  householdId?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

export const FOOD_DELIVERY_ENTITIES = [FoodHousehold, FoodRound, FoodRoundHousehold, FoodApplicationToken];
