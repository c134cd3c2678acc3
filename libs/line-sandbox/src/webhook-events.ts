import { createHmac, randomBytes, randomInt } from 'node:crypto';

/** One webhook event object (see ../shared/specs/line/webhook.yml). */
export type WebhookEvent = Record<string, unknown> & { type: string; webhookEventId: string };

/** Webhook bodies as LINE sends them (valid against ../shared/specs/line/webhook.yml). */
export interface WebhookBody {
  destination: string;
  events: Record<string, unknown>[];
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

/** A LINE user id: `U` and 32 hexadecimal digits. */
export function randomLineUserId(): string {
  return `U${hex(16)}`;
}

/** A webhook event id as LINE makes them (a ULID: 26 characters of Crockford's base32). */
export function randomWebhookEventId(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  return Array.from({ length: 26 }, () => alphabet[randomInt(alphabet.length)]).join('');
}

function base(type: string, userId: string): WebhookEvent {
  return {
    type,
    mode: 'active',
    timestamp: Date.now(),
    source: { type: 'user', userId },
    webhookEventId: randomWebhookEventId(),
    deliveryContext: { isRedelivery: false },
  };
}

export function followEvent(userId: string): WebhookEvent {
  return { ...base('follow', userId), replyToken: hex(16), follow: { isUnblocked: false } };
}

export function unfollowEvent(userId: string): WebhookEvent {
  return base('unfollow', userId);
}

export function textMessageEvent(userId: string, text: string): WebhookEvent {
  return {
    ...base('message', userId),
    replyToken: hex(16),
    message: { id: String(randomInt(1e12, 1e13)), type: 'text', quoteToken: hex(16), text },
  };
}

/**
 * A button the user tapped: a postback action (a quick reply, a rich menu button) with its `data`,
 * and for a datetime picker the picked value in `params` (`{ date: '2024-12-15' }`).
 */
export function postbackEvent(userId: string, data: string, params?: Record<string, string>): WebhookEvent {
  return {
    ...base('postback', userId),
    replyToken: hex(16),
    postback: params ? { data, params } : { data },
  };
}

/** The same event delivered again, as LINE does when it did not get a 200 in time. */
export function redelivery(event: WebhookEvent): WebhookEvent {
  return { ...event, deliveryContext: { isRedelivery: true } };
}

export function webhookBody(events: Record<string, unknown>[], destination = `U${'0'.repeat(32)}`): WebhookBody {
  return { destination, events };
}

/** `X-Line-Signature`: base64 HMAC-SHA256 of the exact body with the channel secret. */
export function signature(channelSecret: string, rawBody: string): string {
  return createHmac('sha256', channelSecret).update(rawBody).digest('base64');
}
