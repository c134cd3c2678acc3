import type { Tenant } from '@tsunagu/platform/database';
import { JOBS_SCHEMA, TENANT_ROLE } from '@tsunagu/platform/database';
import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { connect, randomLocalGovernmentCode, SmtpListener, testDatabase, uniqueSlug } from '@tsunagu/platform/testing';
import { TenantsService } from '@tsunagu/tenants';
import { SecondmentCalendar } from '@tsunagu/secondments';
import { createLineChannel, ownerQuery } from './support/line';
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
  const smtp = new SmtpListener();

  beforeAll(async () => {
    await smtp.start();
    // No job workers: the calendar runs when a test says, at the instant it gives.
    t = await TestApp.start({ SMTP_URL: smtp.url });
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
    await smtp.stop();
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
    expect((await mutate(npo, 'updateSecondment', { id, status: 'ACTIVE' })).codes).toEqual(['BAD_USER_INPUT']);

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
    // A city whose fiscal year starts in January: January to March 2025 is its FY2025 (not FY2024).
    const january = await t.newTenant();
    await ownerQuery('update tenant set fiscal_year_start_month = 1 where id = $1', [january.id]);
    await mutate(
      npo,
      'createSecondment',
      fy2025({ homeTenantSlug: january.slug, startsOn: '2025-01-01', endsOn: '2025-03-31' }),
    );
    const ofJanuary = (year: number) =>
      list(npo, `, filter: { fiscalYear: ${year}, homeTenantSlug: "${january.slug}" }`);
    expect((await ofJanuary(2025))?.map((s) => s.fiscalYearLabel)).toEqual(['令和7年度 (FY2025)']);
    expect(await ofJanuary(2024)).toEqual([]);

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
    // Not a real date, or a required field emptied: refused, not a server error.
    expect((await mutate(npo, 'updateSecondment', { id: first.data!.id, endsOn: '2026-13-45' })).codes).toEqual([
      'BAD_USER_INPUT',
    ]);
    for (const field of ['hostDepartment', 'legalBasis', 'startsOn']) {
      expect((await mutate(npo, 'updateSecondment', { id: first.data!.id, [field]: null })).codes).toEqual([
        'BAD_USER_INPUT',
      ]);
    }
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

  it("shows NPO admins every active city's roster review, who made it, and which cities owe one", async () => {
    const reviewedCity = await t.newTenant({ nameJa: 'あおば市' });
    const lastYearCity = await t.newTenant({ nameJa: 'いずみ市' });
    const neverCity = await t.newTenant({ nameJa: 'うみべ市' });
    const onboardingSlug = uniqueSlug();
    await t.app.get(TenantsService).createTenant({
      slug: onboardingSlug,
      nameJa: 'えんがわ町',
      nameEn: 'Engawa',
      localGovernmentCode: randomLocalGovernmentCode(),
      prefecture: '兵庫県',
    });
    const reviewer = await t.newUser({ tenant: reviewedCity, role: TenantRole.TENANT_ADMIN });
    await ownerQuery(`update app_user set display_name = '青葉 確認' where id = $1`, [reviewer.id]);
    const lastYearAdmin = await t.newUser({ tenant: lastYearCity, role: TenantRole.TENANT_ADMIN });
    for (const admin of [reviewer, lastYearAdmin]) {
      expect((await t.graphql('mutation { markRosterReviewed }', {}, { token: admin.token })).errors).toBeUndefined();
    }
    // A review made two fiscal years ago no longer counts for this one.
    await ownerQuery(`update roster_review set reviewed_at = now() - interval '2 years' where tenant_id = $1`, [
      lastYearCity.id,
    ]);

    interface City {
      slug: string;
      nameJa: string;
      lastRosterReview: { reviewedAt: string; reviewerName: string } | null;
      rosterReviewDue: boolean;
    }
    const cities = async (user: TestUser) =>
      t.graphql<{ secondmentCities: City[] }>(
        '{ secondmentCities { slug nameJa lastRosterReview { reviewedAt reviewerName } rosterReviewDue } }',
        {},
        { token: user.token },
      );
    const res = await cities(npo);
    expect(res.errors).toBeUndefined();
    const bySlug = new Map(res.data!.secondmentCities.map((c) => [c.slug, c]));
    expect(bySlug.get(reviewedCity.slug)).toMatchObject({
      nameJa: 'あおば市',
      lastRosterReview: { reviewerName: '青葉 確認' },
      rosterReviewDue: false,
    });
    expect(Date.now() - Date.parse(bySlug.get(reviewedCity.slug)!.lastRosterReview!.reviewedAt)).toBeLessThan(60_000);
    expect(bySlug.get(lastYearCity.slug)).toMatchObject({
      lastRosterReview: { reviewerName: 'テスト 利用者' },
      rosterReviewDue: true,
    });
    expect(bySlug.get(neverCity.slug)).toMatchObject({ lastRosterReview: null, rosterReviewDue: true });
    expect(bySlug.get(kobe.slug)).toBeDefined();
    // A city still onboarding is not one the NPO chooses yet.
    expect(bySlug.has(onboardingSlug)).toBe(false);
    // In the order of local government codes, as official lists of municipalities go.
    const listed = res.data!.secondmentCities.map((c) => c.slug);
    const ours = [reviewedCity, lastYearCity, neverCity, kobe, yamagata];
    expect(listed.filter((slug) => ours.some((c) => c.slug === slug))).toEqual(
      [...ours].sort((a, b) => a.localGovernmentCode.localeCompare(b.localGovernmentCode)).map((c) => c.slug),
    );

    // No city reads another's review, nor its own through this query.
    const viewer = await t.newUser({ tenant: reviewedCity, role: TenantRole.MUNICIPAL_VIEWER });
    for (const user of [reviewer, kobeAdmin, kobeCounsellor, viewer]) {
      const refused = await cities(user);
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
      expect(refused.data?.secondmentCities ?? null).toBeNull();
    }
  });

  async function exportRoster(user: TestUser, fiscalYear: number) {
    const res = await t.graphql<{ exportSecondmentRoster: { url: string } }>(
      'mutation($input: ExportSecondmentRosterInput!) { exportSecondmentRoster(input: $input) { url } }',
      { input: { fiscalYear } },
      { token: user.token },
    );
    const url = res.data?.exportSecondmentRoster.url;
    return { path: url ? new URL(url).pathname : undefined, codes: errorCodes(res) };
  }

  it('exports a fiscal year as CSV: every city for the NPO, its own people for a city, never check-in notes', async () => {
    const north = await t.newTenant();
    const south = await t.newTenant();
    const northAdmin = await t.newUser({ tenant: north, role: TenantRole.TENANT_ADMIN });
    const southViewer = await t.newUser({ tenant: south, role: TenantRole.MUNICIPAL_VIEWER });
    const northOne = await mutate(
      npo,
      'createSecondment',
      fy2025({
        homeTenantSlug: north.slug,
        staff: { name: '北 一郎', nameKana: 'きた いちろう', homeDepartment: '福祉局', jobTitle: '主査' },
        hostOrganization: '=HYPERLINK("x")',
        status: 'ACTIVE',
      }),
    );
    await mutate(npo, 'addSecondmentAssignment', {
      secondmentId: northOne.data!.id,
      citySlug: south.slug,
      programme: '文京区こども宅食',
      role: '配送',
      timeShare: 40,
    });
    await mutate(npo, 'addSecondmentCheckIn', {
      secondmentId: northOne.data!.id,
      heldOn: '2025-05-01',
      wellbeing: 2,
      notes: '面談の秘密',
    });
    await mutate(
      npo,
      'createSecondment',
      fy2025({
        homeTenantSlug: south.slug,
        staff: { name: '南 二郎', nameKana: 'みなみ じろう', homeDepartment: '子育て支援課', jobTitle: '主事' },
      }),
    );

    const city = await exportRoster(northAdmin, 2025);
    expect(city.codes).toEqual([]);
    const res = await t.download(city.path!, northAdmin.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      '年度,派遣元自治体,氏名,ふりがな,派遣元所属,職名,職員番号,派遣先,派遣先部署,開始日,終了日,状態,中途終了日,中途終了理由,法的根拠,覚書,覚書締結日,覚書番号,職務内容,指導担当,担当業務,復帰後の所属,復帰後の職',
    );
    expect(lines.slice(1, -1)).toEqual([
      [
        '令和7年度 (FY2025)',
        north.nameJa,
        '北 一郎',
        'きた いちろう',
        '福祉局',
        '主査',
        '',
        `"'=HYPERLINK(""x"")"`,
        'みらいのつながりはぐくむ事業部',
        '2025-04-01',
        '2026-03-31',
        '派遣中',
        '',
        '',
        '地方公務員法第39条第1項 研修派遣',
        '研修派遣に関する覚書',
        '2025-03-15',
        '',
        '',
        '',
        `${south.nameJa} 文京区こども宅食（配送・40%・2025-04-01〜2026-03-31）`,
        '',
        '',
      ].join(','),
    ]);
    expect(bytes.toString('utf8')).not.toContain('面談の秘密');
    // Another year, or another city's people, are not in it.
    expect(bytes.toString('utf8')).not.toContain('南 二郎');

    // The NPO's export spans the cities: a platform download, audited in each city's own trail.
    const all = await exportRoster(npo, 2025);
    const everyone = (await t.download(all.path!, npo.token)).body.toString('utf8');
    expect(everyone).toContain('北 一郎');
    expect(everyone).toContain('南 二郎');
    expect(everyone).not.toContain('面談の秘密');
    expect((await t.download(all.path!, northAdmin.token)).status).toBe(403);
    const audit = await ownerQuery<{ tenant_id: string | null; action: string }>(
      `select tenant_id, action from audit_event where action in ('secondment.roster_exported', 'download.created')
         and (tenant_id = any($1) or tenant_id is null) and occurred_at > now() - interval '1 minute' order by seq`,
      [[north.id, south.id]],
    );
    expect(
      audit
        .filter((a) => a.action === 'secondment.roster_exported')
        .map((a) => a.tenant_id)
        .sort(),
    ).toEqual([north.id, north.id, south.id].sort());
    expect(audit.some((a) => a.action === 'download.created' && a.tenant_id === null)).toBe(true);
    // The database's own rule: no tenant transaction reaches a platform download.
    const runtime = await connect(testDatabase().url);
    try {
      await runtime.query('begin');
      await runtime.query(`select set_config('role', $1, true), set_config('app.tenant_id', $2, true)`, [
        TENANT_ROLE,
        north.id,
      ]);
      const visible = await runtime.query('select filename from download');
      expect(visible.rows.map((r: { filename: string }) => r.filename)).toEqual([
        `secondment-roster-${north.slug}-FY2025.csv`,
      ]);
    } finally {
      await runtime.query('rollback');
      await runtime.end();
    }

    // Who may not export: a viewer, a counsellor, someone seconded.
    expect((await exportRoster(southViewer, 2025)).codes).toEqual(['FORBIDDEN']);
    expect((await exportRoster(kobeCounsellor, 2025)).codes).toEqual(['FORBIDDEN']);
    expect((await exportRoster(npo, 1999)).codes).toEqual(['BAD_USER_INPUT']);
  });

  it('shows the current roster by host department and the alumni with their return placement', async () => {
    const own = await t.newTenant();
    const ownAdmin = await t.newUser({ tenant: own, role: TenantRole.TENANT_ADMIN });
    const person = (name: string) => ({ name, nameKana: 'てすと', homeDepartment: '総務局', jobTitle: '主事' });
    const create = (extra: object) => mutate(npo, 'createSecondment', fy2025({ homeTenantSlug: own.slug, ...extra }));
    await create({ staff: person('現役 A'), status: 'ACTIVE', hostDepartment: '事業部 B' });
    await create({ staff: person('現役 C'), status: 'EXTENDED', hostDepartment: '事業部 A' });
    await create({ staff: person('現役 D'), status: 'ACTIVE', hostDepartment: '事業部 A' });
    await create({ staff: person('予定 E'), status: 'PLANNED' });
    await create({
      staff: person('修了 F'),
      status: 'COMPLETED',
      startsOn: '2023-04-01',
      endsOn: '2024-03-31',
      returnDepartment: 'ひきこもり支援室',
      returnRole: '係長',
    });

    const roster = await t.graphql<{
      currentSecondmentRoster: { hostDepartment: string; secondments: { staff: { name: string } }[] }[];
    }>(
      '{ currentSecondmentRoster { hostOrganization hostDepartment secondments { staff { name } } } }',
      {},
      {
        token: ownAdmin.token,
      },
    );
    expect(
      roster.data?.currentSecondmentRoster.map((d) => [d.hostDepartment, d.secondments.map((s) => s.staff.name)]),
    ).toEqual([
      ['事業部 A', ['現役 C', '現役 D']],
      ['事業部 B', ['現役 A']],
    ]);
    const other = await t.graphql<{ currentSecondmentRoster: unknown[] }>(
      '{ currentSecondmentRoster { hostDepartment } }',
      {},
      {
        token: yamagataAdmin.token,
      },
    );
    expect(JSON.stringify(other.data)).not.toContain('事業部 B');

    const alumni = await t.graphql<{
      secondments: { edges: { node: { staff: { name: string }; returnDepartment: string; returnRole: string } }[] };
    }>(
      '{ secondments(first: 10, filter: { view: ALUMNI }) { edges { node { staff { name } returnDepartment returnRole } } } }',
      {},
      {
        token: ownAdmin.token,
      },
    );
    expect(alumni.data?.secondments.edges.map((e) => e.node)).toEqual([
      { staff: { name: '修了 F' }, returnDepartment: 'ひきこもり支援室', returnRole: '係長' },
    ]);
  });

  it('lets the mentor read the secondment and write check-ins, and nobody else but the NPO', async () => {
    const mentor = await t.newUser({});
    const stranger = await t.newUser({});
    const created = await mutate(
      npo,
      'createSecondment',
      fy2025({ homeTenantSlug: yamagata.slug, startsOn: '2030-04-01', endsOn: undefined, mentorUserId: mentor.id }),
    );
    expect(created.codes).toEqual([]);
    const id = created.data!.id;
    const checkIn = { secondmentId: id, heldOn: '2030-05-01', wellbeing: 5, notes: 'よく学んでいる' };
    expect((await mutate(mentor, 'addSecondmentCheckIn', checkIn)).data?.checkIns).toHaveLength(1);
    expect((await list(mentor))?.map((s) => s.id)).toEqual([id]);
    expect((await mutate(stranger, 'addSecondmentCheckIn', checkIn)).codes).toEqual(['NOT_FOUND']);
    expect((await mutate(yamagataAdmin, 'addSecondmentCheckIn', checkIn)).codes).toEqual(['NOT_FOUND']);
    expect(await list(stranger)).toEqual([]);
    const authors = await ownerQuery<{ author_user_id: string }>(
      'select author_user_id from secondment_check_in where secondment_id = $1',
      [id],
    );
    expect(authors).toEqual([{ author_user_id: mentor.id }]);
    // A mentor must have an account.
    expect(
      (await mutate(npo, 'updateSecondment', { id, mentorUserId: '00000000-0000-4000-8000-000000000000' })).codes,
    ).toEqual(['BAD_USER_INPUT']);
  });

  it("names a programme by one of the city's LINE channels, and no other city's", async () => {
    const city = await t.newTenant();
    const cityAdmin = await t.newUser({ tenant: city, role: TenantRole.TENANT_ADMIN });
    const channel = await createLineChannel(t, cityAdmin.token);
    const kobeChannelAdmin = await t.newUser({ tenant: kobe, role: TenantRole.TENANT_ADMIN });
    const foreign = await createLineChannel(t, kobeChannelAdmin.token);
    const created = await mutate(
      npo,
      'createSecondment',
      fy2025({ homeTenantSlug: city.slug, startsOn: '2031-04-01', endsOn: undefined }),
    );
    const id = created.data!.id;
    const base = { secondmentId: id, citySlug: city.slug, role: '相談員', timeShare: 50 };
    const res = await t.graphql<{
      addSecondmentAssignment: { assignments: { programme: string; lineChannelId: string }[] };
    }>(
      'mutation($input: AddSecondmentAssignmentInput!) { addSecondmentAssignment(input: $input) { assignments { programme lineChannelId } } }',
      { input: { ...base, lineChannelId: channel.id } },
      { token: npo.token },
    );
    expect(res.data?.addSecondmentAssignment.assignments).toEqual([
      { programme: 'テストチャネル', lineChannelId: channel.id },
    ]);
    expect((await mutate(npo, 'addSecondmentAssignment', { ...base, lineChannelId: foreign.id })).codes).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect((await mutate(npo, 'addSecondmentAssignment', base)).codes).toEqual(['BAD_USER_INPUT']);
  });

  describe("following the home city's calendar", () => {
    const byId = async (id: string) =>
      (
        await t.graphql<{ secondment: SecondmentResult }>(
          `query($id: ID!) { secondment(id: $id) { ${FIELDS} } }`,
          { id },
          { token: npo.token },
        )
      ).data?.secondment;
    const reminderJobs = (id: string) =>
      ownerQuery<{ data: { secondmentId: string; endsOn: string; userId: string } }>(
        `select data from ${JOBS_SCHEMA}.job where name = 'secondment.reminder' and data->>'secondmentId' = $1`,
        [id],
      );
    // 20:00 UTC on 31 March 2026: already 1 April in Tokyo, still 31 March in Honolulu.
    const tokyoApril = new Date('2026-03-31T20:00:00Z');
    let honolulu: Tenant;

    beforeAll(async () => {
      honolulu = await t.newTenant();
      await ownerQuery(`update tenant set timezone = 'Pacific/Honolulu' where id = $1`, [honolulu.id]);
    });

    it('completes an active secondment once its last day has passed in its home city, not before', async () => {
      const city = await t.newTenant();
      const ended = await mutate(npo, 'createSecondment', fy2025({ homeTenantSlug: city.slug, status: 'ACTIVE' }));
      const stillOn = await mutate(
        npo,
        'createSecondment',
        fy2025({ homeTenantSlug: honolulu.slug, status: 'ACTIVE' }),
      );
      const planned = await mutate(
        npo,
        'createSecondment',
        fy2025({ homeTenantSlug: city.slug, startsOn: '2026-04-01', endsOn: undefined }),
      );
      expect([ended.codes, stillOn.codes, planned.codes]).toEqual([[], [], []]);

      await t.app.get(SecondmentCalendar).settle(tokyoApril);
      expect((await byId(ended.data!.id))?.status).toBe('COMPLETED');
      expect((await byId(planned.data!.id))?.status).toBe('ACTIVE');
      expect((await byId(stillOn.data!.id))?.status).toBe('ACTIVE');
      const current = await list(npo, `, filter: { view: CURRENT, homeTenantSlug: "${city.slug}" }`);
      expect(current?.map((s) => s.id)).toEqual([planned.data!.id]);
      const alumni = await list(npo, `, filter: { view: ALUMNI, homeTenantSlug: "${city.slug}" }`);
      expect(alumni?.map((s) => s.id)).toEqual([ended.data!.id]);

      // Honolulu's 31 March ends too; the home city's audit trail says who settled it and when.
      await t.app.get(SecondmentCalendar).settle(new Date('2026-04-01T11:00:00Z'));
      expect((await byId(stillOn.data!.id))?.status).toBe('COMPLETED');
      const audit = await ownerQuery<{ action: string; actor_label: string }>(
        `select action, actor_label from audit_event where tenant_id = $1 and target_id = $2 and action = 'secondment.completed'`,
        [honolulu.id, stillOn.data!.id],
      );
      expect(audit).toEqual([{ action: 'secondment.completed', actor_label: 'system' }]);
    });

    it('reminds every NPO admin by mail 30 days before the end, once per end date', async () => {
      const city = await t.newTenant({ nameJa: 'リマインド市' });
      const soon = await mutate(
        npo,
        'createSecondment',
        fy2025({ homeTenantSlug: city.slug, status: 'ACTIVE', startsOn: '2025-10-01', endsOn: '2026-04-30' }),
      );
      const later = await mutate(
        npo,
        'createSecondment',
        fy2025({ homeTenantSlug: city.slug, status: 'ACTIVE', startsOn: '2025-10-01', endsOn: '2026-05-15' }),
      );
      const id = soon.data!.id;
      const calendar = t.app.get(SecondmentCalendar);
      await calendar.settle(tokyoApril);
      const jobs = await reminderJobs(id);
      expect(jobs.map((j) => j.data.userId)).toContain(npo.id);
      expect(await reminderJobs(later.data!.id)).toEqual([]);

      // Run again (the next hour): nothing more is queued.
      await calendar.settle(new Date('2026-03-31T21:00:00Z'));
      expect(await reminderJobs(id)).toHaveLength(jobs.length);

      await calendar.remind(jobs.find((j) => j.data.userId === npo.id)!.data);
      const mail = smtp.mails.find((m) => m.to.includes(npo.email) && m.text.includes(`/platform/secondments/${id}`));
      expect(mail?.subject).toBe('【tsunagu】研修派遣の終了まで30日を切りました');
      expect(mail?.text).toContain('リマインド市からの研修派遣が 2026-04-30 に終了します');
      expect(mail?.text).not.toContain('神戸 花子');

      // Extended by a month: the new end gets its own reminder when it comes near.
      await mutate(npo, 'updateSecondment', { id, endsOn: '2026-05-31', status: 'EXTENDED' });
      await calendar.settle(tokyoApril);
      expect(await reminderJobs(id)).toHaveLength(jobs.length);
      await calendar.settle(new Date('2026-05-02T00:00:00Z'));
      expect((await reminderJobs(id)).filter((j) => j.data.endsOn === '2026-05-31')).toHaveLength(jobs.length);
      // A reminder queued for the old end sends nothing now.
      const before = smtp.mails.length;
      await calendar.remind(jobs.find((j) => j.data.userId === npo.id)!.data);
      expect(smtp.mails.length).toBe(before);
    });
  });
});
