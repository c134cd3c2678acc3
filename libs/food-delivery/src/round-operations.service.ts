import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ClsService } from 'nestjs-cls';
import { AUDIT_ACTOR, AuditTrail, type AuditActor } from '@tsunagu/platform/audit';
import { Keyring } from '@tsunagu/platform/crypto';
import { TenantDb } from '@tsunagu/platform/database';
import { DownloadsService } from '@tsunagu/platform/downloads';
import { BadUserInputError, ConflictError, NotFoundError, type FieldError } from '@tsunagu/platform/errors';
import {
  CounsellorTaskKind,
  CounsellorTasksService,
  CounsellorTaskStatus,
  CounsellorTaskUrgency,
} from '@tsunagu/case-records';
import { courierFile, courierReference, type CourierRecipient, type SealedAddress } from './courier-export';
import {
  DeliveryMethod,
  FoodHousehold,
  FoodRound,
  FoodRoundHousehold,
  householdAddressContext,
  Observation,
  RoundStatus,
} from './food-delivery.entities';
import { AGE_BANDS, ageBand, ageOn, allergenWarnings, allergyWords, plannedItemsOf } from './packing';
import type {
  AssignFoodDeliveriesInput,
  ExportFoodCourierCsvInput,
  FoodCourierExportModel,
  FoodRoundOperationsModel,
  FoodRoundPersonModel,
  PackingListModel,
  RecordFoodDeliveryInput,
  RoundAreaModel,
  RoundDeliveryModel,
} from './round-operations.models';

/** Where a counsellor task about a delivery points back to. */
export const ROUND_HOUSEHOLD_SOURCE = 'food_round_household';

/** Roles whose members may hand food over (staff and volunteers hold one of these accounts). */
const DELIVERER_ROLES = ['tenant_admin', 'coordinator', 'counselor'];

const CLOSED_ROUND = [RoundStatus.COMPLETED, RoundStatus.CANCELLED];

const OBSERVATION_LABEL: Record<Observation, string> = {
  [Observation.FINE]: '問題なし',
  [Observation.CONCERN]: '気になる',
  [Observation.URGENT]: '緊急',
};

interface Place {
  row: FoodRoundHousehold;
  household: FoodHousehold;
}

/**
 * A round's operations (こども宅食): the packing list, who delivers to whom (a courier, or staff or a
 * volunteer by hand, by area or one by one), each household's outcome and, at the door, the
 * deliverer's observation, a worrying one opening a counsellor's task; and the courier file, the
 * one place where addresses are decrypted (audited). Everything runs in the request's tenant
 * transaction; a refused input is refused before anything is written.
 */
@Injectable()
export class RoundOperationsService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly cls: ClsService,
    private readonly audit: AuditTrail,
    private readonly keyring: Keyring,
    private readonly downloads: DownloadsService,
    private readonly tasks: CounsellorTasksService,
  ) {}

  private get userId(): string {
    const userId = this.cls.get<AuditActor | undefined>(AUDIT_ACTOR)?.userId;
    if (!userId) throw new Error('No signed-in user in this context');
    return userId;
  }

  // Reading

  async operations(roundId: string): Promise<FoodRoundOperationsModel> {
    const em = this.tenantDb.em;
    const round = await this.findRound(em, roundId, false);
    const places = await this.places(em, round);
    const deliverers = await this.deliverers(em);
    const deliveries = await this.deliveries(em, places);
    return {
      round: {
        id: round.id,
        programmeId: round.programme.id,
        name: round.name,
        startsOn: round.startsOn,
        endsOn: round.endsOn,
        capacity: round.capacity,
        status: round.status,
      },
      packing: packingList(round, places),
      deliveries,
      areas: areas(places),
      deliverers,
      courierHouseholds: places.filter((p) => methodOf(p) === DeliveryMethod.COURIER).length,
    };
  }

  // Assignment

  /**
   * Assigns the places (given, or every one of an area) to the courier or to a member's hand
   * delivery. Every place must be in the round; a hand delivery needs an active member who may deliver.
   */
  async assign(input: AssignFoodDeliveriesInput): Promise<FoodRoundOperationsModel> {
    const em = this.tenantDb.em;
    const errors: FieldError[] = [];
    const byArea = input.area !== undefined && input.area !== null;
    const byPlaces = input.placeIds !== undefined && input.placeIds !== null;
    if (byArea === byPlaces) {
      errors.push({ field: 'placeIds', messages: ['give either placeIds or area'] });
    }
    if (input.method === DeliveryMethod.HAND && !input.assigneeUserId) {
      errors.push({ field: 'assigneeUserId', messages: ['a hand delivery needs who hands it over'] });
    }
    if (input.method === DeliveryMethod.COURIER && input.assigneeUserId) {
      errors.push({ field: 'assigneeUserId', messages: ['a courier delivery has no member assigned'] });
    }
    if (errors.length > 0) throw new BadUserInputError(errors);

    const round = await this.findRound(em, input.roundId, true);
    this.refuseClosed(round);
    if (input.assigneeUserId) {
      const deliverers = await this.deliverers(em, [input.assigneeUserId]);
      if (deliverers.length === 0) {
        throw new BadUserInputError(
          [{ field: 'assigneeUserId', messages: ['not an active staff member of this municipality'] }],
          'FOOD_DELIVERER_UNKNOWN',
        );
      }
    }
    const places = await this.places(em, round);
    let chosen: Place[];
    if (byPlaces) {
      const ids = input.placeIds as string[];
      chosen = places.filter((p) => ids.includes(p.row.id));
      const missing = ids.filter((id) => !chosen.some((p) => p.row.id === id));
      if (missing.length > 0) {
        throw new BadUserInputError(
          [{ field: 'placeIds', messages: [`${missing.length} of them are not households of this round`] }],
          'FOOD_HOUSEHOLD_NOT_IN_ROUND',
          'A household is not in this round',
        );
      }
    } else {
      const area = (input.area as string).normalize('NFKC').trim();
      chosen = places.filter((p) => areaOf(p) === area);
      if (chosen.length === 0) {
        throw new BadUserInputError(
          [{ field: 'area', messages: ['no household of this round is in this area'] }],
          'FOOD_AREA_EMPTY',
        );
      }
    }
    for (const p of chosen) {
      p.row.deliveryMethod = input.method;
      p.row.assigneeUserId = input.method === DeliveryMethod.HAND ? (input.assigneeUserId ?? null) : null;
      p.row.area = p.row.area ?? p.household.area;
    }
    await em.flush();
    await this.audit.record(
      'food_round.deliveries_assigned',
      { type: 'food_round', id: round.id },
      {
        method: input.method,
        households: chosen.length,
        by: byArea ? 'area' : 'households',
        assigneeUserId: input.assigneeUserId ?? null,
      },
    );
    return this.operations(round.id);
  }

  // Outcomes and observations

  /**
   * Records what became of a household's delivery and, for a hand delivery, how the family seemed.
   * CONCERN or URGENT opens a task for a counsellor on that family (one per delivery: a second
   * worrying observation raises the same task again).
   */
  async record(input: RecordFoodDeliveryInput): Promise<RoundDeliveryModel> {
    const em = this.tenantDb.em;
    const round = await this.findRound(em, input.roundId, true);
    const place = (await this.places(em, round, input.householdId))[0];
    if (!place) {
      throw new BadUserInputError(
        [{ field: 'householdId', messages: ['this household is not in this round'] }],
        'FOOD_HOUSEHOLD_NOT_IN_ROUND',
        'The household is not in this round',
      );
    }
    this.refuseClosed(round);
    if (round.status !== RoundStatus.DELIVERING) {
      throw new ConflictError(
        'FOOD_ROUND_NOT_DELIVERING',
        `The round is ${round.status.toUpperCase()}: outcomes are recorded while it is DELIVERING`,
      );
    }
    const observation = input.observation ?? null;
    const note = input.observationNote?.trim() ? input.observationNote.trim() : null;
    const errors: FieldError[] = [];
    if (observation && methodOf(place) !== DeliveryMethod.HAND) {
      errors.push({ field: 'observation', messages: ['an observation is for hand deliveries only'] });
    }
    if (note && !observation) {
      errors.push({ field: 'observationNote', messages: ['a note belongs to an observation'] });
    }
    if (errors.length > 0) throw new BadUserInputError(errors);

    const now = new Date();
    const row = place.row;
    row.outcome = input.outcome;
    row.outcomeAt = now;
    row.outcomeById = this.userId;
    if (!row.deliveryMethod) row.deliveryMethod = methodOf(place);
    if (observation) {
      row.observation = observation;
      row.observationNote = note;
      row.observedAt = now;
      row.observedById = this.userId;
    }
    await em.flush();
    await this.audit.record(
      'food_round.delivery_recorded',
      { type: 'food_round_household', id: row.id },
      { roundId: round.id, outcome: input.outcome, observation },
    );
    if (observation === Observation.CONCERN || observation === Observation.URGENT) {
      await this.tasks.raise(em, {
        kind: CounsellorTaskKind.DELIVERY_OBSERVATION,
        urgency: observation === Observation.URGENT ? CounsellorTaskUrgency.URGENT : CounsellorTaskUrgency.CONCERN,
        title: `こども宅食 ${round.name}: 配達時の様子「${OBSERVATION_LABEL[observation]}」`,
        familyLabel: place.household.name,
        detail: note,
        registrantId: place.household.registrant?.id ?? null,
        sourceType: ROUND_HOUSEHOLD_SOURCE,
        sourceId: row.id,
      });
    }
    const [delivery] = await this.deliveries(em, [place]);
    return delivery;
  }

  // The courier file

  /**
   * The round's courier households (assigned to the courier, or not assigned and preferring it) as
   * a B2クラウド file: the addresses are opened for this file only, never returned otherwise, and the
   * export is audited with who, which round and how many households.
   */
  async exportCourierCsv(input: ExportFoodCourierCsvInput): Promise<FoodCourierExportModel> {
    const em = this.tenantDb.em;
    const round = await this.findRound(em, input.roundId, false);
    const courier = (await this.places(em, round)).filter((p) => methodOf(p) === DeliveryMethod.COURIER);
    await em.populate(
      courier.map((p) => p.household),
      ['addressSealed'],
    );
    // An erased family's household has no address left: there is nothing to ship to.
    const places = courier.flatMap((p) =>
      p.household.addressSealed ? [{ ...p, sealed: p.household.addressSealed }] : [],
    );
    if (places.length === 0) {
      throw new ConflictError('FOOD_NO_COURIER_HOUSEHOLDS', 'No household of this round is delivered by courier');
    }
    const recipients: CourierRecipient[] = places.map((p) => ({
      reference: courierReference(p.row.id),
      name: p.household.name,
      address: JSON.parse(this.keyring.openText(p.sealed, householdAddressContext(p.household.id))) as SealedAddress,
    }));
    const file = courierFile(
      recipients,
      { ...input.sender, postalCode: normalisedPostalCode(input.sender.postalCode) },
      {
        shipOn: input.shipOn,
        itemName: input.itemName?.trim() || '食品',
        note: round.name.slice(0, 32),
        billingCustomerCode: input.billingCustomerCode ?? null,
        billingClassCode: input.billingClassCode ?? null,
        freightNumber: input.freightNumber ?? null,
      },
    );
    await this.audit.record(
      'food_round.courier_exported',
      { type: 'food_round', id: round.id },
      { households: file.rows, replacedCharacters: file.replaced, layout: 'yamato-b2-cloud' },
    );
    const link = await this.downloads.create({
      filename: `courier-b2-${round.startsOn}-${round.id.slice(0, 8)}.csv`,
      contentType: 'text/csv; charset=Shift_JIS',
      content: file.content,
    });
    return { ...link, households: file.rows, replacedCharacters: file.replaced };
  }

  // Helpers

  private async findRound(em: EntityManager, id: string, lock: boolean): Promise<FoodRound> {
    const round = await em.findOne(
      FoodRound,
      { id, tenant: this.tenantDb.tenantId },
      lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
    );
    if (!round) throw new NotFoundError('FOOD_ROUND_NOT_FOUND', 'No such round');
    return round;
  }

  private refuseClosed(round: FoodRound): void {
    if (CLOSED_ROUND.includes(round.status)) {
      throw new ConflictError(
        'FOOD_ROUND_CLOSED',
        `The round is ${round.status.toUpperCase()}: its deliveries are settled`,
      );
    }
  }

  /** The round's places with their households (addresses stay sealed and unloaded), by area then name. */
  private async places(em: EntityManager, round: FoodRound, householdId?: string): Promise<Place[]> {
    const rows = await em.find(
      FoodRoundHousehold,
      { tenant: this.tenantDb.tenantId, round: round.id, ...(householdId ? { household: householdId } : {}) },
      { populate: ['household'] },
    );
    const collator = new Intl.Collator('ja');
    return rows
      .map((row) => ({ row, household: row.household.getEntity() }))
      .sort((a, b) => collator.compare(areaOf(a), areaOf(b)) || collator.compare(a.household.name, b.household.name));
  }

  /** Active members who may deliver by hand (among `among`, when given), by name. */
  private async deliverers(em: EntityManager, among?: string[]): Promise<FoodRoundPersonModel[]> {
    const rows = await em.execute<{ id: string; display_name: string }[]>(
      `select distinct u.id, u.display_name
         from membership m join app_user u on u.id = m.user_id and u.status = 'active'
        where m.tenant_id = ? and m.status = 'active' and m.role in (?)${among ? ' and m.user_id in (?)' : ''}`,
      among ? [this.tenantDb.tenantId, DELIVERER_ROLES, among] : [this.tenantDb.tenantId, DELIVERER_ROLES],
    );
    const collator = new Intl.Collator('ja');
    return rows
      .map((r) => ({ userId: r.id, displayName: r.display_name }))
      .sort((a, b) => collator.compare(a.displayName, b.displayName));
  }

  private async deliveries(em: EntityManager, places: Place[]): Promise<RoundDeliveryModel[]> {
    const people = new Set<string>();
    for (const { row } of places) {
      for (const id of [row.assigneeUserId, row.outcomeById, row.observedById]) if (id) people.add(id);
    }
    const names = new Map<string, string>();
    if (people.size > 0) {
      const rows = await em.execute<{ id: string; display_name: string }[]>(
        `select distinct u.id, u.display_name from membership m join app_user u on u.id = m.user_id
          where m.tenant_id = ? and m.user_id in (?)`,
        [this.tenantDb.tenantId, [...people]],
      );
      for (const r of rows) names.set(r.id, r.display_name);
    }
    const tasks = await this.tasks.bySource(
      em,
      ROUND_HOUSEHOLD_SOURCE,
      places.map((p) => p.row.id),
    );
    const person = (id: string | null | undefined): FoodRoundPersonModel | null =>
      id ? { userId: id, displayName: names.get(id) ?? '' } : null;
    return places.map(({ row, household }) => {
      const task = tasks.get(row.id);
      return {
        placeId: row.id,
        householdId: household.id,
        name: household.name,
        area: row.area ?? household.area,
        preferredMethod: household.preferredMethod,
        preferredTimes: household.preferredTimes ?? null,
        visitConsent: household.visitConsent,
        method: row.deliveryMethod ?? null,
        assignee: person(row.assigneeUserId),
        outcome: row.outcome ?? null,
        outcomeAt: row.outcomeAt ?? null,
        outcomeBy: person(row.outcomeById),
        observation: row.observation ?? null,
        observationNote: row.observationNote ?? null,
        observedAt: row.observedAt ?? null,
        observedBy: person(row.observedById),
        taskId: task?.id ?? null,
        taskOpen: task?.status === CounsellorTaskStatus.OPEN,
      };
    });
  }
}

/** As assigned, else as the family prefers. */
function methodOf(place: Place): DeliveryMethod {
  return place.row.deliveryMethod ?? place.household.preferredMethod;
}

function areaOf(place: Place): string {
  return (place.row.area ?? place.household.area).normalize('NFKC').trim();
}

function normalisedPostalCode(code: string): string {
  const digits = code.replace(/-/g, '');
  return `${digits.slice(0, 3)}-${digits.slice(3)}`;
}

function packingList(round: FoodRound, places: Place[]): PackingListModel {
  const items = plannedItemsOf(round.plannedItems);
  const bandCounts = new Map(AGE_BANDS.map((band) => [band, 0]));
  const warned = new Map<string, Set<string>>();
  let children = 0;
  let withAllergies = 0;
  const rows = places.map(({ row, household }) => {
    const ages = household.childrenBirthMonths
      .map((month) => ageOn(month, round.startsOn))
      .filter((age): age is number => age !== null)
      .sort((a, b) => a - b);
    for (const age of ages) bandCounts.set(ageBand(age), (bandCounts.get(ageBand(age)) ?? 0) + 1);
    children += household.childrenBirthMonths.length;
    if (allergyWords(household.allergies).length > 0) withAllergies++;
    const warnings = allergenWarnings(household.allergies, items);
    for (const w of warnings) {
      const set = warned.get(w.itemName) ?? new Set<string>();
      set.add(household.id);
      warned.set(w.itemName, set);
    }
    return {
      placeId: row.id,
      householdId: household.id,
      name: household.name,
      area: row.area ?? household.area,
      children: household.childrenBirthMonths.length,
      childrenAges: ages,
      ageBands: [...new Set(ages.map(ageBand))],
      allergies: household.allergies ?? null,
      warnings,
      method: row.deliveryMethod ?? household.preferredMethod,
    };
  });
  return {
    households: places.length,
    children,
    ageBands: AGE_BANDS.map((band) => ({ band, children: bandCounts.get(band) ?? 0 })),
    householdsWithAllergies: withAllergies,
    items: items.map((item) => ({
      name: item.name,
      quantity: item.quantity,
      allergens: [...(item.allergens ?? [])],
      perHousehold: places.length > 0 ? Math.round((item.quantity / places.length) * 10) / 10 : null,
      warnedHouseholds: warned.get(item.name)?.size ?? 0,
    })),
    rows,
  };
}

function areas(places: Place[]): RoundAreaModel[] {
  const byArea = new Map<string, RoundAreaModel>();
  for (const place of places) {
    const area = areaOf(place);
    const entry = byArea.get(area) ?? { area, households: 0, hand: 0, courier: 0, unassigned: 0 };
    entry.households++;
    if (place.row.deliveryMethod === DeliveryMethod.HAND) entry.hand++;
    else if (place.row.deliveryMethod === DeliveryMethod.COURIER) entry.courier++;
    else entry.unassigned++;
    byArea.set(area, entry);
  }
  return [...byArea.values()];
}
