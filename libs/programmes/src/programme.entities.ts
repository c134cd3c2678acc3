import { randomUUID } from 'node:crypto';
import {
  ArrayType,
  BigIntType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';
import { KpiKind } from './kpis';

/** What a programme does; the food-delivery and events parts of the system build on these kinds. */
export enum ProgrammeKind {
  LINE_CONSULTATION = 'line_consultation',
  FOOD_DELIVERY = 'food_delivery',
  EVENTS = 'events',
  OTHER = 'other',
}

/**
 * A named programme (事業) the city commissions from the NPO: ここならチャットKOBE, 神戸こども宅食, ...
 * Its LINE channels decide which families and conversations are its own (reports cut by programme,
 * KPIs); its staff are members of the tenant who serve it.
 */
@Entity({ tableName: 'programme' })
export class Programme {
  [OptionalProps]?: 'channelIds' | 'staffUserIds' | 'archived' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', index: true })
  tenant!: Ref<Tenant>;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => ProgrammeKind })
  kind!: ProgrammeKind;

  @Property({ type: 'string', length: 2000, nullable: true })
  description?: string | null;

  /** When the programme began (ここならチャットKOBE: 2023-11-01), before any of its current contracts. */
  @Property({ type: 'date', nullable: true })
  startedOn?: string | null;

  /** The tenant's LINE channels that serve it (checked to be the tenant's on every save). */
  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' })
  channelIds: string[] = [];

  /** Members of the tenant who serve it. */
  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' })
  staffUserIds: string[] = [];

  /** An ended programme: kept with its contracts, offered no more in the report's selector. */
  @Property({ type: 'boolean', default: false })
  archived = false;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A contract (委託) under which the city commissions a programme: who, which number, when, how much. */
@Entity({ tableName: 'programme_contract' })
@Index({ properties: ['programme', 'startsOn'] })
export class ProgrammeContract {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => Programme, { fieldName: 'programme_id', ref: true, deleteRule: 'restrict' })
  programme!: Ref<Programme>;

  /** `令和7年度 ここならチャットKOBE運営業務委託` */
  @Property({ type: 'string', length: 200 })
  title!: string;

  /** The commissioning department: `神戸市こども家庭局`. */
  @Property({ type: 'string', length: 200 })
  department!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  contractNumber?: string | null;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  /** The contract amount in yen (税込), when the tenant records it. */
  @Property({ type: new BigIntType('string'), nullable: true })
  amountYen?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A named target of a contract: a KPI kind (how its actual is computed), a target value, its order. */
@Entity({ tableName: 'contract_kpi' })
export class ContractKpi {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict' })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => ProgrammeContract, { fieldName: 'contract_id', mapToPk: true, deleteRule: 'cascade', index: true })
  contractId!: string;

  @Enum({ items: () => KpiKind })
  kind!: KpiKind;

  /** The contract's own words for it (`LINE登録者数`); the kind's name when none is given. */
  @Property({ type: 'string', length: 200 })
  label!: string;

  /** The target: a count, or a percentage for a rate. */
  @Property({ type: 'integer' })
  target!: number;

  /** N of "answered within N minutes"; null for the other kinds. */
  @Property({ type: 'integer', nullable: true })
  minutes?: number | null;

  @Property({ type: 'integer' })
  sortOrder!: number;
}

export const PROGRAMME_ENTITIES = [Programme, ProgrammeContract, ContractKpi];
