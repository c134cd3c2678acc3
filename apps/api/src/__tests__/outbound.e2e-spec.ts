import { randomInt, randomUUID } from 'node:crypto';
import { LineSandbox, unfollowEvent } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import {
  conversationIdOf,
  createLineChannel,
  deliver,
  eventually,
  expectLineRequestsValid,
  ownerQuery,
  type TestChannel,
} from './support/line';
import { LiveClient } from './support/live-client';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

const lineUser = () => `U${randomUUID().replace(/-/g, '')}`;
async function registrantStatusOf(lineUserId: string): Promise<string | undefined> {
  const rows = await ownerQuery<{ status: string }>('select status from registrant where line_user_id = $1', [
    lineUserId,
  ]);
  return rows[0]?.status;
}

const REPLY =
  'mutation($input: ReplyToConversationInput!) { replyToConversation(input: $input) { id deliveryStatus } }';
const RETRY = 'mutation($input: RetryReplyInput!) { retryReply(input: $input) { id direction deliveryStatus } }';

describe('sending to families through LINE (against the LINE sandbox)', () => {
  const sandbox = new LineSandbox();
  let t: TestApp;
  let tenant: Tenant;
  let counselor: TestUser;
  let channel: TestChannel;
  let url: string;

  beforeAll(async () => {
    await sandbox.start();
    t = await TestApp.start({
      JOB_WORKERS: '1',
      LINE_API_BASE_URL: sandbox.url,
      LINE_DATA_API_BASE_URL: sandbox.url,
      LINE_API_TIMEOUT_MS: '300',
    });
    tenant = await t.newTenant();
    counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    const admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    channel = await createLineChannel(t, admin.token);
    url = await t.listen();
  });

  afterAll(async () => {
    await t.close();
    await sandbox.stop();
  });

  // The contract: every request the sandbox received is one the real LINE platform accepts.
  afterAll(() => expectLineRequestsValid(sandbox));

  /** A family writes; returns their conversation (processed) and the reply token LINE gave. */
  async function familyWrites(
    userId = lineUser(),
  ): Promise<{ conversationId: string; replyToken: string; userId: string }> {
    const replyToken = randomUUID().replace(/-/g, '');
    await deliver(t, channel, [
      {
        type: 'message',
        mode: 'active',
        timestamp: Date.now(),
        source: { type: 'user', userId },
        webhookEventId: `01${randomUUID().replace(/-/g, '').slice(0, 24)}`,
        deliveryContext: { isRedelivery: false },
        replyToken,
        message: { id: String(randomInt(1e12, 2e12)), type: 'text', quoteToken: 'q', text: '相談です' },
      },
    ]);
    const conversationId = await eventually(() => conversationIdOf(userId), Boolean);
    return { conversationId: conversationId as string, replyToken, userId };
  }

  const deliveryStatus = (conversationId: string) =>
    eventually(
      async () => {
        const res = await t.graphql<{ messages: { edges: { node: { direction: string; deliveryStatus: string } }[] } }>(
          'query($id: ID!) { messages(conversationId: $id, first: 5) { edges { node { direction deliveryStatus } } } }',
          { id: conversationId },
          { token: counselor.token },
        );
        return res.data!.messages.edges.find((e) => e.node.direction === 'OUT')?.node.deliveryStatus;
      },
      (status) => status !== undefined && status !== 'QUEUED',
    );

  it('answers by reply while the reply token is fresh, with a request LINE would accept', async () => {
    const { conversationId, replyToken } = await familyWrites();
    const res = await t.graphql<{ replyToConversation: { deliveryStatus: string } }>(
      REPLY,
      { input: { conversationId, text: 'ご相談ありがとうございます。' } },
      {
        token: counselor.token,
      },
    );
    expect(res.data!.replyToConversation.deliveryStatus).toBe('QUEUED');
    expect(await deliveryStatus(conversationId)).toBe('SENT');
    const sent = sandbox.recorded('reply').filter((r) => (r.body as { replyToken: string }).replyToken === replyToken);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      status: 200,
      body: { messages: [{ type: 'text', text: 'ご相談ありがとうございます。' }] },
    });
    // The reply ended the family's wait: reports measure the first-response time from this.
    const [answer] = await ownerQuery<{ answers_since: Date; answered_in_hours: boolean; waited: Date }>(
      `select m.answers_since, m.answers_in_hours as answered_in_hours,
              (select min(i.sent_at) from message i where i.conversation_id = m.conversation_id and i.direction = 'in') as waited
         from message m where m.conversation_id = $1 and m.direction = 'out'`,
      [conversationId],
    );
    expect(answer.answers_since).toEqual(answer.waited);
    expect(answer.answered_in_hours).toBe(true);
  });

  it('pushes instead when LINE certainly refused the reply token', async () => {
    const { conversationId, replyToken, userId } = await familyWrites();
    sandbox.expireReplyToken(replyToken);
    await t.graphql(REPLY, { input: { conversationId, text: '返信が遅くなりました。' } }, { token: counselor.token });
    expect(await deliveryStatus(conversationId)).toBe('SENT');
    const pushes = sandbox.recorded('push').filter((r) => (r.body as { to: string }).to === userId);
    expect(pushes).toHaveLength(1);
    expect(pushes[0].retryKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows UNKNOWN, and never sends again, when a reply gets no answer', async () => {
    const { conversationId, userId, replyToken } = await familyWrites();
    sandbox.failNext('reply', 'timeout');
    await t.graphql(
      REPLY,
      { input: { conversationId, text: '届いたかどうか分からない返信' } },
      { token: counselor.token },
    );
    expect(await deliveryStatus(conversationId)).toBe('UNKNOWN');
    expect(
      sandbox.recorded('reply').filter((r) => (r.body as { replyToken?: string })?.replyToken === replyToken),
    ).toHaveLength(1);
    expect(sandbox.recorded('push').filter((r) => (r.body as { to: string })?.to === userId)).toHaveLength(0);
  });

  it('retries a push after 429 and 500 with the same retry key, and the family gets it once', async () => {
    const { conversationId, replyToken, userId } = await familyWrites();
    sandbox.expireReplyToken(replyToken);
    // The reply meets 429 (certainly not delivered), so the message goes by push, which meets 500
    // and is retried by the job queue with the same retry key.
    sandbox.failNext('reply', { status: 429 });
    sandbox.failNext('push', { status: 500 });
    await t.graphql(REPLY, { input: { conversationId, text: '再送されても一度だけ届く' } }, { token: counselor.token });
    expect(await deliveryStatus(conversationId)).toBe('SENT');
    const pushes = sandbox.recorded('push').filter((r) => (r.body as { to: string })?.to === userId);
    expect(new Set(pushes.map((p) => p.retryKey)).size).toBe(1);
    expect(pushes.filter((p) => p.status === 200)).toHaveLength(1);
  }, 40_000);

  /** The conversation's messages, newest first. */
  const messagesOf = async (conversationId: string) =>
    (
      await t.graphql<{
        messages: { edges: { node: { id: string; direction: string; deliveryStatus: string | null } }[] };
      }>(
        'query($id: ID!) { messages(conversationId: $id, first: 10) { edges { node { id direction deliveryStatus } } } }',
        { id: conversationId },
        { token: counselor.token },
      )
    ).data!.messages.edges.map((e) => e.node);
  const pushesTo = (userId: string) =>
    sandbox.recorded('push').filter((r) => (r.body as { to?: string } | null)?.to === userId);
  const retry = (messageId: string, token = counselor.token) =>
    t.graphql<{ retryReply: { id: string; direction: string; deliveryStatus: string } }>(
      RETRY,
      { input: { messageId } },
      { token },
    );

  describe('sending a reply again', () => {
    it('queues a FAILED reply again with its first retry key, tells the inbox live, and the family gets it once', async () => {
      const { conversationId, replyToken, userId } = await familyWrites();
      sandbox.expireReplyToken(replyToken);
      // LINE refuses the channel's access token (an administrator then puts a valid one in place).
      sandbox.failNext('push', { status: 401 });
      await t.graphql(REPLY, { input: { conversationId, text: '二度目で届く返信' } }, { token: counselor.token });
      expect(await deliveryStatus(conversationId)).toBe('FAILED');
      const failed = (await messagesOf(conversationId)).find((m) => m.direction === 'OUT')!;

      const live = await LiveClient.as(url, counselor.token, tenant.slug);
      try {
        expect(await live.acknowledged()).toBe(true);
        live.subscribe('inbox', 'subscription { inboxEvents { events { kind message { id deliveryStatus } } } }');
        await new Promise((resolve) => setTimeout(resolve, 300));
        // The retried push meets no answer first: it stays QUEUED a while, as subscribers see.
        sandbox.failNext('push', 'timeout');
        const res = await retry(failed.id);
        expect(res.errors).toBeUndefined();
        expect(res.data!.retryReply).toEqual({ id: failed.id, direction: 'OUT', deliveryStatus: 'QUEUED' });
        type Events = {
          inboxEvents: { events: { kind: string; message: { id: string; deliveryStatus: string } | null }[] };
        };
        const seen = () =>
          live
            .data<Events>('inbox')
            .flatMap((d) => d.inboxEvents.events)
            .filter((e) => e.kind === 'DELIVERY_UPDATED' && e.message?.id === failed.id)
            .map((e) => e.message!.deliveryStatus);
        await live.until(() => seen().includes('SENT'), 30_000);
        expect(seen()[0]).toBe('QUEUED');
        expect(seen()).toContain('SENT');
      } finally {
        live.close();
      }
      expect(await deliveryStatus(conversationId)).toBe('SENT');
      const pushes = pushesTo(userId);
      expect(pushes.map((p) => p.status)).toEqual([401, -1, 200]);
      expect(new Set(pushes.map((p) => p.retryKey)).size).toBe(1);
      const audit = await ownerQuery<{ actor_user_id: string; details: { from: string } }>(
        `select actor_user_id, details from audit_event where target_id = $1 and action = 'message.retried'`,
        [failed.id],
      );
      expect(audit).toEqual([{ actor_user_id: counselor.id, details: expect.objectContaining({ from: 'failed' }) }]);
    }, 40_000);

    it('marks FAILED, with the reason, a push LINE has not taken by its last try; sent again, the family gets it once', async () => {
      const { conversationId, replyToken, userId } = await familyWrites();
      sandbox.expireReplyToken(replyToken);
      sandbox.failNext('push', { status: 503 }, { status: 503 });
      const sent = await t.graphql<{ replyToConversation: { id: string } }>(
        REPLY,
        { input: { conversationId, text: '障害の後で届く返信' } },
        { token: counselor.token },
      );
      const messageId = sent.data!.replyToConversation.id;
      // The first try met 503 and waits for its retry: the clock is moved on to its last try.
      await eventually(
        async () =>
          (
            await ownerQuery<{ id: string }>(
              `update pgboss.job set retry_count = retry_limit - 1, start_after = now()
                where name = 'line.send' and data->>'messageId' = $1 and state = 'retry' returning id`,
              [messageId],
            )
          ).length,
        (updated) => updated === 1,
      );
      expect(await deliveryStatus(conversationId)).toBe('FAILED');
      const [failed] = await ownerQuery<{ delivery_error: string }>(
        'select delivery_error from message where id = $1',
        [messageId],
      );
      expect(failed.delivery_error).toMatch(/last try.*503/);
      expect(pushesTo(userId).map((p) => p.status)).toEqual([503, 503]);

      expect((await retry(messageId)).data!.retryReply.deliveryStatus).toBe('QUEUED');
      expect(await deliveryStatus(conversationId)).toBe('SENT');
      const pushes = pushesTo(userId);
      expect(pushes.map((p) => p.status)).toEqual([503, 503, 200]);
      expect(new Set(pushes.map((p) => p.retryKey)).size).toBe(1);
    }, 40_000);

    it('does not deliver twice a push LINE took whose answer was lost (UNKNOWN): LINE answers 409, and it counts as sent', async () => {
      const { conversationId, replyToken, userId } = await familyWrites();
      sandbox.expireReplyToken(replyToken);
      await t.graphql(REPLY, { input: { conversationId, text: '一度だけ届く返信' } }, { token: counselor.token });
      expect(await deliveryStatus(conversationId)).toBe('SENT');
      const sent = (await messagesOf(conversationId)).find((m) => m.direction === 'OUT')!;
      // LINE took the push, but its answer never came back: the counsellor sees UNKNOWN.
      await ownerQuery(`update message set delivery_status = 'unknown' where id = $1`, [sent.id]);
      expect((await retry(sent.id)).data!.retryReply.deliveryStatus).toBe('QUEUED');
      expect(await deliveryStatus(conversationId)).toBe('SENT');
      const pushes = pushesTo(userId);
      expect(pushes.map((p) => p.status)).toEqual([200, 409]);
      expect(new Set(pushes.map((p) => p.retryKey)).size).toBe(1);
    });

    it('refuses anything but a FAILED or UNKNOWN counsellor reply with a typed error, and changes nothing', async () => {
      const { conversationId, replyToken, userId } = await familyWrites();
      sandbox.expireReplyToken(replyToken);
      await t.graphql(REPLY, { input: { conversationId, text: '届いた返信' } }, { token: counselor.token });
      expect(await deliveryStatus(conversationId)).toBe('SENT');
      const [reply, inbound] = ['OUT', 'IN'].map((d) =>
        messagesOf(conversationId).then((ms) => ms.find((m) => m.direction === d)!),
      );
      const sent = await reply;
      for (const id of [sent.id, (await inbound).id]) {
        const res = await retry(id);
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MESSAGE_NOT_RETRYABLE' });
      }
      // A FAILED automatic answer (a welcome, an out-of-hours reply) is the system's to send, not a counsellor's.
      await ownerQuery(`update message set delivery_status = 'failed', automatic = 'welcome' where id = $1`, [sent.id]);
      expect((await retry(sent.id)).errors?.[0].extensions).toMatchObject({ reason: 'MESSAGE_NOT_RETRYABLE' });
      expect(errorCodes(await retry('00000000-0000-4000-8000-000000000000'))).toEqual(['NOT_FOUND']);
      const after = (await messagesOf(conversationId)).map((m) => m.deliveryStatus);
      expect(after).toContain('FAILED');
      expect(after).not.toContain('QUEUED');
      expect(pushesTo(userId)).toHaveLength(1);
    });

    it('refuses a Yamagata counsellor a Kobe reply (not found) and a city official (forbidden); nothing is sent', async () => {
      const yamagata = await t.newTenant();
      const yamagataCounselor = await t.newUser({ tenant: yamagata, role: TenantRole.COUNSELOR });
      const viewer = await t.newUser({ tenant, role: TenantRole.MUNICIPAL_VIEWER });
      const { conversationId, replyToken, userId } = await familyWrites();
      sandbox.expireReplyToken(replyToken);
      sandbox.failNext('push', { status: 401 });
      await t.graphql(
        REPLY,
        { input: { conversationId, text: '他の市からは再送できない' } },
        { token: counselor.token },
      );
      expect(await deliveryStatus(conversationId)).toBe('FAILED');
      const failed = (await messagesOf(conversationId)).find((m) => m.direction === 'OUT')!;
      expect(errorCodes(await retry(failed.id, yamagataCounselor.token))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await retry(failed.id, viewer.token))).toEqual(['FORBIDDEN']);
      // Time for a wrongly queued message to go out.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect((await messagesOf(conversationId)).find((m) => m.id === failed.id)?.deliveryStatus).toBe('FAILED');
      expect(pushesTo(userId)).toHaveLength(1);
      const audit = await ownerQuery(`select 1 from audit_event where target_id = $1 and action = 'message.retried'`, [
        failed.id,
      ]);
      expect(audit).toEqual([]);
    });
  });

  it('refuses to send to a family who blocked the account', async () => {
    const { conversationId, userId } = await familyWrites();
    await deliver(t, channel, [unfollowEvent(userId)]);
    const blocked = await eventually(
      () => registrantStatusOf(userId),
      (status) => status === 'blocked',
    );
    expect(blocked).toBe('blocked');
    const res = await t.graphql(REPLY, { input: { conversationId, text: '届かない' } }, { token: counselor.token });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REGISTRANT_BLOCKED' });
  });
});
