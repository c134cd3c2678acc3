import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LineApiError, LineMessagingClient, lineMessageProblems, type LineMessage } from '@tsunagu/channels';
import { Keyring } from '@tsunagu/platform/crypto';
import { LineSandbox, randomLineUserId } from '@tsunagu/line-sandbox';
import { lineSpecValidator, specsDir, testConfig } from '@tsunagu/platform/testing';
import { lineRequestErrors } from './support/line';

/** The client's multicast, quota and consumption against the LINE sandbox, and their contract. */
describe('LineMessagingClient: multicast, quota and consumption', () => {
  const sandbox = new LineSandbox();
  let client: LineMessagingClient;
  const token = () => `token-${randomUUID()}`;
  const recipients = (n: number) => Array.from({ length: n }, randomLineUserId);
  const messages: LineMessage[] = [
    {
      type: 'text',
      text: '$ 秋祭りのお知らせです',
      emojis: [{ index: 0, productId: '5ac1bfd5040ab15980c9b435', emojiId: '001' }],
    },
    {
      type: 'image',
      originalContentUrl: 'https://example.jp/fair.jpg',
      previewImageUrl: 'https://example.jp/fair-s.jpg',
    },
    {
      type: 'template',
      altText: '秋祭り: https://example.jp/fair',
      template: {
        type: 'buttons',
        title: '秋祭り',
        text: '日程と会場はこちら',
        actions: [{ type: 'uri', label: '詳しく見る', uri: 'https://example.jp/fair' }],
      },
    },
  ];

  beforeAll(async () => {
    await sandbox.start();
    const config = testConfig({ LINE_API_BASE_URL: sandbox.url, LINE_API_TIMEOUT_MS: '1000' });
    client = new LineMessagingClient(config, new Keyring(config.encryptionKeys));
  });

  afterAll(() => sandbox.stop());

  it('sends to every recipient once; the same retry key again is already accepted and delivers nothing', async () => {
    expect(lineMessageProblems(messages)).toEqual([]);
    const to = recipients(3);
    const key = randomUUID();
    const options = { notificationDisabled: true, customAggregationUnits: ['autumn_fair'] };
    const sent = await client.multicast(token(), to, messages, key, options);
    expect(sent).toEqual({ kind: 'sent', requestId: expect.any(String) });
    const again = await client.multicast(token(), to, messages, key, options);
    expect(again).toEqual({ kind: 'already-accepted', acceptedRequestId: sent.kind === 'sent' && sent.requestId });
    expect(to.map((id) => sandbox.deliveriesTo(id))).toEqual(
      to.map(() => [
        expect.objectContaining({ messages, notificationDisabled: true, customAggregationUnits: ['autumn_fair'] }),
      ]),
    );
  });

  it('says when to come back after a 429, to retry after a 5xx or a timeout, and delivers once on the retry', async () => {
    const to = recipients(2);
    const key = randomUUID();
    sandbox.failNext(
      'multicast',
      { status: 429, retryAfter: 3 },
      { status: 429 },
      { status: 500 },
      { status: 503 },
      'timeout',
    );
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await client.multicast(token(), to, messages, key));
    expect(outcomes).toEqual([
      { kind: 'rate-limited', retryAfterMs: 3000 },
      { kind: 'rate-limited', retryAfterMs: null },
      { kind: 'temporary-failure', reason: 'HTTP 500' },
      { kind: 'temporary-failure', reason: 'HTTP 503' },
      // No answer in time (the reason names the error, whose class Jest's sandbox sees from another realm).
      { kind: 'temporary-failure', reason: expect.any(String) },
    ]);
    expect(to.map((id) => sandbox.deliveriesTo(id).length)).toEqual([0, 0]);
    expect((await client.multicast(token(), to, messages, key)).kind).toBe('sent');
    expect(to.map((id) => sandbox.recipientCounts().get(id))).toEqual([1, 1]);
  });

  it("is refused, with LINE's message and details, for what LINE will never accept", async () => {
    const bad = [{ type: 'text', text: 'no placeholder', emojis: [{ index: 3, productId: 'p', emojiId: '001' }] }];
    expect(await client.multicast(token(), recipients(1), bad as LineMessage[], randomUUID())).toEqual({
      kind: 'refused',
      status: 400,
      message: 'The request body has 1 error(s)',
      details: [{ property: 'messages[0].emojis[0].index', message: expect.any(String) }],
    });
    const revoked = token();
    sandbox.revokeAccessToken(revoked);
    expect(await client.multicast(revoked, recipients(1), messages, randomUUID())).toMatchObject({
      kind: 'refused',
      status: 401,
    });
    sandbox.failNext('multicast', { status: 403 });
    expect(await client.multicast(token(), recipients(1), messages, randomUUID())).toMatchObject({
      kind: 'refused',
      status: 403,
    });
  });

  it("reads the quota and this month's consumption, which counts recipients, not bubbles", async () => {
    const channel = token();
    expect(await client.quota(channel)).toEqual({ type: 'none' });
    sandbox.setQuota({ type: 'limited', value: 500 });
    try {
      expect(await client.quota(channel)).toEqual({ type: 'limited', value: 500 });
      expect(await client.consumption(channel)).toEqual({ totalUsage: 0 });
      await client.multicast(channel, recipients(4), messages, randomUUID());
      expect(await client.consumption(channel)).toEqual({ totalUsage: 4 });
    } finally {
      sandbox.setQuota({ type: 'none' });
    }
    const revoked = token();
    sandbox.revokeAccessToken(revoked);
    await expect(client.quota(revoked)).rejects.toMatchObject({ name: 'LineApiError', status: 401 });
    sandbox.failNext('consumption', 'timeout');
    await expect(client.consumption(channel)).rejects.toBeInstanceOf(LineApiError);
  });

  it('makes only requests the OpenAPI file describes, with bodies it accepts, and reads answers it defines', async () => {
    const validate = lineSpecValidator('messaging-api.yml');
    const dir = specsDir();
    if (!validate || !dir) return;
    const spec = parse(readFileSync(join(dir, 'line', 'messaging-api.yml'), 'utf8')) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const operations = ['multicast', 'quota', 'consumption'];
    const made = sandbox.requests.filter((r) => operations.includes(r.operation ?? ''));
    expect(new Set(made.map((r) => r.operation))).toEqual(new Set(operations));
    for (const request of made) {
      expect(spec.paths[request.path.split('?')[0]]?.[request.method.toLowerCase()]).toBeDefined();
      if (request.operation !== 'multicast' || request.status === 400) continue;
      expect({ path: request.path, errors: lineRequestErrors(validate, request) }).toEqual({
        path: request.path,
        errors: [],
      });
      expect(request.retryKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
    const channel = token();
    const answer = async (path: string) =>
      (await fetch(`${sandbox.url}${path}`, { headers: { authorization: `Bearer ${channel}` } })).json();
    expect(validate('MessageQuotaResponse', await answer('/v2/bot/message/quota'))).toEqual([]);
    expect(validate('QuotaConsumptionResponse', await answer('/v2/bot/message/quota/consumption'))).toEqual([]);
  });
});
