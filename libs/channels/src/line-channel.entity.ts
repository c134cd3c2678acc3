import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Tenant } from '@tsunagu/platform/database';

export enum ChannelStatus {
  ACTIVE = 'active',
  DISABLED = 'disabled',
}

export enum Weekday {
  MON = 'mon',
  TUE = 'tue',
  WED = 'wed',
  THU = 'thu',
  FRI = 'fri',
  SAT = 'sat',
  SUN = 'sun',
}

/** Opening hours in the tenant's time zone: `09:00`–`17:00` ranges per weekday. */
export interface BusinessHours {
  weekly: { day: Weekday; start: string; end: string }[];
  /** Japanese public holidays count as closed. */
  closedOnPublicHolidays: boolean;
}

/**
 * A LINE Official Account of a tenant (Kobe's ここならチャットKOBE). The channel secret and access
 * token are sealed with the keyring (AES-256-GCM) and never leave the API: clients see their last
 * four characters only.
 */
@Entity({ tableName: 'line_channel' })
export class LineChannel {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { fieldName: 'tenant_id', ref: true, deleteRule: 'restrict', index: true })
  tenant!: Ref<Tenant>;

  @Property({ type: 'string', length: 100 })
  name!: string;

  /** LINE's channel id: one channel belongs to one tenant, so it is unique across the platform. */
  @Property({ type: 'string', length: 32, unique: true })
  lineChannelId!: string;

  @Property({ type: 'text', lazy: true, hidden: true })
  channelSecret!: string;

  @Property({ type: 'text', lazy: true, hidden: true })
  channelAccessToken!: string;

  @Property({ type: 'string', length: 4 })
  channelSecretLast4!: string;

  @Property({ type: 'string', length: 4 })
  channelAccessTokenLast4!: string;

  @Property({ type: 'text', nullable: true })
  welcomeMessage?: string | null;

  @Property({ type: 'json', nullable: true })
  businessHours?: BusinessHours | null;

  @Property({ type: 'text', nullable: true })
  outOfHoursReply?: string | null;

  @Enum({ items: () => ChannelStatus, default: ChannelStatus.ACTIVE })
  status: ChannelStatus = ChannelStatus.ACTIVE;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** The keyring context of a channel's secrets: a sealed value opens only for its channel and field. */
export function channelSecretContext(channelId: string, field: 'secret' | 'token'): string {
  return `line-channel:${channelId}:${field}`;
}
