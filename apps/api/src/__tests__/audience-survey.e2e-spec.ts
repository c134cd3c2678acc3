import {
  followEvent,
  LineSandbox,
  postbackEvent,
  randomLineUserId,
  redelivery,
  textMessageEvent,
} from '@tsunagu/line-sandbox';
import { TenantDb, type Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { AudienceService } from '@tsunagu/audience';
import {
  createLineChannel,
  deliver,
  eventually,
  expectLineRequestsValid,
  ownerQuery,
  type TestChannel,
} from './support/line';
import { TestApp, type TestUser } from './support/test-app';

const WARDS = ['東灘区', '灘区', '中央区', '兵庫区', '北区', '長田区', '須磨区', '垂水区', '西区'];

interface Sent {
  text: string;
  quick_reply: { action: { type: string; label: string; data: string; mode?: string } }[] | null;
  automatic: string | null;
}

/**
 * The family survey on LINE, through signed webhook deliveries against the LINE sandbox: a follow
 * asks the first question with quick replies, postbacks store the answers and ask the next, スキップ
 * moves on, `survey` asks again from the start, a redelivered postback changes nothing twice, and
 * nothing of it waits in the counsellors' inbox. Then a staff member links their own LINE account
 * with a one-time code.
 */
describe('the family survey and test recipients on LINE', () => {
  const sandbox = new LineSandbox();
  let t: TestApp;
  let tenant: Tenant;
  let admin: TestUser;
  let coordinator: TestUser;
  let channel: TestChannel;

  beforeAll(async () => {
    await sandbox.start();
    t = await TestApp.start({ JOB_WORKERS: '1', LINE_API_BASE_URL: sandbox.url, LINE_DATA_API_BASE_URL: sandbox.url });
    tenant = await t.newTenant({ nameJa: '神戸市' });
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    coordinator = await t.newUser({ tenant, role: TenantRole.COORDINATOR });
    channel = await createLineChannel(t, admin.token);
    for (const input of [
      {
        key: 'ward',
        label: 'お住まいの区',
        kind: 'AREA',
        choices: WARDS,
        askedInSurvey: true,
        question: 'お住まいの区を教えてください。',
      },
      {
        key: 'child_birth_month',
        label: '子どもの生年月',
        kind: 'YEAR_MONTH',
        askedInSurvey: true,
        question: 'お子さんの生年月を教えてください。',
      },
      {
        key: 'interests',
        label: '関心のあること',
        kind: 'MULTIPLE_CHOICE',
        choices: ['食料支援', '子育てイベント'],
        askedInSurvey: true,
      },
      { key: 'staff_note', label: '相談員のメモ', kind: 'SINGLE_CHOICE', choices: ['要フォロー'] },
    ]) {
      const res = await t.graphql(
        `mutation($input: CreateRegistrantAttributeInput!) { createRegistrantAttribute(input: $input) { id } }`,
        { input },
        { token: admin.token },
      );
      expect(res.errors).toBeUndefined();
    }
  }, 120_000);

  afterAll(async () => {
    await t.close();
    await sandbox.stop();
  });

  // Every quick reply and push the survey sent is one LINE accepts.
  afterAll(() => expectLineRequestsValid(sandbox));

  const sent = (lineUserId: string) =>
    ownerQuery<Sent>(
      `select m.text, m.quick_reply, m.automatic from message m join conversation c on c.id = m.conversation_id
        join registrant r on r.id = c.registrant_id where r.line_user_id = $1 and m.direction = 'out' order by m.sent_at, m.created_at`,
      [lineUserId],
    );
  const values = async (lineUserId: string) =>
    (
      await ownerQuery<{ key: string; value: string }>(
        `select a.key, v.value from registrant_attribute_value v join registrant_attribute a on a.id = v.attribute_id
          join registrant r on r.id = v.registrant_id where r.line_user_id = $1 order by a.key, v.value`,
        [lineUserId],
      )
    ).map((r) => `${r.key}=${r.value}`);
  const sentCount = async (lineUserId: string, n: number) =>
    eventually(
      () => sent(lineUserId),
      (rows) => rows.length >= n,
    );
  const labels = (message: Sent) => message.quick_reply?.map((item) => item.action.label);

  it('asks the survey after a follow, stores each answer, asks the next, and ends with thanks', async () => {
    const family = randomLineUserId();
    await deliver(t, channel, [followEvent(family)]);
    const [first] = await sentCount(family, 1);
    expect(first.automatic).toBe('survey');
    expect(first.text).toContain('お住まいの区を教えてください。');
    expect(labels(first)).toEqual([...WARDS, 'スキップ']);

    await deliver(t, channel, [postbackEvent(family, 'survey?a=ward&v=%E4%B8%AD%E5%A4%AE%E5%8C%BA')]);
    const second = (await sentCount(family, 2))[1];
    expect(second.text).toContain('お子さんの生年月を教えてください。');
    expect(second.quick_reply?.[0].action).toMatchObject({
      type: 'datetimepicker',
      mode: 'date',
      data: 'survey?ym=child_birth_month',
    });
    expect(labels(second)).toEqual(['生年月を選ぶ', 'スキップ']);
    expect(await values(family)).toEqual(['ward=中央区']);

    // Any day of the month picked: the month is kept. Delivered twice, as LINE redelivers.
    const picked = postbackEvent(family, 'survey?ym=child_birth_month', { date: '2024-12-15' });
    await deliver(t, channel, [picked]);
    const third = (await sentCount(family, 3))[2];
    expect(third.text).toBe('ほかにもお子さんがいれば、生年月を選んでください。');
    expect(labels(third)).toEqual(['生年月を選ぶ', '以上です']);
    await deliver(t, channel, [redelivery(picked)]);
    await deliver(t, channel, [postbackEvent(family, 'survey?ym=child_birth_month', { date: '2021-04-01' })]);
    await sentCount(family, 4);
    expect(await values(family)).toEqual(['child_birth_month=2021-04', 'child_birth_month=2024-12', 'ward=中央区']);

    await deliver(t, channel, [postbackEvent(family, 'survey?done=child_birth_month')]);
    const fifth = (await sentCount(family, 5))[4];
    expect(labels(fifth)).toEqual(['食料支援', '子育てイベント', 'スキップ']);
    await deliver(t, channel, [postbackEvent(family, 'survey?a=interests&v=%E9%A3%9F%E6%96%99%E6%94%AF%E6%8F%B4')]);
    const sixth = (await sentCount(family, 6))[5];
    expect(labels(sixth)).toEqual(['子育てイベント', '以上です']);
    await deliver(t, channel, [postbackEvent(family, 'survey?skip=interests')]);
    const last = (await sentCount(family, 7))[6];
    expect(last.text).toContain('ご回答いただき、ありがとうございました');
    // The redelivered answer asked nothing twice: seven messages, no more.
    await new Promise((r) => setTimeout(r, 500));
    expect(await sent(family)).toHaveLength(7);
    expect(await values(family)).toEqual([
      'child_birth_month=2021-04',
      'child_birth_month=2024-12',
      'interests=食料支援',
      'ward=中央区',
    ]);

    // Nothing waits for a counsellor: no message from the family, nothing unread, the thread resolved.
    const [thread] = await ownerQuery<{
      status: string;
      unread_count: number;
      awaiting_since: Date | null;
      inbound: string;
    }>(
      `select c.status, c.unread_count, c.awaiting_since,
              (select count(*) from message m where m.conversation_id = c.id and m.direction = 'in') as inbound
         from conversation c join registrant r on r.id = c.registrant_id where r.line_user_id = $1`,
      [family],
    );
    expect(thread).toEqual({ status: 'resolved', unread_count: 0, awaiting_since: null, inbound: '0' });

    // Counted in a segment at once.
    const count = await t.app.get(TenantDb).withTenant(tenant.id, (em) =>
      t.app.get(AudienceService).count(
        em,
        channel.id,
        {
          match: 'all' as never,
          groups: [
            {
              match: 'all' as never,
              conditions: [{ kind: 'age' as never, attributeKey: 'child_birth_month', ageFrom: 0, ageTo: 2 }],
            },
          ],
        },
        '2026-12-04',
      ),
    );
    expect(count).toBe(1);
  });

  it("asks after the channel's welcome: the welcome takes the reply token, the question goes by push with a retry key", async () => {
    const welcomed = await createLineChannel(t, admin.token);
    const res = await t.graphql(
      `mutation($input: UpdateLineChannelInput!) { updateLineChannel(input: $input) { id } }`,
      { input: { id: welcomed.id, welcomeMessage: '友だち追加ありがとうございます。' } },
      { token: admin.token },
    );
    expect(res.errors).toBeUndefined();
    const family = randomLineUserId();
    await deliver(t, welcomed, [followEvent(family)]);
    const messages = await sentCount(family, 2);
    expect(messages.map((m) => m.automatic)).toEqual(['welcome', 'survey']);
    const pushed = await eventually(
      () => Promise.resolve(sandbox.recorded('push').filter((r) => (r.body as { to: string }).to === family)),
      (r) => r.length > 0,
    );
    const body = pushed[0].body as { messages: { text: string; quickReply?: { items: unknown[] } }[] };
    expect(body.messages[0].text).toContain('お住まいの区を教えてください。');
    expect(body.messages[0].quickReply?.items).toHaveLength(WARDS.length + 1);
    expect(pushed[0].retryKey).toBeTruthy();
  });

  it('skips a question, and asks again from the start on `survey` (a rich menu button)', async () => {
    const family = randomLineUserId();
    await deliver(t, channel, [followEvent(family)]);
    await sentCount(family, 1);
    await deliver(t, channel, [postbackEvent(family, 'survey?skip=ward')]);
    const second = (await sentCount(family, 2))[1];
    expect(second.text).toContain('お子さんの生年月を教えてください。');
    expect(await values(family)).toEqual([]);

    await deliver(t, channel, [postbackEvent(family, 'survey')]);
    const again = (await sentCount(family, 3))[2];
    expect(again.text).toContain('お住まいの区を教えてください。');
    expect(labels(again)).toEqual([...WARDS, 'スキップ']);
    // A choice that is not (or no longer) on the list is not stored: the next question comes.
    await deliver(t, channel, [postbackEvent(family, 'survey?a=ward&v=%E6%A2%85%E7%94%B0%E5%8C%BA')]);
    await sentCount(family, 4);
    expect(await values(family)).toEqual([]);
  });

  it("keeps any other postback as the family's message, as before", async () => {
    const family = randomLineUserId();
    await deliver(t, channel, [postbackEvent(family, 'menu=consult')]);
    const rows = await eventually(
      () =>
        ownerQuery<{ text: string; type: string }>(
          `select m.text, m.type from message m join conversation c on c.id = m.conversation_id
            join registrant r on r.id = c.registrant_id where r.line_user_id = $1 and m.direction = 'in'`,
          [family],
        ),
      (r) => r.length > 0,
    );
    expect(rows).toEqual([{ text: 'menu=consult', type: 'postback' }]);
  });

  it("links a staff member's own LINE account with a one-time code, without a conversation, and unlinks it", async () => {
    const codeRes = await t.graphql<{ createTestRecipientLinkCode: { code: string } }>(
      `mutation($input: TestRecipientChannelInput!) { createTestRecipientLinkCode(input: $input) { code expiresAt } }`,
      { input: { channelId: channel.id } },
      { token: coordinator.token },
    );
    const code = codeRes.data!.createTestRecipientLinkCode.code;
    expect(code).toMatch(/^T-[2-9A-HJ-NP-Z]{6}$/);
    const staffLine = randomLineUserId();
    // Typed on a phone: lower case, full-width.
    await deliver(t, channel, [textMessageEvent(staffLine, ` ${code.toLowerCase().replace('-', '－')} `)]);
    const pushes = await eventually(
      () => Promise.resolve(sandbox.recorded('push').filter((r) => (r.body as { to: string }).to === staffLine)),
      (r) => r.length > 0,
    );
    expect((pushes[0].body as { messages: { text: string }[] }).messages[0].text).toBe(
      'テスト配信の受信者として登録しました',
    );
    expect(pushes[0].retryKey).toBeTruthy();
    expect(
      await ownerQuery(
        'select 1 from conversation c join registrant r on r.id = c.registrant_id where r.line_user_id = $1',
        [staffLine],
      ),
    ).toEqual([]);

    const linked = await t.app
      .get(TenantDb)
      .withTenant(tenant.id, (em) =>
        t.app.get(AudienceService).testRecipients(em, channel.id, [coordinator.id, admin.id]),
      );
    expect(linked).toEqual([{ userId: coordinator.id, lineUserId: staffLine }]);
    const list = await t.graphql<{
      testRecipients: { channelId: string; linkedByMe: boolean; recipients: { userId: string }[] }[];
    }>(
      `{ testRecipients { channelId channelName linkedByMe recipients { userId displayName linkedAt } } }`,
      {},
      { token: coordinator.token },
    );
    // Every channel of the tenant is listed; on this one, the coordinator.
    expect(list.data?.testRecipients.find((c) => c.channelId === channel.id)).toEqual(
      expect.objectContaining({ linkedByMe: true, recipients: [expect.objectContaining({ userId: coordinator.id })] }),
    );
    expect(list.data?.testRecipients.filter((c) => c.recipients.length > 0)).toHaveLength(1);

    const audited = await ownerQuery<{ action: string; details: { userId: string } }>(
      `select action, details from audit_event where target_id = $1 and action like 'test_recipient.%' order by seq`,
      [channel.id],
    );
    expect(audited.map((a) => [a.action, a.details.userId])).toEqual([
      ['test_recipient.code_created', coordinator.id],
      ['test_recipient.linked', coordinator.id],
    ]);
    // Used once: sent again, it is refused, still without a conversation.
    await deliver(t, channel, [textMessageEvent(staffLine, code)]);
    await eventually(
      () => Promise.resolve(sandbox.recorded('push').filter((r) => (r.body as { to: string }).to === staffLine)),
      (r) => r.length > 1,
    );
    const refusal = sandbox.recorded('push').filter((r) => (r.body as { to: string }).to === staffLine)[1];
    expect((refusal.body as { messages: { text: string }[] }).messages[0].text).toContain('このコードは使えません');
    expect(
      await ownerQuery(
        'select 1 from conversation c join registrant r on r.id = c.registrant_id where r.line_user_id = $1',
        [staffLine],
      ),
    ).toEqual([]);

    // The same text from a family (no code of theirs, not linked) is their message, in the inbox.
    const family = randomLineUserId();
    await deliver(t, channel, [textMessageEvent(family, code)]);
    const familyMessages = await eventually(
      () =>
        ownerQuery<{ text: string }>(
          `select m.text from message m join conversation c on c.id = m.conversation_id
             join registrant r on r.id = c.registrant_id where r.line_user_id = $1 and m.direction = 'in'`,
          [family],
        ),
      (rows) => rows.length > 0,
    );
    expect(familyMessages).toEqual([{ text: code }]);

    const unlink = await t.graphql<{ unlinkTestRecipient: boolean }>(
      `mutation($input: TestRecipientChannelInput!) { unlinkTestRecipient(input: $input) }`,
      { input: { channelId: channel.id } },
      { token: coordinator.token },
    );
    expect(unlink.data?.unlinkTestRecipient).toBe(true);
    expect(
      await t.app
        .get(TenantDb)
        .withTenant(tenant.id, (em) => t.app.get(AudienceService).testRecipients(em, channel.id, [coordinator.id])),
    ).toEqual([]);
  });
});
