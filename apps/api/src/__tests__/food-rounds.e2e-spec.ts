import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Keyring } from '@tsunagu/platform/crypto';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { recordSent } from '@tsunagu/platform/testing';
import { householdAddressContext } from '@tsunagu/food-delivery';
import { createLineChannel, ownerQuery } from './support/line';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

const OPERATIONS = `query($roundId: ID!) { foodRoundOperations(roundId: $roundId) {
  round { id name status capacity }
  packing { households children householdsWithAllergies ageBands { band children }
    items { name quantity allergens perHousehold warnedHouseholds }
    rows { placeId householdId name area children childrenAges ageBands allergies warnings { itemName allergen } method } }
  deliveries { placeId householdId name area method assignee { userId displayName } outcome outcomeBy { userId }
    observation observationNote observedBy { userId } taskId taskOpen }
  areas { area households hand courier unassigned }
  deliverers { userId displayName }
  courierHouseholds } }`;
const ASSIGN = `mutation($input: AssignFoodDeliveriesInput!) { assignFoodDeliveries(input: $input) {
  deliveries { placeId householdId method assignee { userId } } areas { area hand courier unassigned } } }`;
const RECORD = `mutation($input: RecordFoodDeliveryInput!) { recordFoodDelivery(input: $input) {
  placeId outcome outcomeBy { userId } observation observationNote taskId taskOpen } }`;
const EXPORT = `mutation($input: ExportFoodCourierCsvInput!) { exportFoodCourierCsv(input: $input) {
  url expiresAt households replacedCharacters } }`;
const TASKS = `query($status: CounsellorTaskStatus) { counsellorTasks(status: $status) {
  openMine openUnassigned
  tasks { id kind urgency title familyLabel detail registrantId caseRecordId conversationId sourceType sourceId
    assignee { userId } status doneBy { userId } doneNote } } }`;
const COMPLETE = `mutation($input: CompleteCounsellorTaskInput!) { completeCounsellorTask(input: $input) {
  id status doneBy { userId } doneNote } }`;
const TAKE = `mutation($input: CounsellorTaskIdInput!) { takeCounsellorTask(input: $input) { id assignee { userId } } }`;
const CHANGE_STATUS = `mutation($input: ChangeFoodRoundStatusInput!) { changeFoodRoundStatus(input: $input) {
  id status filled capacity } }`;
const UPDATE_ROUND = `mutation($input: UpdateFoodRoundInput!) { updateFoodRound(input: $input) { id capacity } }`;
const NOTIFICATIONS = `{ notifications(first: 20) { edges { node { id kind taskId conversationId referralId } } } }`;

interface Delivery {
  placeId: string;
  householdId: string;
  name: string;
  area: string;
  method: string | null;
  assignee: { userId: string } | null;
  outcome: string | null;
  observation: string | null;
  taskId: string | null;
  taskOpen: boolean;
}
interface Task {
  id: string;
  urgency: string;
  title: string;
  familyLabel: string;
  detail: string | null;
  registrantId: string | null;
  caseRecordId: string | null;
  conversationId: string | null;
  sourceId: string;
  assignee: { userId: string } | null;
  status: string;
}

/** A distinctive street no other test writes, to look for in the database and the logs. */
const unique = randomUUID().slice(0, 8);
const ADDRESSES = {
  honda: {
    postalCode: '113-0033',
    prefecture: '東京都',
    city: '文京区',
    street: `本郷${unique}-1-2`,
    building: 'ハイツ髙橋101',
    phone: '03-1234-5678',
  },
  sato: {
    postalCode: '112-0001',
    prefecture: '東京都',
    city: '文京区',
    street: `白山${unique}-3-4`,
    building: null,
    phone: null,
  },
  tanaka: {
    postalCode: '113-0021',
    prefecture: '東京都',
    city: '文京区',
    street: `本駒込${unique}-5-6`,
    building: null,
    phone: '090-1111-2222',
  },
  ito: {
    postalCode: '113-0033',
    prefecture: '東京都',
    city: '文京区',
    street: `本郷${unique}-7-8`,
    building: '〇〇荘2F',
    phone: '03-9999-0000',
  },
};

describe('food-delivery rounds: packing, assignment, outcomes, observations, the courier file', () => {
  let t: TestApp;
  let city: Tenant;
  let other: Tenant;
  let admin: TestUser;
  let coordinator: TestUser;
  let volunteer: TestUser;
  let counsellor: TestUser;
  let otherCounsellor: TestUser;
  let viewer: TestUser;
  let partner: TestUser;
  let otherCoordinator: TestUser;
  let otherCounsellorElsewhere: TestUser;
  let roundId: string;
  let otherRoundId: string;
  let elsewhereRoundId: string;
  const households: Record<keyof typeof ADDRESSES, string> = { honda: '', sato: '', tanaka: '', ito: '' };
  let outsiderHouseholdId: string;
  let registrantId: string;
  let conversationId: string;
  let caseRecordId: string;

  const gql = <T>(query: string, variables: Record<string, unknown>, user: TestUser) =>
    t.graphql<T>(query, variables, { token: user.token });

  async function programme(tenant: Tenant): Promise<string> {
    const id = randomUUID();
    await ownerQuery(
      `insert into programme (id, tenant_id, name, kind, channel_ids, staff_user_ids, archived, created_at, updated_at)
       values ($1, $2, 'こども宅食', 'food_delivery', '{}', '{}', false, now(), now())`,
      [id, tenant.id],
    );
    return id;
  }

  async function household(
    tenant: Tenant,
    programmeId: string,
    fields: {
      name: string;
      area: string;
      address: object;
      children: string[];
      allergies?: string;
      method: string;
      registrantId?: string;
    },
  ): Promise<string> {
    const id = randomUUID();
    const sealed = t.app.get(Keyring).seal(JSON.stringify(fields.address), householdAddressContext(id));
    await ownerQuery(
      `insert into food_household (id, tenant_id, programme_id, registrant_id, source, name, address_sealed, area,
         children_birth_months, eligibility_basis, allergies, preferred_method, visit_consent, status, applied_at,
         enrolled_at, status_changed_at, created_at, updated_at)
       values ($1, $2, $3, $4, 'staff', $5, $6, $7, $8, 'child_rearing_allowance', $9, $10, true, 'enrolled', now(), now(), now(), now(), now())`,
      [
        id,
        tenant.id,
        programmeId,
        fields.registrantId ?? null,
        fields.name,
        sealed,
        fields.area,
        fields.children,
        fields.allergies ?? null,
        fields.method,
      ],
    );
    return id;
  }

  async function round(
    tenant: Tenant,
    programmeId: string,
    name: string,
    householdIds: string[],
    { status = 'delivering', startsOn = '2025-07-01', capacity = 10 } = {},
  ): Promise<string> {
    const id = randomUUID();
    await ownerQuery(
      `insert into food_round (id, tenant_id, programme_id, name, starts_on, ends_on, capacity, planned_items, status, created_at, updated_at)
       values ($1, $2, $3, $4, $6, $6::date + 9, $7, $5, $8, now(), now())`,
      [
        id,
        tenant.id,
        programmeId,
        name,
        JSON.stringify([
          { name: 'お米 2kg', quantity: 8 },
          { name: 'たまごボーロ', quantity: 4 },
          { name: 'ホットケーキミックス', quantity: 4, allergens: ['小麦', '乳'] },
        ]),
        startsOn,
        capacity,
        status,
      ],
    );
    for (const householdId of householdIds) {
      await ownerQuery(
        `insert into food_round_household (id, tenant_id, round_id, household_id, added_at) values ($1, $2, $3, $4, now())`,
        [randomUUID(), tenant.id, id, householdId],
      );
    }
    return id;
  }

  const operations = async (user: TestUser = coordinator) => {
    const res = await gql<{ foodRoundOperations: { deliveries: Delivery[] } & Record<string, unknown> }>(
      OPERATIONS,
      { roundId },
      user,
    );
    expect(errorCodes(res)).toEqual([]);
    return res.data!.foodRoundOperations;
  };
  const delivery = async (householdId: string) =>
    (await operations()).deliveries.find((d) => d.householdId === householdId) as Delivery;
  const placeRows = () =>
    ownerQuery<Record<string, unknown>>('select * from food_round_household where round_id = $1 order by id', [
      roundId,
    ]);
  const taskRows = () => ownerQuery<{ id: string }>('select id from counsellor_task where tenant_id = $1', [city.id]);
  const auditActions = async (action: string) =>
    ownerQuery<{ actor_user_id: string; target_id: string; details: Record<string, unknown> }>(
      'select actor_user_id, target_id, details from audit_event where tenant_id = $1 and action = $2 order by seq',
      [city.id, action],
    );

  beforeAll(async () => {
    t = await TestApp.start();
    city = await t.newTenant();
    other = await t.newTenant();
    admin = await t.newUser({ tenant: city, role: TenantRole.TENANT_ADMIN });
    coordinator = await t.newUser({ tenant: city, role: TenantRole.COORDINATOR });
    volunteer = await t.newUser({ tenant: city, role: TenantRole.COORDINATOR });
    counsellor = await t.newUser({ tenant: city, role: TenantRole.COUNSELOR });
    otherCounsellor = await t.newUser({ tenant: city, role: TenantRole.COUNSELOR });
    viewer = await t.newUser({ tenant: city, role: TenantRole.MUNICIPAL_VIEWER });
    partner = await t.newUser({ tenant: city, role: TenantRole.PARTNER_USER });
    otherCoordinator = await t.newUser({ tenant: other, role: TenantRole.COORDINATOR });
    otherCounsellorElsewhere = await t.newUser({ tenant: other, role: TenantRole.COUNSELOR });
    recordSent(ADDRESSES);

    // A LINE family with a case whose responsible counsellor is `counsellor`.
    const channelId = (await createLineChannel(t, admin.token)).id;
    registrantId = randomUUID();
    conversationId = randomUUID();
    caseRecordId = randomUUID();
    await ownerQuery(
      `insert into registrant (id, tenant_id, channel_id, line_user_id, first_contact_at, last_contact_at, created_at)
       values ($1, $2, $3, $4, now(), now(), now())`,
      [registrantId, city.id, channelId, `U${randomUUID().replace(/-/g, '')}`],
    );
    await ownerQuery(
      `insert into conversation (id, tenant_id, registrant_id, category_ids, last_message_at, created_at, updated_at)
       values ($1, $2, $3, '{}', now(), now(), now())`,
      [conversationId, city.id, registrantId],
    );
    await ownerQuery(
      `insert into case_record (id, tenant_id, registrant_id, status, responsible_user_id, created_by_id, created_at, updated_at)
       values ($1, $2, $3, 'open', $4, $4, now(), now())`,
      [caseRecordId, city.id, registrantId, counsellor.id],
    );

    const programmeId = await programme(city);
    households.honda = await household(city, programmeId, {
      name: '本田 さくら',
      area: '本郷',
      address: ADDRESSES.honda,
      children: ['2023-03', '2016-09'],
      allergies: '卵、乳（軽度）',
      method: 'hand',
      registrantId,
    });
    households.sato = await household(city, programmeId, {
      name: '佐藤 みどり',
      area: '白山',
      address: ADDRESSES.sato,
      children: ['2012-01'],
      method: 'hand',
    });
    households.tanaka = await household(city, programmeId, {
      name: '田中 ひかり',
      area: '本駒込',
      address: ADDRESSES.tanaka,
      children: ['2020-12', '2019-05', '2008-04'],
      allergies: 'なし',
      method: 'courier',
    });
    households.ito = await household(city, programmeId, {
      name: '伊藤 あおい',
      area: '本郷',
      address: ADDRESSES.ito,
      children: ['2010-06'],
      allergies: '小麦',
      method: 'courier',
    });
    outsiderHouseholdId = await household(city, programmeId, {
      name: '別の回の世帯',
      area: '本郷',
      address: { ...ADDRESSES.sato, street: `千石${unique}-9` },
      children: [],
      method: 'hand',
    });
    roundId = await round(city, programmeId, '令和7年度 第2回', Object.values(households));
    otherRoundId = await round(city, programmeId, '令和7年度 第3回', [outsiderHouseholdId]);
    const elsewhereProgramme = await programme(other);
    const elsewhereHousehold = await household(other, elsewhereProgramme, {
      name: '他市の世帯',
      area: '中央',
      address: ADDRESSES.sato,
      children: [],
      method: 'courier',
    });
    elsewhereRoundId = await round(other, elsewhereProgramme, '他市 第1回', [elsewhereHousehold]);
    // Nine users signing in (argon2) and the fixtures: slow on a busy machine.
  }, 120_000);

  afterAll(async () => {
    await t.close();
  });

  describe('the packing list', () => {
    it("shows each household's children by age on the round's first day, allergies and the items they warn about", async () => {
      const ops = (await operations()) as unknown as {
        packing: {
          households: number;
          children: number;
          householdsWithAllergies: number;
          ageBands: { band: string; children: number }[];
          items: {
            name: string;
            quantity: number;
            allergens: string[];
            perHousehold: number;
            warnedHouseholds: number;
          }[];
          rows: {
            householdId: string;
            childrenAges: number[];
            ageBands: string[];
            warnings: { itemName: string; allergen: string }[];
          }[];
        };
      };
      const { packing } = ops;
      expect(packing.households).toBe(4);
      expect(packing.children).toBe(7);
      expect(packing.householdsWithAllergies).toBe(2);
      expect(Object.fromEntries(packing.ageBands.map((b) => [b.band, b.children]))).toEqual({
        INFANT: 1,
        PRESCHOOL: 1,
        PRIMARY: 2,
        LOWER_SECONDARY: 1,
        UPPER_SECONDARY: 2,
        ADULT: 0,
      });
      const honda = packing.rows.find((r) => r.householdId === households.honda)!;
      expect(honda.childrenAges).toEqual([2, 8]);
      expect(honda.ageBands).toEqual(['INFANT', 'PRIMARY']);
      // 卵 warns about たまごボーロ by name; 乳 about the mix by its declared allergens.
      expect(honda.warnings).toEqual([
        { itemName: 'たまごボーロ', allergen: '卵' },
        { itemName: 'ホットケーキミックス', allergen: '乳' },
      ]);
      expect(packing.rows.find((r) => r.householdId === households.ito)!.warnings).toEqual([
        { itemName: 'ホットケーキミックス', allergen: '小麦' },
      ]);
      expect(packing.rows.find((r) => r.householdId === households.tanaka)!.warnings).toEqual([]);
      expect(packing.items).toEqual([
        { name: 'お米 2kg', quantity: 8, allergens: [], perHousehold: 2, warnedHouseholds: 0 },
        { name: 'たまごボーロ', quantity: 4, allergens: [], perHousehold: 1, warnedHouseholds: 1 },
        { name: 'ホットケーキミックス', quantity: 4, allergens: ['小麦', '乳'], perHousehold: 1, warnedHouseholds: 2 },
      ]);
    });

    it('never carries an address', async () => {
      const res = await t.graphql(OPERATIONS, { roundId }, { token: coordinator.token });
      expect(JSON.stringify(res)).not.toContain(unique);
    });
  });

  describe('assignment', () => {
    it("assigns an area's households to a member's hand delivery in one go, and one household to the courier", async () => {
      const byArea = await gql<{
        assignFoodDeliveries: { deliveries: Delivery[]; areas: { area: string; hand: number }[] };
      }>(ASSIGN, { input: { roundId, method: 'HAND', area: '本郷', assigneeUserId: volunteer.id } }, coordinator);
      expect(errorCodes(byArea)).toEqual([]);
      const handed = byArea.data!.assignFoodDeliveries.deliveries.filter((d) => d.method === 'HAND');
      expect(handed.map((d) => d.householdId).sort()).toEqual([households.honda, households.ito].sort());
      expect(handed.every((d) => d.assignee?.userId === volunteer.id)).toBe(true);

      const ito = (await delivery(households.ito)).placeId;
      const one = await gql<{ assignFoodDeliveries: { deliveries: Delivery[] } }>(
        ASSIGN,
        { input: { roundId, method: 'COURIER', placeIds: [ito] } },
        admin,
      );
      expect(errorCodes(one)).toEqual([]);
      const itoNow = one.data!.assignFoodDeliveries.deliveries.find((d) => d.placeId === ito)!;
      expect(itoNow).toMatchObject({ method: 'COURIER', assignee: null });

      const sato = (await delivery(households.sato)).placeId;
      await gql(
        ASSIGN,
        { input: { roundId, method: 'HAND', placeIds: [sato], assigneeUserId: coordinator.id } },
        coordinator,
      );
      const courier = (await delivery(households.tanaka)).placeId;
      await gql(ASSIGN, { input: { roundId, method: 'COURIER', placeIds: [courier] } }, coordinator);
      const audits = await auditActions('food_round.deliveries_assigned');
      expect(audits[0]).toMatchObject({
        actor_user_id: coordinator.id,
        target_id: roundId,
        details: { method: 'hand', households: 2, by: 'area' },
      });
    });

    it('refuses a household of another round, and changes nothing', async () => {
      const before = await placeRows();
      const [outsider] = await ownerQuery<{ id: string }>('select id from food_round_household where round_id = $1', [
        otherRoundId,
      ]);
      const honda = (await delivery(households.honda)).placeId;
      const res = await gql(
        ASSIGN,
        { input: { roundId, method: 'COURIER', placeIds: [honda, outsider.id] } },
        coordinator,
      );
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions?.reason).toBe('FOOD_HOUSEHOLD_NOT_IN_ROUND');
      expect(await placeRows()).toEqual(before);
    });

    it('refuses a hand delivery without a deliverer, a courier with one, an unknown deliverer and an empty area', async () => {
      const before = await placeRows();
      const honda = (await delivery(households.honda)).placeId;
      const cases: [Record<string, unknown>, string][] = [
        [{ method: 'HAND', placeIds: [honda] }, 'assigneeUserId'],
        [{ method: 'COURIER', placeIds: [honda], assigneeUserId: volunteer.id }, 'assigneeUserId'],
        [{ method: 'HAND', placeIds: [honda], assigneeUserId: partner.id }, 'assigneeUserId'],
        [{ method: 'HAND', placeIds: [honda], assigneeUserId: otherCoordinator.id }, 'assigneeUserId'],
        [{ method: 'HAND', area: '存在しない町', assigneeUserId: volunteer.id }, 'area'],
        [{ method: 'COURIER', area: '本郷', placeIds: [honda] }, 'placeIds'],
      ];
      for (const [input, field] of cases) {
        const res = await gql(ASSIGN, { input: { roundId, ...input } }, coordinator);
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(res.errors![0].extensions?.fieldErrors?.map((e) => e.field)).toContain(field);
      }
      expect(await placeRows()).toEqual(before);
    });
  });

  describe('outcomes and observations', () => {
    it('refuses an outcome for a household not in the round, and writes nothing', async () => {
      const before = await placeRows();
      const audits = (await auditActions('food_round.delivery_recorded')).length;
      const res = await gql(
        RECORD,
        { input: { roundId, householdId: outsiderHouseholdId, outcome: 'DELIVERED', observation: 'URGENT' } },
        coordinator,
      );
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions?.reason).toBe('FOOD_HOUSEHOLD_NOT_IN_ROUND');
      expect(await placeRows()).toEqual(before);
      expect(await taskRows()).toEqual([]);
      expect(await auditActions('food_round.delivery_recorded')).toHaveLength(audits);
    });

    it('refuses an observation of a courier delivery, and a note without an observation', async () => {
      const before = await placeRows();
      for (const input of [
        { householdId: households.tanaka, outcome: 'DELIVERED', observation: 'CONCERN' },
        { householdId: households.sato, outcome: 'DELIVERED', observationNote: '元気そう' },
      ]) {
        const res = await gql(RECORD, { input: { roundId, ...input } }, coordinator);
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      }
      expect(await placeRows()).toEqual(before);
      expect(await taskRows()).toEqual([]);
    });

    it('records outcomes without an observation, opening no task', async () => {
      const res = await gql<{ recordFoodDelivery: { outcome: string; observation: string; taskId: string | null } }>(
        RECORD,
        { input: { roundId, householdId: households.ito, outcome: 'DELIVERED' } },
        volunteer,
      );
      expect(errorCodes(res)).toEqual([]);
      const sato = await gql<{ recordFoodDelivery: { outcome: string; observation: string; taskId: string | null } }>(
        RECORD,
        { input: { roundId, householdId: households.tanaka, outcome: 'ABSENT' } },
        volunteer,
      );
      expect(sato.data!.recordFoodDelivery).toMatchObject({ outcome: 'ABSENT', observation: null, taskId: null });
      expect(await taskRows()).toEqual([]);
    });

    it("opens a task for the family's responsible counsellor on a concern, linked to its case, and tells them", async () => {
      const res = await gql<{
        recordFoodDelivery: {
          outcome: string;
          observation: string;
          taskId: string;
          taskOpen: boolean;
          outcomeBy: { userId: string };
        };
      }>(
        RECORD,
        {
          input: {
            roundId,
            householdId: households.honda,
            outcome: 'DELIVERED',
            observation: 'CONCERN',
            observationNote: '子どもが元気がなかった',
          },
        },
        volunteer,
      );
      expect(errorCodes(res)).toEqual([]);
      const recorded = res.data!.recordFoodDelivery;
      expect(recorded).toMatchObject({ outcome: 'DELIVERED', observation: 'CONCERN', taskOpen: true });
      expect(recorded.outcomeBy.userId).toBe(volunteer.id);

      const mine = await gql<{ counsellorTasks: { openMine: number; tasks: Task[] } }>(TASKS, {}, counsellor);
      expect(errorCodes(mine)).toEqual([]);
      expect(mine.data!.counsellorTasks.openMine).toBe(1);
      const task = mine.data!.counsellorTasks.tasks.find((x) => x.id === recorded.taskId)!;
      expect(task).toMatchObject({
        urgency: 'CONCERN',
        title: 'こども宅食 令和7年度 第2回: 配達時の様子「気になる」',
        familyLabel: '本田 さくら',
        detail: '子どもが元気がなかった',
        registrantId,
        caseRecordId,
        conversationId,
        assignee: { userId: counsellor.id },
        status: 'OPEN',
      });
      // Assigned to someone else: the other counsellor does not see it.
      const theirs = await gql<{ counsellorTasks: { tasks: Task[] } }>(TASKS, {}, otherCounsellor);
      expect(theirs.data!.counsellorTasks.tasks.map((x) => x.id)).not.toContain(task.id);

      const notices = await gql<{ notifications: { edges: { node: { kind: string; taskId: string } }[] } }>(
        NOTIFICATIONS,
        {},
        counsellor,
      );
      expect(notices.data!.notifications.edges.map((e) => e.node)).toContainEqual(
        expect.objectContaining({ kind: 'COUNSELLOR_TASK', taskId: task.id }),
      );
      const others = await gql<{ notifications: { edges: { node: { taskId: string } }[] } }>(
        NOTIFICATIONS,
        {},
        otherCounsellor,
      );
      expect(others.data!.notifications.edges.map((e) => e.node.taskId)).not.toContain(task.id);
    });

    it('raises the same task again, urgent, when the same delivery is observed as urgent', async () => {
      const res = await gql<{ recordFoodDelivery: { taskId: string } }>(
        RECORD,
        { input: { roundId, householdId: households.honda, outcome: 'DELIVERED', observation: 'URGENT' } },
        volunteer,
      );
      expect(errorCodes(res)).toEqual([]);
      expect(await taskRows()).toHaveLength(1);
      const mine = await gql<{ counsellorTasks: { tasks: Task[] } }>(TASKS, {}, counsellor);
      expect(mine.data!.counsellorTasks.tasks[0]).toMatchObject({
        id: res.data!.recordFoodDelivery.taskId,
        urgency: 'URGENT',
      });
      const notices = await gql<{ notifications: { edges: { node: { kind: string; taskId: string } }[] } }>(
        NOTIFICATIONS,
        {},
        counsellor,
      );
      expect(notices.data!.notifications.edges.map((e) => e.node.kind)).toContain('COUNSELLOR_TASK_URGENT');
    });

    it('leaves a task of a family without a case unassigned, tells every counsellor, and lets one close it', async () => {
      const res = await gql<{ recordFoodDelivery: { taskId: string } }>(
        RECORD,
        {
          input: {
            roundId,
            householdId: households.sato,
            outcome: 'REFUSED',
            observation: 'URGENT',
            observationNote: '玄関先で泣いていた',
          },
        },
        coordinator,
      );
      expect(errorCodes(res)).toEqual([]);
      const taskId = res.data!.recordFoodDelivery.taskId;
      for (const who of [counsellor, otherCounsellor]) {
        const list = await gql<{ counsellorTasks: { openUnassigned: number; tasks: Task[] } }>(TASKS, {}, who);
        expect(list.data!.counsellorTasks.openUnassigned).toBe(1);
        // Urgent first.
        expect(list.data!.counsellorTasks.tasks.map((x) => x.urgency)).toEqual(
          [...list.data!.counsellorTasks.tasks.map((x) => x.urgency)].sort((a, b) => b.localeCompare(a)),
        );
        expect(list.data!.counsellorTasks.tasks.find((x) => x.id === taskId)).toMatchObject({
          id: taskId,
          urgency: 'URGENT',
          assignee: null,
          registrantId: null,
          caseRecordId: null,
        });
        const notices = await gql<{ notifications: { edges: { node: { kind: string; taskId: string } }[] } }>(
          NOTIFICATIONS,
          {},
          who,
        );
        expect(notices.data!.notifications.edges.map((e) => e.node)).toContainEqual(
          expect.objectContaining({ kind: 'COUNSELLOR_TASK_URGENT', taskId }),
        );
      }
      const done = await gql<{
        completeCounsellorTask: { status: string; doneBy: { userId: string }; doneNote: string };
      }>(COMPLETE, { input: { id: taskId, note: '電話で確認し、面談を設定' } }, otherCounsellor);
      expect(errorCodes(done)).toEqual([]);
      expect(done.data!.completeCounsellorTask).toMatchObject({
        status: 'DONE',
        doneBy: { userId: otherCounsellor.id },
        doneNote: '電話で確認し、面談を設定',
      });
      const open = await gql<{ counsellorTasks: { tasks: Task[] } }>(TASKS, {}, counsellor);
      expect(open.data!.counsellorTasks.tasks.map((x) => x.id)).not.toContain(taskId);
      const again = await gql(COMPLETE, { input: { id: taskId } }, counsellor);
      expect(errorCodes(again)).toEqual(['CONFLICT']);
      const doneList = await gql<{ counsellorTasks: { tasks: Task[] } }>(TASKS, { status: 'DONE' }, otherCounsellor);
      expect(doneList.data!.counsellorTasks.tasks.map((x) => x.id)).toContain(taskId);
      // The round shows the task closed.
      expect(await delivery(households.sato)).toMatchObject({ observation: 'URGENT', taskId, taskOpen: false });
    });

    it("refuses to close or take another counsellor's task", async () => {
      const [task] = await ownerQuery<{ id: string }>(
        `select id from counsellor_task where tenant_id = $1 and assignee_user_id = $2`,
        [city.id, counsellor.id],
      );
      for (const query of [COMPLETE, TAKE]) {
        const res = await gql(query, { input: { id: task.id } }, otherCounsellor);
        expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      }
      const [row] = await ownerQuery<{ status: string }>('select status from counsellor_task where id = $1', [task.id]);
      expect(row.status).toBe('open');
    });
  });

  describe('the courier file', () => {
    it("holds the round's courier households only, in the B2クラウド layout, Shift_JIS with CRLF, and is audited", async () => {
      const res = await gql<{ exportFoodCourierCsv: { url: string; households: number; replacedCharacters: number } }>(
        EXPORT,
        {
          input: {
            roundId,
            shipOn: '2025-07-02',
            sender: {
              name: '文京区こども宅食事務局',
              phone: '03-5803-1111',
              postalCode: '1128555',
              address: '東京都文京区春日1-16-21',
            },
            billingCustomerCode: '0312345678',
            freightNumber: '01',
          },
        },
        coordinator,
      );
      expect(res.errors ?? []).toEqual([]);
      const exported = res.data!.exportFoodCourierCsv;
      expect(exported).toMatchObject({ households: 2, replacedCharacters: 0 });

      const file = await t.download(new URL(exported.url).pathname, coordinator.token);
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toContain('Shift_JIS');
      const bytes = file.body as Buffer;
      // No byte order mark; every line ends with CRLF; the bytes are Shift_JIS, not UTF-8.
      expect(bytes.subarray(0, 3).toString('hex')).not.toBe('efbbbf');
      expect(bytes.includes(Buffer.from('お客様管理番号', 'utf8'))).toBe(false);
      const text = new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
      expect(text.endsWith('\r\n')).toBe(true);
      const lines = text.slice(0, -2).split('\r\n');
      expect(lines.every((line) => !line.includes('\n'))).toBe(true);
      expect(lines).toHaveLength(3);
      const header = lines[0].split(',');
      expect(header).toHaveLength(42);
      expect(header.slice(0, 5)).toEqual(['お客様管理番号', '送り状種類', 'クール区分', '伝票番号', '出荷予定日']);
      expect(header[10]).toBe('お届け先郵便番号');
      expect(header[15]).toBe('お届け先名');
      const rows = lines.slice(1).map((line) => line.split(','));
      const byName = Object.fromEntries(rows.map((r) => [r[15], r]));
      expect(Object.keys(byName).sort()).toEqual(['伊藤 あおい', '田中 ひかり'].sort());
      const ito = byName['伊藤 あおい'];
      expect(ito[1]).toBe('0');
      expect(ito[4]).toBe('2025/07/02');
      expect(ito[8]).toBe('03-9999-0000');
      expect(ito[10]).toBe('113-0033');
      expect(ito[11]).toBe(`東京都文京区本郷${unique}-7-8`);
      expect(ito[12]).toBe('〇〇荘2F');
      expect(ito[17]).toBe('様');
      expect(ito[21]).toBe('112-8555');
      expect(ito[24]).toBe('文京区こども宅食事務局');
      expect(ito[27]).toBe('食品');
      expect(ito[32]).toBe('令和7年度 第2回');
      expect(ito[39]).toBe('0312345678');
      expect(ito[41]).toBe('01');
      expect(ito[0]).toMatch(/^[0-9a-f]{20}$/);

      const audits = await auditActions('food_round.courier_exported');
      expect(audits).toEqual([
        expect.objectContaining({
          actor_user_id: coordinator.id,
          target_id: roundId,
          details: expect.objectContaining({ households: 2 }),
        }),
      ]);
      expect(JSON.stringify(audits)).not.toContain(unique);
    });

    it('refuses a round without courier households and a sender that does not validate, writing nothing', async () => {
      const downloads = await ownerQuery('select id from download where tenant_id = $1', [city.id]);
      const sender = {
        name: '事務局',
        phone: '03-5803-1111',
        postalCode: '112-8555',
        address: '東京都文京区春日1-16-21',
      };
      const none = await gql(EXPORT, { input: { roundId: otherRoundId, shipOn: '2025-07-02', sender } }, coordinator);
      expect(errorCodes(none)).toEqual(['CONFLICT']);
      const badPostal = await gql(
        EXPORT,
        { input: { roundId, shipOn: '2025-07-02', sender: { ...sender, postalCode: '11-2' } } },
        coordinator,
      );
      expect(errorCodes(badPostal)).toEqual(['BAD_USER_INPUT']);
      expect(await ownerQuery('select id from download where tenant_id = $1', [city.id])).toEqual(downloads);
      expect(await auditActions('food_round.courier_exported')).toHaveLength(1);
    });

    it('keeps no address in plain text in the database: households, the stored file, tasks, audit', async () => {
      const tables = [
        'food_household',
        'download',
        'counsellor_task',
        'audit_event',
        'notification',
        'food_round_household',
      ];
      for (const table of tables) {
        const rows = await ownerQuery<{ row: string }>(`select t::text as row from "${table}" t where tenant_id = $1`, [
          city.id,
        ]);
        expect(rows.length).toBeGreaterThan(0);
        for (const { row } of rows) {
          expect(row).not.toContain(unique);
        }
      }
      // The stored file as bytes, in both encodings of the street.
      const [file] = await ownerQuery<{ content: Buffer }>('select content from download where tenant_id = $1', [
        city.id,
      ]);
      expect(file.content.includes(Buffer.from(unique))).toBe(false);
    });

    it('writes no address to the logs', () => {
      const logFile = process.env['TSUNAGU_TEST_LOG_FILE'];
      if (!logFile) return;
      expect(readFileSync(logFile, 'utf8')).not.toContain(unique);
    });
  });

  describe('round status', () => {
    let statusProgramme: string;
    let completing: string;
    let first: string;
    let next: string;
    const placedIn = async (id: string) =>
      (
        await ownerQuery<{ household_id: string }>(
          'select household_id from food_round_household where round_id = $1 order by household_id',
          [id],
        )
      ).map((r) => r.household_id);
    const statusOf = async (id: string) =>
      (await ownerQuery<{ status: string }>('select status from food_round where id = $1', [id]))[0].status;
    const change = (id: string, status: string, user: TestUser = coordinator) =>
      gql<{ changeFoodRoundStatus: { status: string; filled: number } }>(
        CHANGE_STATUS,
        { input: { id, status } },
        user,
      );

    beforeAll(async () => {
      // A programme of its own: rounds far ahead, so the next planned round is one of these.
      statusProgramme = await programme(city);
      const completingProgramme = await programme(city);
      const member = (name: string, pid = statusProgramme) =>
        household(city, pid, { name, area: '千駄木', address: ADDRESSES.sato, children: [], method: 'hand' });
      const x = await member('完了 世帯X', completingProgramme);
      const y = await member('完了 世帯Y', completingProgramme);
      completing = await round(city, completingProgramme, '完了する回', [x, y], {
        status: 'planned',
        startsOn: '2099-12-01',
      });
      const h1 = await member('中止 世帯1');
      const h2 = await member('中止 世帯2');
      first = await round(city, statusProgramme, '中止する回', [h1, h2], { status: 'planned', startsOn: '2099-01-01' });
      next = await round(city, statusProgramme, '次の回', [], {
        status: 'planned',
        startsOn: '2099-04-01',
        capacity: 5,
      });
    });

    it('moves a round from planned to completed, refusing moves the order does not allow with both statuses named', async () => {
      const audits = (await auditActions('food-round.status-changed')).length;
      const skip = await change(completing, 'DELIVERING');
      expect(errorCodes(skip)).toEqual(['CONFLICT']);
      expect(skip.errors![0].extensions?.reason).toBe('FOOD_ROUND_TRANSITION_INVALID');
      expect(skip.errors![0].message).toBe('A round that is PLANNED cannot become DELIVERING');
      expect(await statusOf(completing)).toBe('planned');
      expect(await auditActions('food-round.status-changed')).toHaveLength(audits);

      const packing = await change(completing, 'PACKING');
      expect(errorCodes(packing)).toEqual([]);
      expect(packing.data!.changeFoodRoundStatus).toMatchObject({ status: 'PACKING', filled: 2 });
      // While packing the list is fixed: no capacity change, no outcome yet.
      const capacity = await gql(UPDATE_ROUND, { input: { id: completing, capacity: 20 } }, coordinator);
      expect(capacity.errors![0].extensions?.reason).toBe('FOOD_ROUND_NOT_PLANNED');
      const [x] = await placedIn(completing);
      const early = await gql(RECORD, { input: { roundId: completing, householdId: x, outcome: 'DELIVERED' } }, admin);
      expect(early.errors![0].extensions?.reason).toBe('FOOD_ROUND_NOT_DELIVERING');

      expect(errorCodes(await change(completing, 'DELIVERING', admin))).toEqual([]);
      expect(
        errorCodes(await gql(RECORD, { input: { roundId: completing, householdId: x, outcome: 'DELIVERED' } }, admin)),
      ).toEqual([]);
      const unfinished = await change(completing, 'COMPLETED');
      expect(errorCodes(unfinished)).toEqual(['CONFLICT']);
      expect(unfinished.errors![0].extensions?.reason).toBe('FOOD_ROUND_OUTCOMES_MISSING');
      expect(unfinished.errors![0].message).toBe('1 households of this round have no outcome');
      expect(await statusOf(completing)).toBe('delivering');
      const cancelLate = await change(completing, 'CANCELLED');
      expect(cancelLate.errors![0].message).toBe('A round that is DELIVERING cannot become CANCELLED');

      const [, y] = await placedIn(completing);
      await gql(RECORD, { input: { roundId: completing, householdId: y, outcome: 'ABSENT' } }, admin);
      const done = await change(completing, 'COMPLETED');
      expect(errorCodes(done)).toEqual([]);
      expect(done.data!.changeFoodRoundStatus.status).toBe('COMPLETED');
      for (const status of ['PLANNED', 'DELIVERING', 'CANCELLED', 'COMPLETED']) {
        const again = await change(completing, status);
        expect(again.errors![0].extensions?.reason).toBe('FOOD_ROUND_TRANSITION_INVALID');
      }
      const settled = await gql(
        RECORD,
        { input: { roundId: completing, householdId: y, outcome: 'DELIVERED' } },
        admin,
      );
      expect(settled.errors![0].extensions?.reason).toBe('FOOD_ROUND_CLOSED');
      const changes = (await auditActions('food-round.status-changed')).slice(audits);
      expect(changes.map((a) => [a.target_id, a.details['from'], a.details['to']])).toEqual([
        [completing, 'planned', 'packing'],
        [completing, 'packing', 'delivering'],
        [completing, 'delivering', 'completed'],
      ]);
      expect(changes[1].actor_user_id).toBe(admin.id);
    });

    it('goes back from packing to planned, and cancelling releases the places to the next planned round', async () => {
      const households = await placedIn(first);
      expect(households).toHaveLength(2);
      expect(await placedIn(next)).toEqual([]);
      expect(errorCodes(await change(first, 'PACKING'))).toEqual([]);
      // A household leaving while the round is packed keeps its place there until the list is changed.
      const [leaving, staying] = households;
      const withdrawn = await gql(
        `mutation($input: DecideFoodHouseholdInput!) { withdrawFoodHousehold(input: $input) { status } }`,
        { input: { householdId: leaving } },
        coordinator,
      );
      expect(errorCodes(withdrawn)).toEqual([]);
      expect(await placedIn(first)).toEqual(households);
      const back = await change(first, 'PLANNED');
      expect(errorCodes(back)).toEqual([]);
      expect(back.data!.changeFoodRoundStatus).toMatchObject({ status: 'PLANNED', filled: 1 });
      expect(await placedIn(first)).toEqual([staying]);

      const cancelled = await change(first, 'CANCELLED');
      expect(errorCodes(cancelled)).toEqual([]);
      expect(cancelled.data!.changeFoodRoundStatus).toMatchObject({ status: 'CANCELLED', filled: 0 });
      expect(await placedIn(first)).toEqual([]);
      expect(await placedIn(next)).toEqual([staying]);
      const audits = (await auditActions('food-round.status-changed')).filter((a) => a.target_id === first);
      expect(audits.map((a) => a.details)).toEqual([
        { from: 'planned', to: 'packing', released: 0, placed: 0 },
        { from: 'packing', to: 'planned', released: 1, placed: 0 },
        { from: 'planned', to: 'cancelled', released: 1, placed: 1 },
      ]);
      // A cancelled round stays cancelled.
      const revived = await change(first, 'PLANNED');
      expect(revived.errors![0].message).toBe('A round that is CANCELLED cannot become PLANNED');
      expect(await statusOf(first)).toBe('cancelled');
    });

    it('lets neither a partner, a municipal viewer nor a counsellor, nor another tenant, change a round', async () => {
      for (const who of [partner, viewer, counsellor]) {
        expect(errorCodes(await change(next, 'PACKING', who))).toEqual(['FORBIDDEN']);
      }
      expect(errorCodes(await change(next, 'PACKING', otherCoordinator))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await change(elsewhereRoundId, 'PACKING', coordinator))).toEqual(['NOT_FOUND']);
      expect(await statusOf(next)).toBe('planned');
      expect(await statusOf(elsewhereRoundId)).toBe('delivering');
    });
  });

  describe('roles', () => {
    it('lets neither a partner, a municipal viewer nor a counsellor see or run a round', async () => {
      for (const who of [partner, viewer, counsellor]) {
        const read = await gql(OPERATIONS, { roundId }, who);
        expect(errorCodes(read)).toEqual(['FORBIDDEN']);
        const record = await gql(RECORD, { input: { roundId, householdId: households.ito, outcome: 'ABSENT' } }, who);
        expect(errorCodes(record)).toEqual(['FORBIDDEN']);
        const exported = await gql(
          EXPORT,
          {
            input: {
              roundId,
              shipOn: '2025-07-02',
              sender: { name: 'x', phone: '0312345678', postalCode: '112-8555', address: 'x' },
            },
          },
          who,
        );
        expect(errorCodes(exported)).toEqual(['FORBIDDEN']);
      }
    });

    it("gives counsellors' tasks to counsellors only", async () => {
      for (const who of [coordinator, admin, partner, viewer]) {
        expect(errorCodes(await gql(TASKS, {}, who))).toEqual(['FORBIDDEN']);
      }
    });
  });

  describe('another tenant', () => {
    it('does not return a round of another tenant, nor assign, record or export it', async () => {
      const read = await gql(OPERATIONS, { roundId }, otherCoordinator);
      expect(errorCodes(read)).toEqual(['NOT_FOUND']);
      const before = await placeRows();
      const assign = await gql(ASSIGN, { input: { roundId, method: 'COURIER', area: '本郷' } }, otherCoordinator);
      expect(errorCodes(assign)).toEqual(['NOT_FOUND']);
      const record = await gql(
        RECORD,
        { input: { roundId, householdId: households.honda, outcome: 'REFUSED', observation: 'URGENT' } },
        otherCoordinator,
      );
      expect(errorCodes(record)).toEqual(['NOT_FOUND']);
      const exported = await gql(
        EXPORT,
        {
          input: {
            roundId,
            shipOn: '2025-07-02',
            sender: { name: 'x', phone: '0312345678', postalCode: '112-8555', address: 'x' },
          },
        },
        otherCoordinator,
      );
      expect(errorCodes(exported)).toEqual(['NOT_FOUND']);
      expect(await placeRows()).toEqual(before);
      // Its own round reads (and only its own household).
      const own = await gql<{ foodRoundOperations: { deliveries: Delivery[] } }>(
        OPERATIONS,
        { roundId: elsewhereRoundId },
        otherCoordinator,
      );
      expect(own.data!.foodRoundOperations.deliveries.map((d) => d.name)).toEqual(['他市の世帯']);
      // A round of this tenant, asked for by this tenant's coordinator with the other tenant's id, is not found either.
      expect(errorCodes(await gql(OPERATIONS, { roundId: elsewhereRoundId }, coordinator))).toEqual(['NOT_FOUND']);
    });

    it("does not return another tenant's counsellor tasks, nor let them be taken or closed", async () => {
      const list = await gql<{ counsellorTasks: { tasks: Task[]; openUnassigned: number; openMine: number } }>(
        TASKS,
        {},
        otherCounsellorElsewhere,
      );
      expect(list.data!.counsellorTasks).toEqual({ tasks: [], openUnassigned: 0, openMine: 0 });
      const [task] = await taskRows();
      for (const query of [COMPLETE, TAKE]) {
        expect(errorCodes(await gql(query, { input: { id: task.id } }, otherCounsellorElsewhere))).toEqual([
          'NOT_FOUND',
        ]);
      }
      expect(
        errorCodes(
          await gql(`query($id: ID!) { counsellorTask(id: $id) { id } }`, { id: task.id }, otherCounsellorElsewhere),
        ),
      ).toEqual(['NOT_FOUND']);
    });
  });
});
