import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { createLineChannel, ownerQuery } from './support/line';
import { Activity } from './support/report-activity';
import { StatementRecorder } from './support/statements';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

const PROGRAMME_FIELDS = `id name kind description startedOn archived channels { id name } staff { userId displayName }
  contracts { id title department contractNumber startsOn endsOn amountYen kpis { id kind label target unit minutes } }`;
const CREATE_PROGRAMME = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { ${PROGRAMME_FIELDS} } }`;
const UPDATE_PROGRAMME = `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { ${PROGRAMME_FIELDS} } }`;
const PROGRAMMES = `{ programmes { ${PROGRAMME_FIELDS} } }`;
const PROGRAMME = `query($id: ID!) { programme(id: $id) { ${PROGRAMME_FIELDS} } }`;
const CREATE_CONTRACT = `mutation($input: CreateProgrammeContractInput!) { createProgrammeContract(input: $input) {
  id title startsOn endsOn amountYen kpis { id kind label target unit minutes } } }`;
const UPDATE_CONTRACT = `mutation($input: UpdateProgrammeContractInput!) { updateProgrammeContract(input: $input) {
  id title kpis { kind label target minutes } } }`;
const KPIS = `query($id: ID!) { contractKpis(contractId: $id) {
  programmeName periodLabel elapsed suppressionThreshold contract { title }
  figures { kpi { kind label target unit minutes } recorded actual { value suppressed display } progress } } }`;
const REPORT = `query($programmeId: ID, $exact: Boolean) {
  tenantReport(fiscalYear: 2025, programmeId: $programmeId, exact: $exact) {
    programmeName tables { key rows { key values { value suppressed display } } } } }`;

interface Figure {
  kpi: { kind: string; label: string; target: number; unit: string; minutes: number | null };
  recorded: boolean;
  actual: { value: number | null; suppressed: boolean; display: string };
  progress: number | null;
}

describe('programmes, contracts and their KPIs', () => {
  let t: TestApp;
  let city: Tenant;
  let other: Tenant;
  let admin: TestUser;
  let viewer: TestUser;
  let counsellor: TestUser;
  let partner: TestUser;
  let otherAdmin: TestUser;
  let chat: Activity;
  let food: Activity;
  let chatProgrammeId: string;
  let foodProgrammeId: string;
  let chatContractId: string;
  let foodContractId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    city = await t.newTenant();
    other = await t.newTenant();
    admin = await t.newUser({ tenant: city, role: TenantRole.TENANT_ADMIN });
    viewer = await t.newUser({ tenant: city, role: TenantRole.MUNICIPAL_VIEWER });
    counsellor = await t.newUser({ tenant: city, role: TenantRole.COUNSELOR });
    partner = await t.newUser({ tenant: city, role: TenantRole.PARTNER_USER });
    otherAdmin = await t.newUser({ tenant: other, role: TenantRole.TENANT_ADMIN });

    // The consultation channel: one family before the contract (March 2025), seven in FY2025.
    chat = await new Activity(city).start(t, admin.token);
    const before = await chat.family('2025-03-20T10:00:00+09:00');
    const families = [before];
    for (let i = 0; i < 7; i++) families.push(await chat.family(`2025-0${4 + (i % 3)}-1${i}T10:00:00+09:00`));
    // Six waits in the period: answered after 10, 20, 25 and 30 minutes, then 45 and 120 (4 of 6 within 30).
    for (const [i, minutes] of [10, 20, 25, 30, 45, 120].entries()) {
      const since = `2025-05-2${i}T10:00:00+09:00`;
      const at = new Date(new Date(since).getTime() + minutes * 60_000).toISOString();
      await chat.message(families[i + 1].conversationId, 'out', at, { since, inHours: true });
    }
    const centre = await t.newPartnerOrganization(city, 'こども家庭センター');
    for (const family of families.slice(1, 3)) {
      await chat.referral(family, centre, '2025-06-01T10:00:00+09:00', [['sent', '2025-06-01T11:00:00+09:00']], {
        authorId: admin.id,
      });
    }
    // The food-delivery channel: three families, who never count for the consultation programme.
    food = await new Activity(city).start(t, admin.token);
    for (let i = 0; i < 3; i++) await food.family(`2025-07-0${i + 1}T10:00:00+09:00`);
    // Another city, busier, never counts here.
    const elsewhere = await new Activity(other).start(t, otherAdmin.token);
    for (let i = 0; i < 12; i++) await elsewhere.family('2025-04-15T10:00:00+09:00');
  });

  afterAll(async () => {
    await t.close();
  });

  it('lets a tenant admin create a programme with its channel and staff, and a contract with KPIs', async () => {
    const created = await t.graphql<{ createProgramme: { id: string; channels: { id: string }[]; staff: unknown[] } }>(
      CREATE_PROGRAMME,
      {
        input: {
          name: 'ここならチャット',
          kind: 'LINE_CONSULTATION',
          startedOn: '2023-11-01',
          channelIds: [chat.channelId],
          staffUserIds: [counsellor.id],
        },
      },
      { token: admin.token },
    );
    expect(errorCodes(created)).toEqual([]);
    chatProgrammeId = created.data!.createProgramme.id;
    expect(created.data!.createProgramme.channels.map((c) => c.id)).toEqual([chat.channelId]);
    expect(created.data!.createProgramme.staff).toHaveLength(1);

    const contract = await t.graphql<{ createProgrammeContract: { id: string; kpis: { label: string }[] } }>(
      CREATE_CONTRACT,
      {
        input: {
          programmeId: chatProgrammeId,
          title: '令和7年度 ここならチャット運営業務委託',
          department: 'こども家庭局',
          contractNumber: 'R7-001',
          startsOn: '2025-04-01',
          endsOn: '2026-03-31',
          amountYen: '12000000',
          kpis: [
            { kind: 'FAMILIES_REGISTERED', label: 'LINE登録者数', target: 10 },
            { kind: 'NEW_REGISTRATIONS', target: 20 },
            { kind: 'CONSULTATIONS', target: 10 },
            { kind: 'ANSWERED_WITHIN_MINUTES', target: 80, minutes: 30 },
            { kind: 'REFERRALS', target: 12 },
          ],
        },
      },
      { token: admin.token },
    );
    expect(errorCodes(contract)).toEqual([]);
    chatContractId = contract.data!.createProgrammeContract.id;
    expect(contract.data!.createProgrammeContract.kpis.map((k) => k.label)).toEqual([
      'LINE登録者数',
      '新規登録数',
      '相談件数',
      '30分以内に応答した割合',
      '連携先へのつなぎ件数',
    ]);

    const foodProgramme = await t.graphql<{ createProgramme: { id: string } }>(
      CREATE_PROGRAMME,
      { input: { name: 'こども宅食', kind: 'FOOD_DELIVERY', channelIds: [food.channelId] } },
      { token: admin.token },
    );
    foodProgrammeId = foodProgramme.data!.createProgramme.id;
    const foodContract = await t.graphql<{ createProgrammeContract: { id: string } }>(
      CREATE_CONTRACT,
      {
        input: {
          programmeId: foodProgrammeId,
          title: '令和7年度 こども宅食事業委託',
          department: 'こども家庭局',
          startsOn: '2025-04-01',
          endsOn: '2026-03-31',
          kpis: [
            { kind: 'DELIVERIES', label: '配送世帯数（のべ）', target: 1000 },
            { kind: 'NEW_REGISTRATIONS', target: 50 },
          ],
        },
      },
      { token: admin.token },
    );
    foodContractId = foodContract.data!.createProgrammeContract.id;

    const list = await t.graphql<{
      programmes: { name: string; contracts: { title: string; amountYen: string | null }[] }[];
    }>(PROGRAMMES, {}, { token: viewer.token });
    expect(errorCodes(list)).toEqual([]);
    expect(list.data?.programmes.map((p) => [p.name, p.contracts.map((c) => [c.title, c.amountYen])])).toEqual([
      ['ここならチャット', [['令和7年度 ここならチャット運営業務委託', '12000000']]],
      ['こども宅食', [['令和7年度 こども宅食事業委託', null]]],
    ]);
  });

  it("shows a contract's KPIs against its targets, from the programme's channel over the contract's period", async () => {
    const res = await t.graphql<{ contractKpis: { programmeName: string; periodLabel: string; figures: Figure[] } }>(
      KPIS,
      { id: chatContractId },
      { token: viewer.token },
    );
    expect(errorCodes(res)).toEqual([]);
    expect(res.data?.contractKpis).toMatchObject({
      programmeName: 'ここならチャット',
      periodLabel: '2025-04-01〜2026-03-31',
      suppressionThreshold: 5,
    });
    const byKind = Object.fromEntries(res.data!.contractKpis.figures.map((f) => [f.kpi.kind, f]));
    // Eight families at the period's end (one from before it), shown rounded as the report shows stocks.
    expect(byKind.FAMILIES_REGISTERED.actual).toEqual({ value: 10, suppressed: false, display: '10' });
    // Seven new in the period; the food channel's three and the other city's twelve are not counted.
    expect(byKind.NEW_REGISTRATIONS.actual.display).toBe('7');
    expect(byKind.NEW_REGISTRATIONS.progress).toBe(35);
    expect(byKind.CONSULTATIONS.actual.value).toBe(7);
    // 4 of 6 waits answered within 30 minutes: 66.7 %, 83.4 % of the 80 % target.
    expect(byKind.ANSWERED_WITHIN_MINUTES.actual).toEqual({ value: 66.7, suppressed: false, display: '66.7' });
    expect(byKind.ANSWERED_WITHIN_MINUTES.progress).toBe(83.4);
    // Two referrals: below k = 5, hidden, and so is the progress that would give them away.
    expect(byKind.REFERRALS.actual).toEqual({ value: null, suppressed: true, display: '<5' });
    expect(byKind.REFERRALS.progress).toBeNull();
  });

  it('hides small counts on the food programme, its deliveries (none) too', async () => {
    const res = await t.graphql<{ contractKpis: { figures: Figure[] } }>(
      KPIS,
      { id: foodContractId },
      { token: admin.token },
    );
    const [deliveries, registrations] = res.data!.contractKpis.figures;
    expect(deliveries).toMatchObject({ recorded: true, actual: { suppressed: true, display: '<5' }, progress: null });
    expect(registrations).toMatchObject({ recorded: true, actual: { suppressed: true, display: '<5' } });
  });

  it("cuts the tenant's report to a programme's channels, and names the programme", async () => {
    const total = async (programmeId: string | null) => {
      const res = await t.graphql<{
        tenantReport: {
          programmeName: string | null;
          tables: { key: string; rows: { key: string; values: { value: number }[] }[] }[];
        };
      }>(REPORT, { programmeId, exact: true }, { token: admin.token });
      expect(errorCodes(res)).toEqual([]);
      const report = res.data!.tenantReport;
      const opened = report.tables
        .find((x) => x.key === 'consultations.opened')!
        .rows.at(-1)!
        .values.at(-1)!.value;
      return { name: report.programmeName, opened, tables: report.tables.map((x) => x.key) };
    };
    const whole = await total(null);
    expect(whole).toMatchObject({ name: null, opened: 10 });
    expect(whole.tables).toContain('secondments.active');
    const chatOnly = await total(chatProgrammeId);
    expect(chatOnly).toMatchObject({ name: 'ここならチャット', opened: 7 });
    expect(chatOnly.tables).not.toContain('secondments.active');
    expect(await total(foodProgrammeId)).toMatchObject({ name: 'こども宅食', opened: 3 });
  });

  it('exports the report cut by programme', async () => {
    const res = await t.graphql<{ exportTenantReport: { url: string } }>(
      `mutation($input: ExportTenantReportInput!) { exportTenantReport(input: $input) { url } }`,
      { input: { fiscalYear: 2025, format: 'CSV', exact: true, programmeId: foodProgrammeId } },
      { token: admin.token },
    );
    expect(errorCodes(res)).toEqual([]);
    const file = await t
      .http()
      .get(new URL(res.data!.exportTenantReport.url).pathname)
      .set('authorization', `Bearer ${admin.token}`);
    expect(file.status).toBe(200);
    const opened = file.text.split('\r\n').find((line) => line.includes(',新規相談（計）,'));
    expect(opened?.trim().split(',').at(-1)).toBe('3');
  });

  it('refuses bad input with field errors and changes nothing', async () => {
    const backwards = await t.graphql(
      CREATE_CONTRACT,
      {
        input: {
          programmeId: chatProgrammeId,
          title: '逆の期間',
          department: 'こども家庭局',
          startsOn: '2026-03-31',
          endsOn: '2025-04-01',
        },
      },
      { token: admin.token },
    );
    expect(errorCodes(backwards)).toEqual(['BAD_USER_INPUT']);
    const noMinutes = await t.graphql(
      UPDATE_CONTRACT,
      { input: { id: chatContractId, title: '変えない', kpis: [{ kind: 'ANSWERED_WITHIN_MINUTES', target: 90 }] } },
      { token: admin.token },
    );
    expect(errorCodes(noMinutes)).toEqual(['BAD_USER_INPUT']);
    const tooHigh = await t.graphql(
      UPDATE_CONTRACT,
      { input: { id: chatContractId, kpis: [{ kind: 'ANSWERED_WITHIN_MINUTES', target: 120, minutes: 30 }] } },
      { token: admin.token },
    );
    expect(errorCodes(tooHigh)).toEqual(['BAD_USER_INPUT']);
    const sameName = await t.graphql(
      CREATE_PROGRAMME,
      { input: { name: ' ここならチャット ', kind: 'OTHER' } },
      { token: admin.token },
    );
    expect(errorCodes(sameName)).toEqual(['CONFLICT']);
    const otherChannel = (await createLineChannel(t, otherAdmin.token)).id;
    const foreign = await t.graphql(
      UPDATE_PROGRAMME,
      { input: { id: chatProgrammeId, channelIds: [chat.channelId, otherChannel] } },
      { token: admin.token },
    );
    expect(errorCodes(foreign)).toEqual(['BAD_USER_INPUT']);
    const outsider = await t.graphql(
      UPDATE_PROGRAMME,
      { input: { id: chatProgrammeId, staffUserIds: [otherAdmin.id] } },
      { token: admin.token },
    );
    expect(errorCodes(outsider)).toEqual(['BAD_USER_INPUT']);

    const after = await t.graphql<{
      programme: { channels: { id: string }[]; contracts: { title: string; kpis: unknown[] }[] };
    }>(PROGRAMME, { id: chatProgrammeId }, { token: admin.token });
    expect(after.data?.programme.channels.map((c) => c.id)).toEqual([chat.channelId]);
    expect(after.data?.programme.contracts.map((c) => [c.title, c.kpis.length])).toEqual([
      ['令和7年度 ここならチャット運営業務委託', 5],
    ]);
  });

  it('replaces the KPIs of a contract as a whole', async () => {
    const res = await t.graphql<{ updateProgrammeContract: { kpis: { kind: string; target: number }[] } }>(
      UPDATE_CONTRACT,
      { input: { id: foodContractId, kpis: [{ kind: 'DELIVERIES', target: 1200 }] } },
      { token: admin.token },
    );
    expect(res.data?.updateProgrammeContract.kpis).toEqual([
      { kind: 'DELIVERIES', label: '宅食の配送数', target: 1200, minutes: null },
    ]);
  });

  it('does not return programmes, contracts or KPIs of another tenant', async () => {
    const list = await t.graphql<{ programmes: unknown[] }>(PROGRAMMES, {}, { token: otherAdmin.token });
    expect(list.data?.programmes).toEqual([]);
    for (const [query, variables] of [
      [PROGRAMME, { id: chatProgrammeId }],
      [KPIS, { id: chatContractId }],
      [REPORT, { programmeId: chatProgrammeId }],
      [UPDATE_PROGRAMME, { input: { id: chatProgrammeId, name: '乗っ取り' } }],
      [UPDATE_CONTRACT, { input: { id: chatContractId, title: '乗っ取り' } }],
      [
        CREATE_CONTRACT,
        {
          input: {
            programmeId: chatProgrammeId,
            title: 'x',
            department: 'x',
            startsOn: '2025-04-01',
            endsOn: '2025-04-02',
          },
        },
      ],
    ] as const) {
      const res = await t.graphql(query, variables, { token: otherAdmin.token });
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    }
    // Nor through the database: the other tenant's transaction sees none of the rows.
    const rows = await ownerQuery<{ n: string }>('select count(*) as n from programme where tenant_id = $1', [city.id]);
    expect(Number(rows[0].n)).toBe(2);
  });

  it('refuses a partner everything, a viewer and a counsellor the changes, a counsellor the KPIs', async () => {
    for (const query of [PROGRAMMES, KPIS, REPORT]) {
      const res = await t.graphql(
        query,
        { id: chatContractId, programmeId: chatProgrammeId },
        { token: partner.token },
      );
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
    for (const user of [viewer, counsellor]) {
      const res = await t.graphql(
        UPDATE_PROGRAMME,
        { input: { id: chatProgrammeId, name: '変更' } },
        { token: user.token },
      );
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await t.graphql(KPIS, { id: chatContractId }, { token: counsellor.token }))).toEqual([
      'FORBIDDEN',
    ]);
    const readable = await t.graphql<{ programmes: unknown[] }>(PROGRAMMES, {}, { token: counsellor.token });
    expect(readable.data?.programmes).toHaveLength(2);
  });

  it("lists a tenant's programmes in as many statements whatever their number", async () => {
    const third = await t.newTenant();
    const thirdAdmin = await t.newUser({ tenant: third, role: TenantRole.TENANT_ADMIN });
    const staff = await t.newUser({ tenant: third, role: TenantRole.COUNSELOR });
    const channel = (await createLineChannel(t, thirdAdmin.token)).id;
    const add = async (n: number) => {
      const created = await t.graphql<{ createProgramme: { id: string } }>(
        CREATE_PROGRAMME,
        { input: { name: `事業${n}`, kind: 'OTHER', channelIds: [channel], staffUserIds: [staff.id] } },
        { token: thirdAdmin.token },
      );
      await t.graphql(
        CREATE_CONTRACT,
        {
          input: {
            programmeId: created.data!.createProgramme.id,
            title: `契約${n}`,
            department: '子ども家庭部',
            startsOn: '2025-04-01',
            endsOn: '2026-03-31',
            kpis: [
              { kind: 'CONSULTATIONS', target: 10 },
              { kind: 'REPLIES', target: 20 },
            ],
          },
        },
        { token: thirdAdmin.token },
      );
    };
    const recorder = new StatementRecorder();
    recorder.install();
    try {
      const statementsFor = async (count: number) => {
        // A first request may also record the session's last use (once a minute): not measured.
        await t.graphql(PROGRAMMES, {}, { token: thirdAdmin.token });
        const { result, statements } = await recorder.during(() =>
          t.graphql<{ programmes: unknown[] }>(PROGRAMMES, {}, { token: thirdAdmin.token }),
        );
        expect(result.data?.programmes).toHaveLength(count);
        return statements.length;
      };
      await add(1);
      const one = await statementsFor(1);
      for (let n = 2; n <= 5; n++) await add(n);
      expect(await statementsFor(5)).toBe(one);
    } finally {
      recorder.uninstall();
    }
  });
});
