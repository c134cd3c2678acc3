/**
 * A broadcast's life. The programme office composes (DRAFT) and submits it (AWAITING_APPROVAL); an
 * approver sends it back to DRAFT with a reason, or approves it: APPROVED when it goes now,
 * SCHEDULED when it waits for its time. SENDING once its audience is frozen, then SENT, or
 * PARTIALLY_FAILED when LINE refused some batches. Anything before SENDING may be CANCELLED.
 */
export enum BroadcastStatus {
  DRAFT = 'draft',
  AWAITING_APPROVAL = 'awaiting_approval',
  APPROVED = 'approved',
  SCHEDULED = 'scheduled',
  SENDING = 'sending',
  SENT = 'sent',
  PARTIALLY_FAILED = 'partially_failed',
  CANCELLED = 'cancelled',
}

/** Who a broadcast goes to. */
export enum BroadcastAudienceKind {
  /** Every ACTIVE registrant of the channel. */
  EVERYONE = 'everyone',
  /** The registrants a segment (stored as JSON, read by the audience library) matches. */
  SEGMENT = 'segment',
  /** Staff's own linked LINE accounts, to see the broadcast on a phone before it is approved. */
  TEST = 'test',
}

const NEXT: Record<BroadcastStatus, readonly BroadcastStatus[]> = {
  [BroadcastStatus.DRAFT]: [BroadcastStatus.AWAITING_APPROVAL, BroadcastStatus.CANCELLED],
  [BroadcastStatus.AWAITING_APPROVAL]: [
    BroadcastStatus.DRAFT,
    BroadcastStatus.APPROVED,
    BroadcastStatus.SCHEDULED,
    BroadcastStatus.CANCELLED,
  ],
  [BroadcastStatus.APPROVED]: [BroadcastStatus.SENDING, BroadcastStatus.CANCELLED],
  [BroadcastStatus.SCHEDULED]: [BroadcastStatus.SENDING, BroadcastStatus.CANCELLED],
  [BroadcastStatus.SENDING]: [BroadcastStatus.SENT, BroadcastStatus.PARTIALLY_FAILED],
  [BroadcastStatus.SENT]: [],
  [BroadcastStatus.PARTIALLY_FAILED]: [],
  [BroadcastStatus.CANCELLED]: [],
};

export function nextBroadcastStatuses(status: BroadcastStatus): readonly BroadcastStatus[] {
  return NEXT[status];
}

export function canMove(from: BroadcastStatus, to: BroadcastStatus): boolean {
  return NEXT[from].includes(to);
}

/** Statuses whose broadcast has been handed to delivery or finished: their figures are final or filling in. */
export const DELIVERY_STATUSES: readonly BroadcastStatus[] = [
  BroadcastStatus.SENDING,
  BroadcastStatus.SENT,
  BroadcastStatus.PARTIALLY_FAILED,
];

/** LINE takes at most 5 message objects per request, and 500 user ids per multicast. */
export const MAX_BROADCAST_MESSAGES = 5;
export const MULTICAST_BATCH_SIZE = 500;
