import { followEvent, randomLineUserId, textMessageEvent } from '@tsunagu/line-sandbox';
import type { Tenant } from '@tsunagu/platform/database';
import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { todayIn } from '@tsunagu/platform/calendar';
import { ReferralsService } from '@tsunagu/referrals';
import { conversationIdOf, createLineChannel, deliver, eventually, ownerQuery, type TestChannel } from './support/line';
import { StatementRecorder } from './support/statements';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

const CARD = `query($id: ID!) { conversation(id: $id) {
  id registrant { id since status }
  consents { id partnerOrganizationId partnerOrganizationName purpose obtainedById obtainedByName withdrawnAt }
  referrals { id status conversationId partnerOrganization { id name } timeline { toStatus actorSide actorId actorName } }
} }`;

interface Card {
  conversation: {
    id: string;
    registrant: { id: string; since: string; status: string };
    consents:
      | {
          id: string;
          partnerOrganizationId: string;
          partnerOrganizationName: string;
          purpose: string;
          obtainedById: string;
          obtainedByName: string;
          withdrawnAt: string | null;
        }[]
      | null;
    referrals:
      | {
          id: string;
          status: string;
          conversationId: string;
          partnerOrganization: { id: string; name: string };
          timeline: { toStatus: string; actorSide: string; actorId: string | null; actorName: string | null }[];
        }[]
      | null;
  } | null;
}

/**
 * What the counsellors' conversation view reads of the family: when it came, its consents and
 * referrals with people and organisations by name, the referrals made from the conversation, and
 * the partner picker's choices. Two cities, so that neither sees the other's.
 */
describe('the family card of a conversation', () => {
  let t: TestApp;
  let kobe: Tenant;
  let yamagata: Tenant;
  let admin: TestUser;
  let counsellor: TestUser;
  let colleague: TestUser;
  let viewer: TestUser;
  let partnerUser: TestUser;
  let yamagataAdmin: TestUser;
  let yamagataCounsellor: TestUser;
  let channel: TestChannel;
  let yamagataChannel: TestChannel;
  let kodomo: string;
  let foodbank: string;
  let yamagataPartner: string;
  const recorder = new StatementRecorder();

  /** The family: it added the account three days ago, then wrote. */
  const firstContact = new Date(Date.now() - 3 * 86_400_000);
  let family: { conversationId: string; registrantId: string };
  let consents: { kodomo: string; foodbank: string };
  let referrals: { sent: string; draft: string };

  beforeAll(async () => {
    t = await TestApp.start({ JOB_WORKERS: '1' });
    kobe = await t.newTenant({ nameJa: '神戸市' });
    yamagata = await t.newTenant({ nameJa: '山形市' });
    admin = await t.newUser({ tenant: kobe, role: TenantRole.TENANT_ADMIN });
    counsellor = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
    colleague = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
    viewer = await t.newUser({ tenant: kobe, role: TenantRole.MUNICIPAL_VIEWER });
    yamagataAdmin = await t.newUser({ tenant: yamagata, role: TenantRole.TENANT_ADMIN });
    yamagataCounsellor = await t.newUser({ tenant: yamagata, role: TenantRole.COUNSELOR });
    channel = await createLineChannel(t, admin.token);
    yamagataChannel = await createLineChannel(t, yamagataAdmin.token);
    kodomo = await createPartner(admin, 'こども家庭センター', ['中央区', 'Nishi-ku', '東灘区']);
    foodbank = await createPartner(admin, 'フードバンクこうべ', ['ＮＩＳＨＩ－ＫＵ', '北区', '中央区']);
    yamagataPartner = await createPartner(yamagataAdmin, '山形子育て支援センター', ['山形市']);
    partnerUser = await t.newUser({ tenant: kobe, role: TenantRole.PARTNER_USER, partnerOrganizationId: foodbank });
    for (const [user, name] of [
      [counsellor, '相談員 花子'],
      [colleague, '相談員 次郎'],
      [partnerUser, '連携先 一郎'],
    ] as const) {
      await ownerQuery('update app_user set display_name = $2 where id = $1', [user.id, name]);
    }

    // The family: consents to both partners (one withdrawn), a referral sent, overdue, accepted,
    // and a newer draft.
    const lineUserId = randomLineUserId();
    await deliver(t, channel, [
      { ...followEvent(lineUserId), timestamp: firstContact.getTime() },
      textMessageEvent(lineUserId, '子どもの食事のことで相談したいです'),
    ]);
    const conversationId = (await eventually(() => conversationIdOf(lineUserId), Boolean)) as string;
    const [row] = await ownerQuery<{ registrant_id: string }>('select registrant_id from conversation where id = $1', [
      conversationId,
    ]);
    family = { conversationId, registrantId: row.registrant_id };
    consents = {
      kodomo: await consent(counsellor, conversationId, kodomo),
      foodbank: await consent(colleague, conversationId, foodbank),
    };
    await mutate(counsellor, 'withdrawConsent', 'WithdrawConsentInput', { id: consents.kodomo });
    const sent = await draft(counsellor, conversationId, foodbank);
    await mutate(counsellor, 'sendReferral', 'ReferralIdInput', { id: sent });
    await ownerQuery(`update referral set respond_by = current_date - 2 where id = $1`, [sent]);
    await t.app.get(ReferralsService).checkDeadline({ tenantId: kobe.id, referralId: sent });
    await mutate(partnerUser, 'acceptReferral', 'ReferralIdInput', { id: sent });
    referrals = { sent, draft: await draft(counsellor, conversationId, foodbank) };

    // Another family of the same city, with a consent and a referral of its own.
    const other = await newFamily(channel);
    await consent(counsellor, other, kodomo);
    await draft(counsellor, other, kodomo);
    recorder.install();
  }, 120_000);

  afterAll(async () => {
    recorder.uninstall();
    await t.close();
  });

  async function mutate(user: TestUser, name: string, type: string, input: object): Promise<string> {
    const res = await t.graphql<Record<string, { id: string }>>(
      `mutation($input: ${type}!) { ${name}(input: $input) { id } }`,
      { input },
      { token: user.token },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data[name].id;
  }

  async function createPartner(user: TestUser, name: string, serviceAreas: string[]): Promise<string> {
    const id = await mutate(user, 'createPartnerOrganization', 'CreatePartnerOrganizationInput', {
      name,
      description: `${name}の支援`,
      email: 'office@partner.example.jp',
    });
    await mutate(user, 'createPartnerService', 'CreatePartnerServiceInput', {
      organizationId: id,
      name: `${name}の相談`,
      serviceAreas,
    });
    return id;
  }

  async function newFamily(to: TestChannel): Promise<string> {
    const lineUserId = randomLineUserId();
    await deliver(t, to, [textMessageEvent(lineUserId, '相談があります')]);
    return (await eventually(() => conversationIdOf(lineUserId), Boolean)) as string;
  }

  function consent(user: TestUser, conversationId: string, partnerOrganizationId: string): Promise<string> {
    return mutate(user, 'recordConsent', 'RecordConsentInput', {
      conversationId,
      partnerOrganizationId,
      purpose: '支援のための情報共有',
      method: 'IN_CHAT',
      obtainedOn: todayIn('Asia/Tokyo'),
    });
  }

  function draft(user: TestUser, conversationId: string, partnerOrganizationId: string): Promise<string> {
    return mutate(user, 'createReferral', 'CreateReferralInput', {
      conversationId,
      partnerOrganizationId,
      summary: '食事の支援を希望。平日午後の連絡可。',
    });
  }

  const card = (user: TestUser, id: string, caller: { tenant?: string } = {}) =>
    t.graphql<Card>(CARD, { id }, { token: user.token, ...caller });

  const byConversation = (user: TestUser, conversationId: string) =>
    t.graphql<{ referrals: { edges: { node: { id: string } }[] } }>(
      'query($id: ID!) { referrals(first: 100, filter: { conversationId: $id }) { edges { node { id } } } }',
      { id: conversationId },
      { token: user.token },
    );

  it("shows since when the family is known, in the conversation and in the inbox's list", async () => {
    const res = await card(counsellor, family.conversationId);
    expect(res.errors).toBeUndefined();
    expect(res.data!.conversation!.registrant).toEqual({
      id: family.registrantId,
      since: firstContact.toISOString(),
      status: 'ACTIVE',
    });
    const list = await t.graphql<{
      conversations: { edges: { node: { id: string; registrant: { since: string } } }[] };
    }>('{ conversations(first: 100) { edges { node { id registrant { since } } } } }', {}, { token: counsellor.token });
    const node = list.data!.conversations.edges.find((e) => e.node.id === family.conversationId)!.node;
    expect(node.registrant.since).toBe(firstContact.toISOString());
  });

  it("shows the family's consents, newest first with the withdrawn one, by partner and counsellor name", async () => {
    const { data, errors } = await card(counsellor, family.conversationId);
    expect(errors).toBeUndefined();
    const shown = data!.conversation!.consents!;
    expect(shown.map((c) => c.id)).toEqual([consents.foodbank, consents.kodomo]);
    expect(shown[0]).toMatchObject({
      partnerOrganizationId: foodbank,
      partnerOrganizationName: 'フードバンクこうべ',
      obtainedById: colleague.id,
      obtainedByName: '相談員 次郎',
      withdrawnAt: null,
    });
    expect(shown[1]).toMatchObject({
      partnerOrganizationName: 'こども家庭センター',
      obtainedByName: '相談員 花子',
    });
    expect(Date.parse(shown[1].withdrawnAt!)).toBeLessThanOrEqual(Date.now());
    // The consents query and the consent mutations show the same names.
    const listed = await t.graphql<{ referralConsents: { id: string; obtainedByName: string }[] }>(
      'query($id: ID!) { referralConsents(conversationId: $id) { id obtainedByName partnerOrganizationName } }',
      { id: family.conversationId },
      { token: counsellor.token },
    );
    expect(listed.data!.referralConsents).toEqual(
      shown.map((c) => ({
        id: c.id,
        obtainedByName: c.obtainedByName,
        partnerOrganizationName: c.partnerOrganizationName,
      })),
    );
    const recorded = await t.graphql<{ recordConsent: { obtainedByName: string; partnerOrganizationName: string } }>(
      'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { obtainedByName partnerOrganizationName } }',
      {
        input: {
          conversationId: await newFamily(channel),
          partnerOrganizationId: kodomo,
          purpose: '支援のための情報共有',
          method: 'BY_PHONE',
          obtainedOn: todayIn('Asia/Tokyo'),
        },
      },
      { token: colleague.token },
    );
    expect(recorded.data!.recordConsent).toEqual({
      obtainedByName: '相談員 次郎',
      partnerOrganizationName: 'こども家庭センター',
    });
  });

  it("shows the family's referrals, newest first, with each step's actor by name", async () => {
    const { data, errors } = await card(counsellor, family.conversationId);
    expect(errors).toBeUndefined();
    const shown = data!.conversation!.referrals!;
    expect(shown.map((r) => [r.id, r.status, r.conversationId])).toEqual([
      [referrals.draft, 'DRAFT', family.conversationId],
      [referrals.sent, 'ACCEPTED', family.conversationId],
    ]);
    expect(shown[1].partnerOrganization).toEqual({ id: foodbank, name: 'フードバンクこうべ' });
    expect(shown[1].timeline).toEqual([
      { toStatus: 'DRAFT', actorSide: 'REFERRER', actorId: counsellor.id, actorName: '相談員 花子' },
      { toStatus: 'SENT', actorSide: 'REFERRER', actorId: counsellor.id, actorName: '相談員 花子' },
      { toStatus: 'SENT', actorSide: 'SYSTEM', actorId: null, actorName: null },
      { toStatus: 'ACCEPTED', actorSide: 'PARTNER', actorId: partnerUser.id, actorName: '連携先 一郎' },
    ]);
  });

  it("shows a partner user its own people by name and the referring side as the city's desk", async () => {
    const res = await t.graphql<{
      referral: { timeline: { actorSide: string; actorId: string | null; actorName: string | null }[] };
    }>(
      'query($id: ID!) { referral(id: $id) { timeline { actorSide actorId actorName } } }',
      { id: referrals.sent },
      { token: partnerUser.token },
    );
    expect(res.errors).toBeUndefined();
    // Nor the counsellor's id: the referring side is the desk.
    expect(res.data!.referral.timeline).toEqual([
      { actorSide: 'REFERRER', actorId: null, actorName: '神戸市 相談窓口' },
      { actorSide: 'REFERRER', actorId: null, actorName: '神戸市 相談窓口' },
      { actorSide: 'SYSTEM', actorId: null, actorName: null },
      { actorSide: 'PARTNER', actorId: partnerUser.id, actorName: '連携先 一郎' },
    ]);
    // In its list too.
    const list = await t.graphql<{ referrals: { edges: { node: { timeline: { actorName: string | null }[] } }[] } }>(
      '{ referrals(first: 10) { edges { node { timeline { actorName } } } } }',
      {},
      { token: partnerUser.token },
    );
    const names = list.data!.referrals.edges.flatMap((e) => e.node.timeline.map((s) => s.actorName));
    expect(names).not.toContain('相談員 花子');
    expect(names).toContain('神戸市 相談窓口');
  });

  it('lists the referrals made from one conversation for the referring side only', async () => {
    const res = await byConversation(counsellor, family.conversationId);
    expect(res.errors).toBeUndefined();
    expect(res.data!.referrals.edges.map((e) => e.node.id)).toEqual([referrals.draft, referrals.sent]);
    // A partner user never sees where a referral came from: asking by conversation is refused.
    expect(errorCodes(await byConversation(partnerUser, family.conversationId))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await byConversation(counsellor, 'not-a-uuid'))).toEqual(['BAD_USER_INPUT']);
  });

  it('answers the conversation but refuses its consents and referrals to a reader who makes no referrals', async () => {
    const platformAdmin = await t.newUser({ platformRoles: [PlatformRole.PLATFORM_ADMIN] });
    const granted = await t.graphql(
      'mutation($input: RequestEmergencyAccessInput!) { requestEmergencyAccess(input: $input) { id } }',
      { input: { tenantSlug: kobe.slug, reason: '児童の安全確認のため、緊急に相談記録を確認する必要がある' } },
      { token: platformAdmin.token },
    );
    expect(granted.errors).toBeUndefined();
    const res = await card(platformAdmin, family.conversationId, { tenant: kobe.slug });
    expect(res.data!.conversation).toMatchObject({
      id: family.conversationId,
      registrant: { id: family.registrantId },
      consents: null,
      referrals: null,
    });
    expect(res.errors!.map((e) => [e.extensions?.code, e.path])).toEqual(
      expect.arrayContaining([
        ['FORBIDDEN', ['conversation', 'consents']],
        ['FORBIDDEN', ['conversation', 'referrals']],
      ]),
    );
    expect(res.errors).toHaveLength(2);
  });

  it('refuses a municipal viewer the conversation, its consents and referrals', async () => {
    const res = await card(viewer, family.conversationId);
    expect(res.data).toEqual({ conversation: null });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    const consentsOnly = await t.graphql(
      'query($id: ID!) { referralConsents(conversationId: $id) { id } }',
      { id: family.conversationId },
      { token: viewer.token },
    );
    expect(errorCodes(consentsOnly)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await byConversation(viewer, family.conversationId))).toEqual(['FORBIDDEN']);
  });

  it("does not return another tenant's family card, consents or referrals, even by conversation", async () => {
    const own = await newFamily(yamagataChannel);
    const ownConsent = await consent(yamagataCounsellor, own, yamagataPartner);
    const ownReferral = await draft(yamagataCounsellor, own, yamagataPartner);
    // Kobe's conversation from Yamagata: not found, and nothing by the filter.
    const res = await card(yamagataCounsellor, family.conversationId);
    expect(res.data).toEqual({ conversation: null });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    const filtered = await byConversation(yamagataCounsellor, family.conversationId);
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data!.referrals.edges).toEqual([]);
    // Its own card shows its own family's only; and Kobe sees none of it.
    const mine = await card(yamagataCounsellor, own);
    expect(mine.data!.conversation!.consents!.map((c) => c.id)).toEqual([ownConsent]);
    expect(mine.data!.conversation!.referrals!.map((r) => r.id)).toEqual([ownReferral]);
    expect(mine.data!.conversation!.referrals![0].timeline[0].actorName).toBe('テスト 利用者');
    expect(errorCodes(await card(counsellor, own))).toEqual(['NOT_FOUND']);
    expect((await byConversation(counsellor, own)).data!.referrals.edges).toEqual([]);
  });

  it('reads the family card only when selected: the inbox list reads no consent or referral', async () => {
    const list = '{ conversations(first: 50) { edges { node { id registrant { id displayName status since } } } } }';
    // The job workers share the process: wait until the other tests' jobs are done, so that only this
    // request's statements are counted.
    await eventually(
      () =>
        ownerQuery<{ n: number }>(
          `select count(*)::int as n from pgboss.job where state in ('created', 'retry', 'active') and start_after <= now()`,
        ),
      (rows) => rows[0]?.n === 0,
    );
    await t.graphql(list, {}, { token: counsellor.token });
    // A job that falls due meanwhile (another test's retry) can add its statements to one recording:
    // a request's own statements are the fewest of a few recordings.
    const fewest = async <T>(request: () => Promise<T>) => {
      const recordings: Awaited<ReturnType<typeof recorder.during<T>>>[] = [];
      for (let i = 0; i < 3; i++) recordings.push(await recorder.during(request));
      return recordings.reduce((a, b) => (b.statements.length < a.statements.length ? b : a));
    };
    const listed = await fewest(() => t.graphql(list, {}, { token: counsellor.token }));
    expect(listed.statements.some((s) => /referral/.test(s))).toBe(false);
    // The access check, BEGIN, the page, COMMIT.
    expect(listed.statements).toHaveLength(4);
    const bare = await fewest(() =>
      t.graphql(
        'query($id: ID!) { conversation(id: $id) { id } }',
        { id: family.conversationId },
        { token: counsellor.token },
      ),
    );
    const full = await fewest(() => card(counsellor, family.conversationId));
    expect(full.result.errors).toBeUndefined();
    // One statement for the consents, one for the referrals (their timelines included).
    expect(full.statements.length - bare.statements.length).toBe(2);
  });

  it('lists the areas of the partner services, each once and sorted, for the picker, with the categories', async () => {
    const areas = (user: TestUser) =>
      t.graphql<{ partnerAreas: string[] }>('{ partnerAreas }', {}, { token: user.token });
    expect((await areas(counsellor)).data!.partnerAreas).toEqual(['Nishi-ku', '中央区', '北区', '東灘区']);
    expect((await areas(yamagataCounsellor)).data!.partnerAreas).toEqual(['山形市']);
    expect(errorCodes(await areas(viewer))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await areas(partnerUser))).toEqual(['FORBIDDEN']);
    // The picker's dropdowns and its search: by category and area.
    const categories = await t.graphql<{ serviceCategories: { id: string; name: string }[] }>(
      '{ serviceCategories { id name } }',
      {},
      { token: counsellor.token },
    );
    expect(categories.errors).toBeUndefined();
    const found = await t.graphql<{ partnerOrganizations: { edges: { node: { id: string } }[] } }>(
      'query($area: String) { partnerOrganizations(first: 10, filter: { area: $area }) { edges { node { id } } } }',
      { area: 'nishi-ku' },
      { token: counsellor.token },
    );
    expect(found.data!.partnerOrganizations.edges.map((e) => e.node.id).sort()).toEqual([kodomo, foodbank].sort());
  });

  it('names a counsellor who left the tenant as a former member', async () => {
    await ownerQuery(`update membership set status = 'deactivated' where user_id = $1 and tenant_id = $2`, [
      colleague.id,
      kobe.id,
    ]);
    const { data } = await card(counsellor, family.conversationId);
    expect(data!.conversation!.consents![0]).toMatchObject({
      obtainedById: colleague.id,
      obtainedByName: '(former member)',
    });
  });
});
