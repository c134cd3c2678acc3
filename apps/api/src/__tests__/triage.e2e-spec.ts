import { followEvent, LineSandbox, randomLineUserId, textMessageEvent } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { SmtpListener } from '@tsunagu/platform/testing';
import {
  conversationIdOf,
  createLineChannel,
  deliver,
  eventually,
  expectLineRequestsValid,
  ownerQuery,
  type TestChannel,
} from './support/line';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

const CONVERSATION = 'query($id: ID!) { conversation(id: $id) { id priority } }';
const NOTIFICATIONS = '{ notifications(first: 20) { edges { node { id kind conversationId readAt } } } }';
const UPDATE_CHANNEL =
  'mutation($input: UpdateLineChannelInput!) { updateLineChannel(input: $input) { id businessHours { weekly { day } } } }';
const ALL_WEEK = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

interface Notice {
  id: string;
  kind: string;
  conversationId: string;
  readAt: string | null;
}

describe('urgent triage, automatic answers and escalation', () => {
  const sandbox = new LineSandbox();
  const smtp = new SmtpListener();
  let t: TestApp;
  let tenant: Tenant;
  let admin: TestUser;
  let onDuty: TestUser;
  let offDuty: TestUser;
  let channel: TestChannel;

  beforeAll(async () => {
    await sandbox.start();
    await smtp.start();
    t = await TestApp.start({
      JOB_WORKERS: '1',
      LINE_API_BASE_URL: sandbox.url,
      LINE_DATA_API_BASE_URL: sandbox.url,
      SMTP_URL: smtp.url,
    });
    tenant = await t.newTenant();
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    onDuty = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    offDuty = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    channel = await createLineChannel(t, admin.token);
    // Open around the clock: no automatic answers unless a test closes the channel.
    await setHours(ALL_WEEK);
  }, 60_000);

  afterAll(async () => {
    await t.close();
    await smtp.stop();
    await sandbox.stop();
  });

  // Welcome, out-of-hours and crisis answers are requests the real LINE platform accepts.
  afterAll(() => expectLineRequestsValid(sandbox));

  async function setHours(days: string[], extra: object = {}): Promise<void> {
    const res = await t.graphql(
      UPDATE_CHANNEL,
      {
        input: {
          id: channel.id,
          businessHours: {
            closedOnPublicHolidays: false,
            weekly: days.map((day) => ({ day, start: '00:00', end: '24:00' })),
          },
          ...extra,
        },
      },
      { token: admin.token },
    );
    expect(res.errors).toBeUndefined();
  }

  /** A family writes; returns their conversation once processed. */
  async function familyWrites(text: string, userId = randomLineUserId()) {
    const event = textMessageEvent(userId, text);
    await deliver(t, channel, [event]);
    const conversationId = (await eventually(() => conversationIdOf(userId), Boolean)) as string;
    return { userId, conversationId, replyToken: event['replyToken'] as string };
  }

  const priorityOf = async (conversationId: string) =>
    (
      await t.graphql<{ conversation: { priority: string } }>(
        CONVERSATION,
        { id: conversationId },
        { token: onDuty.token },
      )
    ).data?.conversation.priority;

  const noticesOf = async (user: TestUser): Promise<Notice[]> =>
    (
      await t.graphql<{ notifications: { edges: { node: Notice }[] } }>(NOTIFICATIONS, {}, { token: user.token })
    ).data!.notifications.edges.map((e) => e.node);

  it('marks a conversation URGENT on normalised text and notifies the counsellor on duty, with a link and no content', async () => {
    const duty = await t.graphql<{ setOnDuty: { onDuty: boolean } }>(
      'mutation { setOnDuty(input: { onDuty: true }) { onDuty } }',
      {},
      { token: onDuty.token },
    );
    expect(duty.data!.setOnDuty.onDuty).toBe(true);
    const onDutyOf = async (user: TestUser) =>
      (await t.graphql<{ onDuty: { onDuty: boolean } }>('{ onDuty { onDuty } }', {}, { token: user.token })).data!
        .onDuty.onDuty;
    expect(await onDutyOf(onDuty)).toBe(true);
    expect(await onDutyOf(offDuty)).toBe(false);
    // Half-width katakana, matched by the default rule しにたい.
    const { conversationId } = await familyWrites('もう ｼﾆﾀｲ');
    expect(
      await eventually(
        () => priorityOf(conversationId),
        (p) => p === 'URGENT',
      ),
    ).toBe('URGENT');
    const notices = await eventually(
      () => noticesOf(onDuty),
      (n) => n.some((x) => x.conversationId === conversationId),
    );
    expect(notices.filter((n) => n.conversationId === conversationId)).toMatchObject([
      { kind: 'URGENT', readAt: null },
    ]);
    expect((await noticesOf(offDuty)).filter((n) => n.conversationId === conversationId)).toEqual([]);
    const mail = await smtp.mailTo(onDuty.email);
    expect(mail.text).toContain(`/inbox/conversations/${conversationId}`);
    expect(mail.text).not.toMatch(/ｼﾆﾀｲ|シニタイ|しにたい/);
    expect(mail.subject).not.toMatch(/ｼﾆﾀｲ|シニタイ|しにたい/);
    // One urgent episode is recorded for the reports.
    const episodes = await ownerQuery('select began_at from urgent_episode where conversation_id = $1', [
      conversationId,
    ]);
    expect(episodes).toHaveLength(1);
  });

  it('notifies every counsellor when nobody is on duty, and leaves harmless messages NORMAL', async () => {
    await t.graphql('mutation { setOnDuty(input: { onDuty: false }) { onDuty } }', {}, { token: onDuty.token });
    const urgent = await familyWrites('夫からＤＶを受けています');
    const harmless = await familyWrites('夜泣きがひどくて眠れません');
    expect(
      await eventually(
        () => priorityOf(urgent.conversationId),
        (p) => p === 'URGENT',
      ),
    ).toBe('URGENT');
    for (const counsellor of [onDuty, offDuty]) {
      const notices = await eventually(
        () => noticesOf(counsellor),
        (n) => n.some((x) => x.conversationId === urgent.conversationId),
      );
      expect(notices.some((n) => n.conversationId === urgent.conversationId)).toBe(true);
    }
    expect(await priorityOf(harmless.conversationId)).toBe('NORMAL');
  });

  it('lets the tenant admin edit keyword rules: added, refused when they clash or are blank, deleted', async () => {
    const added = await t.graphql<{ upsertKeywordRule: { id: string; keyword: string } }>(
      'mutation($input: UpsertKeywordRuleInput!) { upsertKeywordRule(input: $input) { id keyword } }',
      { input: { keyword: 'ＯＤ' } },
      { token: admin.token },
    );
    expect(added.data!.upsertKeywordRule.keyword).toBe('ＯＤ');
    const clash = await t.graphql(
      'mutation($input: UpsertKeywordRuleInput!) { upsertKeywordRule(input: $input) { id } }',
      { input: { keyword: 'od' } },
      { token: admin.token },
    );
    expect(errorCodes(clash)).toEqual(['CONFLICT']);
    const blank = await t.graphql(
      'mutation($input: UpsertKeywordRuleInput!) { upsertKeywordRule(input: $input) { id } }',
      { input: { keyword: '   ' } },
      { token: admin.token },
    );
    expect(errorCodes(blank)).toEqual(['BAD_USER_INPUT']);
    const rules = await t.graphql<{ keywordRules: { id: string; keyword: string }[] }>(
      '{ keywordRules { id keyword } }',
      {},
      { token: admin.token },
    );
    const keywords = rules.data!.keywordRules.map((r) => r.keyword);
    expect(keywords).toEqual(expect.arrayContaining(['死にた', '消えたい', '虐待', 'DV', 'ＯＤ']));
    expect(keywords.filter((k) => k.toLowerCase() === 'od' || k === 'ＯＤ')).toEqual(['ＯＤ']);

    const { conversationId } = await familyWrites('薬をodしそう');
    expect(
      await eventually(
        () => priorityOf(conversationId),
        (p) => p === 'URGENT',
      ),
    ).toBe('URGENT');

    const deleted = await t.graphql(
      'mutation($input: DeleteKeywordRuleInput!) { deleteKeywordRule(input: $input) }',
      { input: { id: added.data!.upsertKeywordRule.id } },
      { token: admin.token },
    );
    expect(deleted.errors).toBeUndefined();
    const after = await familyWrites('ODという言葉を聞いた');
    await eventually(
      () =>
        ownerQuery<{ n: number }>('select count(*)::int as n from message where conversation_id = $1', [
          after.conversationId,
        ]),
      (rows) => rows[0]?.n === 1,
    );
    expect(await priorityOf(after.conversationId)).toBe('NORMAL');
  });

  it('answers out of hours once per closed period, and an urgent message with the crisis contacts instead', async () => {
    await setHours([], { outOfHoursReply: 'ただいま受付時間外です。' });
    try {
      const family = randomLineUserId();
      const first = await familyWrites('相談したいことがあります', family);
      const second = await familyWrites('明日でも大丈夫です', family);
      const replies = () => sandbox.recorded('reply');
      const generic = await eventually(
        async () => replies().filter((r) => (r.body as { replyToken: string }).replyToken === first.replyToken),
        (r) => r.length > 0,
      );
      expect(generic[0].body).toMatchObject({ messages: [{ type: 'text', text: 'ただいま受付時間外です。' }] });
      // The same closed period: no second automatic answer.
      await eventually(
        () =>
          ownerQuery<{ n: number }>(
            'select count(*)::int as n from message where conversation_id = $1 and direction = $2',
            [second.conversationId, 'in'],
          ),
        (rows) => rows[0]?.n === 2,
      );
      expect(replies().filter((r) => (r.body as { replyToken: string }).replyToken === second.replyToken)).toEqual([]);

      const urgent = await familyWrites('子どもを叩いてしまう、虐待かもしれない');
      const crisis = await eventually(
        async () => replies().filter((r) => (r.body as { replyToken: string }).replyToken === urgent.replyToken),
        (r) => r.length > 0,
      );
      const text = (crisis[0].body as { messages: { text: string }[] }).messages[0].text;
      expect(text).toContain('189');
      expect(text).toContain('110');
      expect(text).not.toContain('ただいま受付時間外です。');
      const messages = await t.graphql<{ messages: { edges: { node: { direction: string; automatic: string } }[] } }>(
        'query($id: ID!) { messages(conversationId: $id, first: 5) { edges { node { direction automatic } } } }',
        { id: urgent.conversationId },
        { token: onDuty.token },
      );
      expect(messages.data!.messages.edges.map((e) => e.node)).toContainEqual({
        direction: 'OUT',
        automatic: 'CRISIS',
      });
    } finally {
      await setHours(ALL_WEEK);
    }
  });

  it('sends no automatic answer during business hours, urgent or not', async () => {
    const urgent = await familyWrites('死にたい');
    expect(
      await eventually(
        () => priorityOf(urgent.conversationId),
        (p) => p === 'URGENT',
      ),
    ).toBe('URGENT');
    expect(
      sandbox.recorded('reply').filter((r) => (r.body as { replyToken: string }).replyToken === urgent.replyToken),
    ).toEqual([]);
  });

  it('welcomes a family who adds the account, and shows their LINE display name', async () => {
    await t.graphql(
      UPDATE_CHANNEL,
      { input: { id: channel.id, welcomeMessage: 'ようこそ。なんでもご相談ください。' } },
      { token: admin.token },
    );
    const family = randomLineUserId();
    sandbox.profiles.set(family, 'みどり');
    const follow = followEvent(family);
    await deliver(t, channel, [follow]);
    const welcome = await eventually(
      async () =>
        sandbox.recorded('reply').filter((r) => (r.body as { replyToken: string }).replyToken === follow['replyToken']),
      (r) => r.length > 0,
    );
    expect(welcome[0].body).toMatchObject({ messages: [{ type: 'text', text: 'ようこそ。なんでもご相談ください。' }] });
    const names = await eventually(
      () =>
        ownerQuery<{ display_name: string | null }>('select display_name from registrant where line_user_id = $1', [
          family,
        ]),
      (rows) => Boolean(rows[0]?.display_name),
    );
    expect(names[0].display_name).toBe('みどり');
  });

  it('says nothing by itself from a disabled channel, though it still keeps what families send', async () => {
    await t.graphql(
      UPDATE_CHANNEL,
      { input: { id: channel.id, status: 'DISABLED', welcomeMessage: 'ようこそ。' } },
      { token: admin.token },
    );
    try {
      const family = randomLineUserId();
      const follow = followEvent(family);
      await deliver(t, channel, [follow]);
      const { conversationId } = await familyWrites('こんにちは', family);
      expect(conversationId).toBeDefined();
      const sentToFamily = sandbox.requests.filter(
        (r) =>
          (r.body as { replyToken?: string } | null)?.replyToken === follow['replyToken'] ||
          (r.body as { to?: string } | null)?.to === family,
      );
      expect(sentToFamily).toEqual([]);
      // Nothing was even queued for sending.
      const outbound = await ownerQuery('select id from message where conversation_id = $1 and direction = $2', [
        conversationId,
        'out',
      ]);
      expect(outbound).toEqual([]);
    } finally {
      await t.graphql(UPDATE_CHANNEL, { input: { id: channel.id, status: 'ACTIVE' } }, { token: admin.token });
    }
  });

  describe('escalation', () => {
    /** The escalation check is due after the tenant's delay: this brings it forward to now. */
    const makeEscalationDue = (conversationId: string) =>
      ownerQuery(
        `update pgboss.job set start_after = now() where name = 'conversation.escalate' and data->>'conversationId' = $1 returning id`,
        [conversationId],
      );
    const escalationJobState = async (conversationId: string) =>
      (
        await ownerQuery<{ state: string }>(
          `select state from pgboss.job where name = 'conversation.escalate' and data->>'conversationId' = $1`,
          [conversationId],
        )
      )[0]?.state;

    beforeAll(async () => {
      const res = await t.graphql(
        'mutation($input: UpdateInboxSettingsInput!) { updateInboxSettings(input: $input) { escalationMinutes } }',
        { input: { escalationEmails: ['lead@kobe-npo.example'], escalationMinutes: 5 } },
        { token: admin.token },
      );
      expect(res.errors).toBeUndefined();
    });

    it('emails the escalation contacts when nobody acknowledges an urgent conversation in time', async () => {
      const { conversationId } = await familyWrites('消えたいです');
      await eventually(
        () => priorityOf(conversationId),
        (p) => p === 'URGENT',
      );
      const scheduled = await ownerQuery<{ due_in: number }>(
        `select extract(epoch from start_after - created_on)::int as due_in from pgboss.job where name = 'conversation.escalate' and data->>'conversationId' = $1`,
        [conversationId],
      );
      expect(scheduled[0].due_in).toBeGreaterThanOrEqual(5 * 60 - 5);
      // Clearing the notification list is not taking notice of the family.
      const cleared = await t.graphql<{ markNotificationsRead: number }>(
        'mutation { markNotificationsRead(input: {}) }',
        {},
        { token: offDuty.token },
      );
      expect(cleared.data!.markNotificationsRead).toBeGreaterThan(0);
      const unread = await t.graphql<{ unreadNotificationCount: number }>(
        '{ unreadNotificationCount }',
        {},
        { token: offDuty.token },
      );
      expect(unread.data!.unreadNotificationCount).toBe(0);
      await makeEscalationDue(conversationId);
      const mail = await smtp.mailTo('lead@kobe-npo.example', 20_000);
      expect(mail.text).toContain(`/inbox/conversations/${conversationId}`);
      expect(mail.text).not.toContain('消えたい');
      const notices = await noticesOf(offDuty);
      expect(notices).toContainEqual(expect.objectContaining({ kind: 'ESCALATED', conversationId }));
      const audit = await ownerQuery<{ action: string }>(
        `select action from audit_event where target_id = $1 and action = 'conversation.escalated'`,
        [conversationId],
      );
      expect(audit).toHaveLength(1);
    });

    it('does not escalate once a counsellor read the notification', async () => {
      const { conversationId } = await familyWrites('殺されるかもしれない');
      const notices = await eventually(
        () => noticesOf(onDuty),
        (n) => n.some((x) => x.conversationId === conversationId),
      );
      const mine = notices.filter((n) => n.conversationId === conversationId).map((n) => n.id);
      const marked = await t.graphql<{ markNotificationsRead: number }>(
        'mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }',
        { input: { ids: mine } },
        { token: onDuty.token },
      );
      expect(marked.data!.markNotificationsRead).toBe(1);
      const unreadAfter = (
        await t.graphql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, { token: onDuty.token })
      ).data!.unreadNotificationCount;
      expect(unreadAfter).toBe((await noticesOf(onDuty)).filter((n) => n.readAt === null).length);
      await makeEscalationDue(conversationId);
      expect(
        await eventually(
          () => escalationJobState(conversationId),
          (s) => s === 'completed',
        ),
      ).toBe('completed');
      const escalations = smtp.mails.filter((m) => m.to.includes('lead@kobe-npo.example'));
      expect(escalations.filter((m) => m.text.includes(conversationId))).toEqual([]);
      const acknowledged = await ownerQuery<{ actor_user_id: string; details: { by: string } }>(
        `select actor_user_id, details from audit_event where target_id = $1 and action = 'conversation.acknowledged'`,
        [conversationId],
      );
      expect(acknowledged).toEqual([{ actor_user_id: onDuty.id, details: { by: 'notification' } }]);
    });
  });

  it('refuses bad settings with a typed error and changes nothing', async () => {
    const before = await t.graphql<{ inboxSettings: object }>(
      '{ inboxSettings { escalationMinutes escalationEmails crisisContacts { name phone note } } }',
      {},
      { token: admin.token },
    );
    for (const input of [
      { escalationMinutes: 0 },
      { escalationEmails: ['not an address'] },
      { crisisContacts: [{ name: '窓口', phone: 'call us' }] },
      { crisisContacts: [] },
    ]) {
      const res = await t.graphql(
        'mutation($input: UpdateInboxSettingsInput!) { updateInboxSettings(input: $input) { escalationMinutes } }',
        { input },
        { token: admin.token },
      );
      expect({ input, codes: errorCodes(res) }).toEqual({ input, codes: ['BAD_USER_INPUT'] });
    }
    const after = await t.graphql(
      '{ inboxSettings { escalationMinutes escalationEmails crisisContacts { name phone note } } }',
      {},
      { token: admin.token },
    );
    expect(after.data).toEqual(before.data);
    expect(before.data!.inboxSettings).toMatchObject({
      crisisContacts: expect.arrayContaining([expect.objectContaining({ phone: '189' })]),
    });
  });

  it('does not return notifications, keyword rules or settings of another tenant, nor change them', async () => {
    const other = await t.newTenant();
    const otherAdmin = await t.newUser({ tenant: other, role: TenantRole.TENANT_ADMIN });
    const otherCounsellor = await t.newUser({ tenant: other, role: TenantRole.COUNSELOR });
    const { conversationId } = await familyWrites('虐待されています');
    const notices = await eventually(
      () => noticesOf(onDuty),
      (n) => n.some((x) => x.conversationId === conversationId && !x.readAt),
    );
    const target = notices.find((n) => n.conversationId === conversationId) as Notice;

    expect(await noticesOf(otherCounsellor)).toEqual([]);
    const unreadOf = async (user: TestUser) =>
      (await t.graphql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, { token: user.token }))
        .data!.unreadNotificationCount;
    expect(await unreadOf(onDuty)).toBeGreaterThan(0);
    expect(await unreadOf(otherCounsellor)).toBe(0);
    const marked = await t.graphql<{ markNotificationsRead: number }>(
      'mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }',
      { input: { ids: [target.id] } },
      { token: otherCounsellor.token },
    );
    expect(marked.data!.markNotificationsRead).toBe(0);
    expect((await noticesOf(onDuty)).find((n) => n.id === target.id)?.readAt).toBeNull();

    const ours = await t.graphql<{ upsertKeywordRule: { id: string } }>(
      'mutation { upsertKeywordRule(input: { keyword: "ネグレクト" }) { id } }',
      {},
      { token: admin.token },
    );
    const theirs = await t.graphql<{ keywordRules: { id: string; keyword: string }[] }>(
      '{ keywordRules { id keyword } }',
      {},
      { token: otherAdmin.token },
    );
    expect(theirs.data!.keywordRules.map((r) => r.id)).not.toContain(ours.data!.upsertKeywordRule.id);
    expect(theirs.data!.keywordRules.map((r) => r.keyword)).not.toContain('ネグレクト');
    const del = await t.graphql(
      'mutation($input: DeleteKeywordRuleInput!) { deleteKeywordRule(input: $input) }',
      { input: { id: ours.data!.upsertKeywordRule.id } },
      { token: otherAdmin.token },
    );
    expect(errorCodes(del)).toEqual(['NOT_FOUND']);
    const settings = await t.graphql<{ inboxSettings: { escalationEmails: string[] } }>(
      '{ inboxSettings { escalationEmails } }',
      {},
      { token: otherAdmin.token },
    );
    expect(settings.data!.inboxSettings.escalationEmails).toEqual([]);

    // What a counsellor's inbox reads of its tenant: its counsellors and crisis numbers, never another's.
    const people = `{ counsellors { id displayName } crisisContacts { name phone } }`;
    type People = { counsellors: { id: string }[]; crisisContacts: { phone: string }[] };
    const ourView = (await t.graphql<People>(people, {}, { token: onDuty.token })).data!;
    const theirView = (await t.graphql<People>(people, {}, { token: otherCounsellor.token })).data!;
    expect(ourView.counsellors.map((c) => c.id).sort()).toEqual([onDuty.id, offDuty.id].sort());
    expect(theirView.counsellors.map((c) => c.id)).toEqual([otherCounsellor.id]);
    expect(ourView.crisisContacts.map((c) => c.phone)).toContain('189');
    await t.graphql(
      'mutation { updateInboxSettings(input: { crisisContacts: [{ name: "市の窓口", phone: "078-000-0000" }] }) { escalationMinutes } }',
      {},
      { token: otherAdmin.token },
    );
    const again = (await t.graphql<People>(people, {}, { token: onDuty.token })).data!;
    expect(again.crisisContacts).toEqual(ourView.crisisContacts);
    expect((await t.graphql<People>(people, {}, { token: otherCounsellor.token })).data!.crisisContacts).toEqual([
      { name: '市の窓口', phone: '078-000-0000' },
    ]);
  });
});
