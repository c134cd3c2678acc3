import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** A request the sandbox received, as the tests and the contract test read it. */
export interface RecordedRequest {
  method: string;
  /** The path with its query string. */
  path: string;
  /**
   * The operation it matched (`reply`, `push`, `multicast`, `profile`, `content`, `quota`,
   * `consumption`, `botInfo`, `statistics`), or null.
   */
  operation: string | null;
  retryKey: string | null;
  body: unknown;
  status: number;
}

/**
 * An injected failure: LINE refusing (401: the access token; 400, 403), busy (429, with a
 * `Retry-After` of `retryAfter` seconds if given), failing (5xx), or silent. Nothing is delivered.
 */
export type Failure = { status: 400 | 401 | 403 | 429 | 500 | 503; retryAfter?: number } | 'timeout';

/** One accepted push or multicast, as each of its recipients received it. */
export interface Delivery {
  operation: 'push' | 'multicast';
  retryKey: string | null;
  /** The `x-line-request-id` LINE answered with. */
  requestId: string;
  messages: unknown[];
  notificationDisabled: boolean;
  customAggregationUnits: string[];
  at: Date;
}

export type Quota = { type: 'none' } | { type: 'limited'; value: number };

/**
 * How the families who receive a message with an aggregation unit behave, for the statistics: of each
 * request's recipients (in the order of its `to`), the first `opened` share open it (each bubble
 * shown once), and of those, the first `tapped` share tap each link of it once.
 */
export interface Engagement {
  opened: number;
  tapped: number;
}

/**
 * The answer of "Get statistics per unit" (`GET /v2/bot/insight/message/event/aggregation`), as
 * LINE's documentation describes it (no OpenAPI file of LINE's insight API is in ../shared/specs).
 */
export interface UnitStatisticsBody {
  overview: {
    uniqueImpression: number | null;
    uniqueClick: number | null;
    uniqueMediaPlayed: number | null;
    uniqueMediaPlayed100Percent: number | null;
  };
  messages: Record<string, number | null>[];
  clicks: {
    seq: number;
    url: string;
    click: number | null;
    uniqueClick: number | null;
    uniqueClickOfRequest: number | null;
  }[];
}

/** LINE shows no figure of fewer than 20 people (nor one resting on fewer than 20 people). */
export const SANDBOX_STATISTICS_THRESHOLD = 20;
const MEDIA_FIELDS = [
  'mediaPlayed',
  'mediaPlayed25Percent',
  'mediaPlayed50Percent',
  'mediaPlayed75Percent',
  'mediaPlayed100Percent',
  'uniqueMediaPlayed',
  'uniqueMediaPlayed25Percent',
  'uniqueMediaPlayed50Percent',
  'uniqueMediaPlayed75Percent',
  'uniqueMediaPlayed100Percent',
];

/** LINE's documented rate of the multicast endpoint: requests per second, per channel. */
export const SANDBOX_MULTICAST_REQUESTS_PER_SECOND = 200;
/** How long LINE remembers an accepted retry key. */
const RETRY_KEY_MS = 24 * 60 * 60 * 1000;

const FAILURE_MESSAGES: Record<number, string> = {
  400: 'The request body has 1 error(s)',
  401: 'Authentication failed. Confirm that the access token in the authorization header is valid.',
  403: 'The request is not permitted',
  429: 'Too many requests',
};
const MONTHLY_LIMIT_MESSAGE = 'You have reached your monthly limit.';

/** What the content endpoint answers for a message id (an image, video, audio or file a family sent). */
export interface SandboxContent {
  contentType: string;
  body: Buffer;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const USER_ID = /^U[0-9a-f]{32}$/;

/**
 * A fake LINE platform for development, demos and tests: the Messaging API operations tsunagu calls
 * (reply, push, multicast, profile, content, quota, consumption, bot info, statistics per unit), each request checked as
 * LINE would (its own checks of that subset of ../shared/specs/line/messaging-api.yml and of LINE's
 * documented limits, including the `type`-keyed message objects that generic validators do not
 * enforce; deliberately not the client's `lineMessageProblems`, so that one mistake cannot pass both),
 * retry keys enforced (409 on a key accepted within 24 hours), multicast limited per access token
 * (429 beyond `setRateLimit`), the monthly quota enforced (429), every request recorded, every
 * recipient's deliveries counted, and failures injectable (429, 5xx, a timeout). The statistics per
 * unit are counted from the deliveries that named the unit and `Engagement`, with LINE's rule of 20;
 * a channel's plan may be set to have none (403).
 */
export class LineSandbox {
  readonly requests: RecordedRequest[] = [];
  private readonly acceptedRetryKeys = new Map<string, { requestId: string; at: number }>();
  /** Per recipient, what was delivered to it (one shared Delivery object per request). */
  private readonly deliveries = new Map<string, Delivery[]>();
  private quotaAnswer: Quota = { type: 'none' };
  /**
   * Messages delivered per access token and month (Japan time), as LINE counts them: one per recipient
   * of each request, however many message objects (bubbles) it holds.
   */
  private readonly usage = new Map<string, number>();
  private readonly rateLimits = new Map<string, number>([['multicast', SANDBOX_MULTICAST_REQUESTS_PER_SECOND]]);
  /** Per operation and access token, when the requests of the last second were let through. */
  private readonly recentRequests = new Map<string, number[]>();
  private readonly spentReplyTokens = new Set<string>();
  private readonly expiredReplyTokens = new Set<string>();
  private readonly failures = new Map<string, Failure[]>();
  private readonly hanging = new Set<ServerResponse>();
  private server: Server | undefined;
  /** What `GET /v2/bot/info` answers with (any access token is accepted, unless revoked). */
  readonly bot = {
    userId: 'U0123456789abcdef0123456789abcdef',
    basicId: '@tsunagu-sandbox',
    displayName: 'tsunagu LINE sandbox',
  };
  /** Access tokens LINE no longer accepts (reissued or revoked): every call with one answers 401. */
  private readonly revokedTokens = new Set<string>();
  /** Display names the profile endpoint answers with (any user id gets one). */
  readonly profiles = new Map<string, string>();
  /** Media content by message id; any other id gets 404, as LINE answers once content has expired. */
  private readonly contents = new Map<string, SandboxContent>();
  /** Accepted requests that named an aggregation unit, with their recipients: what the statistics count. */
  private readonly unitDeliveries: { delivery: Delivery; recipients: string[] }[] = [];
  private engagement: Engagement = { opened: 0.6, tapped: 0.5 };
  /** Access tokens of channels whose plan has no statistics: the statistics endpoint answers 403. */
  private readonly withoutStatistics = new Set<string>();
  private host = '127.0.0.1';

  /** Starts on `port` (0: a free port) on `host` (loopback unless told otherwise). */
  async start(port = 0, host = '127.0.0.1'): Promise<this> {
    this.host = host;
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(port, host, resolve);
    });
    return this;
  }

  get url(): string {
    const address = this.server?.address();
    if (!address || typeof address !== 'object') throw new Error('The LINE sandbox is not listening');
    const host = this.host.includes(':') ? `[${this.host}]` : this.host;
    return `http://${host}:${address.port}`;
  }

  /** The content `GET /v2/bot/message/{messageId}/content` serves for that message. */
  setContent(messageId: string, content: SandboxContent): void {
    this.contents.set(messageId, content);
  }

  /** The next requests of `operation` (`reply`, `push`, `profile`, ...) fail this way, in order. */
  failNext(operation: string, ...failures: Failure[]): void {
    this.failures.set(operation, [...(this.failures.get(operation) ?? []), ...failures]);
  }

  /** An access token LINE no longer accepts, as after it was reissued in the LINE Developers console. */
  revokeAccessToken(token: string): void {
    this.revokedTokens.add(token);
  }

  /** How the families behave towards messages with an aggregation unit, from now on (see `Engagement`). */
  setEngagement(engagement: Engagement): void {
    this.engagement = { ...engagement };
  }

  /**
   * Whether the channel of this access token has a plan with statistics (every channel has by
   * default); without, "Get statistics per unit" answers 403 as LINE does.
   */
  setStatisticsPlan(accessToken: string, available: boolean): void {
    if (available) this.withoutStatistics.delete(accessToken);
    else this.withoutStatistics.add(accessToken);
  }

  /** Reply tokens LINE no longer accepts (as after their validity ends). */
  expireReplyToken(token: string): void {
    this.expiredReplyTokens.add(token);
  }

  recorded(operation: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operation === operation);
  }

  /** What pushes and multicasts delivered to this user, in order (409, 429 and failures deliver nothing). */
  deliveriesTo(userId: string): Delivery[] {
    return [...(this.deliveries.get(userId) ?? [])];
  }

  /** Every recipient with the number of times a push or multicast delivered to it. */
  recipientCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [userId, deliveries] of this.deliveries) counts.set(userId, deliveries.length);
    return counts;
  }

  /**
   * What `GET /v2/bot/message/quota` answers, for every token; a limited quota is enforced as LINE
   * does: a push or multicast that would take this month's consumption beyond it is answered 429.
   */
  setQuota(quota: Quota): void {
    this.quotaAnswer = quota;
  }

  /** This month's consumption of an access token (what `GET /v2/bot/message/quota/consumption` answers). */
  consumption(accessToken: string): number {
    return this.usage.get(`${accessToken} ${monthInJapan()}`) ?? 0;
  }

  /** Sets this month's consumption of an access token, as if that many messages had been sent. */
  setConsumption(accessToken: string, totalUsage: number): void {
    this.usage.set(`${accessToken} ${monthInJapan()}`, totalUsage);
  }

  /**
   * At most `requestsPerSecond` requests of `operation` per access token in any second (null: no
   * limit); beyond, 429. Multicast starts at LINE's documented rate.
   */
  setRateLimit(operation: string, requestsPerSecond: number | null): void {
    if (requestsPerSecond === null) this.rateLimits.delete(operation);
    else this.rateLimits.set(operation, requestsPerSecond);
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /**
   * Whether one more request of `operation` with this token fits its rate: at most the limit in the
   * last 1000 ms (a sliding window, so no burst at a second's boundary gets through). Counts it if so.
   */
  private withinRate(operation: string, accessToken: string): boolean {
    const limit = this.rateLimits.get(operation);
    if (limit === undefined) return true;
    const key = `${operation} ${accessToken}`;
    const now = performance.now();
    let recent = this.recentRequests.get(key);
    if (!recent) this.recentRequests.set(key, (recent = []));
    while (recent.length && recent[0] <= now - 1000) recent.shift();
    if (recent.length >= limit) return false;
    recent.push(now);
    return true;
  }

  /**
   * The unit's statistics over the requests accepted from `from` (inclusive) to `until` (exclusive),
   * counted from the recorded deliveries and `Engagement`, every figure of fewer than 20 people null.
   */
  private unitStatistics(unit: string, from: number, until: number): UnitStatisticsBody {
    const openers = new Set<string>();
    const tappers = new Set<string>();
    const bubbles = new Map<number, { shown: number; people: Set<string> }>();
    const links = new Map<string, { seq: number; url: string; taps: number; people: Set<string> }>();
    const byUrl = new Map<string, Set<string>>();
    for (const { delivery, recipients } of this.unitDeliveries) {
      const at = delivery.at.getTime();
      if (!delivery.customAggregationUnits.includes(unit) || at < from || at >= until) continue;
      const opened = recipients.slice(0, Math.floor(recipients.length * this.engagement.opened));
      const tapped = opened.slice(0, Math.floor(opened.length * this.engagement.tapped));
      opened.forEach((user) => openers.add(user));
      delivery.messages.forEach((message, i) => {
        const seq = i + 1;
        const bubble = bubbles.get(seq) ?? { shown: 0, people: new Set<string>() };
        bubble.shown += opened.length;
        opened.forEach((user) => bubble.people.add(user));
        bubbles.set(seq, bubble);
        for (const url of linksOf(message)) {
          const key = `${seq} ${url}`;
          const link = links.get(key) ?? { seq, url, taps: 0, people: new Set<string>() };
          link.taps += tapped.length;
          tapped.forEach((user) => {
            link.people.add(user);
            tappers.add(user);
          });
          links.set(key, link);
          const people = byUrl.get(url) ?? new Set<string>();
          tapped.forEach((user) => people.add(user));
          byUrl.set(url, people);
        }
      });
    }
    return {
      overview: {
        uniqueImpression: shown(openers.size),
        uniqueClick: shown(tappers.size),
        uniqueMediaPlayed: null,
        uniqueMediaPlayed100Percent: null,
      },
      messages: [...bubbles].map(([seq, bubble]) => ({
        seq,
        impression: shown(bubble.shown, bubble.people.size),
        uniqueImpression: shown(bubble.people.size),
        ...Object.fromEntries(MEDIA_FIELDS.map((field) => [field, null])),
      })),
      clicks: [...links.values()].map((link) => ({
        seq: link.seq,
        url: link.url,
        click: shown(link.taps, link.people.size),
        uniqueClick: shown(link.people.size),
        uniqueClickOfRequest: shown(byUrl.get(link.url)?.size ?? 0),
      })),
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = req.url ?? '/';
    const operation = operationOf(req.method ?? 'GET', path);
    const retryKey = header(req, 'x-line-retry-key');
    let body: unknown = null;
    try {
      body = raw.length ? (JSON.parse(raw.toString('utf8')) as unknown) : null;
    } catch {
      body = raw.toString('utf8');
    }
    const record: RecordedRequest = { method: req.method ?? 'GET', path, operation, retryKey, body, status: 0 };
    this.requests.push(record);
    const answer = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json', 'x-line-request-id': randomUUID(), ...headers });
      res.end(JSON.stringify(payload));
    };

    if (!operation) return answer(404, { message: 'Not found' });
    if (!/^Bearer \S+$/.test(header(req, 'authorization') ?? '')) {
      return answer(401, {
        message:
          'Authentication failed due to the following reason: no token. Confirm that the access token in the authorization header is valid.',
      });
    }
    const accessToken = (header(req, 'authorization') ?? '').slice('Bearer '.length);
    if (this.revokedTokens.has(accessToken)) {
      return answer(401, { message: FAILURE_MESSAGES[401] });
    }
    const failure = this.failures.get(operation)?.shift();
    if (failure === 'timeout') {
      record.status = -1;
      this.hanging.add(res);
      return;
    }
    if (failure)
      return answer(
        failure.status,
        { message: FAILURE_MESSAGES[failure.status] ?? 'Internal server error' },
        failure.retryAfter === undefined ? {} : { 'retry-after': String(failure.retryAfter) },
      );
    if (!this.withinRate(operation, accessToken)) return answer(429, { message: FAILURE_MESSAGES[429] });

    switch (operation) {
      case 'reply': {
        const problems = [...requireString(body, 'replyToken'), ...messageProblems(body)];
        if (problems.length) return answer(400, badRequest(problems));
        const token = (body as { replyToken: string }).replyToken;
        if (this.spentReplyTokens.has(token) || this.expiredReplyTokens.has(token)) {
          return answer(400, { message: 'Invalid reply token' });
        }
        this.spentReplyTokens.add(token);
        return answer(200, sentMessages(body));
      }
      case 'push':
      case 'multicast': {
        if (retryKey !== null && !UUID.test(retryKey)) {
          return answer(400, { message: "The value for the 'X-Line-Retry-Key' header is invalid" });
        }
        const to = (body as { to?: unknown } | null)?.to;
        const problems = [
          ...(operation === 'push' ? pushRecipientProblems(to) : multicastRecipientProblems(to)),
          ...messageProblems(body),
          ...sendingOptionProblems(body),
        ];
        if (problems.length) return answer(400, badRequest(problems));
        const now = Date.now();
        if (retryKey !== null) {
          const accepted = this.acceptedRetryKeys.get(retryKey);
          if (accepted && now - accepted.at < RETRY_KEY_MS) {
            return answer(
              409,
              { message: 'The retry key is already accepted' },
              { 'x-line-accepted-request-id': accepted.requestId },
            );
          }
        }
        const request = body as {
          to: string | string[];
          messages: unknown[];
          notificationDisabled?: boolean;
          customAggregationUnits?: string[];
        };
        const recipients = typeof request.to === 'string' ? [request.to] : request.to;
        const month = `${accessToken} ${monthInJapan()}`;
        const used = (this.usage.get(month) ?? 0) + recipients.length;
        if (this.quotaAnswer.type === 'limited' && used > this.quotaAnswer.value) {
          return answer(429, { message: MONTHLY_LIMIT_MESSAGE });
        }
        const requestId = randomUUID();
        if (retryKey !== null) this.acceptedRetryKeys.set(retryKey, { requestId, at: now });
        this.usage.set(month, used);
        const delivery: Delivery = {
          operation,
          retryKey,
          requestId,
          messages: request.messages,
          notificationDisabled: request.notificationDisabled ?? false,
          customAggregationUnits: request.customAggregationUnits ?? [],
          at: new Date(now),
        };
        for (const userId of recipients) {
          const received = this.deliveries.get(userId);
          if (received) received.push(delivery);
          else this.deliveries.set(userId, [delivery]);
        }
        if (delivery.customAggregationUnits.length > 0) this.unitDeliveries.push({ delivery, recipients });
        // LINE answers a multicast with an empty object (no message ids: there is one per recipient).
        return answer(200, operation === 'push' ? sentMessages(body) : {}, { 'x-line-request-id': requestId });
      }
      case 'profile': {
        const userId = decodeURIComponent(path.split('/')[4] ?? '');
        if (!USER_ID.test(userId)) return answer(404, { message: 'Not found' });
        return answer(200, {
          userId,
          displayName: this.profiles.get(userId) ?? `LINEユーザー${userId.slice(-4)}`,
          language: 'ja',
        });
      }
      case 'content': {
        const content = this.contents.get(decodeURIComponent(path.split('?')[0].split('/')[4] ?? ''));
        if (!content) return answer(404, { message: 'Not found' });
        record.status = 200;
        res.writeHead(200, { 'content-type': content.contentType, 'content-length': content.body.length });
        res.end(content.body);
        return;
      }
      case 'quota':
        return answer(200, this.quotaAnswer);
      case 'consumption':
        return answer(200, { totalUsage: this.consumption(accessToken) });
      case 'botInfo':
        return answer(200, { ...this.bot, chatMode: 'chat', markAsReadMode: 'manual' });
      case 'statistics': {
        if (this.withoutStatistics.has(accessToken)) {
          return answer(403, { message: "Access to this API is not available for your account's plan" });
        }
        const query = new URL(path, 'http://sandbox').searchParams;
        const unit = query.get('customAggregationUnit') ?? '';
        const from = japanDate(query.get('from'));
        const to = japanDate(query.get('to'));
        // LINE's 400 names nothing: its body's fields are all null.
        const invalid = { message: null, key: null, stacktrace: null, code: null };
        if (!/^[a-zA-Z0-9_]{1,30}$/.test(unit) || from === null || to === null) return answer(400, invalid);
        if (to < from || to > from + 30 * DAY_MS) return answer(400, invalid);
        return answer(200, this.unitStatistics(unit, from, to + DAY_MS));
      }
    }
  }
}

function operationOf(method: string, path: string): string | null {
  const p = path.split('?')[0];
  if (method === 'POST' && p === '/v2/bot/message/reply') return 'reply';
  if (method === 'POST' && p === '/v2/bot/message/push') return 'push';
  if (method === 'POST' && p === '/v2/bot/message/multicast') return 'multicast';
  if (method === 'GET' && /^\/v2\/bot\/profile\/[^/]+$/.test(p)) return 'profile';
  if (method === 'GET' && /^\/v2\/bot\/message\/[^/]+\/content$/.test(p)) return 'content';
  if (method === 'GET' && p === '/v2/bot/message/quota') return 'quota';
  if (method === 'GET' && p === '/v2/bot/message/quota/consumption') return 'consumption';
  if (method === 'GET' && p === '/v2/bot/info') return 'botInfo';
  if (method === 'GET' && p === '/v2/bot/insight/message/event/aggregation') return 'statistics';
  return null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const JAPAN_OFFSET_MS = 9 * 60 * 60 * 1000;

/** A `yyyyMMdd` date of LINE's statistics (Japan time) as the instant it starts, or null. */
function japanDate(value: string | null): number | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = Date.UTC(year, month - 1, day);
  const date = new Date(at);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return at - JAPAN_OFFSET_MS;
}

/**
 * A figure as LINE shows it: null when fewer than 20 people are behind it, or when the count itself
 * is under 20 (`people`: the people behind a count of events).
 */
function shown(count: number, people = count): number | null {
  return count < SANDBOX_STATISTICS_THRESHOLD || people < SANDBOX_STATISTICS_THRESHOLD ? null : count;
}

/** The URLs a family can tap in a message object (the buttons template's links). */
function linksOf(message: unknown): string[] {
  const actions = (message as { template?: { actions?: { type?: unknown; uri?: unknown }[] } } | null)?.template
    ?.actions;
  return (actions ?? []).flatMap((action) =>
    action?.type === 'uri' && typeof action.uri === 'string' ? [action.uri] : [],
  );
}

interface Problem {
  property: string;
  message: string;
}

function pushRecipientProblems(to: unknown): Problem[] {
  return typeof to === 'string' && USER_ID.test(to) ? [] : [{ property: 'to', message: 'must be a user ID' }];
}

/** `to` of a multicast: 1 to 500 user IDs. */
function multicastRecipientProblems(to: unknown): Problem[] {
  if (!Array.isArray(to) || to.length < 1 || to.length > 500) {
    return [{ property: 'to', message: 'must be an array of 1 to 500 user IDs' }];
  }
  return to.flatMap((id: unknown, i) =>
    typeof id === 'string' && USER_ID.test(id) ? [] : [{ property: `to[${i}]`, message: 'must be a user ID' }],
  );
}

function requireString(body: unknown, property: string): Problem[] {
  const value = (body as Record<string, unknown> | null)?.[property];
  return typeof value === 'string' && value.length > 0 ? [] : [{ property, message: 'must be specified' }];
}

/** The `messages` array: 1 to 5 message objects, each valid for its `type`. */
function messageProblems(body: unknown): Problem[] {
  const messages = (body as { messages?: unknown } | null)?.messages;
  if (!Array.isArray(messages) || messages.length < 1 || messages.length > 5) {
    return [{ property: 'messages', message: 'must be an array of 1 to 5 messages' }];
  }
  return messages.flatMap((message: Record<string, unknown>, i) => {
    const at = (property: string) => `messages[${i}].${property}`;
    const str = (property: string, max: number): Problem[] =>
      typeof message[property] === 'string' &&
      (message[property] as string).length > 0 &&
      (message[property] as string).length <= max
        ? []
        : [{ property: at(property), message: `must be a string of 1 to ${max} characters` }];
    const https = (property: string): Problem[] =>
      typeof message[property] === 'string' && (message[property] as string).startsWith('https://')
        ? []
        : [{ property: at(property), message: 'must be an HTTPS URL' }];
    switch (message?.['type']) {
      case 'text':
        return [...str('text', 5000), ...emojiProblems(message, at)];
      case 'sticker':
        return [...str('packageId', 100), ...str('stickerId', 100)];
      case 'image':
        return [
          ...https('originalContentUrl'),
          ...https('previewImageUrl'),
          ...str('originalContentUrl', 2000),
          ...str('previewImageUrl', 2000),
        ];
      case 'video':
        return [...https('originalContentUrl'), ...https('previewImageUrl')];
      case 'template':
        return [...str('altText', 400), ...buttonsTemplateProblems(message['template'], at('template'))];
      case 'audio':
        return [
          ...https('originalContentUrl'),
          ...(typeof message['duration'] === 'number'
            ? []
            : [{ property: at('duration'), message: 'must be a number' }]),
        ];
      case 'location':
        return [
          ...str('title', 100),
          ...str('address', 100),
          ...['latitude', 'longitude'].flatMap((p) =>
            typeof message[p] === 'number' ? [] : [{ property: at(p), message: 'must be a number' }],
          ),
        ];
      default:
        return [{ property: at('type'), message: 'is not a message type this sandbox (or tsunagu) sends' }];
    }
  });
}

/** LINE emojis of a text message: at most 20, each on a `$` of the text, each `$` used once. */
function emojiProblems(message: Record<string, unknown>, at: (property: string) => string): Problem[] {
  const emojis = message['emojis'];
  if (emojis === undefined) return [];
  if (!Array.isArray(emojis) || emojis.length > 20) {
    return [{ property: at('emojis'), message: 'must be an array of at most 20 emojis' }];
  }
  const text = typeof message['text'] === 'string' ? message['text'] : '';
  const used = new Set<unknown>();
  return emojis.flatMap((emoji: Record<string, unknown> | null, j) => {
    const index = emoji?.['index'];
    const problems: Problem[] = [];
    if (typeof index !== 'number' || text[index] !== '$' || used.has(index)) {
      problems.push({ property: at(`emojis[${j}].index`), message: 'must be the position of a $ in text' });
    }
    used.add(index);
    for (const p of ['productId', 'emojiId']) {
      if (typeof emoji?.[p] !== 'string' || (emoji[p] as string).length === 0) {
        problems.push({ property: at(`emojis[${j}].${p}`), message: 'must be specified' });
      }
    }
    return problems;
  });
}

/** The buttons template (the only template tsunagu sends): LINE's documented limits. */
function buttonsTemplateProblems(value: unknown, at: string): Problem[] {
  const template = (value ?? {}) as Record<string, unknown>;
  if (template['type'] !== 'buttons') return [{ property: `${at}.type`, message: 'must be buttons' }];
  const problems: Problem[] = [];
  const text = (property: string, max: number, required: boolean): void => {
    const v = template[property];
    if (v === undefined && !required) return;
    if (typeof v !== 'string' || v.length === 0 || v.length > max) {
      problems.push({ property: `${at}.${property}`, message: `must be a string of 1 to ${max} characters` });
    }
  };
  const framed = template['title'] !== undefined || template['thumbnailImageUrl'] !== undefined;
  text('title', 40, false);
  text('text', framed ? 60 : 160, true);
  const actions = template['actions'];
  if (!Array.isArray(actions) || actions.length < 1 || actions.length > 4) {
    return [...problems, { property: `${at}.actions`, message: 'must be an array of 1 to 4 actions' }];
  }
  actions.forEach((action: Record<string, unknown> | null, k) => {
    const where = `${at}.actions[${k}]`;
    const label = action?.['label'];
    if (typeof label !== 'string' || label.length === 0 || label.length > 20) {
      problems.push({ property: `${where}.label`, message: 'must be a string of 1 to 20 characters' });
    }
    if (action?.['type'] !== 'uri') {
      problems.push({ property: `${where}.type`, message: 'is not an action this sandbox (or tsunagu) sends' });
      return;
    }
    const uri = action['uri'];
    if (typeof uri !== 'string' || uri.length > 1000 || !/^(https?|line|tel):/.test(uri)) {
      problems.push({
        property: `${where}.uri`,
        message: 'must be an http, https, line or tel URI of at most 1000 characters',
      });
    }
  });
  return problems;
}

/** `notificationDisabled` and `customAggregationUnits` of a push or multicast. */
function sendingOptionProblems(body: unknown): Problem[] {
  const b = body as { notificationDisabled?: unknown; customAggregationUnits?: unknown };
  const problems: Problem[] = [];
  if (b.notificationDisabled !== undefined && typeof b.notificationDisabled !== 'boolean') {
    problems.push({ property: 'notificationDisabled', message: 'must be a boolean' });
  }
  const units = b.customAggregationUnits;
  if (
    units !== undefined &&
    (!Array.isArray(units) ||
      units.length > 1 ||
      !units.every((u: unknown) => typeof u === 'string' && /^[a-zA-Z0-9_]{1,30}$/.test(u)))
  ) {
    problems.push({ property: 'customAggregationUnits', message: 'must be at most one name of 1 to 30 [a-zA-Z0-9_]' });
  }
  return problems;
}

/** The month LINE counts consumption in (Japan time), as `2026-12`. */
function monthInJapan(): string {
  return new Date(Date.now() + 9 * 60 * 60 * 1000).toISOString().slice(0, 7);
}

function badRequest(details: Problem[]): unknown {
  return { message: `The request body has ${details.length} error(s)`, details };
}

function sentMessages(body: unknown): unknown {
  const messages = (body as { messages: unknown[] }).messages;
  return {
    sentMessages: messages.map(() => ({
      id: String(Date.now()) + String(Math.floor(Math.random() * 1e6)),
      quoteToken: randomUUID(),
    })),
  };
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' ? value : null;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
