import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Tenant } from '@tsunagu/platform/database';
import { todayIn } from '@tsunagu/platform/calendar';
import { AutomaticReply, OutboundService } from '@tsunagu/conversations';
import { Programme } from '@tsunagu/programmes';
import { FoodHousehold, FoodRound, FoodRoundHousehold, HouseholdStatus, RoundStatus } from './food-delivery.entities';
import { FOOD_NOTICES, type RoundWhen } from './notices';

/** What a placement did to one household, for the audit trail. */
export interface Moved {
  householdId: string;
  status: HouseholdStatus;
  roundId: string | null;
}

/**
 * Places in rounds, and the waitlist. The capacity holds under concurrency by one rule: a round's
 * places are counted and taken only while its row is locked (`FOR UPDATE`). Locks are taken in one
 * order, a household before a round; with a round locked, waitlisted households are taken with
 * `SKIP LOCKED` (one being withdrawn or decided at that moment is passed over, never waited for),
 * so two staff approving, withdrawing and raising capacities at once neither overbook nor deadlock.
 */
@Injectable()
export class Placement {
  constructor(private readonly outbound: OutboundService) {}

  /**
   * The round a newly approved household joins: the earliest PLANNED one not over yet, locked
   * (unless `lock` is false: a look before taking locks in order), other than `except`.
   */
  async nextRound(
    em: EntityManager,
    tenantId: string,
    programmeId: string,
    { except, lock = true }: { except?: string; lock?: boolean } = {},
  ): Promise<FoodRound | null> {
    const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
    const today = todayIn(tenant.timezone);
    return em.findOne(
      FoodRound,
      {
        tenant: tenantId,
        programme: programmeId,
        status: RoundStatus.PLANNED,
        endsOn: { $gte: today },
        ...(except ? { id: { $ne: except } } : {}),
      },
      {
        orderBy: { startsOn: 'asc', createdAt: 'asc', id: 'asc' },
        ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}),
        refresh: true,
      },
    );
  }

  /** Places taken in a (locked) round. */
  async filled(em: EntityManager, roundId: string): Promise<number> {
    await em.flush();
    return em.count(FoodRoundHousehold, { round: roundId });
  }

  /**
   * Approves an ELIGIBLE household (locked by the caller): a place in the next round when one is
   * free (ENROLLED), the waitlist when none is (WAITLISTED); ENROLLED without a place when the
   * programme has no round planned (the next round created takes it in).
   */
  async approve(em: EntityManager, tenantId: string, household: FoodHousehold, by: string | null): Promise<Moved> {
    const round = await this.nextRound(em, tenantId, household.programme.id);
    const now = new Date();
    if (round && (await this.filled(em, round.id)) >= round.capacity) {
      this.setStatus(household, HouseholdStatus.WAITLISTED, by, now);
      await this.tell(em, tenantId, household, 'waitlisted', null);
      return { householdId: household.id, status: HouseholdStatus.WAITLISTED, roundId: null };
    }
    this.setStatus(household, HouseholdStatus.ENROLLED, by, now);
    household.enrolledAt = now;
    if (round) this.place(em, tenantId, round, household);
    await this.tell(em, tenantId, household, 'enrolled', round);
    return { householdId: household.id, status: HouseholdStatus.ENROLLED, roundId: round?.id ?? null };
  }

  /**
   * Fills the free places of a (locked) PLANNED round: first ENROLLED households of the programme
   * without a place in it (in order of enrolment), then WAITLISTED ones (in order of application),
   * who become ENROLLED and are told so.
   */
  async fill(em: EntityManager, tenantId: string, round: FoodRound, by: string | null): Promise<Moved[]> {
    if (round.status !== RoundStatus.PLANNED) return [];
    let free = round.capacity - (await this.filled(em, round.id));
    const moved: Moved[] = [];
    if (free <= 0) return moved;
    const placed = (await em.find(FoodRoundHousehold, { round: round.id }, { fields: ['household'] })).map(
      (p) => p.household.id,
    );
    const notIn = placed.length > 0 ? { id: { $nin: placed } } : {};
    const enrolled = await em.find(
      FoodHousehold,
      { tenant: tenantId, programme: round.programme.id, status: HouseholdStatus.ENROLLED, ...notIn },
      {
        orderBy: { enrolledAt: 'asc', id: 'asc' },
        limit: free,
        lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
        refresh: true,
      },
    );
    for (const household of enrolled) {
      this.place(em, tenantId, round, household);
      moved.push({ householdId: household.id, status: HouseholdStatus.ENROLLED, roundId: round.id });
      free -= 1;
    }
    if (free <= 0) return moved;
    const waiting = await em.find(
      FoodHousehold,
      { tenant: tenantId, programme: round.programme.id, status: HouseholdStatus.WAITLISTED },
      {
        orderBy: { appliedAt: 'asc', id: 'asc' },
        limit: free,
        lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
        refresh: true,
      },
    );
    const now = new Date();
    for (const household of waiting) {
      this.setStatus(household, HouseholdStatus.ENROLLED, by, now);
      household.enrolledAt = now;
      this.place(em, tenantId, round, household);
      await this.tell(em, tenantId, household, 'promoted', round);
      moved.push({ householdId: household.id, status: HouseholdStatus.ENROLLED, roundId: round.id });
    }
    await em.flush();
    return moved;
  }

  /**
   * Gives up a (locked) household's places in PLANNED rounds, locking those rounds, and fills each
   * again from the waitlist. Answers who was promoted.
   */
  async release(em: EntityManager, tenantId: string, household: FoodHousehold, by: string | null): Promise<Moved[]> {
    const places = await em.find(
      FoodRoundHousehold,
      { household: household.id, round: { status: RoundStatus.PLANNED } },
      { orderBy: { round: { id: 'asc' } } },
    );
    const moved: Moved[] = [];
    for (const place of places) {
      const round = await em.findOneOrFail(
        FoodRound,
        { id: place.round.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      em.remove(place);
      await em.flush();
      moved.push(...(await this.fill(em, tenantId, round, by)));
    }
    return moved;
  }

  setStatus(household: FoodHousehold, status: HouseholdStatus, by: string | null, at = new Date()): void {
    household.status = status;
    household.statusChangedAt = at;
    household.statusChangedById = by;
  }

  /** Tells the family (if the household has one) by LINE, in this transaction: sent once by the job. */
  async tell(
    em: EntityManager,
    tenantId: string,
    household: FoodHousehold,
    step: 'applied' | 'eligible' | 'ineligible' | 'enrolled' | 'waitlisted' | 'promoted',
    round: RoundWhen | null,
  ): Promise<void> {
    if (!household.registrant) return;
    const programme = await em.findOneOrFail(Programme, { id: household.programme.id });
    const name = programme.name;
    const text =
      step === 'enrolled'
        ? FOOD_NOTICES.enrolled(name, round)
        : step === 'promoted'
          ? FOOD_NOTICES.promoted(name, round as RoundWhen)
          : FOOD_NOTICES[step](name);
    await this.outbound.notifyFamily(em, tenantId, household.registrant.id, text, AutomaticReply.FOOD_DELIVERY);
  }

  private place(em: EntityManager, tenantId: string, round: FoodRound, household: FoodHousehold): void {
    em.create(FoodRoundHousehold, {
      tenant: em.getReference(Tenant, tenantId),
      round,
      household,
      area: household.area,
      deliveryMethod: household.preferredMethod,
    });
  }
}
