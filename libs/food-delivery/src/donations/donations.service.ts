import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessService } from '@tsunagu/platform/auth';
import { AuditTrail } from '@tsunagu/platform/audit';
import { todayIn } from '@tsunagu/platform/calendar';
import { Keyring } from '@tsunagu/platform/crypto';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError, ConflictError, NotFoundError, type FieldError } from '@tsunagu/platform/errors';
import { connectionFromRows, decodeCursor, encodeCursor, type Connection } from '@tsunagu/platform/graphql';
import { Programme, ProgrammeKind } from '@tsunagu/programmes';
import { FoodRound, RoundStatus } from '../food-delivery.entities';
import { Allergen } from './allergens';
import { DonationAllocation, DonationItem, Donor, donorContext, DonorKind, DonorThanks } from './donation.entities';
import type {
  AllocateDonationsInput,
  CreateDonorInput,
  DonationRoundModel,
  DonationItemInput,
  DonationItemModel,
  DonationItemsArgs,
  DonorDetailModel,
  DonorModel,
  DonorsArgs,
  DonorThanksModel,
  ReceiveDonationInput,
  RecordDonorThanksInput,
  RoundDonationsModel,
  UpdateDonorInput,
} from './donations.models';

const ALLERGEN_ORDER = Object.values(Allergen);

/** A round whose donations may still change: once it is out for delivery, what went out is history. */
const OPEN_ROUND = [RoundStatus.PLANNED, RoundStatus.PACKING];

interface DonorRow {
  id: string;
  kind: DonorKind;
  organisation_name: string | null;
  sealed_name: string | null;
  sealed_contact: string | null;
  sealed_note: string | null;
  created_at: string;
  last_received_on: string | null;
  last_thanked_on: string | null;
  item_count: number | string;
}

/**
 * Donations (寄付) to the tenant's food delivery: donors, the items they give, what remains of each
 * after allocations to rounds, and the thank-yous sent. Everything runs in the request's tenant
 * transaction (row-level security applies); a citizen's name and every donor's contact and note are
 * sealed with the keyring and opened only for the response.
 */
@Injectable()
export class DonationsService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly audit: AuditTrail,
    private readonly access: AccessService,
    private readonly keyring: Keyring,
  ) {}

  // Donors

  async donors(args: DonorsArgs): Promise<Connection<DonorModel>> {
    const after = args.after ? decodeCursor(args.after, parseDonorCursor) : null;
    const rows = await this.donorRows({ needsThanks: args.needsThanks ?? false, after, limit: args.first + 1 });
    return connectionFromRows(
      rows,
      args.first,
      (row) => encodeCursor({ t: new Date(row.created_at).toISOString(), id: row.id }),
      (row) => this.donorModel(row),
    );
  }

  async donor(id: string): Promise<DonorDetailModel> {
    const [row] = await this.donorRows({ id });
    if (!row) throw donorNotFound();
    const thanks = await this.tenantDb.em.find(
      DonorThanks,
      { donor: id, tenant: this.tenantDb.tenantId },
      { orderBy: { sentOn: 'desc', createdAt: 'desc' } },
    );
    return { donor: this.donorModel(row), thanks: thanks.map(thanksModel) };
  }

  async createDonor(input: CreateDonorInput): Promise<DonorModel> {
    const em = this.tenantDb.em;
    const name = requiredText(input.name, 'name', 200);
    const donor = em.create(Donor, { tenant: em.getReference(Tenant, this.tenantDb.tenantId), kind: input.kind });
    this.setName(donor, name);
    donor.sealedContact = this.sealOptional(donor.id, 'contact', input.contact);
    donor.sealedNote = this.sealOptional(donor.id, 'note', input.note);
    await em.flush();
    await this.audit.record('donor.created', { type: 'donor', id: donor.id }, { kind: donor.kind });
    return (await this.donor(donor.id)).donor;
  }

  async updateDonor(input: UpdateDonorInput): Promise<DonorModel> {
    const donor = await this.findDonor(input.id);
    if (input.name !== undefined) this.setName(donor, requiredText(input.name, 'name', 200));
    if (input.contact !== undefined) donor.sealedContact = this.sealOptional(donor.id, 'contact', input.contact);
    if (input.note !== undefined) donor.sealedNote = this.sealOptional(donor.id, 'note', input.note);
    await this.tenantDb.em.flush();
    await this.audit.record('donor.updated', { type: 'donor', id: donor.id }, { fields: changedFields(input) });
    return (await this.donor(donor.id)).donor;
  }

  // Items

  /** Records what a donor gave on a day: every item checked first, all or nothing. */
  async receive(input: ReceiveDonationInput): Promise<DonationItemModel[]> {
    const em = this.tenantDb.em;
    const donor = await this.findDonor(input.donorId);
    const programme = await this.foodProgramme(input.programmeId);
    const today = await this.today(em);
    const errors: FieldError[] = [];
    if (!isDate(input.receivedOn)) errors.push({ field: 'receivedOn', messages: ['receivedOn is not a date'] });
    else if (input.receivedOn > today) errors.push({ field: 'receivedOn', messages: ['receivedOn is in the future'] });
    const items = input.items.map((item, i) => itemFields(item, `items.${i}`, errors));
    if (errors.length > 0) throw new BadUserInputError(errors);
    const recordedBy = this.access.current().userId;
    const created = items.map((fields) =>
      em.create(DonationItem, {
        tenant: em.getReference(Tenant, this.tenantDb.tenantId),
        donor,
        programme,
        receivedOn: input.receivedOn,
        recordedBy,
        ...fields,
      }),
    );
    await em.flush();
    await this.audit.record(
      'donation.received',
      { type: 'donor', id: donor.id },
      { programmeId: programme.id, receivedOn: input.receivedOn, items: created.length },
    );
    return this.itemModels(created, today);
  }

  /** The programme's items, newest received first. */
  async items(args: DonationItemsArgs): Promise<Connection<DonationItemModel>> {
    const em = this.tenantDb.em;
    const programme = await this.foodProgramme(args.programmeId);
    const after = args.after ? decodeCursor(args.after, parseItemCursor) : null;
    const keyset = after
      ? {
          $or: [
            { receivedOn: { $lt: after.r } },
            { receivedOn: after.r, createdAt: { $lt: new Date(after.c) } },
            { receivedOn: after.r, createdAt: new Date(after.c), id: { $lt: after.id } },
          ],
        }
      : {};
    const rows = await em.find(
      DonationItem,
      { tenant: this.tenantDb.tenantId, programme: programme.id, ...keyset },
      { orderBy: { receivedOn: 'desc', createdAt: 'desc', id: 'desc' }, limit: args.first + 1 },
    );
    const models = new Map(
      (await this.itemModels(rows.slice(0, args.first), await this.today(em))).map((m) => [m.id, m]),
    );
    return connectionFromRows(
      rows,
      args.first,
      (row) => encodeCursor({ r: row.receivedOn, c: row.createdAt.toISOString(), id: row.id }),
      (row) => models.get(row.id) as DonationItemModel,
    );
  }

  // Stock and rounds

  /** What remains of the programme's items, soonest best-before first (food without a date last). */
  async stock(programmeId: string): Promise<DonationItemModel[]> {
    const em = this.tenantDb.em;
    const programme = await this.foodProgramme(programmeId);
    const rows = await em.execute<{ id: string }[]>(
      `select i.id
         from donation_item i
         left join lateral (select sum(quantity) as allocated from donation_allocation where item_id = i.id) a on true
        where i.tenant_id = ? and i.programme_id = ? and i.quantity > coalesce(a.allocated, 0)
        order by i.best_before asc nulls last, i.received_on asc, i.id asc`,
      [this.tenantDb.tenantId, programme.id],
    );
    const items = rows.length
      ? await em.find(DonationItem, { id: { $in: rows.map((r) => r.id) }, tenant: this.tenantDb.tenantId })
      : [];
    const order = new Map(rows.map((r, i) => [r.id, i]));
    items.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    return this.itemModels(items, await this.today(em));
  }

  /** The programme's rounds, latest first: where donations can go. */
  async rounds(programmeId: string): Promise<DonationRoundModel[]> {
    const programme = await this.foodProgramme(programmeId);
    const rounds = await this.tenantDb.em.find(
      FoodRound,
      { programme: programme.id, tenant: this.tenantDb.tenantId },
      { orderBy: { startsOn: 'desc', createdAt: 'desc' } },
    );
    return rounds.map(roundModel);
  }

  /** A round's share of the stock: each item and how much of it goes out in the round. */
  async roundDonations(roundId: string): Promise<RoundDonationsModel> {
    const em = this.tenantDb.em;
    const round = await this.findRound(roundId);
    const allocations = await em.find(
      DonationAllocation,
      { round: round.id, tenant: this.tenantDb.tenantId },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const items = allocations.length
      ? await em.find(DonationItem, {
          id: { $in: allocations.map((a) => a.item.id) },
          tenant: this.tenantDb.tenantId,
        })
      : [];
    const models = await this.itemModels(items, await this.today(em));
    return {
      round: roundModel(round),
      lines: allocations.map((a) => ({
        id: a.id,
        item: models.find((m) => m.id === a.item.id) as DonationItemModel,
        quantity: a.quantity,
      })),
    };
  }

  /**
   * Sets how much of each item goes out in a round. The items' rows are locked (in id order) before
   * what is allocated elsewhere is read, so two staff allocating the same item at once never take more
   * than there is: the second waits, then sees the first's allocation. Any bad line refuses them all.
   */
  async allocate(input: AllocateDonationsInput): Promise<RoundDonationsModel> {
    const em = this.tenantDb.em;
    const tenant = this.tenantDb.tenantId;
    const round = await this.findRound(input.roundId);
    if (!OPEN_ROUND.includes(round.status)) {
      throw new ConflictError('ROUND_CLOSED', 'The round is out for delivery or over: its donations no longer change');
    }
    const ids = input.lines.map((l) => l.itemId);
    if (new Set(ids).size !== ids.length) {
      throw new BadUserInputError([{ field: 'lines', messages: ['each item may appear once'] }]);
    }
    const items = await em.find(
      DonationItem,
      { id: { $in: ids }, tenant },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { id: 'asc' } },
    );
    if (items.length !== ids.length) throw new NotFoundError('DONATION_ITEM_NOT_FOUND', 'No such donated item');
    const itemOf = (id: string) => items.find((i) => i.id === id) as DonationItem;
    const errors: FieldError[] = [];
    input.lines.forEach((line, i) => {
      const item = itemOf(line.itemId);
      if (item.programme.id !== round.programme.id) {
        errors.push({ field: `lines.${i}.itemId`, messages: ['the item was given to another programme'] });
      } else if (line.quantity > 0 && item.bestBefore != null && item.bestBefore < round.startsOn) {
        errors.push({
          field: `lines.${i}.itemId`,
          messages: ['the item is past its best-before date when the round starts'],
        });
      }
    });
    if (errors.length > 0) throw new BadUserInputError(errors);

    const allocations = await em.find(DonationAllocation, { item: { $in: ids }, tenant }, { refresh: true });
    const over: FieldError[] = [];
    input.lines.forEach((line, i) => {
      const item = itemOf(line.itemId);
      const elsewhere = allocations
        .filter((a) => a.item.id === item.id && a.round.id !== round.id)
        .reduce((sum, a) => sum + a.quantity, 0);
      const available = item.quantity - elsewhere;
      if (line.quantity > available) {
        over.push({
          field: `lines.${i}.quantity`,
          messages: [`only ${available} ${item.unit} of ${item.name} remain`],
        });
      }
    });
    if (over.length > 0) {
      throw new ConflictError('DONATION_OVER_ALLOCATED', 'More than remains of a donated item', over);
    }

    const allocatedBy = this.access.current().userId;
    // A millisecond apart, so that the round lists them in the order given (by creation, then id).
    const madeAt = Date.now();
    for (const [index, line] of input.lines.entries()) {
      const existing = allocations.find((a) => a.item.id === line.itemId && a.round.id === round.id);
      if (line.quantity === 0) {
        if (existing) em.remove(existing);
      } else if (existing) {
        existing.quantity = line.quantity;
        existing.allocatedBy = allocatedBy;
      } else {
        em.create(DonationAllocation, {
          tenant: em.getReference(Tenant, tenant),
          round,
          item: itemOf(line.itemId),
          quantity: line.quantity,
          allocatedBy,
          createdAt: new Date(madeAt + index),
        });
      }
    }
    await em.flush();
    await this.audit.record(
      'donation.allocated',
      { type: 'food_round', id: round.id },
      { lines: input.lines.map((l) => `${l.itemId}:${l.quantity}`).join(',') },
    );
    return this.roundDonations(round.id);
  }

  // Thanks

  async recordThanks(input: RecordDonorThanksInput): Promise<DonorThanksModel> {
    const em = this.tenantDb.em;
    const donor = await this.findDonor(input.donorId);
    const errors: FieldError[] = [];
    const today = await this.today(em);
    if (!isDate(input.sentOn)) errors.push({ field: 'sentOn', messages: ['sentOn is not a date'] });
    else if (input.sentOn > today) errors.push({ field: 'sentOn', messages: ['sentOn is in the future'] });
    const sentBy = collect(errors, () => requiredText(input.sentBy, 'sentBy', 200));
    if (errors.length > 0) throw new BadUserInputError(errors);
    const thanks = em.create(DonorThanks, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      donor,
      sentOn: input.sentOn,
      method: input.method,
      sentBy,
      note: optionalText(input.note),
      recordedBy: this.access.current().userId,
    });
    await em.flush();
    await this.audit.record(
      'donor.thanked',
      { type: 'donor', id: donor.id },
      { sentOn: thanks.sentOn, method: thanks.method },
    );
    return thanksModel(thanks);
  }

  // Reading

  /** Donors with what they gave and when they were last thanked: one query for a page. */
  private async donorRows(options: {
    id?: string;
    needsThanks?: boolean;
    after?: { t: string; id: string } | null;
    limit?: number;
  }): Promise<DonorRow[]> {
    const where: string[] = ['d.tenant_id = ?'];
    const params: unknown[] = [this.tenantDb.tenantId];
    if (options.id) {
      where.push('d.id = ?');
      params.push(options.id);
    }
    if (options.after) {
      where.push('(d.created_at, d.id) < (?::timestamptz, ?::uuid)');
      params.push(options.after.t, options.after.id);
    }
    if (options.needsThanks) {
      where.push(
        'i.last_received_on is not null and (t.last_thanked_on is null or t.last_thanked_on < i.last_received_on)',
      );
    }
    params.push(options.limit ?? 1);
    return this.tenantDb.em.execute<DonorRow[]>(
      `select d.id, d.kind, d.organisation_name, d.sealed_name, d.sealed_contact, d.sealed_note, d.created_at,
              to_char(i.last_received_on, 'YYYY-MM-DD') as last_received_on,
              to_char(t.last_thanked_on, 'YYYY-MM-DD') as last_thanked_on,
              coalesce(i.item_count, 0) as item_count
         from donor d
         left join lateral (select max(received_on) as last_received_on, count(*) as item_count
                              from donation_item where donor_id = d.id) i on true
         left join lateral (select max(sent_on) as last_thanked_on from donor_thanks where donor_id = d.id) t on true
        where ${where.join(' and ')}
        order by d.created_at desc, d.id desc
        limit ?`,
      params,
    );
  }

  private donorModel(row: DonorRow): DonorModel {
    const open = (sealed: string | null, field: 'name' | 'contact' | 'note') =>
      sealed === null ? null : this.keyring.openText(sealed, donorContext(row.id, field));
    const lastReceivedOn = row.last_received_on;
    const lastThankedOn = row.last_thanked_on;
    return {
      id: row.id,
      kind: row.kind,
      name: row.kind === DonorKind.CITIZEN ? (open(row.sealed_name, 'name') ?? '') : (row.organisation_name ?? ''),
      contact: open(row.sealed_contact, 'contact'),
      note: open(row.sealed_note, 'note'),
      lastReceivedOn,
      lastThankedOn,
      needsThanks: lastReceivedOn !== null && (lastThankedOn === null || lastThankedOn < lastReceivedOn),
      itemCount: Number(row.item_count),
    };
  }

  /** Items as the console shows them: their donor's name, what is allocated, whether past their date. */
  private async itemModels(items: DonationItem[], today: string): Promise<DonationItemModel[]> {
    if (items.length === 0) return [];
    const em = this.tenantDb.em;
    const donorIds = [...new Set(items.map((i) => i.donor.id))];
    const donors = await em.find(Donor, { id: { $in: donorIds }, tenant: this.tenantDb.tenantId });
    const allocated = await this.allocatedOf(items.map((i) => i.id));
    return items.map((item) => {
      const donor = donors.find((d) => d.id === item.donor.id) as Donor;
      const taken = allocated.get(item.id) ?? 0;
      return {
        id: item.id,
        donorId: donor.id,
        donorName: this.nameOf(donor),
        donorKind: donor.kind,
        programmeId: item.programme.id,
        receivedOn: item.receivedOn,
        name: item.name,
        quantity: item.quantity,
        unit: item.unit,
        bestBefore: item.bestBefore ?? null,
        pastBestBefore: item.bestBefore != null && item.bestBefore < today,
        allergens: item.allergens,
        note: item.note ?? null,
        allocated: taken,
        remaining: item.quantity - taken,
      };
    });
  }

  /** What is allocated of each item to rounds. */
  private async allocatedOf(itemIds: string[]): Promise<Map<string, number>> {
    const rows = await this.tenantDb.em.execute<{ item_id: string; allocated: string | number }[]>(
      `select item_id, sum(quantity) as allocated from donation_allocation
        where tenant_id = ? and item_id in (?) group by item_id`,
      [this.tenantDb.tenantId, itemIds],
    );
    return new Map(rows.map((r) => [r.item_id, Number(r.allocated)]));
  }

  private async findRound(id: string): Promise<FoodRound> {
    const round = await this.tenantDb.em.findOne(FoodRound, { id, tenant: this.tenantDb.tenantId });
    if (!round) throw new NotFoundError('ROUND_NOT_FOUND', 'No such round');
    return round;
  }

  private nameOf(donor: Donor): string {
    return donor.kind === DonorKind.CITIZEN
      ? donor.sealedName
        ? this.keyring.openText(donor.sealedName, donorContext(donor.id, 'name'))
        : ''
      : (donor.organisationName ?? '');
  }

  private setName(donor: Donor, name: string): void {
    if (donor.kind === DonorKind.CITIZEN) {
      donor.sealedName = this.keyring.seal(name, donorContext(donor.id, 'name'));
      donor.organisationName = null;
    } else {
      donor.organisationName = name;
      donor.sealedName = null;
    }
  }

  private sealOptional(donorId: string, field: 'contact' | 'note', value: string | null | undefined): string | null {
    const text = optionalText(value);
    return text === null ? null : this.keyring.seal(text, donorContext(donorId, field));
  }

  private async findDonor(id: string): Promise<Donor> {
    const donor = await this.tenantDb.em.findOne(Donor, { id, tenant: this.tenantDb.tenantId });
    if (!donor) throw donorNotFound();
    return donor;
  }

  /** The tenant's food-delivery programme: donations are for no other kind. */
  private async foodProgramme(id: string): Promise<Programme> {
    const programme = await this.tenantDb.em.findOne(Programme, { id, tenant: this.tenantDb.tenantId });
    if (!programme) throw new NotFoundError('PROGRAMME_NOT_FOUND', 'No such programme');
    if (programme.kind !== ProgrammeKind.FOOD_DELIVERY) {
      throw new BadUserInputError(
        [{ field: 'programmeId', messages: ['donations are for a food-delivery programme'] }],
        'NOT_A_FOOD_DELIVERY_PROGRAMME',
        'The programme is not a food-delivery programme',
      );
    }
    return programme;
  }

  private async today(em: EntityManager): Promise<string> {
    const tenant = await em.findOneOrFail(Tenant, { id: this.tenantDb.tenantId }, { fields: ['timezone'] });
    return todayIn(tenant.timezone);
  }
}

function donorNotFound(): NotFoundError {
  return new NotFoundError('DONOR_NOT_FOUND', 'No such donor');
}

function roundModel(round: FoodRound): DonationRoundModel {
  return {
    id: round.id,
    programmeId: round.programme.id,
    name: round.name,
    startsOn: round.startsOn,
    endsOn: round.endsOn,
    open: OPEN_ROUND.includes(round.status),
  };
}

function thanksModel(thanks: DonorThanks): DonorThanksModel {
  return {
    id: thanks.id,
    sentOn: thanks.sentOn,
    method: thanks.method,
    sentBy: thanks.sentBy,
    note: thanks.note ?? null,
  };
}

/** An item as stored: text trimmed, its unit named, its best-before a real date. */
function itemFields(
  item: DonationItemInput,
  path: string,
  errors: FieldError[],
): Pick<DonationItem, 'name' | 'quantity' | 'unit' | 'bestBefore' | 'allergens' | 'note'> {
  const name = collect(errors, () => requiredText(item.name, `${path}.name`, 200));
  const unit = collect(errors, () => requiredText(item.unit, `${path}.unit`, 20));
  if (!Number.isInteger(item.quantity) || item.quantity < 1) {
    errors.push({ field: `${path}.quantity`, messages: ['quantity must be a whole number of at least 1'] });
  }
  const bestBefore = item.bestBefore ?? null;
  if (bestBefore !== null && !isDate(bestBefore)) {
    errors.push({ field: `${path}.bestBefore`, messages: ['bestBefore is not a date'] });
  }
  return {
    name,
    unit,
    quantity: item.quantity,
    bestBefore,
    // In the order of the list (mandatory first), whatever order they were ticked in.
    allergens: ALLERGEN_ORDER.filter((a) => (item.allergens ?? []).includes(a)),
    note: optionalText(item.note),
  };
}

function collect<T extends string>(errors: FieldError[], fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof BadUserInputError) {
      errors.push(...error.fieldErrors);
      return '' as T;
    }
    throw error;
  }
}

/** A calendar date that exists (2025-02-30 does not). */
function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function parseDonorCursor(value: unknown): { t: string; id: string } | undefined {
  const v = value as { t?: unknown; id?: unknown } | null;
  return v && typeof v.t === 'string' && !Number.isNaN(Date.parse(v.t)) && typeof v.id === 'string' && isUuid(v.id)
    ? { t: v.t, id: v.id }
    : undefined;
}

function parseItemCursor(value: unknown): { r: string; c: string; id: string } | undefined {
  const v = value as { r?: unknown; c?: unknown; id?: unknown } | null;
  return v &&
    typeof v.r === 'string' &&
    isDate(v.r) &&
    typeof v.c === 'string' &&
    !Number.isNaN(Date.parse(v.c)) &&
    typeof v.id === 'string' &&
    isUuid(v.id)
    ? { r: v.r, c: v.c, id: v.id }
    : undefined;
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** Text as stored: NFC and trimmed, 1 to `max` characters. */
function requiredText(value: string | null | undefined, field: string, max: number): string {
  const text = (value ?? '').normalize('NFC').trim();
  const length = [...text].length;
  if (length < 1 || length > max) {
    throw new BadUserInputError([{ field, messages: [`${field} must be 1 to ${max} characters`] }]);
  }
  return text;
}

function optionalText(value: string | null | undefined): string | null {
  const text = value?.normalize('NFC').trim();
  return text ? text : null;
}

function changedFields(input: object): string {
  return Object.keys(input)
    .filter((key) => key !== 'id' && (input as Record<string, unknown>)[key] !== undefined)
    .join(',');
}
