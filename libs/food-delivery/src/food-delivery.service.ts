import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditTrail } from '@tsunagu/platform/audit';
import { AccessService } from '@tsunagu/platform/auth';
import { Keyring } from '@tsunagu/platform/crypto';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError, ConflictError, NotFoundError, type FieldError } from '@tsunagu/platform/errors';
import { Permission, roleGrants, type Role } from '@tsunagu/platform/permissions';
import { Programme, ProgrammeKind } from '@tsunagu/programmes';
import { ReportsService } from '@tsunagu/reporting';
import { validAddress } from './address';
import {
  EligibilityBasis,
  FoodHousehold,
  FoodRound,
  FoodRoundHousehold,
  householdAddressContext,
  HouseholdSource,
  HouseholdStatus,
  RoundStatus,
  type HouseholdAddress,
  type PlannedItem,
} from './food-delivery.entities';
import { DonorKind } from './donations/donation.entities';
import type {
  ChangeFoodRoundStatusInput,
  CreateFoodRoundInput,
  DecideFoodHouseholdInput,
  EnrolFoodHouseholdInput,
  FoodDeliverySummaryModel,
  FoodFigureModel,
  FoodHouseholdAddressModel,
  FoodHouseholdConnection,
  FoodHouseholdModel,
  FoodRoundModel,
  HouseholdFields,
  PlannedItemInput,
  UpdateFoodHouseholdInput,
  UpdateFoodRoundInput,
} from './food-delivery.models';
import {
  assertRoundTransition,
  assertTransition,
  householdNotFound,
  programmeNotFoodDelivery,
  ROUND_TRANSITIONS,
  roundNotFound,
} from './household-states';
import { Placement, type Moved } from './placement';

const PAGE_MAX = 100;

/** The household's own data, checked and normalised; its address sealed once the id is known. */
export interface CheckedHousehold {
  name: string;
  address: HouseholdAddress;
  area: string;
  childrenBirthMonths: string[];
  eligibilityBasis: EligibilityBasis;
  eligibilityNote: string | null;
  allergies: string | null;
  preferredMethod: HouseholdFields['preferredMethod'];
  preferredTimes: string | null;
  visitConsent: boolean;
}

/** Checks everything a household tells before anything is written: BAD_USER_INPUT with every wrong field. */
export function checkHousehold(input: HouseholdFields): CheckedHousehold {
  const errors: FieldError[] = [];
  const address = checkAddress(input.address, errors);
  const name = text(input.name);
  if (!name) errors.push({ field: 'name', messages: ['the name is required'] });
  const note = text(input.eligibilityNote);
  if (input.eligibilityBasis === EligibilityBasis.OTHER && !note) errors.push(NOTE_REQUIRED);
  checkBirthMonths(input.childrenBirthMonths ?? [], errors);
  refuse(errors);
  const checked = address as HouseholdAddress;
  return {
    name: name as string,
    address: checked,
    area: text(input.area) ?? checked.city,
    childrenBirthMonths: [...new Set(input.childrenBirthMonths ?? [])].sort(),
    eligibilityBasis: input.eligibilityBasis,
    eligibilityNote: note,
    allergies: text(input.allergies),
    preferredMethod: input.preferredMethod,
    preferredTimes: text(input.preferredTimes),
    visitConsent: input.visitConsent,
  };
}

/**
 * What an edit changes, checked as an enrolment is: a field left out (or null) is unchanged, an
 * empty note clears it; BAD_USER_INPUT with every wrong field before anything is written.
 */
export function checkHouseholdChanges(
  input: UpdateFoodHouseholdInput,
  current: FoodHousehold,
): Partial<CheckedHousehold> {
  const errors: FieldError[] = [];
  const changes: Partial<CheckedHousehold> = {};
  const given = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;
  if (given(input.address)) {
    const address = checkAddress(input.address, errors);
    if (address) changes.address = address;
  }
  if (given(input.name)) {
    const name = text(input.name);
    if (!name) errors.push({ field: 'name', messages: ['the name is required'] });
    else changes.name = name;
  }
  if (given(input.area)) {
    const area = text(input.area);
    if (!area) errors.push({ field: 'area', messages: ['the area is required'] });
    else changes.area = area;
  }
  if (given(input.childrenBirthMonths)) {
    checkBirthMonths(input.childrenBirthMonths, errors);
    changes.childrenBirthMonths = [...new Set(input.childrenBirthMonths)].sort();
  }
  if (given(input.eligibilityBasis)) changes.eligibilityBasis = input.eligibilityBasis;
  if (given(input.eligibilityNote)) changes.eligibilityNote = text(input.eligibilityNote);
  const basis = changes.eligibilityBasis ?? current.eligibilityBasis;
  const note = 'eligibilityNote' in changes ? changes.eligibilityNote : current.eligibilityNote;
  if (basis === EligibilityBasis.OTHER && !note) errors.push(NOTE_REQUIRED);
  if (given(input.allergies)) changes.allergies = text(input.allergies);
  if (given(input.preferredMethod)) changes.preferredMethod = input.preferredMethod;
  if (given(input.preferredTimes)) changes.preferredTimes = text(input.preferredTimes);
  if (given(input.visitConsent)) changes.visitConsent = input.visitConsent;
  refuse(errors);
  return changes;
}

const NOTE_REQUIRED: FieldError = { field: 'eligibilityNote', messages: ['say what the basis is when it is OTHER'] };

function checkAddress(input: HouseholdFields['address'], errors: FieldError[]): HouseholdAddress | null {
  try {
    return validAddress(input);
  } catch (error) {
    if (error instanceof BadUserInputError) errors.push(...error.fieldErrors);
    else throw error;
    return null;
  }
}

function checkBirthMonths(months: string[], errors: FieldError[]): void {
  const thisYear = new Date().getFullYear();
  for (const month of months) {
    const year = Number(month.slice(0, 4));
    if (year < thisYear - 25 || year > thisYear + 1) {
      errors.push({ field: 'childrenBirthMonths', messages: [`${month} is not a plausible birth month`] });
    }
  }
}

/** ADDRESS_INVALID when only the address is wrong (the page shows it on the address), else INVALID_INPUT. */
function refuse(errors: FieldError[]): void {
  if (errors.length === 0) return;
  const addressOnly = errors.every((e) => e.field.startsWith('address.'));
  throw new BadUserInputError(
    errors,
    addressOnly ? 'ADDRESS_INVALID' : 'INVALID_INPUT',
    addressOnly ? 'The address is not valid' : 'The input is not valid',
  );
}

function text(value: string | null | undefined): string | null {
  const trimmed = value?.normalize('NFC').trim();
  return trimmed ? trimmed : null;
}

/**
 * Households and rounds of a food-delivery programme (こども宅食), in the request's tenant
 * transaction. Coordinators and tenant admins manage them; counsellors read the households of LINE
 * families; municipal viewers read aggregates only (`summary`). Addresses are sealed at rest and
 * opened only by `address`, which is audited.
 */
@Injectable()
export class FoodDeliveryService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly audit: AuditTrail,
    private readonly access: AccessService,
    private readonly keyring: Keyring,
    private readonly placement: Placement,
    private readonly reports: ReportsService,
  ) {}

  // Households

  async households(
    programmeId: string,
    statuses: HouseholdStatus[] | null,
    first: number,
    after: string | null,
  ): Promise<FoodHouseholdConnection> {
    const em = this.tenantDb.em;
    await this.programme(em, programmeId);
    const size = Math.min(Math.max(first, 1), PAGE_MAX);
    const where: Record<string, unknown> = { tenant: this.tenantDb.tenantId, programme: programmeId };
    if (statuses?.length) where['status'] = { $in: statuses };
    if (!this.manages()) where['registrant'] = { $ne: null };
    const totalCount = await em.count(FoodHousehold, where);
    const cursor = after ? decodeCursor(after) : null;
    const page = await em.find(
      FoodHousehold,
      cursor
        ? {
            ...where,
            $or: [{ appliedAt: { $gt: cursor.appliedAt } }, { appliedAt: cursor.appliedAt, id: { $gt: cursor.id } }],
          }
        : where,
      { orderBy: { appliedAt: 'asc', id: 'asc' }, limit: size + 1 },
    );
    const nodes = await this.models(em, page.slice(0, size));
    return {
      edges: nodes.map((node) => ({ cursor: encodeCursor(node.appliedAt, node.id), node })),
      pageInfo: {
        hasNextPage: page.length > size,
        endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1].appliedAt, nodes[nodes.length - 1].id) : null,
      },
      totalCount,
    };
  }

  async household(id: string): Promise<FoodHouseholdModel> {
    const em = this.tenantDb.em;
    const household = await this.findHousehold(em, id);
    const [model] = await this.models(em, [household]);
    return model;
  }

  /** The address, decrypted; audited. */
  async address(householdId: string): Promise<FoodHouseholdAddressModel> {
    const em = this.tenantDb.em;
    const household = await this.findHousehold(em, householdId);
    await em.populate(household, ['addressSealed']);
    if (!household.addressSealed) {
      throw new NotFoundError(
        'FOOD_HOUSEHOLD_ADDRESS_ERASED',
        "The family was erased: the household's address is gone",
      );
    }
    const address = JSON.parse(
      this.keyring.openText(household.addressSealed, householdAddressContext(household.id)),
    ) as HouseholdAddress;
    await this.audit.record('food-household.address-viewed', { type: 'food_household', id: household.id });
    return {
      postalCode: address.postalCode,
      prefecture: address.prefecture,
      city: address.city,
      street: address.street,
      building: address.building ?? null,
      phone: address.phone ?? null,
    };
  }

  /** Staff enrol a household (a paper form, a call): APPLIED, no family on LINE. */
  async enrol(input: EnrolFoodHouseholdInput): Promise<FoodHouseholdModel> {
    const em = this.tenantDb.em;
    const checked = checkHousehold(input);
    await this.programme(em, input.programmeId);
    const household = createHousehold(em, this.keyring, this.tenantDb.tenantId, input.programmeId, checked, {
      source: HouseholdSource.STAFF,
      registrantId: null,
      createdById: this.access.current().userId,
    });
    await em.flush();
    await this.audit.record(
      'food-household.enrolled-by-staff',
      { type: 'food_household', id: household.id },
      { programmeId: input.programmeId },
    );
    return this.household(household.id);
  }

  /**
   * Staff correct what a household told (not its status). The address is sealed again only when a
   * new one is given: it is never opened to edit the rest. Places in rounds still PLANNED follow a
   * new area and preferred method, unless the round assigned them otherwise.
   */
  async update(input: UpdateFoodHouseholdInput): Promise<FoodHouseholdModel> {
    const em = this.tenantDb.em;
    const household = await this.lockHousehold(em, input.id);
    if (household.status === HouseholdStatus.WITHDRAWN) {
      throw new ConflictError(
        'FOOD_HOUSEHOLD_WITHDRAWN',
        'A withdrawn household is not edited: the family applies again as a new household',
        [{ field: 'id', messages: ['the household is WITHDRAWN'] }],
      );
    }
    const changes = checkHouseholdChanges(input, household);
    const before = { area: household.area, method: household.preferredMethod };
    const changed: string[] = [];
    for (const [field, value] of Object.entries(changes) as [keyof CheckedHousehold, unknown][]) {
      if (field === 'address') {
        household.addressSealed = this.keyring.seal(JSON.stringify(value), householdAddressContext(household.id));
        changed.push(field);
      } else if (JSON.stringify(household[field] ?? null) !== JSON.stringify(value)) {
        (household as unknown as Record<string, unknown>)[field] = value;
        changed.push(field);
      }
    }
    if (household.area !== before.area || household.preferredMethod !== before.method) {
      const places = await em.find(FoodRoundHousehold, {
        tenant: this.tenantDb.tenantId,
        household: household.id,
        round: { status: RoundStatus.PLANNED },
      });
      for (const place of places) {
        if (place.area === before.area) place.area = household.area;
        if (!place.assigneeUserId && place.deliveryMethod === before.method) {
          place.deliveryMethod = household.preferredMethod;
        }
      }
    }
    await em.flush();
    // Which fields changed, never their values: the audit trail holds no personal data.
    await this.audit.record(
      'food-household.updated',
      { type: 'food_household', id: household.id },
      {
        changed: changed.join(','),
      },
    );
    return this.household(household.id);
  }

  async markEligible(input: DecideFoodHouseholdInput): Promise<FoodHouseholdModel> {
    return this.decide(input.householdId, HouseholdStatus.ELIGIBLE, null);
  }

  async markIneligible(input: DecideFoodHouseholdInput): Promise<FoodHouseholdModel> {
    const reason = text(input.reason);
    if (!reason) {
      throw new BadUserInputError(
        [{ field: 'reason', messages: ['say why the household is not eligible'] }],
        'INELIGIBLE_REASON_REQUIRED',
        'A reason is required',
      );
    }
    return this.decide(input.householdId, HouseholdStatus.INELIGIBLE, reason);
  }

  /** ELIGIBLE → ENROLLED with a place in the next round, or WAITLISTED when it is full. */
  async approve(input: DecideFoodHouseholdInput): Promise<FoodHouseholdModel> {
    const em = this.tenantDb.em;
    const household = await this.lockHousehold(em, input.householdId);
    // Only an ELIGIBLE household is approved; a waitlisted one waits its turn (promotion is the system's).
    assertTransition(household.status, HouseholdStatus.ENROLLED, [HouseholdStatus.ELIGIBLE]);
    const moved = await this.placement.approve(em, this.tenantDb.tenantId, household, this.userId());
    await em.flush();
    await this.recordMoves('food-household.approved', [moved]);
    return this.household(household.id);
  }

  /** Any open household leaves: its places in planned rounds go to the waitlist. */
  async withdraw(input: DecideFoodHouseholdInput): Promise<FoodHouseholdModel> {
    const em = this.tenantDb.em;
    const household = await this.lockHousehold(em, input.householdId);
    assertTransition(household.status, HouseholdStatus.WITHDRAWN);
    const from = household.status;
    this.placement.setStatus(household, HouseholdStatus.WITHDRAWN, this.userId());
    household.statusReason = text(input.reason);
    await em.flush();
    const promoted = await this.placement.release(em, this.tenantDb.tenantId, household, this.userId());
    await em.flush();
    await this.audit.record('food-household.withdrawn', { type: 'food_household', id: household.id }, { from });
    await this.recordMoves('food-household.promoted', promoted);
    return this.household(household.id);
  }

  private async decide(
    householdId: string,
    to: HouseholdStatus.ELIGIBLE | HouseholdStatus.INELIGIBLE,
    reason: string | null,
  ): Promise<FoodHouseholdModel> {
    const em = this.tenantDb.em;
    const household = await this.lockHousehold(em, householdId);
    assertTransition(household.status, to);
    const from = household.status;
    this.placement.setStatus(household, to, this.userId());
    household.statusReason = reason;
    await this.placement.tell(
      em,
      this.tenantDb.tenantId,
      household,
      to === HouseholdStatus.ELIGIBLE ? 'eligible' : 'ineligible',
      null,
    );
    await em.flush();
    await this.audit.record(`food-household.${to}`, { type: 'food_household', id: household.id }, { from });
    return this.household(household.id);
  }

  // Rounds

  async rounds(programmeId: string): Promise<FoodRoundModel[]> {
    const em = this.tenantDb.em;
    await this.programme(em, programmeId);
    const rounds = await em.find(
      FoodRound,
      { tenant: this.tenantDb.tenantId, programme: programmeId },
      { orderBy: { startsOn: 'asc', createdAt: 'asc' } },
    );
    return this.roundModels(em, rounds);
  }

  /**
   * A new round takes in the programme's ENROLLED households (in order of enrolment) up to its
   * capacity, then the waitlist (in order of application) while places remain.
   */
  async createRound(input: CreateFoodRoundInput): Promise<FoodRoundModel> {
    const em = this.tenantDb.em;
    const name = text(input.name);
    const errors: FieldError[] = [];
    if (!name) errors.push({ field: 'name', messages: ['the name is required'] });
    if (input.endsOn < input.startsOn) errors.push({ field: 'endsOn', messages: ['the round ends before it starts'] });
    const items = plannedItems(input.plannedItems ?? [], errors);
    if (errors.length) throw new BadUserInputError(errors);
    await this.programme(em, input.programmeId);
    const round = em.create(FoodRound, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      programme: em.getReference(Programme, input.programmeId),
      name: name as string,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      capacity: input.capacity,
      plannedItems: items,
    });
    await em.flush();
    const moved = await this.placement.fill(em, this.tenantDb.tenantId, round, this.userId());
    await em.flush();
    await this.audit.record(
      'food-round.created',
      { type: 'food_round', id: round.id },
      { capacity: round.capacity, placed: moved.length },
    );
    await this.recordMoves(
      'food-household.promoted',
      moved.filter((m) => m.status === HouseholdStatus.ENROLLED),
    );
    const [model] = await this.roundModels(em, [round]);
    return model;
  }

  /** Name, dates, items, capacity: never below the places taken; a raised capacity promotes the waitlist. */
  async updateRound(input: UpdateFoodRoundInput): Promise<FoodRoundModel> {
    const em = this.tenantDb.em;
    const round = await em.findOne(
      FoodRound,
      { id: input.id, tenant: this.tenantDb.tenantId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (!round) throw roundNotFound();
    await this.programme(em, round.programme.id);
    if (round.status === RoundStatus.COMPLETED || round.status === RoundStatus.CANCELLED) {
      throw new ConflictError('FOOD_ROUND_CLOSED', `The round is ${round.status.toUpperCase()}: it is not changed`);
    }
    // Places are taken and given up only while the round is PLANNED: its capacity goes with them.
    if (input.capacity !== undefined && input.capacity !== null && round.status !== RoundStatus.PLANNED) {
      throw new ConflictError(
        'FOOD_ROUND_NOT_PLANNED',
        `The round is ${round.status.toUpperCase()}: its capacity changes only while PLANNED`,
        [{ field: 'capacity', messages: [`the round is ${round.status.toUpperCase()}`] }],
      );
    }
    const errors: FieldError[] = [];
    if (input.name !== undefined && input.name !== null) {
      const name = text(input.name);
      if (!name) errors.push({ field: 'name', messages: ['the name is required'] });
      else round.name = name;
    }
    const startsOn = input.startsOn ?? round.startsOn;
    const endsOn = input.endsOn ?? round.endsOn;
    if (endsOn < startsOn) errors.push({ field: 'endsOn', messages: ['the round ends before it starts'] });
    const items = input.plannedItems ? plannedItems(input.plannedItems, errors) : null;
    if (errors.length) throw new BadUserInputError(errors);
    const filled = await this.placement.filled(em, round.id);
    if (input.capacity !== undefined && input.capacity !== null && input.capacity < filled) {
      throw new ConflictError('ROUND_CAPACITY_BELOW_FILLED', `${filled} households have a place in this round`, [
        { field: 'capacity', messages: [`at least ${filled}: the households with a place`] },
      ]);
    }
    const from = round.capacity;
    round.startsOn = startsOn;
    round.endsOn = endsOn;
    if (items) round.plannedItems = items;
    if (input.capacity !== undefined && input.capacity !== null) round.capacity = input.capacity;
    await em.flush();
    const moved =
      round.capacity > from ? await this.placement.fill(em, this.tenantDb.tenantId, round, this.userId()) : [];
    await em.flush();
    await this.audit.record(
      'food-round.updated',
      { type: 'food_round', id: round.id },
      { capacityFrom: from, capacity: round.capacity },
    );
    await this.recordMoves('food-household.promoted', moved);
    const [model] = await this.roundModels(em, [round]);
    return model;
  }

  /**
   * Moves a round along ROUND_TRANSITIONS, under its row's lock. COMPLETED needs every household's
   * outcome. CANCELLED releases its places and fills the next planned round, so its enrolled
   * households are served there; back to PLANNED drops the places of households that left while it
   * was packing and fills the free places. Families are not told.
   */
  async changeRoundStatus(input: ChangeFoodRoundStatusInput): Promise<FoodRoundModel> {
    const em = this.tenantDb.em;
    const tenantId = this.tenantDb.tenantId;
    const found = await em.findOne(FoodRound, { id: input.id, tenant: tenantId });
    if (!found) throw roundNotFound();
    // Rounds are locked in id order, as a withdrawal releasing places locks them, so a cancellation
    // filling the next round and a withdrawal at the same moment do not deadlock.
    const next =
      input.status === RoundStatus.CANCELLED && ROUND_TRANSITIONS[found.status].includes(RoundStatus.CANCELLED)
        ? await this.placement.nextRound(em, tenantId, found.programme.id, { except: found.id, lock: false })
        : null;
    for (const id of [found.id, ...(next ? [next.id] : [])].sort()) {
      await em.findOneOrFail(FoodRound, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    }
    const round = found;
    const from = round.status;
    assertRoundTransition(from, input.status);
    if (input.status === RoundStatus.COMPLETED) {
      const missing = await em.count(FoodRoundHousehold, { round: round.id, outcome: null });
      if (missing > 0) {
        throw new ConflictError('FOOD_ROUND_OUTCOMES_MISSING', `${missing} households of this round have no outcome`, [
          { field: 'status', messages: [`record the outcome of ${missing} more households first`] },
        ]);
      }
    }
    round.status = input.status;
    let released = 0;
    let moved: Moved[] = [];
    if (input.status === RoundStatus.CANCELLED) {
      const places = await em.find(FoodRoundHousehold, { round: round.id });
      released = places.length;
      places.forEach((place) => em.remove(place));
      await em.flush();
      const nextRound = await this.placement.nextRound(em, tenantId, round.programme.id);
      if (nextRound) moved = await this.placement.fill(em, tenantId, nextRound, this.userId());
    } else if (input.status === RoundStatus.PLANNED) {
      const left = await em.find(FoodRoundHousehold, {
        round: round.id,
        household: { status: { $ne: HouseholdStatus.ENROLLED } },
      });
      released = left.length;
      left.forEach((place) => em.remove(place));
      await em.flush();
      moved = await this.placement.fill(em, tenantId, round, this.userId());
    }
    await em.flush();
    await this.audit.record(
      'food-round.status-changed',
      { type: 'food_round', id: round.id },
      { from, to: round.status, released, placed: moved.length },
    );
    await this.recordMoves('food-household.promoted', moved);
    const [model] = await this.roundModels(em, [round]);
    return model;
  }

  // Aggregates

  /** Counts by status and each round's places, small counts hidden with the report's k: no household named. */
  async summary(programmeId: string): Promise<FoodDeliverySummaryModel> {
    const em = this.tenantDb.em;
    const programme = await this.programme(em, programmeId);
    const k = (await this.reports.settings()).suppressionThreshold;
    const statusRows = await em.execute<{ status: HouseholdStatus; n: string }[]>(
      `select status, count(*) as n from food_household where tenant_id = ? and programme_id = ? group by status`,
      [this.tenantDb.tenantId, programmeId],
    );
    const byStatus = new Map(statusRows.map((r) => [r.status, Number(r.n)]));
    const rounds = await this.rounds(programmeId);
    const donationRows = await em.execute<{ kind: DonorKind; donors: string; items: string }[]>(
      `select o.kind, count(distinct o.id) as donors, count(*) as items
         from donation_item d join donor o on o.id = d.donor_id
        where d.tenant_id = ? and d.programme_id = ? group by o.kind`,
      [this.tenantDb.tenantId, programmeId],
    );
    const byKind = new Map(donationRows.map((r) => [r.kind, r]));
    return {
      programmeId,
      programmeName: programme.name,
      suppressionThreshold: k,
      statuses: Object.values(HouseholdStatus).map((status) => ({
        status,
        households: figure(byStatus.get(status) ?? 0, k),
      })),
      rounds: rounds.map((r) => ({
        roundId: r.id,
        name: r.name,
        startsOn: r.startsOn,
        endsOn: r.endsOn,
        capacity: r.capacity,
        filled: figure(r.filled, k),
      })),
      donations: Object.values(DonorKind).map((kind) => ({
        kind,
        donors: figure(Number(byKind.get(kind)?.donors ?? 0), k),
        items: figure(Number(byKind.get(kind)?.items ?? 0), k),
      })),
    };
  }

  // Helpers

  private manages(): boolean {
    const roles = this.access.current().roles as Role[];
    return roles.some((role) => roleGrants(role, Permission.ManageFoodDelivery));
  }

  private userId(): string | null {
    return this.access.current().userId;
  }

  /** A FOOD_DELIVERY programme of the tenant. */
  private async programme(em: EntityManager, programmeId: string): Promise<Programme> {
    const programme = await em.findOne(Programme, { id: programmeId, tenant: this.tenantDb.tenantId });
    if (!programme || programme.kind !== ProgrammeKind.FOOD_DELIVERY) throw programmeNotFoodDelivery();
    return programme;
  }

  /** A household the user may see (a counsellor: only one of a LINE family). */
  private async findHousehold(em: EntityManager, id: string): Promise<FoodHousehold> {
    const household = await em.findOne(FoodHousehold, { id, tenant: this.tenantDb.tenantId });
    if (!household || (!household.registrant && !this.manages())) throw householdNotFound();
    return household;
  }

  private async lockHousehold(em: EntityManager, id: string): Promise<FoodHousehold> {
    const household = await em.findOne(
      FoodHousehold,
      { id, tenant: this.tenantDb.tenantId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (!household) throw householdNotFound();
    return household;
  }

  private async recordMoves(action: string, moved: Moved[]): Promise<void> {
    for (const move of moved) {
      await this.audit.record(
        action,
        { type: 'food_household', id: move.householdId },
        { status: move.status, roundId: move.roundId },
      );
    }
  }

  /** Models of households, their rounds and waitlist places read in two queries whatever their number. */
  private async models(em: EntityManager, households: FoodHousehold[]): Promise<FoodHouseholdModel[]> {
    if (households.length === 0) return [];
    const ids = households.map((h) => h.id);
    const places = await em.find(
      FoodRoundHousehold,
      { household: { $in: ids } },
      { populate: ['round'], orderBy: { round: { startsOn: 'asc' } } },
    );
    const programmeIds = [...new Set(households.map((h) => h.programme.id))];
    const positions = new Map<string, number>();
    if (households.some((h) => h.status === HouseholdStatus.WAITLISTED)) {
      const rows = await em.execute<{ id: string; position: string }[]>(
        `select id, row_number() over (partition by programme_id order by applied_at, id) as position
           from food_household where tenant_id = ? and programme_id in (?) and status = 'waitlisted'`,
        [this.tenantDb.tenantId, programmeIds],
      );
      for (const row of rows) positions.set(row.id, Number(row.position));
    }
    return households.map((h) => ({
      id: h.id,
      programmeId: h.programme.id,
      registrantId: h.registrant?.id ?? null,
      source: h.source,
      name: h.name,
      area: h.area,
      childrenBirthMonths: h.childrenBirthMonths,
      eligibilityBasis: h.eligibilityBasis,
      eligibilityNote: h.eligibilityNote ?? null,
      allergies: h.allergies ?? null,
      preferredMethod: h.preferredMethod,
      preferredTimes: h.preferredTimes ?? null,
      visitConsent: h.visitConsent,
      status: h.status,
      statusReason: h.statusReason ?? null,
      appliedAt: h.appliedAt,
      enrolledAt: h.enrolledAt ?? null,
      statusChangedAt: h.statusChangedAt,
      waitlistPosition: positions.get(h.id) ?? null,
      rounds: places
        .filter((p) => p.household.id === h.id)
        .map((p) => {
          const round = p.round.getEntity();
          return { roundId: round.id, roundName: round.name, startsOn: round.startsOn, endsOn: round.endsOn };
        }),
    }));
  }

  private async roundModels(em: EntityManager, rounds: FoodRound[]): Promise<FoodRoundModel[]> {
    if (rounds.length === 0) return [];
    await em.flush();
    const rows = await em.execute<{ round_id: string; n: string }[]>(
      `select round_id, count(*) as n from food_round_household where tenant_id = ? and round_id in (?) group by round_id`,
      [this.tenantDb.tenantId, rounds.map((r) => r.id)],
    );
    const filled = new Map(rows.map((r) => [r.round_id, Number(r.n)]));
    return rounds.map((r) => ({
      id: r.id,
      programmeId: r.programme.id,
      name: r.name,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      capacity: r.capacity,
      filled: filled.get(r.id) ?? 0,
      plannedItems: r.plannedItems,
      status: r.status,
    }));
  }
}

/** A new household, its address sealed for its own id. */
export function createHousehold(
  em: EntityManager,
  keyring: Keyring,
  tenantId: string,
  programmeId: string,
  checked: CheckedHousehold,
  origin: { source: HouseholdSource; registrantId: string | null; createdById: string | null },
): FoodHousehold {
  const now = new Date();
  const household = em.create(FoodHousehold, {
    tenant: em.getReference(Tenant, tenantId),
    programme: em.getReference(Programme, programmeId),
    registrant: origin.registrantId,
    source: origin.source,
    name: checked.name,
    addressSealed: '',
    area: checked.area,
    childrenBirthMonths: checked.childrenBirthMonths,
    eligibilityBasis: checked.eligibilityBasis,
    eligibilityNote: checked.eligibilityNote,
    allergies: checked.allergies,
    preferredMethod: checked.preferredMethod,
    preferredTimes: checked.preferredTimes,
    visitConsent: checked.visitConsent,
    appliedAt: now,
    statusChangedAt: now,
    createdById: origin.createdById,
  });
  household.addressSealed = keyring.seal(JSON.stringify(checked.address), householdAddressContext(household.id));
  return household;
}

function plannedItems(items: PlannedItemInput[], errors: FieldError[]): PlannedItem[] {
  const out: PlannedItem[] = [];
  items.forEach((item, i) => {
    const name = text(item.name);
    if (!name) errors.push({ field: `plannedItems.${i}.name`, messages: ['the item needs a name'] });
    else out.push({ name, quantity: item.quantity });
  });
  return out;
}

function figure(value: number, k: number): FoodFigureModel {
  const suppressed = value > 0 && value < k;
  return { value: suppressed ? null : value, suppressed, display: suppressed ? `<${k}` : String(value) };
}

function encodeCursor(appliedAt: Date, id: string): string {
  return Buffer.from(`${appliedAt.toISOString()}|${id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { appliedAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const appliedAt = new Date(at ?? '');
  if (!id || Number.isNaN(appliedAt.getTime())) {
    throw new BadUserInputError([{ field: 'after', messages: ['not a cursor of this list'] }]);
  }
  return { appliedAt, id };
}
