import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** A request the sandbox received, as the tests and the contract test read it. */
export interface RecordedRequest {
  method: string;
  /** The path with its query string. */
  path: string;
  /** The operation it matched (`reply`, `push`, `multicast`, `profile`, `content`, `quota`, `botInfo`), or null. */
  operation: string | null;
  retryKey: string | null;
  body: unknown;
  status: number;
}

/** An injected failure: LINE refusing (401: the access token; 400, 403), busy (429), failing (5xx), or silent. */
export type Failure = { status: 400 | 401 | 403 | 429 | 500 | 503 } | 'timeout';

const FAILURE_MESSAGES: Record<number, string> = {
  400: 'The request body has 1 error(s)',
  401: 'Authentication failed. Confirm that the access token in the authorization header is valid.',
  403: 'The request is not permitted',
  429: 'Too many requests',
};

/** What the content endpoint answers for a message id (an image, video, audio or file a family sent). */
export interface SandboxContent {
  contentType: string;
  body: Buffer;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const USER_ID = /^U[0-9a-f]{32}$/;

/**
 * A fake LINE platform for development, demos and tests: the Messaging API operations tsunagu calls
 * (reply, push, multicast, profile, content, quota, bot info), each request checked as LINE would (its own checks of that
 * subset of ../shared/specs/line/messaging-api.yml, including the `type`-keyed message objects that
 * generic validators do not enforce), retry keys enforced (409 on a repeated key), every request
 * recorded, and failures injectable (429, 5xx, a timeout).
 */
export class LineSandbox {
  readonly requests: RecordedRequest[] = [];
  private readonly acceptedRetryKeys = new Map<string, string>();
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

  /** Reply tokens LINE no longer accepts (as after their validity ends). */
  expireReplyToken(token: string): void {
    this.expiredReplyTokens.add(token);
  }

  recorded(operation: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operation === operation);
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
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
    if (this.revokedTokens.has((header(req, 'authorization') ?? '').slice('Bearer '.length))) {
      return answer(401, { message: FAILURE_MESSAGES[401] });
    }
    const failure = this.failures.get(operation)?.shift();
    if (failure === 'timeout') {
      record.status = -1;
      this.hanging.add(res);
      return;
    }
    if (failure)
      return answer(failure.status, { message: FAILURE_MESSAGES[failure.status] ?? 'Internal server error' });

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
        ];
        if (problems.length) return answer(400, badRequest(problems));
        if (retryKey !== null) {
          const accepted = this.acceptedRetryKeys.get(retryKey);
          if (accepted) {
            return answer(
              409,
              { message: 'The retry key is already accepted' },
              { 'x-line-accepted-request-id': accepted },
            );
          }
          this.acceptedRetryKeys.set(retryKey, randomUUID());
        }
        // LINE answers a multicast with an empty object (no message ids: there is one per recipient).
        return answer(200, operation === 'push' ? sentMessages(body) : {});
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
        return answer(200, { type: 'limited', value: 1000 });
      case 'botInfo':
        return answer(200, { ...this.bot, chatMode: 'chat', markAsReadMode: 'manual' });
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
  if (method === 'GET' && p === '/v2/bot/info') return 'botInfo';
  return null;
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
        return str('text', 5000);
      case 'sticker':
        return [...str('packageId', 100), ...str('stickerId', 100)];
      case 'image':
      case 'video':
        return [...https('originalContentUrl'), ...https('previewImageUrl')];
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
