import { randomLineUserId } from '@tsunagu/line-sandbox';
import { TenantDb, type Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { AudienceService, SegmentConditionKind, SegmentMatch, type SegmentInput } from '@tsunagu/audience';
import { createLineChannel, ownerQuery, type TestChannel } from './support/line';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

const WARDS = ['東灘区', '灘区', '中央区', '兵庫区', '北区', '長田区', '須磨区', '垂水区', '西区'];

/**
 * Segments on hand-made families: age bands on a given day at their edges, areas, choices, tags,
 * AND/OR, blocked families left out, another city's families never counted, and bad segments named
 * field by field.
 */
describe('audience segments', () => {
  let t: TestApp;
  let kobe: Tenant;
  let yamagata: Tenant;
  let admin: TestUser;
  let counsellor: TestUser;
  let coordinator: TestUser;
  let channel: TestChannel;
  let otherChannel: TestChannel;
  let yamagataChannel: TestChannel;
  const families: Record<string, string> = {};

  const gql = async <T>(user: TestUser, query: string, variables: Record<string, unknown> = {}) =>
    t.graphql<T>(query, variables, { token: user.token });

  async function family(name: string, ch: TestChannel, tenant: Tenant, status = 'active'): Promise<string> {
    const [row] = await ownerQuery<{ id: string }>(
      `insert into registrant (id, tenant_id, channel_id, line_user_id, display_name, status, first_contact_at, last_contact_at, created_at)
       values (gen_random_uuid(), $1, $2, $3, $4, $5, now(), now(), now()) returning id`,
      [tenant.id, ch.id, randomLineUserId(), name, status],
    );
    families[name] = row.id;
    return row.id;
  }

  async function profile(user: TestUser, registrantId: string, values: [string, string[]][], tags?: string[]) {
    const res = await gql<{
      updateFamilyProfile: { values: { attributeKey: string; values: string[] }[]; tags: string[] };
    }>(
      user,
      `mutation($input: UpdateFamilyProfileInput!) { updateFamilyProfile(input: $input) { values { attributeKey values } tags } }`,
      { input: { registrantId, values: values.map(([attributeKey, v]) => ({ attributeKey, values: v })), tags } },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.updateFamilyProfile;
  }

  const ids = (names: string[]) => names.map((n) => families[n]).sort();

  async function reach(
    tenant: Tenant,
    segment: SegmentInput | null,
    onDay: string,
    channelId: string | null = channel.id,
  ) {
    const audience = t.app.get(AudienceService);
    return t.app.get(TenantDb).withTenant(tenant.id, async (em) => {
      const count = await audience.count(em, channelId, segment, onDay);
      const recipients = channelId ? await audience.recipients(em, channelId, segment, onDay) : [];
      return { count, ids: recipients.map((r) => r.registrantId) };
    });
  }

  const age = (from: number, to: number): SegmentInput => ({
    match: SegmentMatch.ALL,
    groups: [
      {
        match: SegmentMatch.ALL,
        conditions: [{ kind: SegmentConditionKind.AGE, attributeKey: 'child_birth_month', ageFrom: from, ageTo: to }],
      },
    ],
  });

  beforeAll(async () => {
    t = await TestApp.start();
    kobe = await t.newTenant({ nameJa: '神戸市' });
    yamagata = await t.newTenant({ nameJa: '山形市' });
    admin = await t.newUser({ tenant: kobe, role: TenantRole.TENANT_ADMIN });
    counsellor = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
    coordinator = await t.newUser({ tenant: kobe, role: TenantRole.COORDINATOR });
    const yamagataAdmin = await t.newUser({ tenant: yamagata, role: TenantRole.TENANT_ADMIN });
    const yamagataCounsellor = await t.newUser({ tenant: yamagata, role: TenantRole.COUNSELOR });
    channel = await createLineChannel(t, admin.token);
    otherChannel = await createLineChannel(t, admin.token);
    yamagataChannel = await createLineChannel(t, yamagataAdmin.token);

    for (const [user, attributes] of [
      [admin, true],
      [yamagataAdmin, false],
    ] as const) {
      for (const input of [
        { key: 'child_birth_month', label: '子どもの生年月', kind: 'YEAR_MONTH', askedInSurvey: true },
        { key: 'ward', label: 'お住まいの区', kind: 'AREA', choices: WARDS, askedInSurvey: true },
        {
          key: 'interests',
          label: '関心のあること',
          kind: 'MULTIPLE_CHOICE',
          choices: ['食料支援', '子育てイベント', '手当'],
        },
      ]) {
        const res = await gql(
          user,
          `mutation($input: CreateRegistrantAttributeInput!) { createRegistrantAttribute(input: $input) { id } }`,
          {
            input,
          },
        );
        expect(res.errors).toBeUndefined();
      }
      if (!attributes) break;
    }

    // Kobe: a child born 2024-12 in 中央区, twins-like two children in 灘区, an older child, a blocked family.
    await profile(
      counsellor,
      await family('december', channel, kobe),
      [
        ['child_birth_month', ['2024-12']],
        ['ward', ['中央区']],
      ],
      ['ひとり親'],
    );
    await profile(counsellor, await family('two children', channel, kobe), [
      ['child_birth_month', ['2019-04', '2025-06']],
      ['ward', ['灘区']],
      ['interests', ['食料支援', '手当']],
    ]);
    await profile(
      counsellor,
      await family('older', channel, kobe),
      [
        ['child_birth_month', ['2020-01']],
        ['ward', ['中央区']],
      ],
      ['多子世帯'],
    );
    await profile(counsellor, await family('blocked', channel, kobe), [
      ['child_birth_month', ['2025-01']],
      ['ward', ['中央区']],
    ]);
    await ownerQuery(`update registrant set status = 'blocked' where id = $1`, [families['blocked']]);
    await family('nothing known', channel, kobe);
    await profile(counsellor, await family('other channel', otherChannel, kobe), [['ward', ['中央区']]]);
    // Yamagata: the same answers, never in Kobe's counts.
    const yamagataFamily = await family('yamagata', yamagataChannel, yamagata);
    await profile(yamagataCounsellor, yamagataFamily, [
      ['child_birth_month', ['2024-12']],
      ['ward', ['中央区']],
    ]);
  }, 120_000);

  afterAll(async () => {
    await t.close();
  });

  it('counts every family of the channel that has not blocked the account when there is no segment', async () => {
    const everyone = await reach(kobe, null, '2026-12-04');
    expect(everyone.count).toBe(4);
    expect(everyone.ids).toEqual(ids(['december', 'two children', 'older', 'nothing known']));
    // Every channel of the tenant: the other channel's family too, never Yamagata's.
    expect((await reach(kobe, null, '2026-12-04', null)).count).toBe(5);
  });

  it('counts a child born in 2024-12 as 2 on 2026-12-04 and until 2027-11-30, and as 3 from 2027-12-01', async () => {
    expect((await reach(kobe, age(0, 2), '2026-12-04')).ids).toEqual(ids(['december', 'two children']));
    expect((await reach(kobe, age(2, 2), '2026-12-04')).ids).toEqual(ids(['december']));
    // On 2027-11-30 the child of 2025-06 is 2 as well; from 2027-12-01 only that one is.
    expect((await reach(kobe, age(2, 2), '2027-11-30')).ids).toEqual(ids(['december', 'two children']));
    expect((await reach(kobe, age(2, 2), '2027-12-01')).ids).toEqual(ids(['two children']));
    expect((await reach(kobe, age(3, 3), '2027-12-01')).ids).toEqual(ids(['december']));
    // The day before the first birthday: 0 (as the child of 2025-06); from the 1st of the month: 1.
    expect((await reach(kobe, age(0, 0), '2025-11-30')).ids).toEqual(ids(['december', 'two children']));
    expect((await reach(kobe, age(1, 1), '2025-12-01')).ids).toEqual(ids(['december']));
    // A family with two children is in the band when either child is.
    expect((await reach(kobe, age(6, 8), '2026-12-04')).ids).toEqual(ids(['two children', 'older']));
  });

  it('combines areas, choices, ages and tags with AND and OR, and leaves blocked families out', async () => {
    const chuoYoung: SegmentInput = {
      match: SegmentMatch.ALL,
      groups: [
        {
          match: SegmentMatch.ALL,
          conditions: [
            { kind: SegmentConditionKind.AGE, attributeKey: 'child_birth_month', ageFrom: 0, ageTo: 2 },
            { kind: SegmentConditionKind.CHOICES, attributeKey: 'ward', choices: ['中央区'] },
          ],
        },
      ],
    };
    // The blocked family (a child of 1 in 中央区) is not counted.
    expect(await reach(kobe, chuoYoung, '2026-12-04')).toEqual({ count: 1, ids: ids(['december']) });
    const either: SegmentInput = {
      match: SegmentMatch.ANY,
      groups: [
        ...chuoYoung.groups,
        {
          match: SegmentMatch.ALL,
          conditions: [{ kind: SegmentConditionKind.CHOICES, attributeKey: 'interests', choices: ['手当'] }],
        },
      ],
    };
    expect((await reach(kobe, either, '2026-12-04')).ids).toEqual(ids(['december', 'two children']));
    const tagged: SegmentInput = {
      match: SegmentMatch.ALL,
      groups: [
        {
          match: SegmentMatch.ANY,
          conditions: [
            { kind: SegmentConditionKind.TAGS, tags: ['ひとり親'] },
            { kind: SegmentConditionKind.TAGS, tags: ['多子世帯'] },
          ],
        },
      ],
    };
    expect((await reach(kobe, tagged, '2026-12-04')).ids).toEqual(ids(['december', 'older']));
    // A segment that reaches nobody is a count of 0, not an error.
    expect(
      (
        await reach(
          kobe,
          {
            ...tagged,
            groups: [
              { match: SegmentMatch.ALL, conditions: [{ kind: SegmentConditionKind.TAGS, tags: ['だれもいない'] }] },
            ],
          },
          '2026-12-04',
        )
      ).count,
    ).toBe(0);
  });

  it("never counts another city's families, whose answers are the same", async () => {
    const chuo: SegmentInput = {
      match: SegmentMatch.ALL,
      groups: [
        {
          match: SegmentMatch.ALL,
          conditions: [{ kind: SegmentConditionKind.CHOICES, attributeKey: 'ward', choices: ['中央区'] }],
        },
      ],
    };
    expect((await reach(kobe, chuo, '2026-12-04', null)).count).toBe(3);
    expect((await reach(yamagata, chuo, '2026-12-04', null)).count).toBe(1);
    // Kobe's channel asked in Yamagata's transaction: nobody.
    expect((await reach(yamagata, null, '2026-12-04', channel.id)).count).toBe(0);
  });

  it('answers the live count to coordinators and admins, and refuses a bad segment naming its field', async () => {
    const query = `query($channelId: ID, $segment: SegmentInput) { audienceCount(channelId: $channelId, segment: $segment) }`;
    for (const user of [coordinator, admin]) {
      const res = await gql<{ audienceCount: number }>(user, query, { channelId: channel.id });
      expect(res.data?.audienceCount).toBe(4);
    }
    expect(errorCodes(await gql(counsellor, query, { channelId: channel.id }))).toEqual(['FORBIDDEN']);
    const bad = await gql(coordinator, query, {
      segment: {
        match: 'ALL',
        groups: [
          {
            match: 'ALL',
            conditions: [
              { kind: 'CHOICES', attributeKey: 'ward', choices: ['梅田区'] },
              { kind: 'AGE', attributeKey: 'child_birth_month', ageFrom: 3, ageTo: 1 },
              { kind: 'CHOICES', attributeKey: 'no_such_thing', choices: ['x'] },
              { kind: 'AGE', attributeKey: 'ward', ageFrom: 0, ageTo: 2 },
            ],
          },
        ],
      },
    });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const fields = (bad.errors?.[0].extensions?.['fieldErrors'] as { field: string }[] | undefined)?.map(
      (e) => e.field,
    );
    expect(fields).toEqual([
      'segment.groups.0.conditions.0.choices.0',
      'segment.groups.0.conditions.1.ageTo',
      'segment.groups.0.conditions.2.attributeKey',
      'segment.groups.0.conditions.3.kind',
    ]);
  });
});
