import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { Keyring } from '@tsunagu/platform/crypto';
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

  private async request(
    method: 'GET' | 'POST',
    path: string,
    accessToken: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: unknown } | { error: string }> {
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
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
    } catch (error) {
      return { error: error instanceof Error ? error.name : 'network error' };
    }
  }
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
