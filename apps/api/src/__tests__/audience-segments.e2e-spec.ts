import { randomLineUserId } from '@tsunagu/line-sandbox';
import { TenantDb, type Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { AudienceService, SegmentConditionKind, SegmentMatch, type SegmentInput } from '@tsunagu/audience';
import { createLineChannel, ownerQuery, type TestChannel } from './support/line';
import { StatementRecorder } from './support/statements';
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

  it('answers for 5,000 families of a channel in one statement, ordered by registrant id', async () => {
    const big = await t.newTenant({ nameJa: '大きな市' });
    const bigAdmin = await t.newUser({ tenant: big, role: TenantRole.TENANT_ADMIN });
    const bigChannel = await createLineChannel(t, bigAdmin.token);
    const created = await gql<{ createRegistrantAttribute: { id: string } }>(
      bigAdmin,
      `mutation($input: CreateRegistrantAttributeInput!) { createRegistrantAttribute(input: $input) { id } }`,
      { input: { key: 'child_birth_month', label: '子どもの生年月', kind: 'YEAR_MONTH' } },
    );
    const attributeId = created.data!.createRegistrantAttribute.id;
    await ownerQuery(
      `insert into registrant (id, tenant_id, channel_id, line_user_id, status, first_contact_at, last_contact_at, created_at)
       select gen_random_uuid(), $1, $2, 'U' || lpad(to_hex(n), 32, '0'), case when n % 10 = 0 then 'blocked' else 'active' end, now(), now(), now()
         from generate_series(1, 5000) n`,
      [big.id, bigChannel.id],
    );
    // A third of them have a child born in 2025-06 (1 year old on 2026-12-04).
    await ownerQuery(
      `insert into registrant_attribute_value (id, tenant_id, registrant_id, attribute_id, value, created_at)
       select gen_random_uuid(), $1, id, $2, '2025-06', now() from registrant
        where tenant_id = $1 and ('x' || substr(line_user_id, 30, 4))::bit(16)::int % 3 = 0`,
      [big.id, attributeId],
    );
    const [expected] = await ownerQuery<{ all: string; young: string }>(
      `select count(*) filter (where r.status = 'active') as all,
              count(*) filter (where r.status = 'active' and v.id is not null) as young
         from registrant r left join registrant_attribute_value v on v.registrant_id = r.id where r.tenant_id = $1`,
      [big.id],
    );
    const recorder = new StatementRecorder();
    recorder.install();
    try {
      const audience = t.app.get(AudienceService);
      const { result, statements } = await recorder.during(() =>
        t.app.get(TenantDb).withTenant(big.id, async (em) => ({
          everyone: await audience.recipients(em, bigChannel.id, null, '2026-12-04'),
          young: await audience.recipients(em, bigChannel.id, age(0, 2), '2026-12-04'),
        })),
      );
      expect(result.everyone).toHaveLength(Number(expected.all));
      expect(result.everyone).toHaveLength(4_500);
      expect(result.young).toHaveLength(Number(expected.young));
      const ids = result.everyone.map((r) => r.registrantId);
      expect(ids).toEqual([...ids].sort());
      // One statement per answer (and one read of the tenant's attributes): no statement per family.
      expect(statements.filter((sql) => /from registrant r/.test(sql))).toHaveLength(2);
      expect(statements.length).toBeLessThan(12);
    } finally {
      recorder.uninstall();
      // The test files share one database: the others need not wade through these families.
      await ownerQuery('delete from registrant_attribute_value where tenant_id = $1', [big.id]);
      await ownerQuery('delete from registrant where tenant_id = $1', [big.id]);
    }
  }, 180_000);

  describe('who may see and change what', () => {
    const SCHEMA = `{ audienceSchema { attributes { key label kind choices askedInSurvey } tags } }`;
    const PROFILE = `query($id: ID!) { familyProfile(registrantId: $id) { registrantId values { attributeKey values } tags } }`;
    const COUNT = `{ audienceCount }`;
    const CREATE = `mutation($input: CreateRegistrantAttributeInput!) { createRegistrantAttribute(input: $input) { id } }`;
    const UPDATE = `mutation($input: UpdateFamilyProfileInput!) { updateFamilyProfile(input: $input) { tags } }`;

    it('shows a municipal viewer and a partner user nothing', async () => {
      const viewer = await t.newUser({ tenant: kobe, role: TenantRole.MUNICIPAL_VIEWER });
      const partner = await t.newUser({
        tenant: kobe,
        role: TenantRole.PARTNER_USER,
        partnerOrganizationId: await t.newPartnerOrganization(kobe),
      });
      for (const user of [viewer, partner]) {
        expect(errorCodes(await gql(user, SCHEMA))).toEqual(['FORBIDDEN']);
        expect(errorCodes(await gql(user, PROFILE, { id: families['december'] }))).toEqual(['FORBIDDEN']);
        expect(errorCodes(await gql(user, COUNT))).toEqual(['FORBIDDEN']);
        expect(
          errorCodes(await gql(user, UPDATE, { input: { registrantId: families['december'], tags: ['x'] } })),
        ).toEqual(['FORBIDDEN']);
      }
    });

    it("lets a counsellor read and set a family's values and tags, but not change the schema", async () => {
      const res = await gql<{
        familyProfile: { values: { attributeKey: string; values: string[] }[]; tags: string[] };
      }>(counsellor, PROFILE, { id: families['december'] });
      expect(res.data?.familyProfile).toEqual({
        registrantId: families['december'],
        values: [
          { attributeKey: 'child_birth_month', values: ['2024-12'] },
          { attributeKey: 'ward', values: ['中央区'] },
        ],
        tags: ['ひとり親'],
      });
      expect(
        errorCodes(
          await gql(counsellor, CREATE, { input: { key: 'x', label: 'x', kind: 'SINGLE_CHOICE', choices: ['a'] } }),
        ),
      ).toEqual(['FORBIDDEN']);
      // Bad values are refused by field, nothing written.
      const bad = await gql(counsellor, UPDATE, {
        input: {
          registrantId: families['december'],
          values: [
            { attributeKey: 'ward', values: ['中央区', '灘区'] },
            { attributeKey: 'child_birth_month', values: ['2024-13'] },
          ],
          tags: ['新しいタグ'],
        },
      });
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
      expect((bad.errors?.[0].extensions?.['fieldErrors'] as { field: string }[]).map((e) => e.field)).toEqual([
        'values.0.values',
        'values.1.values',
      ]);
      const after = await gql<{ familyProfile: { tags: string[] } }>(counsellor, PROFILE, { id: families['december'] });
      expect(after.data?.familyProfile.tags).toEqual(['ひとり親']);
      // The tags in use are suggested to everyone who may read the schema.
      const schema = await gql<{ audienceSchema: { tags: string[]; attributes: { key: string }[] } }>(
        coordinator,
        SCHEMA,
      );
      expect(schema.data?.audienceSchema.tags).toEqual(['ひとり親', '多子世帯']);
      expect(schema.data?.audienceSchema.attributes.map((a) => a.key)).toEqual([
        'child_birth_month',
        'ward',
        'interests',
      ]);
    });

    it('does not return the attributes or a family of another tenant', async () => {
      const yamagataCounsellor = await t.newUser({ tenant: yamagata, role: TenantRole.COUNSELOR });
      const schema = await gql<{ audienceSchema: { attributes: { key: string }[]; tags: string[] } }>(
        yamagataCounsellor,
        SCHEMA,
      );
      // Yamagata defined the same keys for itself; Kobe's tags never show.
      expect(schema.data?.audienceSchema.tags).toEqual([]);
      expect(errorCodes(await gql(yamagataCounsellor, PROFILE, { id: families['december'] }))).toEqual(['NOT_FOUND']);
      expect(
        errorCodes(
          await gql(yamagataCounsellor, UPDATE, { input: { registrantId: families['december'], tags: ['x'] } }),
        ),
      ).toEqual(['NOT_FOUND']);
      const [row] = await ownerQuery<{ labels: string[] }>('select labels from registrant where id = $1', [
        families['december'],
      ]);
      expect(row.labels).toEqual(['ひとり親']);
    });

    it('audits every change of the schema', async () => {
      const created = await gql<{ createRegistrantAttribute: { id: string } }>(admin, CREATE, {
        input: { key: 'school', label: '学校', kind: 'SINGLE_CHOICE', choices: ['小学校', '中学校'] },
      });
      const id = created.data!.createRegistrantAttribute.id;
      await profile(counsellor, families['older'], [['school', ['中学校']]]);
      await gql(
        admin,
        `mutation($input: UpdateRegistrantAttributeInput!) { updateRegistrantAttribute(input: $input) { id } }`,
        {
          input: { id, choices: ['小学校'] },
        },
      );
      // A choice taken away is no family's value any more.
      const after = await gql<{ familyProfile: { values: { attributeKey: string }[] } }>(counsellor, PROFILE, {
        id: families['older'],
      });
      expect(after.data?.familyProfile.values.map((v) => v.attributeKey)).toEqual(['child_birth_month', 'ward']);
      await gql(
        admin,
        `mutation($input: DeleteRegistrantAttributeInput!) { deleteRegistrantAttribute(input: $input) }`,
        {
          input: { id },
        },
      );
      const actions = await ownerQuery<{ action: string }>(
        `select action from audit_event where target_id = $1 order by seq`,
        [id],
      );
      expect(actions.map((a) => a.action)).toEqual([
        'registrant_attribute.created',
        'registrant_attribute.updated',
        'registrant_attribute.deleted',
      ]);
    });
  });
});
