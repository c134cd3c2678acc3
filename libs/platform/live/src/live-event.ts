/**
 * What changed, as the publishers say it: a kind and the ids of the rows, never their content. A
 * subscriber re-reads the rows in its own tenant transaction, with its own permissions.
 */
export enum LiveEventKind {
  /** A family's message: [conversationId, messageId]. */
  MessageReceived = 'message.received',
  /** A message to the family (a counsellor's reply or an automatic one) was queued: [conversationId, messageId]. */
  MessageSent = 'message.sent',
  /** What became of a message to the family changed: [conversationId, messageId]. */
  DeliveryUpdated = 'message.delivery',
  /** A family's first conversation: [conversationId]. */
  ConversationOpened = 'conversation.opened',
  /** A resolved conversation opened again by the family's message: [conversationId]. */
  ConversationReopened = 'conversation.reopened',
  /** Status, priority, assignee or categories changed: [conversationId]. */
  ConversationUpdated = 'conversation.updated',
  /** An in-app notice for one user: [notificationId, userId]. */
  NotificationCreated = 'notification.created',
  /** A referral's status or timeline changed: [referralId]. */
  ReferralUpdated = 'referral.updated',
  /** A broadcast's status or figures changed: [broadcastId]. */
  BroadcastUpdated = 'broadcast.updated',
}

const KINDS = new Set<string>(Object.values(LiveEventKind));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface LiveEvent {
  kind: LiveEventKind;
  ids: string[];
}

/** The events one committed transaction of one tenant published. */
export interface LiveMessage {
  tenantId: string;
  /** When it was published (ms since the epoch): the subscriber's cursor. */
  at: number;
  events: LiveEvent[];
}

/** NOTIFY payloads must stay under 8,000 bytes: messages are split below that. */
export const MAX_PAYLOAD_BYTES = 7_000;

/**
 * The wire form, compact: `{"t":tenantId,"a":at,"e":[[kind,id,...],...]}`, split into as many
 * payloads as the size limit needs.
 */
export function encodeLiveMessage(message: LiveMessage): string[] {
  const head = `{"t":${JSON.stringify(message.tenantId)},"a":${message.at},"e":[`;
  const payloads: string[] = [];
  let body: string[] = [];
  let size = head.length + 2;
  for (const event of message.events) {
    const item = JSON.stringify([event.kind, ...event.ids]);
    if (body.length > 0 && size + item.length + 1 > MAX_PAYLOAD_BYTES) {
      payloads.push(`${head}${body.join(',')}]}`);
      body = [];
      size = head.length + 2;
    }
    body.push(item);
    size += item.length + 1;
  }
  if (body.length > 0) payloads.push(`${head}${body.join(',')}]}`);
  return payloads;
}

/**
 * A payload read from the channel, checked: a tenant id, a time, known kinds and ids that are UUIDs.
 * Anything else (another program notifying on the channel) is dropped: undefined.
 */
export function decodeLiveMessage(payload: string): LiveMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const { t, a, e } = value as { t?: unknown; a?: unknown; e?: unknown };
  if (typeof t !== 'string' || !UUID.test(t) || typeof a !== 'number' || !Number.isFinite(a) || !Array.isArray(e)) {
    return undefined;
  }
  const events: LiveEvent[] = [];
  for (const item of e) {
    if (!Array.isArray(item) || item.length < 2) return undefined;
    const [kind, ...ids] = item as unknown[];
    if (typeof kind !== 'string' || !KINDS.has(kind)) return undefined;
    if (!ids.every((id): id is string => typeof id === 'string' && UUID.test(id))) return undefined;
    events.push({ kind: kind as LiveEventKind, ids });
  }
  return { tenantId: t, at: a, events };
}
