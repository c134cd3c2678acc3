import { BadUserInputError, ConflictError, NotFoundError } from '@tsunagu/platform/errors';
import { HouseholdStatus, RoundStatus } from './food-delivery.entities';

const S = HouseholdStatus;

/**
 * Which status may follow which. APPLIED is decided (ELIGIBLE or INELIGIBLE); an ELIGIBLE household
 * is approved into ENROLLED (a place in the next round) or WAITLISTED (none free); a WAITLISTED one
 * is promoted to ENROLLED when a place frees; an ENROLLED one goes back to WAITLISTED when a new
 * round has fewer places than enrolled households. Any open household may be WITHDRAWN. INELIGIBLE
 * and WITHDRAWN are final: the family applies again as a new household.
 */
export const HOUSEHOLD_TRANSITIONS: Readonly<Record<HouseholdStatus, readonly HouseholdStatus[]>> = {
  [S.APPLIED]: [S.ELIGIBLE, S.INELIGIBLE, S.WITHDRAWN],
  [S.ELIGIBLE]: [S.ENROLLED, S.WAITLISTED, S.INELIGIBLE, S.WITHDRAWN],
  [S.WAITLISTED]: [S.ENROLLED, S.WITHDRAWN],
  [S.ENROLLED]: [S.WAITLISTED, S.WITHDRAWN],
  [S.INELIGIBLE]: [],
  [S.WITHDRAWN]: [],
};

/** Statuses of a household still in the programme (one per family and programme). */
export const OPEN_STATUSES: readonly HouseholdStatus[] = [S.APPLIED, S.ELIGIBLE, S.ENROLLED, S.WAITLISTED];

export function canMove(from: HouseholdStatus, to: HouseholdStatus): boolean {
  return HOUSEHOLD_TRANSITIONS[from].includes(to);
}

/** CONFLICT `HOUSEHOLD_TRANSITION_INVALID` unless `from` may become `to` (and, when given, is one of `only`). */
export function assertTransition(from: HouseholdStatus, to: HouseholdStatus, only?: readonly HouseholdStatus[]): void {
  if (!canMove(from, to) || (only && !only.includes(from))) {
    throw new ConflictError(
      'HOUSEHOLD_TRANSITION_INVALID',
      `A household that is ${from.toUpperCase()} cannot become ${to.toUpperCase()}`,
      [{ field: 'householdId', messages: [`the household is ${from.toUpperCase()}`] }],
    );
  }
}

const R = RoundStatus;

/**
 * Which status a round may move to. PLANNED → PACKING freezes the list (places are taken and given
 * up only while PLANNED); PACKING → PLANNED goes back to change it; PACKING → DELIVERING, then
 * COMPLETED once every household has an outcome. A round not yet out for delivery may be
 * CANCELLED, its places released. COMPLETED and CANCELLED are final.
 */
export const ROUND_TRANSITIONS: Readonly<Record<RoundStatus, readonly RoundStatus[]>> = {
  [R.PLANNED]: [R.PACKING, R.CANCELLED],
  [R.PACKING]: [R.DELIVERING, R.PLANNED, R.CANCELLED],
  [R.DELIVERING]: [R.COMPLETED],
  [R.COMPLETED]: [],
  [R.CANCELLED]: [],
};

/** CONFLICT `FOOD_ROUND_TRANSITION_INVALID` unless a round that is `from` may become `to`. */
export function assertRoundTransition(from: RoundStatus, to: RoundStatus): void {
  if (!ROUND_TRANSITIONS[from].includes(to)) {
    throw new ConflictError(
      'FOOD_ROUND_TRANSITION_INVALID',
      `A round that is ${from.toUpperCase()} cannot become ${to.toUpperCase()}`,
      [{ field: 'status', messages: [`the round is ${from.toUpperCase()}`] }],
    );
  }
}

export const householdNotFound = (): NotFoundError =>
  new NotFoundError('FOOD_HOUSEHOLD_NOT_FOUND', 'No such household');

export const roundNotFound = (): NotFoundError => new NotFoundError('FOOD_ROUND_NOT_FOUND', 'No such round');

export const programmeNotFoodDelivery = (): BadUserInputError =>
  new BadUserInputError(
    [{ field: 'programmeId', messages: ['not a food-delivery programme of this tenant'] }],
    'PROGRAMME_NOT_FOOD_DELIVERY',
    'Not a food-delivery programme',
  );

/** The application link's token does not open the page: unknown, expired or already used. */
export function applicationTokenRefused(reason: 'unknown' | 'expired' | 'used'): BadUserInputError {
  const codes = {
    unknown: 'APPLICATION_TOKEN_INVALID',
    expired: 'APPLICATION_TOKEN_EXPIRED',
    used: 'APPLICATION_TOKEN_USED',
  };
  const messages = {
    unknown: 'this link is not valid',
    expired: 'this link has expired: ask for a new one on LINE',
    used: 'this link has been used already: an application was sent with it',
  };
  return new BadUserInputError([{ field: 'token', messages: [messages[reason]] }], codes[reason], messages[reason]);
}
