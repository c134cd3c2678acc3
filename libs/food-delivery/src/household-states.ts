import { BadUserInputError, ConflictError, NotFoundError } from '@tsunagu/platform/errors';
import { HouseholdStatus } from './food-delivery.entities';

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
