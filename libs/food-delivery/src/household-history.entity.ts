import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';
import { Programme } from '@tsunagu/programmes';
import { FoodHousehold, HouseholdStatus } from './food-delivery.entities';

/**
 * Each status a household entered, and when: what the report reads a month's end from (the waitlist
 * as it stood then). Written by a database trigger on every insert and status change of a household,
 * so no code path can change a status without it; never changed by the application.
 */
@Entity({ tableName: 'food_household_status_change' })
@Index({ properties: ['programme', 'changedAt'] })
@Index({ properties: ['household', 'changedAt'] })
export class FoodHouseholdStatusChange {
  /** In order of writing: two changes at the same instant still have an order. */
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', index: true })
  tenant!: Ref<Tenant>;

  @ManyToOne(() => Programme, { fieldName: 'programme_id', ref: true, deleteRule: 'restrict' })
  programme!: Ref<Programme>;

  @ManyToOne(() => FoodHousehold, { fieldName: 'household_id', ref: true, deleteRule: 'cascade' })
  household!: Ref<FoodHousehold>;

  @Enum({ items: () => HouseholdStatus })
  status!: HouseholdStatus;

  @Property({ type: 'datetime' })
  changedAt!: Date;
}
