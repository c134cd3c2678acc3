import { randomUUID } from 'node:crypto';
import { LineSandbox, SANDBOX_MULTICAST_REQUESTS_PER_SECOND } from '../line-sandbox';
import { randomLineUserId } from '../webhook-events';

describe('LineSandbox', () => {
  const sandbox = new LineSandbox();
  const auth = { authorization: 'Bearer token' };

  beforeAll(async () => {
    await sandbox.start();
  });

  afterAll(async () => {
    await sandbox.stop();
  });

  const multicast = (body: unknown, retryKey?: string, token = 'token') =>
    fetch(`${sandbox.url}/v2/bot/message/multicast`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...(retryKey ? { 'x-line-retry-key': retryKey } : {}),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(5_000),
    });

  describe('content', () => {
    it('serves what a test registered for a message id, and 404 (expired) for any other', async () => {
      const body = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
      sandbox.setContent('1001', { contentType: 'image/jpeg', body });
      const served = await fetch(`${sandbox.url}/v2/bot/message/1001/content`, { headers: auth });
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/jpeg');
      expect(Buffer.from(await served.arrayBuffer()).equals(body)).toBe(true);
      const expired = await fetch(`${sandbox.url}/v2/bot/message/1002/content`, { headers: auth });
      expect(expired.status).toBe(404);
      expect(sandbox.recorded('content').map((r) => r.status)).toEqual([200, 404]);
    });

    it('wants an access token', async () => {
      expect((await fetch(`${sandbox.url}/v2/bot/message/1001/content`)).status).toBe(401);
    });
  });

  describe('bot info', () => {
    it('answers any token with the bot, and 401 once a token is revoked, for every operation', async () => {
      const info = await fetch(`${sandbox.url}/v2/bot/info`, { headers: { authorization: 'Bearer kept' } });
      expect(info.status).toBe(200);
      expect(await info.json()).toMatchObject({ displayName: sandbox.bot.displayName, chatMode: 'chat' });
      sandbox.revokeAccessToken('reissued');
      const revoked = { authorization: 'Bearer reissued' };
      expect((await fetch(`${sandbox.url}/v2/bot/info`, { headers: revoked })).status).toBe(401);
      expect((await fetch(`${sandbox.url}/v2/bot/message/quota`, { headers: revoked })).status).toBe(401);
      expect(sandbox.recorded('botInfo').map((r) => r.status)).toEqual([200, 401]);
    });
  });

  describe('multicast', () => {
    const messages = [{ type: 'text', text: 'お知らせです' }];

    it('accepts 1 to 500 user ids with valid messages, answering {}', async () => {
      const res = await multicast({ to: [randomLineUserId(), randomLineUserId()], messages }, randomUUID());
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({});
    });

    it.each([
      ['no recipient', { to: [], messages }, 'to'],
      ['501 recipients', { to: Array.from({ length: 501 }, randomLineUserId), messages }, 'to'],
      ['a recipient that is not a user id', { to: [randomLineUserId(), 'Cabc'], messages }, 'to[1]'],
      ['a string instead of an array', { to: randomLineUserId(), messages }, 'to'],
      ['a text message without text', { to: [randomLineUserId()], messages: [{ type: 'text' }] }, 'messages[0].text'],
    ])('answers 400 to %s', async (_, body, property) => {
      const res = await multicast(body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { details: { property: string }[] }).details).toContainEqual(
        expect.objectContaining({ property }),
      );
    });

    it('enforces retry keys as for push: 409 on a repeated key, 400 on a malformed one', async () => {
      const key = randomUUID();
      const body = { to: [randomLineUserId()], messages };
      expect((await multicast(body, key)).status).toBe(200);
      const again = await multicast(body, key);
      expect(again.status).toBe(409);
      expect(again.headers.get('x-line-accepted-request-id')).toBeTruthy();
      expect((await multicast(body, 'not-a-uuid')).status).toBe(400);
    });
  });

  describe('multicast deliveries', () => {
    const messages = [{ type: 'text', text: 'お知らせです' }];
    const recipients = (n: number) => Array.from({ length: n }, randomLineUserId);

    it('delivers once to each recipient, and nothing on a repeated retry key', async () => {
      const to = recipients(3);
      const key = randomUUID();
      const body = { to, messages, notificationDisabled: true, customAggregationUnits: ['autumn_fair'] };
      expect((await multicast(body, key)).status).toBe(200);
      expect((await multicast(body, key)).status).toBe(409);
      const counts = sandbox.recipientCounts();
      expect(to.map((id) => counts.get(id))).toEqual([1, 1, 1]);
      expect(sandbox.deliveriesTo(to[0])).toEqual([
        expect.objectContaining({
          operation: 'multicast',
          retryKey: key,
          messages,
          notificationDisabled: true,
          customAggregationUnits: ['autumn_fair'],
        }),
      ]);
    });

    it('delivers nothing on an injected 429, 500, 503 or timeout, and the same key succeeds afterwards', async () => {
      const to = recipients(2);
      const key = randomUUID();
      sandbox.failNext('multicast', { status: 429, retryAfter: 2 }, { status: 500 }, { status: 503 }, 'timeout');
      const limited = await multicast({ to, messages }, key);
      expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '2']);
      expect((await multicast({ to, messages }, key)).status).toBe(500);
      expect((await multicast({ to, messages }, key)).status).toBe(503);
      const silent = await fetch(`${sandbox.url}/v2/bot/message/multicast`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json', 'x-line-retry-key': key },
        body: JSON.stringify({ to, messages }),
        signal: AbortSignal.timeout(300),
      }).catch((error: Error) => error.name);
      expect(silent).toBe('TimeoutError');
      expect(to.map((id) => sandbox.deliveriesTo(id).length)).toEqual([0, 0]);
      expect((await multicast({ to, messages }, key)).status).toBe(200);
      expect(to.map((id) => sandbox.deliveriesTo(id).length)).toEqual([1, 1]);
    });

    it('answers 429 beyond the rate of one access token, and not to another token', async () => {
      sandbox.setRateLimit('multicast', 3);
      try {
        const statuses = await Promise.all(
          Array.from({ length: 8 }, () => multicast({ to: recipients(1), messages }, randomUUID(), 'busy-channel')),
        ).then((answers) => answers.map((a) => a.status));
        expect(statuses.filter((s) => s === 200)).toHaveLength(3);
        expect(statuses.filter((s) => s === 429)).toHaveLength(5);
        expect((await multicast({ to: recipients(1), messages }, randomUUID(), 'quiet-channel')).status).toBe(200);
      } finally {
        sandbox.setRateLimit('multicast', SANDBOX_MULTICAST_REQUESTS_PER_SECOND);
      }
    });

    it("counts this month's consumption (one per recipient, whatever the bubbles) and refuses what would exceed the quota", async () => {
      const token = `quota-${randomUUID()}`;
      const read = async (path: string) =>
        (await fetch(`${sandbox.url}${path}`, { headers: { authorization: `Bearer ${token}` } })).json();
      sandbox.setQuota({ type: 'limited', value: 5 });
      try {
        expect(await read('/v2/bot/message/quota')).toEqual({ type: 'limited', value: 5 });
        const two = [...messages, { type: 'text', text: '二通目' }];
        expect((await multicast({ to: recipients(4), messages: two }, randomUUID(), token)).status).toBe(200);
        expect(await read('/v2/bot/message/quota/consumption')).toEqual({ totalUsage: 4 });
        const over = recipients(2);
        const refused = await multicast({ to: over, messages: two }, randomUUID(), token);
        expect(refused.status).toBe(429);
        expect(over.map((id) => sandbox.deliveriesTo(id).length)).toEqual([0, 0]);
        expect(sandbox.consumption(token)).toBe(4);
      } finally {
        sandbox.setQuota({ type: 'none' });
      }
      expect(await read('/v2/bot/message/quota')).toEqual({ type: 'none' });
    });

    it('checks text emojis, images and the buttons template as LINE documents them', async () => {
      const to = recipients(1);
      const link = {
        type: 'template',
        altText: '秋祭りのお知らせ https://example.jp/fair',
        template: {
          type: 'buttons',
          title: '秋祭り',
          text: '詳しくはこちら',
          actions: [{ type: 'uri', label: '開く', uri: 'https://example.jp/fair' }],
        },
      };
      const valid = [
        {
          type: 'text',
          text: '$ こんにちは $',
          emojis: [{ index: 0, productId: '5ac1bfd5040ab15980c9b435', emojiId: '001' }],
        },
        {
          type: 'image',
          originalContentUrl: 'https://example.jp/a.jpg',
          previewImageUrl: 'https://example.jp/a-s.jpg',
        },
        link,
      ];
      expect((await multicast({ to, messages: valid }, randomUUID())).status).toBe(200);
      const problems = async (message: unknown) => {
        const res = await multicast({ to, messages: [message] }, randomUUID());
        expect(res.status).toBe(400);
        return ((await res.json()) as { details: { property: string }[] }).details.map((d) => d.property);
      };
      expect(
        await problems({ type: 'text', text: 'no dollar', emojis: [{ index: 1, productId: 'p', emojiId: '001' }] }),
      ).toEqual(['messages[0].emojis[0].index']);
      expect(
        await problems({
          type: 'image',
          originalContentUrl: `https://example.jp/${'a'.repeat(2000)}`,
          previewImageUrl: 'http://example.jp/a.jpg',
        }),
      ).toEqual(['messages[0].previewImageUrl', 'messages[0].originalContentUrl']);
      expect(await problems({ ...link, altText: 'あ'.repeat(401) })).toEqual(['messages[0].altText']);
      expect(
        await problems({ ...link, template: { ...link.template, title: 'あ'.repeat(41), text: 'あ'.repeat(61) } }),
      ).toEqual(['messages[0].template.title', 'messages[0].template.text']);
      expect(
        await problems({
          ...link,
          template: { ...link.template, actions: [{ type: 'uri', label: 'a'.repeat(21), uri: 'ftp://x' }] },
        }),
      ).toEqual(['messages[0].template.actions[0].label', 'messages[0].template.actions[0].uri']);
      expect(await problems({ ...link, template: { ...link.template, actions: [] } })).toEqual([
        'messages[0].template.actions',
      ]);
      const res = await multicast({ to, messages, customAggregationUnits: ['a', 'b'] }, randomUUID());
      expect(res.status).toBe(400);
    });

    it('records 100 batches of 500 recipients and counts them per recipient', async () => {
      const everyone = recipients(50_000);
      for (let i = 0; i < everyone.length; i += 500) {
        expect((await multicast({ to: everyone.slice(i, i + 500), messages }, randomUUID(), 'bulk')).status).toBe(200);
      }
      const counts = sandbox.recipientCounts();
      expect(everyone.filter((id) => counts.get(id) === 1)).toHaveLength(50_000);
      expect(sandbox.consumption('bulk')).toBe(50_000);
    });
  });
});
