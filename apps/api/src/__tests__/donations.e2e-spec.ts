import { randomUUID } from 'node:crypto';
import { todayIn } from '@tsunagu/platform/calendar';
import { TenantDb, type Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { ownerQuery } from './support/line';
import { errorCodes, TestApp, type GraphQLResponse, type TestUser } from './support/test-app';

const DONOR_FIELDS = 'id kind name contact note lastReceivedOn lastThankedOn needsThanks itemCount';
const ITEM_FIELDS = `id donorId donorName donorKind programmeId receivedOn name quantity unit bestBefore pastBestBefore
  allergens note allocated remaining`;
const CREATE_PROGRAMME = 'mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }';
const CREATE_DONOR = `mutation($input: CreateDonorInput!) { createDonor(input: $input) { ${DONOR_FIELDS} } }`;
const UPDATE_DONOR = `mutation($input: UpdateDonorInput!) { updateDonor(input: $input) { ${DONOR_FIELDS} } }`;
const RECEIVE = `mutation($input: ReceiveDonationInput!) { receiveDonation(input: $input) { ${ITEM_FIELDS} } }`;
const THANK = `mutation($input: RecordDonorThanksInput!) { recordDonorThanks(input: $input) { id sentOn method sentBy note } }`;
const DONORS = `query($first: Int, $after: String, $needsThanks: Boolean) {
  donors(first: $first, after: $after, needsThanks: $needsThanks) {
    edges { node { ${DONOR_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
const DONOR = `query($id: ID!) { donor(id: $id) { donor { ${DONOR_FIELDS} } thanks { sentOn method sentBy note } } }`;
const ITEMS = `query($programmeId: ID!, $first: Int, $after: String) {
  donationItems(programmeId: $programmeId, first: $first, after: $after) {
    edges { node { ${ITEM_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;

const STOCK = `query($programmeId: ID!) { donationStock(programmeId: $programmeId) { ${ITEM_FIELDS} } }`;
const ROUNDS = `query($programmeId: ID!) { donationRounds(programmeId: $programmeId) { id name startsOn endsOn open } }`;
const ROUND_FIELDS = `round { id name open } lines { id quantity item { id name remaining allocated } }`;
const ROUND_DONATIONS = `query($roundId: ID!) { roundDonations(roundId: $roundId) { ${ROUND_FIELDS} } }`;
const ALLOCATE = `mutation($input: AllocateDonationsInput!) { allocateDonations(input: $input) { ${ROUND_FIELDS} } }`;

interface RoundDonations {
  round: { id: string; name: string; open: boolean };
  lines: { id: string; quantity: number; item: { id: string; name: string; remaining: number; allocated: number } }[];
}

interface Donor {
  id: string;
  kind: string;
  name: string;
  contact: string | null;
  note: string | null;
  lastReceivedOn: string | null;
  lastThankedOn: string | null;
  needsThanks: boolean;
  itemCount: number;
}
interface Item {
  id: string;
  donorName: string;
  name: string;
  quantity: number;
  unit: string;
  bestBefore: string | null;
  pastBestBefore: boolean;
  allergens: string[];
  allocated: number;
  remaining: number;
}

function fieldErrors(res: GraphQLResponse): string[] {
  return (res.errors ?? []).flatMap((e) => e.extensions?.fieldErrors?.map((f) => f.field) ?? []);
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A round of a food-delivery programme, as the rounds' own screens will make it. */
async function newRound(
  t: TestApp,
  tenant: Tenant,
  programmeId: string,
  name: string,
  startsOn: string,
  status = 'planned',
): Promise<string> {
  const id = randomUUID();
  await t.app.get(TenantDb).withTenant(tenant.id, (em) =>
    em.execute(
      `insert into food_round (id, tenant_id, programme_id, name, starts_on, ends_on, capacity, status, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?::date + 2, 250, ?, now(), now())`,
      [id, tenant.id, programmeId, name, startsOn, startsOn, status],
    ),
  );
  return id;
}

async function countRows(table: string, tenantId: string): Promise<number> {
  const [row] = await ownerQuery<{ n: string }>(`select count(*) as n from ${table} where tenant_id = $1`, [tenantId]);
  return Number(row.n);
}

describe('donations to the food delivery', () => {
  let t: TestApp;
  let city: Tenant;
  let other: Tenant;
  let admin: TestUser;
  let coordinator: TestUser;
  let viewer: TestUser;
  let counsellor: TestUser;
  let partner: TestUser;
  let otherCoordinator: TestUser;
  let foodId: string;
  let chatId: string;
  let citizen: Donor;
  let company: Donor;
  let foodBank: Donor;
  // The tenant's day (Asia/Tokyo), as the server computes it.
  const today = todayIn('Asia/Tokyo');

  const as = <T = Record<string, unknown>>(user: TestUser, query: string, variables?: Record<string, unknown>) =>
    t.graphql<T>(query, variables, { token: user.token });

  beforeAll(async () => {
    t = await TestApp.start();
    city = await t.newTenant();
    other = await t.newTenant();
    admin = await t.newUser({ tenant: city, role: TenantRole.TENANT_ADMIN });
    coordinator = await t.newUser({ tenant: city, role: TenantRole.COORDINATOR });
    viewer = await t.newUser({ tenant: city, role: TenantRole.MUNICIPAL_VIEWER });
    counsellor = await t.newUser({ tenant: city, role: TenantRole.COUNSELOR });
    partner = await t.newUser({ tenant: city, role: TenantRole.PARTNER_USER });
    otherCoordinator = await t.newUser({ tenant: other, role: TenantRole.COORDINATOR });
    const food = await as<{ createProgramme: { id: string } }>(admin, CREATE_PROGRAMME, {
      input: { name: 'こども宅食', kind: 'FOOD_DELIVERY' },
    });
    foodId = food.data!.createProgramme.id;
    const chat = await as<{ createProgramme: { id: string } }>(admin, CREATE_PROGRAMME, {
      input: { name: 'LINE相談', kind: 'LINE_CONSULTATION' },
    });
    chatId = chat.data!.createProgramme.id;
  });

  afterAll(async () => {
    await t.close();
  });

  it('lets a coordinator record donors, sealing a citizen’s name and every contact at rest', async () => {
    const a = await as<{ createDonor: Donor }>(coordinator, CREATE_DONOR, {
      input: {
        kind: 'CITIZEN',
        name: ' 寄付 花子 ',
        contact: '090-1234-5678 兵庫県神戸市中央区1-2-3',
        note: '匿名希望',
      },
    });
    expect(errorCodes(a)).toEqual([]);
    citizen = a.data!.createDonor;
    expect(citizen).toMatchObject({
      kind: 'CITIZEN',
      name: '寄付 花子',
      contact: '090-1234-5678 兵庫県神戸市中央区1-2-3',
      note: '匿名希望',
      needsThanks: false,
      itemCount: 0,
    });
    const b = await as<{ createDonor: Donor }>(admin, CREATE_DONOR, {
      input: { kind: 'COMPANY', name: '株式会社つなぐ食品', contact: '総務部 078-000-0000' },
    });
    expect(errorCodes(b)).toEqual([]);
    company = b.data!.createDonor;
    const c = await as<{ createDonor: Donor }>(coordinator, CREATE_DONOR, {
      input: { kind: 'FOOD_BANK', name: 'フードバンクこうべ' },
    });
    foodBank = c.data!.createDonor;
    expect(foodBank.contact).toBeNull();

    const rows = await ownerQuery<Record<string, unknown>>('select * from donor where tenant_id = $1', [city.id]);
    const stored = JSON.stringify(rows);
    for (const secret of ['花子', '090-1234-5678', '神戸市中央区', '匿名希望', '総務部'])
      expect(stored).not.toContain(secret);
    // An organisation's name is plain (it sorts and is public); a citizen's is not stored plain at all.
    expect(rows.find((r) => r['id'] === company.id)?.['organisation_name']).toBe('株式会社つなぐ食品');
    expect(rows.find((r) => r['id'] === citizen.id)?.['organisation_name']).toBeNull();
  });

  it('refuses a donor without a name, and writes nothing', async () => {
    const before = await countRows('donor', city.id);
    const res = await as(coordinator, CREATE_DONOR, { input: { kind: 'CITIZEN', name: '   ' } });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldErrors(res)).toEqual(['name']);
    expect(await countRows('donor', city.id)).toBe(before);
  });

  it('updates a donor: a citizen’s new contact is sealed, null clears the note', async () => {
    const res = await as<{ updateDonor: Donor }>(coordinator, UPDATE_DONOR, {
      input: { id: citizen.id, contact: 'hanako@example.test', note: null },
    });
    expect(errorCodes(res)).toEqual([]);
    expect(res.data!.updateDonor).toMatchObject({ name: '寄付 花子', contact: 'hanako@example.test', note: null });
    const rows = await ownerQuery<{ sealed_contact: string; sealed_note: string | null }>(
      'select sealed_contact, sealed_note from donor where id = $1',
      [citizen.id],
    );
    expect(rows[0].sealed_contact).not.toContain('hanako');
    expect(rows[0].sealed_note).toBeNull();
  });

  it('receives a donation’s items, flags those past their best-before date and keeps the allergens', async () => {
    const res = await as<{ receiveDonation: Item[] }>(coordinator, RECEIVE, {
      input: {
        donorId: company.id,
        programmeId: foodId,
        receivedOn: addDays(today, -2),
        items: [
          {
            name: 'レトルトカレー',
            quantity: 48,
            unit: '個',
            bestBefore: addDays(today, 90),
            allergens: ['BEEF', 'MILK', 'WHEAT'],
          },
          {
            name: 'ロールパン',
            quantity: 20,
            unit: '袋',
            bestBefore: addDays(today, -1),
            allergens: ['WHEAT', 'EGG', 'MILK'],
          },
          { name: '精米', quantity: 10, unit: '袋' },
          { name: '牛乳', quantity: 12, unit: '本', bestBefore: today, allergens: ['MILK'] },
        ],
      },
    });
    expect(errorCodes(res)).toEqual([]);
    const items = res.data!.receiveDonation;
    expect(items.map((i) => [i.name, i.quantity, i.unit, i.pastBestBefore, i.remaining])).toEqual([
      ['レトルトカレー', 48, '個', false, 48],
      ['ロールパン', 20, '袋', true, 20],
      ['精米', 10, '袋', false, 10],
      // On its date it is not yet past it.
      ['牛乳', 12, '本', false, 12],
    ]);
    // Kept in the label's order (mandatory first), whatever order they came in.
    expect(items[0].allergens).toEqual(['WHEAT', 'MILK', 'BEEF']);
    expect(items[2]).toMatchObject({ bestBefore: null, allergens: [] });
    expect(items[3].allergens).toEqual(['MILK']);
    expect(items[0].donorName).toBe('株式会社つなぐ食品');

    const fromCitizen = await as<{ receiveDonation: Item[] }>(coordinator, RECEIVE, {
      input: {
        donorId: citizen.id,
        programmeId: foodId,
        receivedOn: addDays(today, -1),
        items: [{ name: 'ツナ缶', quantity: 6, unit: '缶', bestBefore: addDays(today, 400), allergens: ['SOYBEAN'] }],
      },
    });
    expect(errorCodes(fromCitizen)).toEqual([]);
    expect(fromCitizen.data!.receiveDonation[0].donorName).toBe('寄付 花子');
  });

  it('refuses a donation with any bad item, naming the fields, and writes none of its items', async () => {
    const before = await countRows('donation_item', city.id);
    const res = await as(coordinator, RECEIVE, {
      input: {
        donorId: foodBank.id,
        programmeId: foodId,
        receivedOn: addDays(today, 1),
        items: [
          { name: 'お菓子', quantity: 5, unit: '箱' },
          { name: ' ', quantity: 5, unit: '箱' },
          { name: '缶詰', quantity: 3, unit: '', bestBefore: '2026-02-30' },
        ],
      },
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldErrors(res).sort()).toEqual(['items.1.name', 'items.2.bestBefore', 'items.2.unit', 'receivedOn']);
    const zero = await as(coordinator, RECEIVE, {
      input: {
        donorId: foodBank.id,
        programmeId: foodId,
        receivedOn: today,
        items: [{ name: 'お米', quantity: 0, unit: 'kg' }],
      },
    });
    expect(errorCodes(zero)).toEqual(['BAD_USER_INPUT']);
    const none = await as(coordinator, RECEIVE, {
      input: { donorId: foodBank.id, programmeId: foodId, receivedOn: today, items: [] },
    });
    expect(errorCodes(none)).toEqual(['BAD_USER_INPUT']);
    const allergen = await as(coordinator, RECEIVE, {
      input: {
        donorId: foodBank.id,
        programmeId: foodId,
        receivedOn: today,
        items: [{ name: 'お米', quantity: 1, unit: 'kg', allergens: ['MATSUTAKE'] }],
      },
    });
    expect(errorCodes(allergen)).toEqual(['BAD_USER_INPUT']);
    expect(await countRows('donation_item', city.id)).toBe(before);
  });

  it('takes donations for a food-delivery programme only', async () => {
    const before = await countRows('donation_item', city.id);
    const res = await as(coordinator, RECEIVE, {
      input: {
        donorId: foodBank.id,
        programmeId: chatId,
        receivedOn: today,
        items: [{ name: 'お米', quantity: 1, unit: '袋' }],
      },
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions?.reason).toBe('NOT_A_FOOD_DELIVERY_PROGRAMME');
    expect(await countRows('donation_item', city.id)).toBe(before);
  });

  it('lists the programme’s items newest received first, a page at a time', async () => {
    const first = await as<{
      donationItems: { edges: { node: Item }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(coordinator, ITEMS, { programmeId: foodId, first: 3 });
    expect(errorCodes(first)).toEqual([]);
    expect(first.data!.donationItems.edges[0].node.name).toBe('ツナ缶');
    expect(first.data!.donationItems.pageInfo.hasNextPage).toBe(true);
    const rest = await as<{ donationItems: { edges: { node: Item }[]; pageInfo: { hasNextPage: boolean } } }>(
      coordinator,
      ITEMS,
      { programmeId: foodId, first: 3, after: first.data!.donationItems.pageInfo.endCursor },
    );
    const names = [...first.data!.donationItems.edges, ...rest.data!.donationItems.edges].map((e) => e.node.name);
    expect(names.sort()).toEqual(['ツナ缶', 'レトルトカレー', 'ロールパン', '牛乳', '精米'].sort());
    expect(rest.data!.donationItems.pageInfo.hasNextPage).toBe(false);
    const bad = await as(coordinator, ITEMS, { programmeId: foodId, after: 'bm90LWEtY3Vyc29y' });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('lists the donors not yet thanked, and a thank-you takes them off until they give again', async () => {
    const pending = async () => {
      const res = await as<{ donors: { edges: { node: Donor }[] } }>(coordinator, DONORS, { needsThanks: true });
      expect(errorCodes(res)).toEqual([]);
      return res.data!.donors.edges.map((e) => e.node.name).sort();
    };
    // The food bank gave nothing yet: nothing to thank it for.
    expect(await pending()).toEqual(['寄付 花子', '株式会社つなぐ食品'].sort());

    const thanked = await as<{ recordDonorThanks: { method: string; sentBy: string } }>(coordinator, THANK, {
      input: {
        donorId: company.id,
        sentOn: addDays(today, -1),
        method: 'LETTER',
        sentBy: '事務局長 山田',
        note: 'お礼状',
      },
    });
    expect(errorCodes(thanked)).toEqual([]);
    expect(thanked.data!.recordDonorThanks).toMatchObject({ method: 'LETTER', sentBy: '事務局長 山田' });
    expect(await pending()).toEqual(['寄付 花子']);

    // The company gives again today: it is owed another thank-you.
    await as(coordinator, RECEIVE, {
      input: {
        donorId: company.id,
        programmeId: foodId,
        receivedOn: today,
        items: [{ name: '缶詰', quantity: 24, unit: '缶' }],
      },
    });
    expect(await pending()).toEqual(['寄付 花子', '株式会社つなぐ食品'].sort());

    const detail = await as<{ donor: { donor: Donor; thanks: { sentOn: string; method: string }[] } }>(
      coordinator,
      DONOR,
      {
        id: company.id,
      },
    );
    expect(detail.data!.donor.donor).toMatchObject({
      lastReceivedOn: today,
      lastThankedOn: addDays(today, -1),
      needsThanks: true,
      itemCount: 5,
    });
    expect(detail.data!.donor.thanks).toEqual([
      { sentOn: addDays(today, -1), method: 'LETTER', sentBy: '事務局長 山田', note: 'お礼状' },
    ]);
  });

  it('refuses a thank-you dated in the future or without who sent it, and writes nothing', async () => {
    const before = await countRows('donor_thanks', city.id);
    const res = await as(coordinator, THANK, {
      input: { donorId: citizen.id, sentOn: addDays(today, 3), method: 'IN_PERSON', sentBy: ' ' },
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldErrors(res).sort()).toEqual(['sentBy', 'sentOn']);
    expect(await countRows('donor_thanks', city.id)).toBe(before);
  });

  it('pages the donors newest first', async () => {
    const first = await as<{
      donors: { edges: { node: Donor }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(coordinator, DONORS, { first: 2 });
    expect(first.data!.donors.edges.map((e) => e.node.name)).toEqual(['フードバンクこうべ', '株式会社つなぐ食品']);
    expect(first.data!.donors.pageInfo.hasNextPage).toBe(true);
    const rest = await as<{ donors: { edges: { node: Donor }[]; pageInfo: { hasNextPage: boolean } } }>(
      coordinator,
      DONORS,
      {
        first: 2,
        after: first.data!.donors.pageInfo.endCursor,
      },
    );
    expect(rest.data!.donors.edges.map((e) => e.node.name)).toEqual(['寄付 花子']);
    expect(rest.data!.donors.pageInfo.hasNextPage).toBe(false);
  });

  describe('stock and rounds', () => {
    let roundA: string;
    let roundB: string;
    let stockOf: (name: string) => Promise<Item>;

    beforeAll(async () => {
      roundA = await newRound(t, city, foodId, '第1回', addDays(today, 10));
      roundB = await newRound(t, city, foodId, '第2回', addDays(today, 40));
      stockOf = async (name) => {
        const res = await as<{ donationStock: Item[] }>(coordinator, STOCK, { programmeId: foodId });
        expect(errorCodes(res)).toEqual([]);
        return res.data!.donationStock.find((i) => i.name === name) as Item;
      };
    });

    it('shows what remains, soonest best-before first, those past their date flagged', async () => {
      const res = await as<{ donationStock: Item[] }>(coordinator, STOCK, { programmeId: foodId });
      expect(errorCodes(res)).toEqual([]);
      expect(res.data!.donationStock.map((i) => [i.name, i.pastBestBefore])).toEqual([
        ['ロールパン', true],
        ['牛乳', false],
        ['レトルトカレー', false],
        ['ツナ缶', false],
        ['精米', false],
        ['缶詰', false],
      ]);
      const rounds = await as<{ donationRounds: { name: string; open: boolean }[] }>(coordinator, ROUNDS, {
        programmeId: foodId,
      });
      expect(rounds.data!.donationRounds.map((r) => [r.name, r.open])).toEqual([
        ['第2回', true],
        ['第1回', true],
      ]);
    });

    it('allocates items to a round and shows what remains', async () => {
      const curry = await stockOf('レトルトカレー');
      const tuna = await stockOf('ツナ缶');
      const res = await as<{ allocateDonations: RoundDonations }>(coordinator, ALLOCATE, {
        input: {
          roundId: roundA,
          lines: [
            { itemId: curry.id, quantity: 30 },
            { itemId: tuna.id, quantity: 6 },
          ],
        },
      });
      expect(errorCodes(res)).toEqual([]);
      expect(res.data!.allocateDonations.lines.map((l) => [l.item.name, l.quantity, l.item.remaining])).toEqual([
        ['レトルトカレー', 30, 18],
        ['ツナ缶', 6, 0],
      ]);
      // All the tuna is gone out: it leaves the stock.
      expect(await stockOf('ツナ缶')).toBeUndefined();
      expect((await stockOf('レトルトカレー')).remaining).toBe(18);

      // A line sets the item's quantity in the round; 0 takes it out.
      const again = await as<{ allocateDonations: RoundDonations }>(coordinator, ALLOCATE, {
        input: {
          roundId: roundA,
          lines: [
            { itemId: curry.id, quantity: 20 },
            { itemId: tuna.id, quantity: 0 },
          ],
        },
      });
      expect(errorCodes(again)).toEqual([]);
      expect(again.data!.allocateDonations.lines.map((l) => [l.item.name, l.quantity])).toEqual([
        ['レトルトカレー', 20],
      ]);
      expect((await stockOf('ツナ缶')).remaining).toBe(6);
    });

    it('refuses more than remains with a typed conflict, and writes none of the lines', async () => {
      const curry = await stockOf('レトルトカレー');
      const rice = await stockOf('精米');
      const before = await countRows('donation_allocation', city.id);
      const res = await as(coordinator, ALLOCATE, {
        input: {
          roundId: roundB,
          lines: [
            { itemId: rice.id, quantity: 5 },
            { itemId: curry.id, quantity: 29 },
          ],
        },
      });
      expect(errorCodes(res)).toEqual(['CONFLICT']);
      expect(res.errors![0].extensions?.reason).toBe('DONATION_OVER_ALLOCATED');
      expect(fieldErrors(res)).toEqual(['lines.1.quantity']);
      expect(await countRows('donation_allocation', city.id)).toBe(before);
      expect((await stockOf('精米')).remaining).toBe(10);
      const round = await as<{ roundDonations: RoundDonations }>(coordinator, ROUND_DONATIONS, { roundId: roundB });
      expect(round.data!.roundDonations.lines).toEqual([]);
    });

    it('refuses an item past its date when the round starts, another programme’s item, a closed round', async () => {
      const bread = await stockOf('ロールパン');
      const milk = await stockOf('牛乳');
      const before = await countRows('donation_allocation', city.id);
      const late = await as(coordinator, ALLOCATE, {
        input: {
          roundId: roundA,
          lines: [
            { itemId: bread.id, quantity: 1 },
            { itemId: milk.id, quantity: 1 },
          ],
        },
      });
      expect(errorCodes(late)).toEqual(['BAD_USER_INPUT']);
      expect(fieldErrors(late)).toEqual(['lines.0.itemId', 'lines.1.itemId']);

      const second = await as<{ createProgramme: { id: string } }>(admin, CREATE_PROGRAMME, {
        input: { name: '夏休みこども宅食', kind: 'FOOD_DELIVERY' },
      });
      const otherRound = await newRound(t, city, second.data!.createProgramme.id, '夏', addDays(today, 5));
      const curry = await stockOf('レトルトカレー');
      const elsewhere = await as(coordinator, ALLOCATE, {
        input: { roundId: otherRound, lines: [{ itemId: curry.id, quantity: 1 }] },
      });
      expect(errorCodes(elsewhere)).toEqual(['BAD_USER_INPUT']);
      expect(fieldErrors(elsewhere)).toEqual(['lines.0.itemId']);

      const done = await newRound(t, city, foodId, '前年度 第4回', addDays(today, -60), 'completed');
      const closed = await as(coordinator, ALLOCATE, {
        input: { roundId: done, lines: [{ itemId: curry.id, quantity: 1 }] },
      });
      expect(errorCodes(closed)).toEqual(['CONFLICT']);
      expect(closed.errors![0].extensions?.reason).toBe('ROUND_CLOSED');

      const twice = await as(coordinator, ALLOCATE, {
        input: {
          roundId: roundB,
          lines: [
            { itemId: curry.id, quantity: 1 },
            { itemId: curry.id, quantity: 2 },
          ],
        },
      });
      expect(errorCodes(twice)).toEqual(['BAD_USER_INPUT']);
      const negative = await as(coordinator, ALLOCATE, {
        input: { roundId: roundB, lines: [{ itemId: curry.id, quantity: -1 }] },
      });
      expect(errorCodes(negative)).toEqual(['BAD_USER_INPUT']);
      expect(await countRows('donation_allocation', city.id)).toBe(before);
    });

    it('never allocates more than there is when staff allocate the same item at once', async () => {
      const rice = await stockOf('精米');
      expect(rice.remaining).toBe(10);
      const rounds: string[] = [];
      for (let i = 0; i < 8; i++) rounds.push(await newRound(t, city, foodId, `臨時${i}`, addDays(today, 60 + i)));
      const results = await Promise.all(
        rounds.map((roundId, i) =>
          as(i % 2 === 0 ? coordinator : admin, ALLOCATE, {
            input: { roundId, lines: [{ itemId: rice.id, quantity: 3 }] },
          }),
        ),
      );
      const codes = results.map((r) => errorCodes(r)[0] ?? 'OK');
      expect(codes.filter((c) => c === 'OK')).toHaveLength(3);
      expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(5);
      const [row] = await ownerQuery<{ total: string }>(
        'select coalesce(sum(quantity), 0) as total from donation_allocation where item_id = $1',
        [rice.id],
      );
      expect(Number(row.total)).toBe(9);
      expect((await stockOf('精米')).remaining).toBe(1);
    });

    it('does not return stock, rounds or a round’s donations of another tenant', async () => {
      for (const [query, variables] of [
        [STOCK, { programmeId: foodId }],
        [ROUNDS, { programmeId: foodId }],
        [ROUND_DONATIONS, { roundId: roundA }],
      ] as const) {
        const res = await as(otherCoordinator, query, variables);
        expect(errorCodes(res)).toEqual(['NOT_FOUND']);
      }
    });

    it('cannot allocate another tenant’s items, nor to another tenant’s round', async () => {
      const curry = await stockOf('レトルトカレー');
      const theirProgramme = await t.newUser({ tenant: other, role: TenantRole.TENANT_ADMIN });
      const programme = await as<{ createProgramme: { id: string } }>(theirProgramme, CREATE_PROGRAMME, {
        input: { name: '他市の宅食', kind: 'FOOD_DELIVERY' },
      });
      const theirRound = await newRound(t, other, programme.data!.createProgramme.id, '他市 第1回', addDays(today, 10));
      const intoTheirs = await as(otherCoordinator, ALLOCATE, {
        input: { roundId: theirRound, lines: [{ itemId: curry.id, quantity: 1 }] },
      });
      expect(errorCodes(intoTheirs)).toEqual(['NOT_FOUND']);
      const intoOurs = await as(otherCoordinator, ALLOCATE, {
        input: { roundId: roundA, lines: [{ itemId: curry.id, quantity: 1 }] },
      });
      expect(errorCodes(intoOurs)).toEqual(['NOT_FOUND']);
      expect(await countRows('donation_allocation', other.id)).toBe(0);
      expect((await stockOf('レトルトカレー')).allocated).toBe(20);
    });
  });

  describe('another tenant', () => {
    it('does not return donors of another tenant', async () => {
      const list = await as<{ donors: { edges: unknown[] } }>(otherCoordinator, DONORS, {});
      expect(errorCodes(list)).toEqual([]);
      expect(list.data!.donors.edges).toEqual([]);
      const one = await as(otherCoordinator, DONOR, { id: citizen.id });
      expect(errorCodes(one)).toEqual(['NOT_FOUND']);
    });

    it('does not return donation items of another tenant', async () => {
      const res = await as(otherCoordinator, ITEMS, { programmeId: foodId });
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    });

    it('cannot change, thank or receive for another tenant’s donor or programme', async () => {
      const update = await as(otherCoordinator, UPDATE_DONOR, { input: { id: citizen.id, name: '上書き' } });
      expect(errorCodes(update)).toEqual(['NOT_FOUND']);
      const thank = await as(otherCoordinator, THANK, {
        input: { donorId: company.id, sentOn: today, method: 'EMAIL', sentBy: '他市' },
      });
      expect(errorCodes(thank)).toEqual(['NOT_FOUND']);
      const receive = await as(otherCoordinator, RECEIVE, {
        input: {
          donorId: company.id,
          programmeId: foodId,
          receivedOn: today,
          items: [{ name: 'x', quantity: 1, unit: '個' }],
        },
      });
      expect(errorCodes(receive)).toEqual(['NOT_FOUND']);
      const detail = await as<{ donor: { donor: Donor } }>(coordinator, DONOR, { id: citizen.id });
      expect(detail.data!.donor.donor.name).toBe('寄付 花子');
      expect(await countRows('donation_item', other.id)).toBe(0);
      expect(await countRows('donor_thanks', other.id)).toBe(0);
    });
  });

  it.each([
    ['a municipal viewer', () => viewer],
    ['a counsellor', () => counsellor],
    ['a partner user', () => partner],
  ])('refuses %s every donations operation', async (_, user) => {
    for (const [query, variables] of [
      [DONORS, {}],
      [DONOR, { id: citizen.id }],
      [ITEMS, { programmeId: foodId }],
      [CREATE_DONOR, { input: { kind: 'COMPANY', name: 'x' } }],
      [THANK, { input: { donorId: company.id, sentOn: today, method: 'EMAIL', sentBy: 'x' } }],
      [STOCK, { programmeId: foodId }],
      [ROUNDS, { programmeId: foodId }],
      [ALLOCATE, { input: { roundId: randomUUID(), lines: [{ itemId: randomUUID(), quantity: 1 }] } }],
    ] as const) {
      const res = await as(user(), query, variables);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
  });
});
