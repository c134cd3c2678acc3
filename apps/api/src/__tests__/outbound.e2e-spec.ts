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
import { TestApp, type TestUser } from './support/test-app';

const lineUser = () => `U${randomUUID().replace(/-/g, '')}`;
async function registrantStatusOf(lineUserId: string): Promise<string | undefined> {
  const rows = await ownerQuery<{ status: string }>('select status from registrant where line_user_id = $1', [
    lineUserId,
  ]);
  return rows[0]?.status;
}

const REPLY =
  'mutation($input: ReplyToConversationInput!) { replyToConversation(input: $input) { id deliveryStatus } }';

describe('sending to families through LINE (against the LINE sandbox)', () => {
  const sandbox = new LineSandbox();
  let t: TestApp;
  let tenant: Tenant;
  let counselor: TestUser;
  let channel: TestChannel;

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
