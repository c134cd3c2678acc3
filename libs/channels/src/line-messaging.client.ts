import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { Keyring } from '@tsunagu/platform/crypto';
import type { FieldError } from '@tsunagu/platform/errors';
import { channelSecretContext, LineChannel } from './line-channel.entity';

/** A quick reply button (see ../shared/specs/line/messaging-api.yml, QuickReplyItem). */
export interface QuickReplyItem {
  type: 'action';
  action:
    | { type: 'postback'; label: string; data: string; displayText?: string }
    | {
        type: 'datetimepicker';
        label: string;
        data: string;
        mode: 'date';
        initial?: string;
        max?: string;
        min?: string;
      };
}

export interface TextMessage {
  type: 'text';
  text: string;
  /** Buttons under the message until the family taps one (at most 13). */
  quickReply?: { items: QuickReplyItem[] };
}

export type ReplyOutcome =
  | { kind: 'sent'; lineMessageId: string | null }
  /** LINE certainly refused (an expired token): the message may go by push instead. */
  | { kind: 'rejected'; status: number }
  /** No answer, or a 5xx: it may have been delivered; a reply has no retry key, so it is not sent again. */
  | { kind: 'unknown'; reason: string };

export type PushOutcome =
  | { kind: 'sent'; lineMessageId: string | null }
  /** 409: LINE accepted this retry key before; the message was delivered then. */
  | { kind: 'already-accepted' }
  | { kind: 'rejected'; status: number }
  /** 429, 5xx or no answer: try again later with the same retry key. */
  | { kind: 'retry'; reason: string };

export type ProfileOutcome =
  | { kind: 'found'; displayName: string | null }
  /** 404: not (or no longer) a friend of the account. */
  | { kind: 'gone' }
  /** 429, 5xx or no answer: try again later. */
  | { kind: 'retry'; reason: string };

export type ContentOutcome =
  | { kind: 'content'; contentType: string | null; body: Buffer }
  /** Larger than the limit: reading stopped there, nothing kept. */
  | { kind: 'too-large' }
  /** 404 or 410: LINE keeps content only for a while, and this content is gone. */
  | { kind: 'expired' }
  | { kind: 'rejected'; status: number }
  /** 429, 5xx or no answer: try again later. */
  | { kind: 'retry'; reason: string };

export type BotInfoOutcome =
  | { kind: 'ok'; displayName: string; basicId: string | null }
  /** 401: LINE does not know this access token (mistyped, reissued or revoked). */
  | { kind: 'unauthorized' }
  /** 403: the token is valid but may not read the bot's information. */
  | { kind: 'forbidden' }
  /** Any other answer of LINE (429, 5xx, ...). */
  | { kind: 'line-error'; status: number }
  /** No answer at all: LINE's host (or the configured base URL) could not be reached in time. */
  | { kind: 'unreachable'; reason: string };

/**
 * The message objects a broadcast may hold (LINE's `type`-keyed message objects, the subset tsunagu
 * sends). `lineMessageProblems` checks them against LINE's documented limits.
 */
export type LineMessage = LineTextMessage | LineImageMessage | LineLinkMessage;

/**
 * A text, optionally with LINE emojis: each emoji replaces the `$` at `index` of `text` (counted in
 * UTF-16 code units, as JavaScript indexes strings); a `$` no emoji names stays a plain `$`.
 */
export interface LineTextMessage {
  type: 'text';
  text: string;
  emojis?: LineEmoji[];
}

export interface LineEmoji {
  index: number;
  productId: string;
  emojiId: string;
}

/** An image: both URLs HTTPS (JPEG or PNG on LINE's side), the preview shown in the chat. */
export interface LineImageMessage {
  type: 'image';
  originalContentUrl: string;
  previewImageUrl: string;
}

/**
 * A link with a title. Of LINE's message objects, the buttons template is the one a family sees as a
 * titled link: a card with a bold title, a line of text and one button that opens the URL. A text
 * message with a URL shows the bare URL (its preview title is whatever the page says, not ours); a
 * flex message could look the same but is a layout language of its own, with far more ways to be
 * refused. `altText` is what notifications, the chat list and clients that cannot draw templates show,
 * so it should carry the title and the URL's purpose.
 */
export interface LineLinkMessage {
  type: 'template';
  altText: string;
  template: {
    type: 'buttons';
    title: string;
    text: string;
    actions: [{ type: 'uri'; label: string; uri: string }];
  };
}

/** LINE's documented limits for the messages of one request and the objects above. */
export const LINE_MESSAGE_LIMITS = {
  messagesPerRequest: 5,
  textLength: 5000,
  emojisPerText: 20,
  imageUrlLength: 2000,
  altTextLength: 400,
  buttonsTitleLength: 40,
  /** With a title (ours always has one) the buttons template's text is at most 60 characters. */
  buttonsTextLength: 60,
  actionLabelLength: 20,
  uriLength: 1000,
} as const;

/** LINE's documented rate limit of the multicast endpoint: requests per second, per channel. */
export const LINE_MULTICAST_REQUESTS_PER_SECOND = 200;
/** At most this many user IDs in one multicast. */
export const LINE_MULTICAST_MAX_RECIPIENTS = 500;

/**
 * What is wrong with `messages` for LINE, field by field (`messages[1].originalContentUrl`), empty when
 * LINE would accept them: so that bad input is refused before anything is queued. Takes unknown input
 * (a stored or submitted draft), not only typed messages.
 */
export function lineMessageProblems(messages: unknown): FieldError[] {
  const problems = new Map<string, string[]>();
  const add = (field: string, message: string) => problems.set(field, [...(problems.get(field) ?? []), message]);
  if (!Array.isArray(messages) || messages.length < 1 || messages.length > LINE_MESSAGE_LIMITS.messagesPerRequest) {
    add('messages', `must be 1 to ${LINE_MESSAGE_LIMITS.messagesPerRequest} messages`);
    if (!Array.isArray(messages)) return fieldErrors(problems);
  }
  messages.forEach((message: unknown, i) => {
    const at = `messages[${i}]`;
    const m = (message ?? {}) as Record<string, unknown>;
    const text = (field: string, value: unknown, max: number) => {
      if (typeof value !== 'string' || value.trim().length === 0) add(field, 'must not be empty');
      else if (value.length > max) add(field, `must be at most ${max} characters`);
    };
    const url = (field: string, value: unknown, max: number) => {
      if (typeof value !== 'string' || !isHttpsUrl(value)) add(field, 'must be an https:// URL');
      else if (value.length > max) add(field, `must be at most ${max} characters`);
    };
    switch (m['type']) {
      case 'text': {
        text(`${at}.text`, m['text'], LINE_MESSAGE_LIMITS.textLength);
        if (m['emojis'] === undefined) break;
        const emojis = m['emojis'];
        if (!Array.isArray(emojis) || emojis.length > LINE_MESSAGE_LIMITS.emojisPerText) {
          add(`${at}.emojis`, `must be at most ${LINE_MESSAGE_LIMITS.emojisPerText} LINE emojis`);
          break;
        }
        const body = typeof m['text'] === 'string' ? m['text'] : '';
        const used = new Set<number>();
        emojis.forEach((emoji: unknown, j) => {
          const e = (emoji ?? {}) as Record<string, unknown>;
          const index = e['index'];
          if (typeof index !== 'number' || !Number.isInteger(index) || body[index] !== '$') {
            add(`${at}.emojis[${j}].index`, 'must be the position of a $ in the text');
          } else if (used.has(index)) {
            add(`${at}.emojis[${j}].index`, 'names a $ another emoji already replaces');
          } else used.add(index);
          for (const key of ['productId', 'emojiId']) {
            if (typeof e[key] !== 'string' || (e[key] as string).length === 0) {
              add(`${at}.emojis[${j}].${key}`, 'must not be empty');
            }
          }
        });
        break;
      }
      case 'image':
        url(`${at}.originalContentUrl`, m['originalContentUrl'], LINE_MESSAGE_LIMITS.imageUrlLength);
        url(`${at}.previewImageUrl`, m['previewImageUrl'], LINE_MESSAGE_LIMITS.imageUrlLength);
        break;
      case 'template': {
        text(`${at}.altText`, m['altText'], LINE_MESSAGE_LIMITS.altTextLength);
        const template = (m['template'] ?? {}) as Record<string, unknown>;
        if (template['type'] !== 'buttons') {
          add(`${at}.template.type`, 'must be buttons');
          break;
        }
        text(`${at}.template.title`, template['title'], LINE_MESSAGE_LIMITS.buttonsTitleLength);
        text(`${at}.template.text`, template['text'], LINE_MESSAGE_LIMITS.buttonsTextLength);
        const actions = template['actions'];
        const action = (Array.isArray(actions) && actions.length === 1 ? actions[0] : null) as Record<
          string,
          unknown
        > | null;
        if (!action || action['type'] !== 'uri') {
          add(`${at}.template.actions`, 'must be one link (uri action)');
          break;
        }
        text(`${at}.template.actions[0].label`, action['label'], LINE_MESSAGE_LIMITS.actionLabelLength);
        url(`${at}.template.actions[0].uri`, action['uri'], LINE_MESSAGE_LIMITS.uriLength);
        break;
      }
      default:
        add(`${at}.type`, 'must be text, image or template');
    }
  });
  return fieldErrors(problems);
}

function fieldErrors(problems: Map<string, string[]>): FieldError[] {
  return [...problems].map(([field, messages]) => ({ field, messages }));
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export type MulticastOutcome =
  /** 200: LINE accepted the request (delivery to each recipient follows on LINE's side). */
  | { kind: 'sent'; requestId: string | null }
  /** 409: LINE accepted this retry key before (within 24 hours): the batch counts as sent. */
  | { kind: 'already-accepted'; acceptedRequestId: string | null }
  /** 429: over the channel's rate (or monthly quota); `retryAfterMs` when LINE said how long to wait. */
  | { kind: 'rate-limited'; retryAfterMs: number | null }
  /** 5xx or no answer in time: it may or may not have been accepted; retry with the SAME retry key. */
  | { kind: 'temporary-failure'; reason: string }
  /** 400, 401, 403 (any other 4xx): LINE refuses this request as it is; sending it again cannot help. */
  | { kind: 'refused'; status: number; message: string; details: { property?: string; message?: string }[] };

export interface MulticastOptions {
  /** True: the families get no push notification for these messages. */
  notificationDisabled?: boolean;
  /** At most one name (`^[a-zA-Z0-9_]{1,30}$`) under which LINE counts opens and clicks. */
  customAggregationUnits?: string[];
}

export type MessageQuota = { type: 'none' } | { type: 'limited'; value: number };

/**
 * LINE's statistics of one aggregation unit ("Get statistics per unit"), the part tsunagu keeps. Every
 * figure is null when fewer than 20 people are behind it (LINE's privacy rule), and when LINE has none.
 */
export interface UnitStatistics {
  /** People who opened the messages (saw at least one bubble), and who tapped any link. */
  uniqueImpression: number | null;
  uniqueClick: number | null;
  /** Per link of a bubble (`seq` from 1): taps, and the people who tapped it. */
  clicks: { seq: number; url: string; click: number | null; uniqueClick: number | null }[];
}

export type UnitStatisticsOutcome =
  | { kind: 'statistics'; statistics: UnitStatistics }
  /** 403: the channel's plan gives no statistics. */
  | { kind: 'not-available' }
  /** 429, 5xx or no answer: try again later. */
  | { kind: 'retry'; reason: string; retryAfterMs: number | null }
  /** Any other answer (400, 401): asking again as it is cannot help. */
  | { kind: 'refused'; status: number };

/** LINE's documented rate of "Get statistics per unit": requests per hour, per channel. */
export const LINE_STATISTICS_REQUESTS_PER_HOUR = 60;
/** LINE updates a message's statistics for this long after it was sent, and never after. */
export const LINE_STATISTICS_UPDATE_MS = 14 * 24 * 60 * 60 * 1000;

/** An instant's date in Japan, as LINE's statistics take it (`yyyyMMdd`, UTC+9 all year). */
export function lineStatisticsDate(at: Date): string {
  return new Date(at.getTime() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10).replaceAll('-', '');
}

/** An answer of LINE other than the one expected, or none (`status` null): for the reads that throw. */
export class LineApiError extends Error {
  constructor(
    readonly operation: string,
    readonly status: number | null,
    reason: string,
  ) {
    super(`LINE ${operation}: ${reason}`);
    this.name = 'LineApiError';
  }
}

export const LINE_API_BASE_URL = 'https://api.line.me';
export const LINE_DATA_API_BASE_URL = 'https://api-data.line.me';

/**
 * The Messaging API calls tsunagu makes, against `LINE_API_BASE_URL` (LINE's host, or the sandbox).
 * Each call is bounded by LINE_API_TIMEOUT_MS and is made outside any database transaction.
 */
@Injectable()
export class LineMessagingClient {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keyring: Keyring,
  ) {}

  /** The channel's access token, opened inside the caller's tenant transaction. */
  async accessToken(em: EntityManager, channelId: string): Promise<string> {
    const channel = await em.findOneOrFail(LineChannel, { id: channelId }, { populate: ['channelAccessToken'] });
    return this.keyring.openText(channel.channelAccessToken, channelSecretContext(channel.id, 'token'));
  }

  async reply(accessToken: string, replyToken: string, messages: TextMessage[]): Promise<ReplyOutcome> {
    const result = await this.request('POST', '/v2/bot/message/reply', accessToken, { replyToken, messages });
    if ('error' in result) return { kind: 'unknown', reason: result.error };
    if (result.status >= 200 && result.status < 300)
      return { kind: 'sent', lineMessageId: firstMessageId(result.body) };
    if (result.status >= 500) return { kind: 'unknown', reason: `HTTP ${result.status}` };
    return { kind: 'rejected', status: result.status };
  }

  async push(accessToken: string, to: string, messages: TextMessage[], retryKey: string): Promise<PushOutcome> {
    const result = await this.request(
      'POST',
      '/v2/bot/message/push',
      accessToken,
      { to, messages },
      { 'x-line-retry-key': retryKey },
    );
    if ('error' in result) return { kind: 'retry', reason: result.error };
    if (result.status >= 200 && result.status < 300)
      return { kind: 'sent', lineMessageId: firstMessageId(result.body) };
    if (result.status === 409) return { kind: 'already-accepted' };
    if (result.status === 429 || result.status >= 500) return { kind: 'retry', reason: `HTTP ${result.status}` };
    return { kind: 'rejected', status: result.status };
  }

  /**
   * The same messages to up to 500 users (`POST /v2/bot/message/multicast`), once per `retryKey` (a
   * UUID): whatever the outcome, a retry of this batch must use the same key, so that LINE delivers it
   * at most once.
   */
  async multicast(
    accessToken: string,
    to: string[],
    messages: LineMessage[],
    retryKey: string,
    options: MulticastOptions = {},
  ): Promise<MulticastOutcome> {
    const body = {
      to,
      messages,
      ...(options.notificationDisabled === undefined ? {} : { notificationDisabled: options.notificationDisabled }),
      ...(options.customAggregationUnits?.length ? { customAggregationUnits: options.customAggregationUnits } : {}),
    };
    const result = await this.request('POST', '/v2/bot/message/multicast', accessToken, body, {
      'x-line-retry-key': retryKey,
    });
    if ('error' in result) return { kind: 'temporary-failure', reason: result.error };
    const { status, headers } = result;
    if (status >= 200 && status < 300) return { kind: 'sent', requestId: headers.get('x-line-request-id') };
    if (status === 409)
      return { kind: 'already-accepted', acceptedRequestId: headers.get('x-line-accepted-request-id') };
    if (status === 429) return { kind: 'rate-limited', retryAfterMs: retryAfterMs(headers.get('retry-after')) };
    if (status >= 500) return { kind: 'temporary-failure', reason: `HTTP ${status}` };
    const error = (result.body ?? {}) as { message?: unknown; details?: unknown };
    return {
      kind: 'refused',
      status,
      message: typeof error.message === 'string' ? error.message.slice(0, 1000) : `HTTP ${status}`,
      details: Array.isArray(error.details)
        ? error.details.slice(0, 50).map((d: { property?: unknown; message?: unknown }) => ({
            ...(typeof d?.property === 'string' ? { property: d.property } : {}),
            ...(typeof d?.message === 'string' ? { message: d.message } : {}),
          }))
        : [],
    };
  }

  /** This month's target limit of messages (`GET /v2/bot/message/quota`). Throws `LineApiError`. */
  async quota(accessToken: string): Promise<MessageQuota> {
    const body = (await this.read('quota', '/v2/bot/message/quota', accessToken)) as {
      type?: unknown;
      value?: unknown;
    };
    if (body.type === 'none') return { type: 'none' };
    if (body.type === 'limited' && typeof body.value === 'number') return { type: 'limited', value: body.value };
    throw new LineApiError('quota', 200, 'unexpected answer');
  }

  /** Messages sent this month (`GET /v2/bot/message/quota/consumption`). Throws `LineApiError`. */
  async consumption(accessToken: string): Promise<{ totalUsage: number }> {
    const body = (await this.read('consumption', '/v2/bot/message/quota/consumption', accessToken)) as {
      totalUsage?: unknown;
    };
    if (typeof body.totalUsage === 'number') return { totalUsage: body.totalUsage };
    throw new LineApiError('consumption', 200, 'unexpected answer');
  }

  /**
   * The content of an image, video, audio or file message (`GET /v2/bot/message/{id}/content` on the
   * data API host), read up to `maxBytes`: beyond that the download is abandoned.
   */
  async content(accessToken: string, lineMessageId: string, maxBytes: number): Promise<ContentOutcome> {
    const base = this.config.lineDataApiBaseUrl ?? LINE_DATA_API_BASE_URL;
    try {
      const response = await fetch(`${base}/v2/bot/message/${encodeURIComponent(lineMessageId)}/content`, {
        headers: { authorization: `Bearer ${accessToken}` },
        signal: AbortSignal.timeout(this.config.lineApiTimeoutMs),
      });
      if (response.status === 404 || response.status === 410) return discard(response, { kind: 'expired' });
      if (response.status === 429 || response.status >= 500) {
        return discard(response, { kind: 'retry', reason: `HTTP ${response.status}` });
      }
      if (response.status !== 200) return discard(response, { kind: 'rejected', status: response.status });
      if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
        return discard(response, { kind: 'too-large' });
      }
      const body = await readAtMost(response, maxBytes);
      return body
        ? { kind: 'content', contentType: response.headers.get('content-type'), body }
        : { kind: 'too-large' };
    } catch (error) {
      return { kind: 'retry', reason: error instanceof Error ? error.name : 'network error' };
    }
  }

  /** The family's LINE profile: only the display name is kept. */
  async profile(accessToken: string, userId: string): Promise<ProfileOutcome> {
    const result = await this.request('GET', `/v2/bot/profile/${encodeURIComponent(userId)}`, accessToken);
    if ('error' in result) return { kind: 'retry', reason: result.error };
    if (result.status >= 200 && result.status < 300) {
      const name = (result.body as { displayName?: unknown } | null)?.displayName;
      return { kind: 'found', displayName: typeof name === 'string' ? name.slice(0, 200) : null };
    }
    if (result.status === 429 || result.status >= 500) return { kind: 'retry', reason: `HTTP ${result.status}` };
    return { kind: 'gone' };
  }

  /** The bot's own information (`GET /v2/bot/info`): the cheapest call that proves a token works. */
  async botInfo(accessToken: string): Promise<BotInfoOutcome> {
    const result = await this.request('GET', '/v2/bot/info', accessToken);
    if ('error' in result) return { kind: 'unreachable', reason: result.error };
    if (result.status === 200) {
      const body = result.body as { displayName?: unknown; basicId?: unknown } | null;
      return {
        kind: 'ok',
        displayName: typeof body?.displayName === 'string' ? body.displayName.slice(0, 200) : '',
        basicId: typeof body?.basicId === 'string' ? body.basicId.slice(0, 100) : null,
      };
    }
    if (result.status === 401) return { kind: 'unauthorized' };
    if (result.status === 403) return { kind: 'forbidden' };
    return { kind: 'line-error', status: result.status };
  }

  /**
   * LINE's statistics of messages sent with `customAggregationUnit`, over the days `from` to `to`
   * (`yyyyMMdd` in Japan, at most 30 days apart): `GET /v2/bot/insight/message/event/aggregation`.
   */
  async statisticsPerUnit(
    accessToken: string,
    customAggregationUnit: string,
    from: string,
    to: string,
  ): Promise<UnitStatisticsOutcome> {
    const query = new URLSearchParams({ customAggregationUnit, from, to });
    const result = await this.request('GET', `/v2/bot/insight/message/event/aggregation?${query}`, accessToken);
    if ('error' in result) return { kind: 'retry', reason: result.error, retryAfterMs: null };
    const { status } = result;
    if (status === 403) return { kind: 'not-available' };
    if (status === 429 || status >= 500) {
      return { kind: 'retry', reason: `HTTP ${status}`, retryAfterMs: retryAfterMs(result.headers.get('retry-after')) };
    }
    if (status !== 200 || typeof result.body !== 'object' || result.body === null) return { kind: 'refused', status };
    const body = result.body as { overview?: Record<string, unknown>; clicks?: unknown };
    const clicks = Array.isArray(body.clicks) ? (body.clicks as Record<string, unknown>[]) : [];
    return {
      kind: 'statistics',
      statistics: {
        uniqueImpression: figure(body.overview?.['uniqueImpression']),
        uniqueClick: figure(body.overview?.['uniqueClick']),
        clicks: clicks
          .filter((c) => typeof c?.['url'] === 'string' && typeof c['seq'] === 'number')
          .slice(0, 100)
          .map((c) => ({
            seq: c['seq'] as number,
            url: (c['url'] as string).slice(0, 1000),
            click: figure(c['click']),
            uniqueClick: figure(c['uniqueClick']),
          })),
      },
    };
  }

  /** The JSON body of a 200 answer to a GET, or `LineApiError`. */
  private async read(operation: string, path: string, accessToken: string): Promise<object> {
    const result = await this.request('GET', path, accessToken);
    if ('error' in result) throw new LineApiError(operation, null, result.error);
    if (result.status !== 200 || typeof result.body !== 'object' || result.body === null) {
      throw new LineApiError(operation, result.status, `HTTP ${result.status}`);
    }
    return result.body;
  }

  private async request(
    method: 'GET' | 'POST',
    path: string,
    accessToken: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: unknown; headers: Headers } | { error: string }> {
    try {
      const response = await fetch(`${this.config.lineApiBaseUrl ?? LINE_API_BASE_URL}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${accessToken}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.config.lineApiTimeoutMs),
      });
      const text = await response.text();
      return { status: response.status, body: text ? parseJson(text) : null, headers: response.headers };
    } catch (error) {
      return { error: error instanceof Error ? error.name : 'network error' };
    }
  }
}

/** A count of LINE's statistics; anything else (null under the privacy threshold) is null. */
function figure(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

/** An error page of a proxy in front of LINE is not JSON: its status still says what happened. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** `Retry-After` in seconds or as an HTTP date, in milliseconds from now; null when absent or unreadable. */
function retryAfterMs(value: string | null): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

function firstMessageId(body: unknown): string | null {
  const id = (body as { sentMessages?: { id?: unknown }[] } | null)?.sentMessages?.[0]?.id;
  return typeof id === 'string' ? id : null;
}

/** Releases the connection of a response whose body is not wanted. */
async function discard<T>(response: Response, outcome: T): Promise<T> {
  await response.body?.cancel().catch(() => undefined);
  return outcome;
}

/** The body, or null as soon as it exceeds `maxBytes` (the rest is never read). */
async function readAtMost(response: Response, maxBytes: number): Promise<Buffer | null> {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
}
