import { randomUUID } from 'node:crypto';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { ownerQuery } from './support/line';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

const CREATE_PROGRAMME = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`;
const CREATE_CONTRACT = `mutation($input: CreateProgrammeContractInput!) { createProgrammeContract(input: $input) { id } }`;
const KPIS = `query($id: ID!) { contractKpis(contractId: $id) {
  figures { kpi { kind } recorded actual { value suppressed display } } } }`;
const REPORT = `query($programmeId: ID, $exact: Boolean) {
  tenantReport(fiscalYear: 2025, programmeId: $programmeId, exact: $exact) {
    tables { key columns { key } rows { key values { value suppressed display } } } } }`;

interface ReportTable {
  key: string;
  columns: { key: string }[];
  rows: { key: string; values: { value: number | null; suppressed: boolean; display: string }[] }[];
}

/** Hand-made food-delivery rows, written as the owner (the services that write them are tested elsewhere). */
class FoodRows {
  constructor(
    private readonly tenant: Tenant,
    private readonly programmeId: string,
  ) {}

  /** A household that applied at `appliedAt` and entered `status` then (the trigger records it). */
  async household(appliedAt: string, status = 'enrolled'): Promise<string> {
    const id = randomUUID();
    await ownerQuery(
      `insert into food_household (id, tenant_id, programme_id, source, name, address_sealed, area, eligibility_basis,
         preferred_method, status, applied_at, status_changed_at, created_at, updated_at)
       values ($1, $2, $3, 'staff', '世帯', 'sealed', '中央区', 'child_rearing_allowance', 'hand', $4, $5, $5, $5, $5)`,
      [id, this.tenant.id, this.programmeId, status, appliedAt],
    );
    return id;
  }

  async status(householdId: string, status: string, at: string): Promise<void> {
    await ownerQuery(`update food_household set status = $2, status_changed_at = $3 where id = $1`, [
      householdId,
      status,
      at,
    ]);
  }

  async round(name: string, startsOn: string): Promise<string> {
    const id = randomUUID();
    await ownerQuery(
      `insert into food_round (id, tenant_id, programme_id, name, starts_on, ends_on, capacity, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $5, 250, now(), now())`,
      [id, this.tenant.id, this.programmeId, name, startsOn],
    );
    return id;
  }

  async outcome(
    roundId: string,
    householdId: string,
    outcome: string,
    at: string,
    observation: string | null = null,
  ): Promise<void> {
    await ownerQuery(
      `insert into food_round_household (id, tenant_id, round_id, household_id, added_at, delivery_method, outcome,
         outcome_at, observation, observed_at)
       values ($1, $2, $3, $4, $5, 'hand', $6, $5, $7, case when $7::text is null then null else $5::timestamptz end)`,
      [randomUUID(), this.tenant.id, roundId, householdId, at, outcome, observation],
    );
  }

  async donations(kind: string, receivedOn: string, items: number, userId: string): Promise<void> {
    const donor = randomUUID();
    await ownerQuery(
      `insert into donor (id, tenant_id, kind, organisation_name, created_at, updated_at) values ($1, $2, $3, '寄付者', now(), now())`,
      [donor, this.tenant.id, kind],
    );
    for (let i = 0; i < items; i++) {
      await ownerQuery(
        `insert into donation_item (id, tenant_id, donor_id, programme_id, received_on, name, quantity, unit, recorded_by, created_at)
         values ($1, $2, $3, $4, $5, 'お米', 5, 'kg', $6, now())`,
        [randomUUID(), this.tenant.id, donor, this.programmeId, receivedOn, userId],
      );
    }
  }
}

describe("the report's food-delivery section", () => {
  let t: TestApp;
  let city: Tenant;
  let other: Tenant;
  let admin: TestUser;
  let viewer: TestUser;
  let otherAdmin: TestUser;
  let chatProgrammeId: string;
  let foodContractId: string;

  async function programme(user: TestUser, name: string, kind: string): Promise<string> {
    const res = await t.graphql<{ createProgramme: { id: string } }>(
      CREATE_PROGRAMME,
      { input: { name, kind } },
      { token: user.token },
    );
    expect(errorCodes(res)).toEqual([]);
    return res.data!.createProgramme.id;
  }

  async function report(user: TestUser, programmeId: string | null, exact: boolean): Promise<ReportTable[]> {
    const res = await t.graphql<{ tenantReport: { tables: ReportTable[] } }>(
      REPORT,
      { programmeId, exact },
      { token: user.token },
    );
    expect(errorCodes(res)).toEqual([]);
    return res.data!.tenantReport.tables.filter((table) => table.key.startsWith('foodDelivery.'));
  }

  /** A row's cells by column key (2025-06, ..., total). */
  function row(tables: ReportTable[], tableKey: string, rowKey: string): Record<string, string> {
    const table = tables.find((x) => x.key === tableKey)!;
    const found = table.rows.find((r) => r.key === rowKey)!;
    return Object.fromEntries(table.columns.map((c, i) => [c.key, found.values[i].display]));
  }

  beforeAll(async () => {
    t = await TestApp.start();
    city = await t.newTenant();
    other = await t.newTenant();
    admin = await t.newUser({ tenant: city, role: TenantRole.TENANT_ADMIN });
    viewer = await t.newUser({ tenant: city, role: TenantRole.MUNICIPAL_VIEWER });
    otherAdmin = await t.newUser({ tenant: other, role: TenantRole.TENANT_ADMIN });

    chatProgrammeId = await programme(admin, 'ここならチャット', 'LINE_CONSULTATION');
    const foodProgrammeId = await programme(admin, 'こども宅食', 'FOOD_DELIVERY');
    const contract = await t.graphql<{ createProgrammeContract: { id: string } }>(
      CREATE_CONTRACT,
      {
        input: {
          programmeId: foodProgrammeId,
          title: '令和7年度 こども宅食事業委託',
          department: 'こども家庭局',
          startsOn: '2025-04-01',
          endsOn: '2026-03-31',
          kpis: [{ kind: 'DELIVERIES', target: 20 }],
        },
      },
      { token: admin.token },
    );
    expect(errorCodes(contract)).toEqual([]);
    foodContractId = contract.data!.createProgrammeContract.id;

    const food = new FoodRows(city, foodProgrammeId);
    // Five households enrolled in April; a sixth waitlisted in May (enrolled in August); a seventh
    // waitlisted in June and still waiting.
    const enrolled = [];
    for (let i = 0; i < 5; i++) enrolled.push(await food.household(`2025-04-1${i}T10:00:00+09:00`));
    const sixth = await food.household('2025-05-10T10:00:00+09:00', 'waitlisted');
    await food.status(sixth, 'enrolled', '2025-08-05T10:00:00+09:00');
    await food.household('2025-06-03T10:00:00+09:00', 'waitlisted');

    // Round 1 in June: four delivered by hand (one seen with concern), one absent. Round 2 in
    // September: the five and the sixth delivered (one urgent).
    const first = await food.round('第1回', '2025-06-10');
    for (const [i, household] of enrolled.entries()) {
      await food.outcome(
        first,
        household,
        i === 4 ? 'absent' : 'delivered',
        '2025-06-12T15:00:00+09:00',
        i === 0 ? 'concern' : i === 4 ? null : 'fine',
      );
    }
    const second = await food.round('第2回', '2025-09-10');
    for (const [i, household] of [...enrolled, sixth].entries()) {
      await food.outcome(second, household, 'delivered', '2025-09-12T15:00:00+09:00', i === 5 ? 'urgent' : null);
    }
    await food.donations('citizen', '2025-05-31', 3, admin.id);
    await food.donations('company', '2025-06-01', 6, admin.id);

    // Another city's programme, busier, never counts here.
    const elsewhere = new FoodRows(other, await programme(otherAdmin, 'こども宅食', 'FOOD_DELIVERY'));
    const round = await elsewhere.round('第1回', '2025-06-10');
    for (let i = 0; i < 8; i++)
      await elsewhere.outcome(
        round,
        await elsewhere.household('2025-04-01T10:00:00+09:00'),
        'delivered',
        '2025-06-12T15:00:00+09:00',
        'urgent',
      );
    await elsewhere.donations('citizen', '2025-06-01', 4, otherAdmin.id);
  });

  afterAll(async () => {
    await t.close();
  });

  it('counts deliveries by round and outcome, the households reached, the waitlist and the observations', async () => {
    const tables = await report(admin, null, true);
    expect(tables.map((x) => x.key)).toEqual([
      'foodDelivery.byRound',
      'foodDelivery.outcomes',
      'foodDelivery.households',
      'foodDelivery.observations',
      'foodDelivery.donations',
    ]);
    expect(row(tables, 'foodDelivery.byRound', 'round1')).toMatchObject({ '2025-06': '4', '2025-09': '0', total: '4' });
    expect(row(tables, 'foodDelivery.byRound', 'round2')).toMatchObject({ '2025-09': '6', total: '6' });
    expect(row(tables, 'foodDelivery.byRound', 'total')).toMatchObject({ total: '10' });
    expect(row(tables, 'foodDelivery.outcomes', 'absent')).toMatchObject({ '2025-06': '1', total: '1' });
    // Six households reached in the year, not ten deliveries; four in June, six in September.
    expect(row(tables, 'foodDelivery.households', 'reached')).toMatchObject({
      '2025-06': '4',
      '2025-09': '6',
      total: '6',
    });
    expect(row(tables, 'foodDelivery.households', 'applications')).toMatchObject({
      '2025-04': '5',
      '2025-05': '1',
      '2025-06': '1',
      total: '7',
    });
    // At each month's end: none in April, the sixth in May, both in June and July, one from August on.
    expect(row(tables, 'foodDelivery.households', 'waitlisted')).toMatchObject({
      '2025-04': '0',
      '2025-05': '1',
      '2025-06': '2',
      '2025-07': '2',
      '2025-08': '1',
      '2026-03': '1',
      total: '1',
    });
    expect(row(tables, 'foodDelivery.observations', 'concern')).toMatchObject({ '2025-06': '1', total: '1' });
    expect(row(tables, 'foodDelivery.observations', 'urgent')).toMatchObject({ '2025-09': '1', total: '1' });
    expect(row(tables, 'foodDelivery.observations', 'fine')).toMatchObject({ '2025-06': '3', total: '3' });
    // The day received decides the month, in the tenant's zone.
    expect(row(tables, 'foodDelivery.donations', 'citizen')).toMatchObject({ '2025-05': '3', '2025-06': '0' });
    expect(row(tables, 'foodDelivery.donations', 'company')).toMatchObject({ '2025-06': '6', total: '6' });
  });

  it('hides small counts from a municipal viewer, who sees the aggregates only', async () => {
    const tables = await report(viewer, null, false);
    expect(row(tables, 'foodDelivery.byRound', 'round1')['2025-06']).toBe('<5');
    // No figure from 1 to 4 shows anywhere in the section.
    const shown = tables.flatMap((x) => x.rows.flatMap((r) => r.values.map((v) => v.value)));
    expect(shown.filter((v) => v !== null && v > 0 && v < 5)).toEqual([]);
    expect(row(tables, 'foodDelivery.observations', 'urgent')['2025-09']).toBe('<5');
  });

  it("cuts to the food programme; a consultation programme's cut has no food tables", async () => {
    const chatOnly = await report(admin, chatProgrammeId, true);
    expect(chatOnly).toEqual([]);
    const figures = await t.graphql<{
      contractKpis: { figures: { kpi: { kind: string }; recorded: boolean; actual: { value: number | null } }[] };
    }>(KPIS, { id: foodContractId }, { token: admin.token });
    expect(errorCodes(figures)).toEqual([]);
    expect(figures.data!.contractKpis.figures[0]).toMatchObject({
      kpi: { kind: 'DELIVERIES' },
      recorded: true,
      actual: { value: 10 },
    });
  });

  it("never counts another city's households, and a city without food delivery has no such section", async () => {
    const theirs = await report(otherAdmin, null, true);
    expect(row(theirs, 'foodDelivery.byRound', 'total')).toMatchObject({ total: '8' });
    expect(row(theirs, 'foodDelivery.donations', 'citizen')).toMatchObject({ total: '4' });
    const bare = await t.newTenant();
    const bareAdmin = await t.newUser({ tenant: bare, role: TenantRole.TENANT_ADMIN });
    expect(await report(bareAdmin, null, true)).toEqual([]);
  });
});
