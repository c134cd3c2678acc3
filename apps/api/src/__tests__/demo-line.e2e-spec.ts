import {
  DemoSeeder,
  DEMO_CHANNELS,
  DEMO_PARTNER_USER_ORGANIZATION,
  DEMO_PARTNERS,
  giveDemoProfiles,
} from '@tsunagu/demo';
import {
  followEvent,
  LineSandbox,
  postbackEvent,
  simulateFamily,
  textMessageEvent,
  webhookBody,
} from '@tsunagu/line-sandbox';
import { DEMO_LINE_CHANNEL_SECRET } from '@tsunagu/platform/config';
import { hsdsOrganizationValidator, lineSpecValidator, recordSent } from '@tsunagu/platform/testing';
import { eventually, ownerQuery } from './support/line';
import { TestApp } from './support/test-app';

/**
 * The demo, end to end: a family writes to Kobe's LINE channel through the simulator, the
 * conversation appears in a Kobe counsellor's inbox, a redelivery changes nothing, and the
 * counsellor's reply reaches the LINE sandbox as a request LINE would accept.
 */
describe('the demo LINE channel with the simulator', () => {
  const sandbox = new LineSandbox();
  let t: TestApp;
  let apiBaseUrl: string;

  beforeAll(async () => {
    await sandbox.start();
    giveDemoProfiles(sandbox);
    t = await TestApp.start({
      JOB_WORKERS: '1',
      LINE_API_BASE_URL: sandbox.url,
      LINE_DATA_API_BASE_URL: sandbox.url,
      TSUNAGU_DEMO_PASSWORD: 'tsunagu-demo-2026',
    });
    await t.app.get(DemoSeeder).seed();
    await t.app.listen(0, '127.0.0.1');
    apiBaseUrl = await t.app.getUrl();
  });

  afterAll(async () => {
    await t.close();
    await sandbox.stop();
  });

  it('produces webhook bodies that LINE itself would send', () => {
    const validate = lineSpecValidator('webhook.yml');
    if (!validate) return;
    const body = webhookBody([
      followEvent(`U${'a'.repeat(32)}`),
      textMessageEvent(`U${'a'.repeat(32)}`, 'こんにちは'),
      postbackEvent(`U${'a'.repeat(32)}`, 'survey?ym=child_birth_month', { date: '2024-12-15' }),
    ]);
    expect(validate('CallbackRequest', body)).toEqual([]);
  });

  it('gives Kobe family attributes asked in the survey, and families with a child of 0–2 years in 中央区', async () => {
    const token = await t.login('admin@kobe.tsunagu.example', 'tsunagu-demo-2026');
    const res = await t.graphql<{
      audienceSchema: { attributes: { key: string; choices: string[] }[] };
      audienceCount: number;
    }>(
      `{ audienceSchema { attributes { key choices askedInSurvey } }
         audienceCount(segment: { match: ALL, groups: [{ match: ALL, conditions: [
           { kind: AGE, attributeKey: "child_birth_month", ageFrom: 0, ageTo: 2 },
           { kind: CHOICES, attributeKey: "ward", choices: ["中央区"] } ] }] }) }`,
      {},
      { token, tenant: 'kobe' },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.audienceSchema.attributes.map((a) => a.key)).toEqual(['child_birth_month', 'ward', 'interests']);
    expect(res.data!.audienceSchema.attributes[1].choices).toHaveLength(9);
    expect(res.data!.audienceCount).toBeGreaterThan(0);
  });

  it("gives Kobe's counsellors canned responses and the default categories", async () => {
    const token = await t.login('counselor@kobe.tsunagu.example', 'tsunagu-demo-2026');
    const res = await t.graphql<{ cannedResponses: { title: string }[]; conversationCategories: { name: string }[] }>(
      '{ cannedResponses { title } conversationCategories { name } }',
      {},
      { token, tenant: 'kobe' },
    );
    expect(res.data!.cannedResponses.map((r) => r.title)).toContain('はじめのご挨拶');
    expect(res.data!.conversationCategories.map((c) => c.name)).toContain('子育て');
  });

  it('gives Kobe a directory of referral partners that exports as valid HSDS', async () => {
    const token = await t.login('counselor@kobe.tsunagu.example', 'tsunagu-demo-2026');
    const res = await t.graphql<{
      partnerOrganizations: { edges: { node: { name: string; services: { categories: { name: string }[] }[] } }[] };
      partnerDirectoryHsds: object[];
    }>(
      '{ partnerOrganizations(first: 20) { edges { node { name services { categories { name } } } } } partnerDirectoryHsds }',
      {},
      { token, tenant: 'kobe' },
    );
    const nodes = res.data!.partnerOrganizations.edges.map((e) => e.node);
    expect(nodes.map((n) => n.name).sort()).toEqual(DEMO_PARTNERS.map((p) => p.name).sort());
    expect(nodes.map((n) => n.name)).toContain(DEMO_PARTNER_USER_ORGANIZATION);
    expect(nodes.every((n) => n.services.length === 1 && n.services[0].categories.length > 0)).toBe(true);
    const validate = hsdsOrganizationValidator();
    for (const organization of validate ? res.data!.partnerDirectoryHsds : [])
      expect(validate!(organization)).toEqual([]);
    // Seeding again adds nothing.
    await t.app.get(DemoSeeder).seed();
    const again = await t.graphql<{ partnerOrganizations: { edges: unknown[] } }>(
      '{ partnerOrganizations(first: 20) { edges { cursor } } }',
      {},
      { token, tenant: 'kobe' },
    );
    expect(again.data!.partnerOrganizations.edges).toHaveLength(DEMO_PARTNERS.length);
  });

  it("shows Kobe's seeded families by their LINE names, the one who wrote of violence as URGENT", async () => {
    const token = await t.login('counselor@kobe.tsunagu.example', 'tsunagu-demo-2026');
    type Page = { edges: { node: { priority: string; registrant: { displayName: string } } }[] };
    // The seeded year's urgent conversations come first in the inbox: the newest of each kind.
    const page = (priority: string) =>
      `${priority.toLowerCase()}: conversations(first: 20, filter: { priority: ${priority} }) { edges { node { priority registrant { displayName } } } }`;
    const inbox = async () => {
      const res = await t.graphql<{ urgent: Page; normal: Page }>(
        `{ ${page('URGENT')} ${page('NORMAL')} }`,
        {},
        { token, tenant: 'kobe' },
      );
      return [...res.data!.urgent.edges, ...res.data!.normal.edges].map((e) => e.node);
    };
    let nodes = await inbox();
    // The four families the demo simulates, among the year's seeded ones (named from the start).
    const settled = () =>
      ['さくらママ', 'たなか', 'ゆう', 'はる'].every((name) => nodes.some((n) => n.registrant.displayName === name)) &&
      nodes.find((n) => n.registrant.displayName === 'はる')?.priority === 'URGENT';
    // The profiles come through two jobs per family (the follow, then the profile fetch): on a
    // loaded machine that can take a while.
    for (let i = 0; i < 600 && !settled(); i++) {
      await new Promise((r) => setTimeout(r, 100));
      nodes = await inbox();
    }
    expect(nodes.map((n) => n.registrant.displayName)).toEqual(
      expect.arrayContaining(['さくらママ', 'たなか', 'ゆう', 'はる']),
    );
    expect(nodes.find((n) => n.registrant.displayName === 'はる')?.priority).toBe('URGENT');
    expect(nodes.find((n) => n.registrant.displayName === 'たなか')?.priority).toBe('NORMAL');
  }, 90_000);

  it('lets a Kobe counsellor refer a family to the demo partner, who accepts and completes it', async () => {
    const counsellor = { token: await t.login('counselor@kobe.tsunagu.example', 'tsunagu-demo-2026'), tenant: 'kobe' };
    const partner = { token: await t.login('partner@kobe.tsunagu.example', 'tsunagu-demo-2026'), tenant: 'kobe' };
    const conversations = await t.graphql<{ conversations: { edges: { node: { id: string } }[] } }>(
      '{ conversations(first: 1) { edges { node { id } } } }',
      {},
      counsellor,
    );
    const conversationId = conversations.data!.conversations.edges[0].node.id;
    const partners = await t.graphql<{ partnerOrganizations: { edges: { node: { id: string; name: string } }[] } }>(
      '{ partnerOrganizations(first: 20) { edges { node { id name } } } }',
      {},
      counsellor,
    );
    const organization = partners.data!.partnerOrganizations.edges.find(
      (e) => e.node.name === DEMO_PARTNER_USER_ORGANIZATION,
    )!.node;
    const run = async (mutation: string, inputType: string, input: object, caller: object) => {
      const res = await t.graphql<Record<string, { id: string; status: string }>>(
        `mutation($input: ${inputType}!) { ${mutation}(input: $input) { id ${mutation === 'recordConsent' ? '' : 'status'} } }`,
        { input },
        caller,
      );
      expect({ mutation, errors: res.errors }).toEqual({ mutation, errors: undefined });
      return res.data![mutation];
    };
    await run(
      'recordConsent',
      'RecordConsentInput',
      {
        conversationId,
        partnerOrganizationId: organization.id,
        purpose: '子育て相談',
        method: 'IN_CHAT',
        obtainedOn: '2026-11-02',
      },
      counsellor,
    );
    const { id } = await run(
      'createReferral',
      'CreateReferralInput',
      { conversationId, partnerOrganizationId: organization.id, summary: '育児の負担が大きく、家庭訪問を希望' },
      counsellor,
    );
    expect((await run('sendReferral', 'ReferralIdInput', { id }, counsellor)).status).toBe('SENT');
    expect((await run('acceptReferral', 'ReferralIdInput', { id }, partner)).status).toBe('ACCEPTED');
    expect((await run('startReferral', 'ReferralIdInput', { id }, partner)).status).toBe('IN_PROGRESS');
    expect((await run('completeReferral', 'CompleteReferralInput', { id, outcome: 'GOT_HELP' }, partner)).status).toBe(
      'COMPLETED',
    );
    const timeline = await t.graphql<{ referral: { timeline: { toStatus: string; actorSide: string }[] } }>(
      'query($id: ID!) { referral(id: $id) { timeline { toStatus actorSide } } }',
      { id },
      counsellor,
    );
    expect(timeline.data!.referral.timeline.map((e) => `${e.actorSide}:${e.toStatus}`)).toEqual([
      'REFERRER:DRAFT',
      'REFERRER:SENT',
      'PARTNER:ACCEPTED',
      'PARTNER:IN_PROGRESS',
      'PARTNER:COMPLETED',
    ]);
  });

  it("shows Kobe's secondments to the NPO admin, settled by Kobe's calendar, and Kobe's admin its own people", async () => {
    const query = `{ secondments(first: 10, filter: { homeTenantSlug: "kobe" }) { edges { node {
      fiscalYearLabel status returnDepartment assignments { city { slug } programme lineChannelId } checkIns { heldOn } } } } }`;
    type Roster = {
      secondments: {
        edges: {
          node: {
            fiscalYearLabel: string;
            status: string;
            returnDepartment: string | null;
            assignments: { city: { slug: string }; programme: string; lineChannelId: string | null }[];
            checkIns: unknown[] | null;
          };
        }[];
      };
    };
    const npo = await t.login('npo@tsunagu.example', 'tsunagu-demo-2026');
    const roster = (await t.graphql<Roster>(query, {}, { token: npo })).data!.secondments.edges.map((e) => e.node);
    // FY2025's secondment ended on 2026-03-31: completed, not active, once Kobe's FY2026 has begun.
    expect(roster.map((s) => [s.fiscalYearLabel, s.status])).toEqual([
      ['令和8年度 (FY2026)', 'ACTIVE'],
      ['令和7年度 (FY2025)', 'COMPLETED'],
      ['令和6年度 (FY2024)', 'COMPLETED'],
      ['令和5年度 (FY2023)', 'COMPLETED'],
    ]);
    expect(roster[3].returnDepartment).toContain('ひきこもり支援室');
    expect(roster[2].assignments.map((a) => a.city.slug)).toEqual(['yamagata', 'bunkyo']);
    // Kobe's LINE consultation is named by the demo's channel.
    const kobeChat = roster[1].assignments.find((a) => a.programme === DEMO_CHANNELS[0].name);
    expect(kobeChat?.lineChannelId).toEqual(expect.any(String));
    const kobeAdmin = await t.login('admin@kobe.tsunagu.example', 'tsunagu-demo-2026');
    const own = (await t.graphql<Roster>(query, {}, { token: kobeAdmin, tenant: 'kobe' })).data!.secondments.edges;
    expect(own.map((e) => e.node.checkIns)).toEqual([null, null, null, null]);
    const yamagataAdmin = await t.login('admin@yamagata.tsunagu.example', 'tsunagu-demo-2026');
    expect(
      (await t.graphql<Roster>(query, {}, { token: yamagataAdmin, tenant: 'yamagata' })).data!.secondments.edges,
    ).toEqual([]);
  });

  it('carries a family message to the inbox once, and the reply back to LINE', async () => {
    const text = `シミュレーターからの相談 ${Date.now()}`;
    recordSent(text);
    const result = await simulateFamily({
      apiBaseUrl,
      lineChannelId: DEMO_CHANNELS[0].lineChannelId,
      channelSecret: DEMO_LINE_CHANNEL_SECRET,
      follow: true,
      text,
      redeliver: true,
    });
    expect(result.deliveries.map((d) => d.status)).toEqual([200, 200]);

    const token = await t.login('counselor@kobe.tsunagu.example', 'tsunagu-demo-2026');
    const find = () =>
      t.graphql<{ conversations: { edges: { node: { id: string } }[] } }>(
        'query($search: String) { conversations(first: 5, filter: { search: $search }) { edges { node { id } } } }',
        { search: text },
        { token, tenant: 'kobe' },
      );
    let found = await find();
    for (let i = 0; i < 100 && !found.data?.conversations.edges.length; i++) {
      await new Promise((r) => setTimeout(r, 100));
      found = await find();
    }
    const conversationId = found.data!.conversations.edges[0].node.id;
    const messages = await t.graphql<{
      messages: { edges: { node: { text: string; direction: string; automatic: string | null } }[] };
    }>(
      'query($id: ID!) { messages(conversationId: $id) { edges { node { text direction automatic } } } }',
      { id: conversationId },
      { token, tenant: 'kobe' },
    );
    const nodes = messages.data!.messages.edges.map((e) => e.node);
    // The family's message once (the redelivery changed nothing); besides it only what the channel
    // says by itself (its welcome, out of business hours its automatic answer).
    expect(nodes.filter((n) => n.direction === 'IN').map((n) => n.text)).toEqual([text]);
    expect(nodes.filter((n) => n.direction === 'OUT').every((n) => n.automatic !== null)).toBe(true);

    await t.graphql(
      'mutation($input: ReplyToConversationInput!) { replyToConversation(input: $input) { id } }',
      { input: { conversationId, text: 'ご相談ありがとうございます。相談員の山田です。' } },
      { token, tenant: 'kobe' },
    );
    const deadline = Date.now() + 10_000;
    while (
      Date.now() < deadline &&
      !sandbox.requests.some((r) => JSON.stringify(r.body).includes('相談員の山田です'))
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const sent = sandbox.requests.find((r) => JSON.stringify(r.body).includes('相談員の山田です'));
    expect(sent?.status).toBe(200);
    const validate = lineSpecValidator('messaging-api.yml');
    if (validate && sent) {
      expect(validate(sent.operation === 'reply' ? 'ReplyMessageRequest' : 'PushMessageRequest', sent.body)).toEqual(
        [],
      );
    }
  });

  it("answers Kobe's survey through the simulator: a follow, then the buttons a family taps", async () => {
    const options = {
      apiBaseUrl,
      lineChannelId: DEMO_CHANNELS[0].lineChannelId,
      channelSecret: DEMO_LINE_CHANNEL_SECRET,
    };
    const { userId } = await simulateFamily({ ...options, follow: true });
    const questions = () =>
      ownerQuery<{ text: string }>(
        `select m.text from message m join conversation c on c.id = m.conversation_id join registrant r on r.id = c.registrant_id
          where r.line_user_id = $1 and m.automatic = 'survey' order by m.sent_at`,
        [userId],
      );
    expect((await eventually(questions, (rows) => rows.length >= 1))[0].text).toContain('お子さんの生年月');
    await simulateFamily({ ...options, userId, postback: 'survey?ym=child_birth_month', date: '2024-12-15' });
    await simulateFamily({ ...options, userId, postback: 'survey?done=child_birth_month' });
    await simulateFamily({ ...options, userId, postback: 'survey?a=ward&v=中央区' });
    const values = await eventually(
      () =>
        ownerQuery<{ value: string }>(
          `select v.value from registrant_attribute_value v join registrant r on r.id = v.registrant_id
            where r.line_user_id = $1 order by v.value`,
          [userId],
        ),
      (rows) => rows.length >= 2,
    );
    expect(values.map((v) => v.value)).toEqual(['2024-12', '中央区']);
  });
});
