import { randomInt, randomUUID } from 'node:crypto';
import type { Tenant } from '@tsunagu/platform/database';
import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { conversationIdOf, createLineChannel, deliver, eventually, ownerQuery, type TestChannel } from './support/line';
import { errorCodes, TestApp, type GraphQLResponse, type TestUser } from './support/test-app';

const lineId = (prefix: string) => `${prefix}${randomUUID().replace(/-/g, '')}`;

const INBOX = `query($filter: ConversationFilter, $first: Int, $after: String) {
  conversations(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id status priority unreadCount registrant { id status } lastMessage { direction type text unsent } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface InboxPage {
  conversations: {
    edges: {
      node: {
        id: string;
        status: string;
        unreadCount: number;
        registrant: { status: string };
        lastMessage: { text: string | null; unsent: boolean } | null;
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('the consultation inbox, fed by the LINE webhook', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let counselor: TestUser;
  let otherCounselor: TestUser;
  let admin: TestUser;
  let channel: TestChannel;

  beforeAll(async () => {
    t = await TestApp.start({ JOB_WORKERS: '1' });
    tenant = await t.newTenant();
    other = await t.newTenant();
    counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    otherCounselor = await t.newUser({ tenant: other, role: TenantRole.COUNSELOR });
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    channel = await createLineChannel(t, admin.token);
  });

  afterAll(async () => {
    await t.close();
  });

  const base = (userId: string, type: string, extra: object = {}) => ({
    type,
    mode: 'active',
    timestamp: Date.now(),
    source: { type: 'user', userId },
    webhookEventId: lineId('01'),
    deliveryContext: { isRedelivery: false },
    ...extra,
  });
  const text = (userId: string, body: string, messageId = String(randomInt(1e12, 2e12))) =>
    base(userId, 'message', {
      replyToken: lineId('r'),
      message: { id: messageId, type: 'text', quoteToken: 'q', text: body },
    });

  const inbox = async (filter: object = {}, token = counselor.token) =>
    t.graphql<InboxPage>(INBOX, { filter, first: 50 }, { token });

  it('turns a follow and a message into a conversation in the inbox', async () => {
    const family = lineId('U');
    await deliver(t, channel, [
      base(family, 'follow', { replyToken: lineId('r') }),
      text(family, '子どもへの虐待が心配です'),
    ]);
    const page = await eventually(inbox, (p) => (p.data?.conversations.edges.length ?? 0) > 0);
    const node = page.data!.conversations.edges[0].node;
    expect(node).toMatchObject({
      status: 'OPEN',
      unreadCount: 1,
      registrant: { status: 'ACTIVE' },
      lastMessage: { text: '子どもへの虐待が心配です' },
    });
  });

  it('finds two-character terms such as 虐待 and DV', async () => {
    const family = lineId('U');
    await deliver(t, channel, [text(family, '夫からのＤＶで困っています')]);
    await eventually(() => conversationIdOf(family), Boolean);
    const abuse = await inbox({ search: '虐待' });
    expect(abuse.data!.conversations.edges.map((e) => e.node.lastMessage?.text)).toEqual(['子どもへの虐待が心配です']);
    const dv = await eventually(
      () => inbox({ search: 'DV' }),
      (p) => (p.data?.conversations.edges.length ?? 0) > 0,
    );
    expect(dv.data!.conversations.edges.map((e) => e.node.lastMessage?.text)).toEqual(['夫からのＤＶで困っています']);
    expect((await inbox({ search: '引っ越し' })).data!.conversations.edges).toEqual([]);
  });

  it('processes a redelivered message once', async () => {
    const family = lineId('U');
    const message = text(family, '一回だけ');
    await deliver(t, channel, [message]);
    await deliver(t, channel, [{ ...message, deliveryContext: { isRedelivery: true } }]);
    const id = await eventually(() => conversationIdOf(family), Boolean);
    const messages = await t.graphql<{ messages: { edges: unknown[] } }>(
      'query($id: ID!) { messages(conversationId: $id) { edges { node { text } } } }',
      { id },
      { token: counselor.token },
    );
    expect(messages.data!.messages.edges).toHaveLength(1);
  });

  it('keeps a button the family tapped (a postback) in their thread, and ignores event types it does not handle', async () => {
    const family = lineId('U');
    await deliver(t, channel, [
      base(family, 'postback', { replyToken: lineId('r'), postback: { data: 'action=consult&topic=childcare' } }),
      base(family, 'beacon', { replyToken: lineId('r'), beacon: { hwid: 'd41d8cd98f', type: 'enter' } }),
    ]);
    const id = await eventually(() => conversationIdOf(family), Boolean);
    const messages = await eventually(
      () =>
        t.graphql<{ messages: { edges: { node: { type: string; text: string; direction: string } }[] } }>(
          'query($id: ID!) { messages(conversationId: $id) { edges { node { type text direction } } } }',
          { id },
          { token: counselor.token },
        ),
      (r) => (r.data?.messages.edges.length ?? 0) > 0,
    );
    expect(messages.data!.messages.edges.map((e) => e.node)).toEqual([
      { type: 'postback', text: 'action=consult&topic=childcare', direction: 'IN' },
    ]);
  });

  it('erases an unsent message, marks a family who blocked the account, and reopens a resolved conversation', async () => {
    const family = lineId('U');
    const messageId = String(randomInt(1e12, 2e12));
    await deliver(t, channel, [text(family, '送信取り消しします', messageId)]);
    const id = await eventually(() => conversationIdOf(family), Boolean);
    await deliver(t, channel, [base(family, 'unsend', { unsend: { messageId } })]);
    const erased = await eventually(
      () =>
        t.graphql<{ conversation: { lastMessage: { text: string | null; unsent: boolean } } }>(
          'query($id: ID!) { conversation(id: $id) { lastMessage { text unsent } } }',
          { id },
          { token: counselor.token },
        ),
      (r) => r.data?.conversation.lastMessage.unsent === true,
    );
    expect(erased.data!.conversation.lastMessage).toEqual({ text: null, unsent: true });

    const resolved = await t.graphql<{ setConversationStatus: { status: string } }>(
      'mutation($input: SetConversationStatusInput!) { setConversationStatus(input: $input) { status } }',
      { input: { conversationId: id, status: 'RESOLVED' } },
      { token: counselor.token },
    );
    expect(resolved.data!.setConversationStatus.status).toBe('RESOLVED');
    await deliver(t, channel, [text(family, 'もう一つ質問です'), base(family, 'unfollow')]);
    const reopened = await eventually(
      () =>
        t.graphql<{ conversation: { status: string; registrant: { status: string } } }>(
          'query($id: ID!) { conversation(id: $id) { status registrant { status } } }',
          { id },
          { token: counselor.token },
        ),
      (r) => r.data?.conversation.registrant.status === 'BLOCKED' && r.data.conversation.status === 'OPEN',
    );
    expect(reopened.data!.conversation).toEqual({ status: 'OPEN', registrant: { status: 'BLOCKED' } });
  });

  it('records every view of a conversation in the audit trail', async () => {
    const family = lineId('U');
    await deliver(t, channel, [text(family, '見られた記録')]);
    const id = await eventually(() => conversationIdOf(family), Boolean);
    await t.graphql(
      'query($id: ID!) { messages(conversationId: $id) { edges { node { id } } } }',
      { id },
      { token: counselor.token },
    );
    const rows = await ownerQuery<{ actor_user_id: string }>(
      `select actor_user_id from audit_event where action = 'conversation.viewed' and target_id = $1`,
      [id],
    );
    expect(rows).toEqual([{ actor_user_id: counselor.id }]);
  });

  it('does not return conversations of another tenant, nor their messages', async () => {
    const family = lineId('U');
    await deliver(t, channel, [text(family, '他の市には見えない')]);
    const id = await eventually(() => conversationIdOf(family), Boolean);
    const list = await inbox({}, otherCounselor.token);
    expect(list.data!.conversations.edges).toEqual([]);
    for (const query of [
      'query($id: ID!) { conversation(id: $id) { id } }',
      'query($id: ID!) { messages(conversationId: $id) { edges { node { text } } } }',
    ]) {
      expect(errorCodes(await t.graphql(query, { id }, { token: otherCounselor.token }))).toEqual(['NOT_FOUND']);
    }
    expect(
      errorCodes(
        await t.graphql(
          'mutation($input: SetConversationStatusInput!) { setConversationStatus(input: $input) { id } }',
          {
            input: { conversationId: id, status: 'RESOLVED' },
          },
          { token: otherCounselor.token },
        ),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('keeps messages from a tenant admin who does not counsel, and from a platform admin without emergency access', async () => {
    expect(errorCodes(await inbox({}, admin.token))).toEqual(['FORBIDDEN']);
    const platformAdmin = await t.newUser({ platformRoles: [PlatformRole.PLATFORM_ADMIN] });
    const asPlatform = () =>
      t.graphql<InboxPage>(INBOX, { first: 5 }, { token: platformAdmin.token, tenant: tenant.slug });
    expect(errorCodes(await asPlatform())).toEqual(['FORBIDDEN']);
    await t.graphql(
      'mutation($input: RequestEmergencyAccessInput!) { requestEmergencyAccess(input: $input) { id } }',
      { input: { tenantSlug: tenant.slug, reason: '緊急の安全確認のため、相談内容を確認する必要があります' } },
      { token: platformAdmin.token },
    );
    expect(errorCodes(await asPlatform())).toEqual([]);
  });

  it('assigns conversations to counsellors of the tenant only', async () => {
    const family = lineId('U');
    await deliver(t, channel, [text(family, '担当を決めてください')]);
    const id = await eventually(() => conversationIdOf(family), Boolean);
    const ASSIGN =
      'mutation($input: AssignConversationInput!) { assignConversation(input: $input) { assignee { id } } }';
    const ok = await t.graphql<{ assignConversation: { assignee: { id: string } } }>(
      ASSIGN,
      { input: { conversationId: id, assigneeId: counselor.id } },
      {
        token: counselor.token,
      },
    );
    expect(ok.data!.assignConversation.assignee.id).toBe(counselor.id);
    const outsider = await t.graphql(
      ASSIGN,
      { input: { conversationId: id, assigneeId: otherCounselor.id } },
      { token: counselor.token },
    );
    expect(errorCodes(outsider)).toEqual(['BAD_USER_INPUT']);
    const mine = await inbox({ assigneeId: counselor.id });
    expect(mine.data!.conversations.edges.map((e) => e.node.id)).toEqual([id]);
  });

  it('pages through the inbox with cursors', async () => {
    const first = await t.graphql<InboxPage>(INBOX, { first: 2 }, { token: counselor.token });
    expect(first.data!.conversations.pageInfo.hasNextPage).toBe(true);
    const second = await t.graphql<InboxPage>(
      INBOX,
      { first: 2, after: first.data!.conversations.pageInfo.endCursor },
      { token: counselor.token },
    );
    const ids = [...first.data!.conversations.edges, ...second.data!.conversations.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(4);
  });

  it('refuses a tampered cursor with a typed error', async () => {
    const tampered = Buffer.from(JSON.stringify({ at: '2026-01-01T00:00:00Z', id: "x' or 1=1" })).toString('base64url');
    const inboxPage = await t.graphql(INBOX, { first: 5, after: tampered }, { token: counselor.token });
    expect(errorCodes(inboxPage)).toEqual(['BAD_USER_INPUT']);
    const notices = await t.graphql(
      'query($after: String) { notifications(first: 5, after: $after) { edges { node { id } } } }',
      { after: tampered },
      { token: counselor.token },
    );
    expect(errorCodes(notices)).toEqual(['BAD_USER_INPUT']);
  });

  it('misses no conversation when several share a millisecond (the database keeps microseconds)', async () => {
    const families = [lineId('U'), lineId('U'), lineId('U')];
    await deliver(
      t,
      channel,
      families.map((family) => text(family, '同じ瞬間の相談')),
    );
    const ids = await Promise.all(families.map((family) => eventually(() => conversationIdOf(family), Boolean)));
    // Newest of all, within one millisecond: .000300, .000200 and .000100 of the same second.
    await ownerQuery(
      `update conversation set last_message_at = '2099-01-01 00:00:00+00'::timestamptz + (interval '1 microsecond' * (100 * (array_position($1::uuid[], id))))
       where id = any($1::uuid[])`,
      [ids],
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      // Urgent conversations come first: these are the newest of the others.
      const res: GraphQLResponse<InboxPage> = await t.graphql<InboxPage>(
        INBOX,
        { filter: { priority: 'NORMAL' }, first: 1, after },
        { token: counselor.token },
      );
      seen.push(...res.data!.conversations.edges.map((e) => e.node.id));
      after = res.data!.conversations.pageInfo.endCursor;
    }
    expect(seen).toEqual([...ids].reverse());
  });
});
