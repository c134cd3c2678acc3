import { LineSandbox, randomLineUserId, textMessageEvent } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { LiveClient } from './support/live-client';
import { conversationIdOf, createLineChannel, deliver, eventually, ownerQuery, type TestChannel } from './support/line';
import { errorCodes, TestApp, type GraphQLResponse, type TestUser } from './support/test-app';

const INBOX = `query($filter: ConversationFilter, $first: Int, $after: String) {
  conversations(filter: $filter, first: $first, after: $after) {
    edges { node { id priority } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const CONVERSATION = `query($id: ID!) { conversation(id: $id) {
  id priority urgentSince urgentKeyword outOfHours channel { id name }
} }`;
const ACKNOWLEDGE = `mutation($input: AcknowledgeConversationInput!) { acknowledgeConversation(input: $input) {
  id priority urgentSince urgentKeyword
} }`;
const NOTIFICATIONS = '{ notifications(first: 50) { edges { node { id kind conversationId readAt } } } }';
const UPDATE_CHANNEL =
  'mutation($input: UpdateLineChannelInput!) { updateLineChannel(input: $input) { id businessHours { weekly { day } } } }';

interface InboxPage {
  conversations: {
    edges: { node: { id: string; priority: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

interface ConversationView {
  id: string;
  priority: string;
  urgentSince: string | null;
  urgentKeyword: string | null;
  outOfHours: boolean;
  channel: { id: string; name: string };
}

interface Notice {
  id: string;
  kind: string;
  conversationId: string | null;
  readAt: string | null;
}

/** What the counsellors' inbox screen reads and does: its order, filters, banner and channel. */
describe('the inbox screen', () => {
  const sandbox = new LineSandbox();
  let t: TestApp;
  let url: string;
  let kobe: Tenant;
  let admin: TestUser;
  let counselor: TestUser;
  let colleague: TestUser;
  let viewer: TestUser;
  let yamagataCounselor: TestUser;
  let channel: TestChannel;
  let secondChannel: TestChannel;
  let yamagataChannel: TestChannel;

  beforeAll(async () => {
    await sandbox.start();
    t = await TestApp.start({ JOB_WORKERS: '1', LINE_API_BASE_URL: sandbox.url, LINE_DATA_API_BASE_URL: sandbox.url });
    url = await t.listen();
    kobe = await t.newTenant({ nameJa: '神戸市' });
    const yamagata = await t.newTenant({ nameJa: '山形市' });
    admin = await t.newUser({ tenant: kobe, role: TenantRole.TENANT_ADMIN });
    counselor = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
    colleague = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
    viewer = await t.newUser({ tenant: kobe, role: TenantRole.MUNICIPAL_VIEWER });
    yamagataCounselor = await t.newUser({ tenant: yamagata, role: TenantRole.COUNSELOR });
    channel = await createLineChannel(t, admin.token);
    secondChannel = await createLineChannel(t, admin.token);
    const yamagataAdmin = await t.newUser({ tenant: yamagata, role: TenantRole.TENANT_ADMIN });
    yamagataChannel = await createLineChannel(t, yamagataAdmin.token);
  }, 60_000);

  afterAll(async () => {
    await t.close();
    await sandbox.stop();
  });

  /** A family writes through `on`; returns their conversation once processed. */
  async function familyWrites(text: string, on: TestChannel = channel): Promise<string> {
    const userId = randomLineUserId();
    await deliver(t, on, [textMessageEvent(userId, text)]);
    return (await eventually(() => conversationIdOf(userId), Boolean)) as string;
  }

  const view = (id: string, token = counselor.token) =>
    t.graphql<{ conversation: ConversationView }>(CONVERSATION, { id }, { token });

  /** A conversation urgent by a keyword rule, once triage has marked it. */
  async function urgentConversation(text: string): Promise<ConversationView> {
    const id = await familyWrites(text);
    const res = await eventually(
      () => view(id),
      (r) => Boolean(r.data?.conversation.urgentSince),
    );
    return res.data!.conversation;
  }

  const inboxIds = async (filter: object, first = 50, token = counselor.token): Promise<string[]> => {
    const res = await t.graphql<InboxPage>(INBOX, { filter, first }, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.conversations.edges.map((e) => e.node.id);
  };

  const noticesOf = async (user: TestUser): Promise<Notice[]> =>
    (
      await t.graphql<{ notifications: { edges: { node: Notice }[] } }>(NOTIFICATIONS, {}, { token: user.token })
    ).data!.notifications.edges.map((e) => e.node);

  describe('order', () => {
    it('lists URGENT conversations first, then the newest, and pages across the boundary in that order', async () => {
      // Its own channel, so that the filter leaves the other tests' conversations out.
      const own = await createLineChannel(t, admin.token);
      const ids: string[] = [];
      for (let n = 0; n < 5; n++) ids.push(await familyWrites(`順番の確認 ${n}`, own));
      const [newest, oldUrgent, middle, newUrgent, high] = ids;
      for (const [id, priority] of [
        [oldUrgent, 'URGENT'],
        [newUrgent, 'URGENT'],
        [high, 'HIGH'],
      ]) {
        const res = await t.graphql(
          'mutation($input: SetConversationPriorityInput!) { setConversationPriority(input: $input) { id } }',
          { input: { conversationId: id, priority } },
          { token: counselor.token },
        );
        expect(res.errors).toBeUndefined();
      }
      // The newest message is the one of a NORMAL conversation; the oldest of an URGENT one.
      const minutesAgo = new Map([
        [newest, 1],
        [oldUrgent, 50],
        [middle, 20],
        [newUrgent, 10],
        [high, 30],
      ]);
      for (const [id, minutes] of minutesAgo) {
        await ownerQuery(`update conversation set last_message_at = now() - make_interval(mins => $2) where id = $1`, [
          id,
          minutes,
        ]);
      }
      const expected = [newUrgent, oldUrgent, newest, middle, high];
      const filter = { lineChannelId: own.id };
      expect(await inboxIds(filter)).toEqual(expected);

      for (const size of [1, 2, 3]) {
        const seen: string[] = [];
        let after: string | null = null;
        for (let page = 0; page < 5; page++) {
          const res: GraphQLResponse<InboxPage> = await t.graphql<InboxPage>(
            INBOX,
            { filter, first: size, after },
            { token: counselor.token },
          );
          seen.push(...res.data!.conversations.edges.map((e) => e.node.id));
          if (!res.data!.conversations.pageInfo.hasNextPage) break;
          after = res.data!.conversations.pageInfo.endCursor;
        }
        expect({ size, seen }).toEqual({ size, seen: expected });
      }
    });
  });

  describe('filters', () => {
    it('shows only the conversations nobody is assigned to, or only assigned ones', async () => {
      const free = await familyWrites('担当者はまだいません');
      const taken = await familyWrites('担当者が決まりました');
      const assigned = await t.graphql(
        'mutation($input: AssignConversationInput!) { assignConversation(input: $input) { id } }',
        { input: { conversationId: taken, assigneeId: colleague.id } },
        { token: counselor.token },
      );
      expect(assigned.errors).toBeUndefined();
      const unassigned = await inboxIds({ unassigned: true });
      expect(unassigned).toContain(free);
      expect(unassigned).not.toContain(taken);
      const withSomeone = await inboxIds({ unassigned: false });
      expect(withSomeone).toContain(taken);
      expect(withSomeone).not.toContain(free);
    });

    it('refuses unassigned together with assigneeId, with a typed error', async () => {
      for (const unassigned of [true, false]) {
        const res = await t.graphql(
          INBOX,
          { filter: { unassigned, assigneeId: colleague.id }, first: 5 },
          { token: counselor.token },
        );
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      }
    });

    it('shows the families of one LINE channel', async () => {
      const first = await familyWrites('一つ目のチャネルから');
      const second = await familyWrites('二つ目のチャネルから', secondChannel);
      const ofSecond = await inboxIds({ lineChannelId: secondChannel.id });
      expect(ofSecond).toContain(second);
      expect(ofSecond).not.toContain(first);
      expect(await inboxIds({ lineChannelId: channel.id })).toContain(first);
      const bad = await t.graphql(
        INBOX,
        { filter: { lineChannelId: 'not-an-id' }, first: 5 },
        { token: counselor.token },
      );
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    });

    it("finds nothing for another tenant's channel", async () => {
      await familyWrites('山形のチャネルから', yamagataChannel);
      expect(await inboxIds({ lineChannelId: yamagataChannel.id })).toEqual([]);
      expect(await inboxIds({ lineChannelId: channel.id }, 50, yamagataCounselor.token)).toEqual([]);
      // The filter's choices: each tenant's own channels only.
      const channelsOf = async (token: string) =>
        (
          await t.graphql<{ conversationChannels: { id: string }[] }>(
            '{ conversationChannels { id name } }',
            {},
            { token },
          )
        ).data!.conversationChannels.map((c) => c.id);
      const ours = await channelsOf(counselor.token);
      expect(ours).toEqual(expect.arrayContaining([channel.id, secondChannel.id]));
      expect(ours).not.toContain(yamagataChannel.id);
      expect(await channelsOf(yamagataCounselor.token)).toEqual([yamagataChannel.id]);
    });
  });

  describe('a conversation as the screen shows it', () => {
    it('names the channel the family writes through', async () => {
      const id = await familyWrites('どのチャネルからでしょう', secondChannel);
      const { data } = await view(id);
      expect(data!.conversation.channel).toEqual({ id: secondChannel.id, name: 'テストチャネル' });
    });

    it('keeps the keyword rule that made it urgent as the tenant wrote it, and since when', async () => {
      const rule = await t.graphql(
        'mutation($input: UpsertKeywordRuleInput!) { upsertKeywordRule(input: $input) { id } }',
        { input: { keyword: 'ＯＤ' } },
        { token: admin.token },
      );
      expect(rule.errors).toBeUndefined();
      const before = Date.now();
      const urgent = await urgentConversation('薬をodしそうです');
      expect(urgent).toMatchObject({ priority: 'URGENT', urgentKeyword: 'ＯＤ' });
      expect(Date.parse(urgent.urgentSince as string)).toBeGreaterThanOrEqual(before - 1_000);
      const calm = await familyWrites('相談の予約をしたいです');
      expect((await view(calm)).data!.conversation).toMatchObject({ urgentSince: null, urgentKeyword: null });
    });

    it('lists the urgent conversations awaiting acknowledgement; opening the thread acknowledges and reads it', async () => {
      const urgent = await urgentConversation('もう消えたいです');
      const calm = await familyWrites('おむつの替え方を教えてください');
      expect(await inboxIds({ awaitingAcknowledgement: true })).toContain(urgent.id);
      expect(await inboxIds({ awaitingAcknowledgement: true })).not.toContain(calm);
      expect(await inboxIds({ awaitingAcknowledgement: false })).toContain(calm);
      expect(await inboxIds({ awaitingAcknowledgement: true }, 50, yamagataCounselor.token)).toEqual([]);

      const unread = async (id: string) =>
        (
          await t.graphql<{ conversation: { unreadCount: number } }>(
            'query($id: ID!) { conversation(id: $id) { unreadCount } }',
            { id },
            { token: counselor.token },
          )
        ).data!.conversation.unreadCount;
      const open = (id: string) =>
        t.graphql(
          'query($id: ID!) { messages(conversationId: $id, first: 5) { edges { node { id } } } }',
          { id },
          {
            token: colleague.token,
          },
        );
      expect(await unread(calm)).toBe(1);
      await open(calm);
      expect(await unread(calm)).toBe(0);
      await open(urgent.id);
      expect(await inboxIds({ awaitingAcknowledgement: true })).not.toContain(urgent.id);
      expect(await unread(urgent.id)).toBe(0);
    });

    it("is out of hours when the channel is closed now, in the tenant's zone, and never without hours", async () => {
      const id = await familyWrites('いま開いていますか', secondChannel);
      expect((await view(id)).data!.conversation.outOfHours).toBe(false);
      const setWeek = async (days: string[]) => {
        const res = await t.graphql(
          UPDATE_CHANNEL,
          {
            input: {
              id: secondChannel.id,
              businessHours: {
                closedOnPublicHolidays: false,
                weekly: days.map((day) => ({ day, start: '00:00', end: '24:00' })),
              },
            },
          },
          { token: admin.token },
        );
        expect(res.errors).toBeUndefined();
      };
      await setWeek([]);
      expect((await view(id)).data!.conversation.outOfHours).toBe(true);
      await setWeek(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']);
      expect((await view(id)).data!.conversation.outOfHours).toBe(false);
      // Today only, in the tenant's zone (Asia/Tokyo): closed today in UTC terms would not do.
      const today = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', weekday: 'short' })
        .format(new Date())
        .toUpperCase();
      await setWeek([today]);
      expect((await view(id)).data!.conversation.outOfHours).toBe(false);
      const others = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'].filter((d) => d !== today);
      await setWeek(others);
      expect((await view(id)).data!.conversation.outOfHours).toBe(true);
      await setWeek(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']);
    });

    it("does not show another tenant's conversation, channel or urgent episode", async () => {
      const urgent = await urgentConversation('死にたいです');
      const res = await view(urgent.id, yamagataCounselor.token);
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
      expect(res.data?.conversation ?? null).toBeNull();
    });
  });

  describe('acknowledging an urgent conversation', () => {
    const acknowledge = (conversationId: string, token = counselor.token) =>
      t.graphql<{ acknowledgeConversation: ConversationView }>(ACKNOWLEDGE, { input: { conversationId } }, { token });
    const acknowledgements = (conversationId: string) =>
      ownerQuery<{ actor_user_id: string; details: { by: string } }>(
        `select actor_user_id, details from audit_event where target_id = $1 and action = 'conversation.acknowledged'`,
        [conversationId],
      );

    it('ends the urgent episode, reads my urgent notices about it, tells the inbox live, and is audited', async () => {
      const live = await LiveClient.as(url, colleague.token, kobe.slug);
      try {
        expect(await live.acknowledged()).toBe(true);
        const urgent = await urgentConversation('消えたいと思ってしまう');
        const noticed = (user: TestUser) =>
          eventually(
            () => noticesOf(user),
            (n) => n.some((x) => x.conversationId === urgent.id),
          );
        await noticed(counselor);
        await noticed(colleague);
        live.subscribe(
          'inbox',
          'subscription { inboxEvents { events { kind conversation { id urgentSince priority } } } }',
        );
        await new Promise((resolve) => setTimeout(resolve, 300));

        const res = await acknowledge(urgent.id);
        expect(res.errors).toBeUndefined();
        // Still URGENT (a counsellor decides when it no longer is); the episode is over.
        expect(res.data!.acknowledgeConversation).toEqual({
          id: urgent.id,
          priority: 'URGENT',
          urgentSince: null,
          urgentKeyword: null,
        });
        const mine = (await noticesOf(counselor)).filter((n) => n.conversationId === urgent.id);
        expect(mine.length).toBeGreaterThan(0);
        expect(mine.every((n) => n.readAt !== null)).toBe(true);
        // A colleague's notices are theirs to read.
        const theirs = (await noticesOf(colleague)).filter((n) => n.conversationId === urgent.id);
        expect(theirs.every((n) => n.readAt === null)).toBe(true);
        expect(await acknowledgements(urgent.id)).toEqual([{ actor_user_id: counselor.id, details: { by: 'banner' } }]);

        type Events = {
          inboxEvents: { events: { kind: string; conversation: { id: string; urgentSince: string | null } }[] };
        };
        const updated = () =>
          live
            .data<Events>('inbox')
            .flatMap((d) => d.inboxEvents.events)
            .filter((e) => e.kind === 'CONVERSATION_UPDATED' && e.conversation.id === urgent.id);
        await live.until(() => updated().length > 0);
        expect(updated()[0].conversation.urgentSince).toBeNull();
      } finally {
        live.close();
      }
    });

    it('returns a conversation without an urgent episode unchanged, and records nothing', async () => {
      const urgent = await urgentConversation('殴られてこわい');
      expect((await acknowledge(urgent.id)).errors).toBeUndefined();
      const again = await acknowledge(urgent.id, colleague.token);
      expect(again.data!.acknowledgeConversation).toMatchObject({ id: urgent.id, urgentSince: null });
      expect(await acknowledgements(urgent.id)).toHaveLength(1);
      const calm = await familyWrites('特に急ぎではありません');
      const unchanged = await acknowledge(calm);
      expect(unchanged.data!.acknowledgeConversation).toMatchObject({
        id: calm,
        priority: 'NORMAL',
        urgentSince: null,
      });
      expect(await acknowledgements(calm)).toEqual([]);
    });

    it('refuses a Yamagata counsellor a Kobe conversation (not found) and a city official (forbidden); nothing changes', async () => {
      const urgent = await urgentConversation('虐待されています');
      expect(errorCodes(await acknowledge(urgent.id, yamagataCounselor.token))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await acknowledge(urgent.id, viewer.token))).toEqual(['FORBIDDEN']);
      const after = (await view(urgent.id)).data!.conversation;
      expect(after.urgentSince).toBe(urgent.urgentSince);
      expect(after.urgentKeyword).toBe(urgent.urgentKeyword);
      expect(await acknowledgements(urgent.id)).toEqual([]);
      const mine = (await noticesOf(counselor)).filter((n) => n.conversationId === urgent.id);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((n) => n.readAt === null)).toBe(true);
    });
  });
});
