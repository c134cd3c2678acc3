import { randomUUID } from 'node:crypto';
import { LineSandbox } from '../line-sandbox';
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

  const multicast = (body: unknown, retryKey?: string) =>
    fetch(`${sandbox.url}/v2/bot/message/multicast`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', ...(retryKey ? { 'x-line-retry-key': retryKey } : {}) },
      body: JSON.stringify(body),
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
});
