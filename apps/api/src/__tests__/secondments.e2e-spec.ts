import type { Tenant } from '@tsunagu/platform/database';
import { TENANT_ROLE } from '@tsunagu/platform/database';
import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { connect, testDatabase } from '@tsunagu/platform/testing';
import { ownerQuery } from './support/line';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

const FIELDS = `id status startsOn endsOn fiscalYear fiscalYearLabel legalBasis hostDepartment endedEarlyOn endReason
  staff { id name nameKana } homeCity { slug } assignments { city { slug } programme timeShare startsOn endsOn }
  checkIns { heldOn wellbeing notes }`;

interface SecondmentResult {
  id: string;
  status: string;
  startsOn: string;
  endsOn: string;
  fiscalYear: number;
  fiscalYearLabel: string;
  legalBasis: string;
  endedEarlyOn: string | null;
  staff: { id: string; name: string };
  homeCity: { slug: string };
  assignments: { city: { slug: string }; programme: string; timeShare: number }[];
  checkIns: { heldOn: string; wellbeing: number; notes: string | null }[] | null;
}

describe('the secondment roster', () => {
  let t: TestApp;
  let kobe: Tenant;
  let yamagata: Tenant;
  let npo: TestUser;
  let kobeAdmin: TestUser;
  let yamagataAdmin: TestUser;
  let kobeCounsellor: TestUser;
  let seconded: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    kobe = await t.newTenant();
    yamagata = await t.newTenant();
    npo = await t.newUser({ platformRoles: [PlatformRole.NPO_ADMIN] });
    kobeAdmin = await t.newUser({ tenant: kobe, role: TenantRole.TENANT_ADMIN });
    yamagataAdmin = await t.newUser({ tenant: yamagata, role: TenantRole.TENANT_ADMIN });
    kobeCounsellor = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
    seconded = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
  });

  afterAll(async () => {
    await t.close();
  });

  async function mutate(user: TestUser, name: string, input: object) {
    const res = await t.graphql<Record<string, SecondmentResult>>(
      `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${FIELDS} } }`,
      { input },
      { token: user.token },
    );
    return { data: res.data?.[name], codes: errorCodes(res), errors: res.errors };
  }

  const fy2025 = (extra: object = {}) => ({
    homeTenantSlug: kobe.slug,
    staff: { name: '神戸 花子', nameKana: 'こうべ はなこ', homeDepartment: 'こども家庭局', jobTitle: '主事' },
    hostOrganization: 'NPO法人 テスト',
    hostDepartment: 'みらいのつながりはぐくむ事業部',
    startsOn: '2025-04-01',
    endsOn: '2026-03-31',
    memorandumTitle: '研修派遣に関する覚書',
    memorandumSignedOn: '2025-03-15',
    ...extra,
  });

  async function list(user: TestUser, filter = ''): Promise<SecondmentResult[] | undefined> {
    const res = await t.graphql<{ secondments: { edges: { node: SecondmentResult }[] } }>(
      `{ secondments(first: 100${filter}) { edges { node { ${FIELDS} } } } }`,
      {},
      { token: user.token, tenant: undefined },
    );
    return res.data?.secondments.edges.map((e) => e.node);
  }

  it('runs the whole lifecycle for an NPO admin, labelled by fiscal year', async () => {
    const created = await mutate(
      npo,
      'createSecondment',
      fy2025({ staff: { ...fy2025().staff, userId: seconded.id } }),
    );
    expect(created.codes).toEqual([]);
    expect(created.data).toMatchObject({
      status: 'PLANNED',
      fiscalYear: 2025,
      fiscalYearLabel: '令和7年度 (FY2025)',
      legalBasis: '地方公務員法第39条第1項 研修派遣',
      homeCity: { slug: kobe.slug },
    });
    const id = created.data!.id;

    const assigned = await mutate(npo, 'addSecondmentAssignment', {
      secondmentId: id,
      citySlug: yamagata.slug,
      programme: 'おやこよりそいチャット山形',
      role: '相談員',
      timeShare: 60,
    });
    expect(assigned.data?.assignments).toEqual([
      {
        city: { slug: yamagata.slug },
        programme: 'おやこよりそいチャット山形',
        timeShare: 60,
        startsOn: '2025-04-01',
        endsOn: '2026-03-31',
      },
    ]);
    const checked = await mutate(npo, 'addSecondmentCheckIn', {
      secondmentId: id,
      heldOn: '2025-06-30',
      wellbeing: 4,
      learningGoals: 'チャット相談の記録',
      notes: '山形の事業に慣れてきた',
    });
    expect(checked.data?.checkIns).toEqual([{ heldOn: '2025-06-30', wellbeing: 4, notes: '山形の事業に慣れてきた' }]);
    expect((await mutate(npo, 'updateSecondment', { id, status: 'ACTIVE' })).data?.status).toBe('ACTIVE');
    const ended = await mutate(npo, 'endSecondmentEarly', { id, date: '2026-01-31', reason: '家庭の事情' });
    expect(ended.data).toMatchObject({ status: 'ENDED_EARLY', endedEarlyOn: '2026-01-31' });

    const audit = await ownerQuery<{ action: string }>(
      `select action from audit_event where tenant_id = $1 and action like 'secondment.%' order by seq`,
      [kobe.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'secondment.created',
      'secondment.assignment_added',
      'secondment.check_in_added',
      'secondment.updated',
      'secondment.ended_early',
    ]);

    // The person themself reads their own record, check-ins included.
    const own = await list(seconded);
    expect(own?.map((s) => s.id)).toEqual([id]);
    expect(own?.[0].checkIns).toHaveLength(1);
  });

  it('shows the home city its people without check-in notes, and the city they work for nothing', async () => {
    const created = await mutate(npo, 'createSecondment', fy2025({ startsOn: '2024-04-01', endsOn: '2025-03-31' }));
    const id = created.data!.id;
    await mutate(npo, 'addSecondmentAssignment', {
      secondmentId: id,
      citySlug: yamagata.slug,
      programme: '文京区こども宅食',
      role: '配送',
      timeShare: 40,
    });
    await mutate(npo, 'addSecondmentCheckIn', { secondmentId: id, heldOn: '2024-05-01', wellbeing: 3, notes: '内密' });

    const home = await list(kobeAdmin);
    const mine = home?.find((s) => s.id === id);
    expect(mine).toMatchObject({ fiscalYearLabel: '令和6年度 (FY2024)', checkIns: null });
    expect(mine?.assignments).toHaveLength(1);
    expect(JSON.stringify(home)).not.toContain('内密');

    expect(await list(yamagataAdmin)).toEqual([]);
    const byId = await t.graphql(
      `query($id: ID!) { secondment(id: $id) { id } }`,
      { id },
      { token: yamagataAdmin.token },
    );
    expect(errorCodes(byId)).toEqual(['NOT_FOUND']);
    expect(await list(kobeCounsellor)).toEqual([]);

    // The database's own rule: a home city's transactions may not read check-in notes at all.
    const runtime = await connect(testDatabase().url);
    try {
      await runtime.query('begin');
      await runtime.query(`select set_config('role', $1, true), set_config('app.tenant_id', $2, true)`, [
        TENANT_ROLE,
        kobe.id,
      ]);
      await expect(runtime.query('select notes from secondment_check_in')).rejects.toThrow(/permission denied/);
    } finally {
      await runtime.query('rollback');
      await runtime.end();
    }
  });

  it('filters by fiscal year, home city and status', async () => {
    const other = await t.newTenant();
    await mutate(
      npo,
      'createSecondment',
      fy2025({ homeTenantSlug: other.slug, startsOn: '2023-04-01', endsOn: '2024-03-31' }),
    );
    const fy2023 = await list(npo, `, filter: { fiscalYear: 2023, homeTenantSlug: "${other.slug}" }`);
    expect(fy2023?.map((s) => s.fiscalYearLabel)).toEqual(['令和5年度 (FY2023)']);
    expect(await list(npo, `, filter: { fiscalYear: 2025, homeTenantSlug: "${other.slug}" }`)).toEqual([]);
    expect(await list(npo, `, filter: { status: COMPLETED, homeTenantSlug: "${other.slug}" }`)).toEqual([]);

    // Pages follow the start dates, latest first.
    await mutate(
      npo,
      'createSecondment',
      fy2025({ homeTenantSlug: other.slug, startsOn: '2021-04-01', endsOn: '2022-03-31' }),
    );
    const page = async (after?: string) =>
      (
        await t.graphql<{
          secondments: {
            edges: { node: { startsOn: string } }[];
            pageInfo: { endCursor: string; hasNextPage: boolean };
          };
        }>(
          `query($after: String) { secondments(first: 1, after: $after, filter: { homeTenantSlug: "${other.slug}" }) {
            edges { node { startsOn } } pageInfo { endCursor hasNextPage } } }`,
          { after },
          { token: npo.token },
        )
      ).data!.secondments;
    const one = await page();
    const two = await page(one.pageInfo.endCursor);
    expect([one.edges[0].node.startsOn, two.edges[0].node.startsOn, two.pageInfo.hasNextPage]).toEqual([
      '2023-04-01',
      '2021-04-01',
      false,
    ]);
  });

  it('refuses bad periods, overlaps, assignments outside the secondment and an empty legal basis, writing nothing', async () => {
    const own = await t.newTenant();
    const base = fy2025({ homeTenantSlug: own.slug });
    const count = async () =>
      (
        await ownerQuery<{ s: number; p: number }>(
          `select (select count(*)::int from secondment where tenant_id = $1) as s,
                  (select count(*)::int from seconded_staff where tenant_id = $1) as p`,
          [own.id],
        )
      )[0];
    expect((await mutate(npo, 'createSecondment', { ...base, endsOn: '2025-03-31' })).codes).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect((await mutate(npo, 'createSecondment', { ...base, legalBasis: '   ' })).codes).toEqual(['BAD_USER_INPUT']);
    expect(await count()).toEqual({ s: 0, p: 0 });

    const first = await mutate(npo, 'createSecondment', base);
    const staffId = first.data!.staff.id;
    const overlap = await mutate(npo, 'createSecondment', {
      ...base,
      staff: undefined,
      staffId,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    expect(overlap.codes).toEqual(['CONFLICT']);
    expect(await count()).toEqual({ s: 1, p: 1 });
    const next = await mutate(npo, 'createSecondment', {
      ...base,
      staff: undefined,
      staffId,
      startsOn: '2026-04-01',
      endsOn: undefined,
    });
    expect(next.data).toMatchObject({ endsOn: '2027-03-31', fiscalYearLabel: '令和8年度 (FY2026)' });

    const outside = await mutate(npo, 'addSecondmentAssignment', {
      secondmentId: first.data!.id,
      citySlug: own.slug,
      programme: 'x',
      role: 'x',
      timeShare: 10,
      startsOn: '2025-03-01',
    });
    expect(outside.codes).toEqual(['BAD_USER_INPUT']);
    const shrink = await mutate(npo, 'updateSecondment', { id: first.data!.id, endsOn: '2025-03-01' });
    expect(shrink.codes).toEqual(['BAD_USER_INPUT']);
    expect(await ownerQuery('select 1 from secondment_assignment where secondment_id = $1', [first.data!.id])).toEqual(
      [],
    );
  });

  it('lets only NPO admins change the roster, and a tenant admin mark it reviewed', async () => {
    expect((await mutate(kobeAdmin, 'createSecondment', fy2025())).codes).toEqual(['FORBIDDEN']);
    const other = await t.newTenant();
    const admin = await t.newUser({ tenant: other, role: TenantRole.TENANT_ADMIN });
    const checklist = async () =>
      (
        await t.graphql<{ onboardingChecklist: { roster: boolean } }>(
          '{ onboardingChecklist { roster } }',
          {},
          { token: admin.token },
        )
      ).data?.onboardingChecklist.roster;
    expect(await checklist()).toBe(false);
    for (const user of [kobeCounsellor, npo]) {
      expect(errorCodes(await t.graphql('mutation { markRosterReviewed }', {}, { token: user.token }))).toEqual([
        'FORBIDDEN',
      ]);
    }
    const reviewed = await t.graphql('mutation { markRosterReviewed }', {}, { token: admin.token });
    expect(reviewed.errors).toBeUndefined();
    expect(await checklist()).toBe(true);
  });
});
