/**
 * The closed loop of a referral. Every change of status goes through `assertTransition`, so no
 * referral reaches COMPLETED from DRAFT, and each change is recorded in the timeline.
 */
export enum ReferralStatus {
  DRAFT = 'draft',
  SENT = 'sent',
  ACCEPTED = 'accepted',
  DECLINED = 'declined',
  RECALLED = 'recalled',
  IN_PROGRESS = 'in_progress',
  COMPLETED = 'completed',
  CLOSED = 'closed',
}

export enum ReferralOutcome {
  GOT_HELP = 'got_help',
  PARTIALLY_HELPED = 'partially_helped',
  NOT_HELPED = 'not_helped',
}

export enum ReferralCloseReason {
  COULD_NOT_CONTACT = 'could_not_contact',
  NOT_ELIGIBLE = 'not_eligible',
  NO_CAPACITY = 'no_capacity',
  FAMILY_WITHDREW = 'family_withdrew',
  CONSENT_WITHDRAWN = 'consent_withdrawn',
}

/** Who moved a referral: the referring side (counsellors), the partner, or the system (consent withdrawal). */
export enum ReferralSide {
  REFERRER = 'referrer',
  PARTNER = 'partner',
  SYSTEM = 'system',
}

const NEXT: Record<ReferralStatus, readonly ReferralStatus[]> = {
  // A draft is recalled only when the consent it was made under is withdrawn.
  [ReferralStatus.DRAFT]: [ReferralStatus.SENT, ReferralStatus.RECALLED],
  [ReferralStatus.SENT]: [ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.RECALLED],
  [ReferralStatus.ACCEPTED]: [ReferralStatus.IN_PROGRESS, ReferralStatus.CLOSED],
  [ReferralStatus.IN_PROGRESS]: [ReferralStatus.COMPLETED, ReferralStatus.CLOSED],
  [ReferralStatus.DECLINED]: [],
  [ReferralStatus.RECALLED]: [],
  [ReferralStatus.COMPLETED]: [],
  [ReferralStatus.CLOSED]: [],
};

/** The statuses a referral in `from` may move to. */
export function nextStatuses(from: ReferralStatus): readonly ReferralStatus[] {
  return NEXT[from];
}

export class IllegalTransitionError extends Error {
  constructor(
    readonly from: ReferralStatus,
    readonly to: ReferralStatus,
  ) {
    super(`A ${from} referral cannot become ${to}`);
    this.name = 'IllegalTransitionError';
  }
}

export function assertTransition(from: ReferralStatus, to: ReferralStatus): void {
  if (!NEXT[from].includes(to)) throw new IllegalTransitionError(from, to);
}

/** Not yet accepted: withdrawing consent recalls these; accepted ones are closed. */
export function isBeforeAcceptance(status: ReferralStatus): boolean {
  return status === ReferralStatus.DRAFT || status === ReferralStatus.SENT;
}

export function isOpenAfterAcceptance(status: ReferralStatus): boolean {
  return status === ReferralStatus.ACCEPTED || status === ReferralStatus.IN_PROGRESS;
}
