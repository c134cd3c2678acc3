import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Keyring } from '@tsunagu/platform/crypto';
import { householdAddressContext } from '@tsunagu/food-delivery';

interface DemoHousehold {
  name: string;
  area: string;
  children: string[];
  allergies: string | null;
  method: 'hand' | 'courier';
  times: string | null;
  address: { postalCode: string; city: string; street: string; building: string | null; phone: string | null };
}

/** Invented families of Bunkyo's food delivery (no real person, no real address). */
const HOUSEHOLDS: DemoHousehold[] = [
  {
    name: '青木 さくら',
    area: '本郷',
    children: ['2022-05', '2017-11'],
    allergies: '卵',
    method: 'hand',
    times: '平日18時以降',
    address: {
      postalCode: '113-0033',
      city: '文京区',
      street: '本郷9-9-1',
      building: 'デモハイツ101',
      phone: '03-0000-0001',
    },
  },
  {
    name: '井上 みなみ',
    area: '本郷',
    children: ['2014-02'],
    allergies: null,
    method: 'hand',
    times: null,
    address: { postalCode: '113-0033', city: '文京区', street: '本郷9-9-2', building: null, phone: '03-0000-0002' },
  },
  {
    name: '上田 ひかる',
    area: '白山',
    children: ['2019-08', '2021-01', '2011-04'],
    allergies: '小麦、乳',
    method: 'hand',
    times: '土日午前',
    address: { postalCode: '112-0001', city: '文京区', street: '白山9-9-3', building: null, phone: '090-0000-0003' },
  },
  {
    name: '江口 ゆい',
    area: '白山',
    children: ['2016-06'],
    allergies: null,
    method: 'courier',
    times: '午前中',
    address: {
      postalCode: '112-0001',
      city: '文京区',
      street: '白山9-9-4',
      building: 'デモ荘2F',
      phone: '03-0000-0004',
    },
  },
  {
    name: '太田 そら',
    area: '千駄木',
    children: ['2009-09', '2012-12'],
    allergies: 'えび・かに',
    method: 'courier',
    times: null,
    address: { postalCode: '113-0022', city: '文京区', street: '千駄木9-9-5', building: null, phone: '080-0000-0005' },
  },
  {
    name: '加藤 はる',
    area: '千駄木',
    children: ['2023-10'],
    allergies: null,
    method: 'courier',
    times: '18〜20時',
    address: {
      postalCode: '113-0022',
      city: '文京区',
      street: '千駄木9-9-6',
      building: 'デモマンション305',
      phone: null,
    },
  },
];

const PLANNED_ITEMS = [
  { name: 'お米 2kg', quantity: 6 },
  { name: 'レトルトカレー', quantity: 12, allergens: ['小麦', '乳'] },
  { name: 'たまごボーロ', quantity: 4 },
  { name: '野菜ジュース', quantity: 12 },
];

/** The demo round's id, fixed so that a link to its page (the README, the browser tests) stays the same. */
export const DEMO_FOOD_ROUND_ID = '7a3d1c52-4e0b-4c8e-9f1a-2b6d00000002';

/**
 * A round of Bunkyo's food delivery with six households in it, for the round's operations page, once:
 * only when the city's food-delivery programme has no round yet (a fuller demo of households and
 * rounds seeds them itself).
 */
export async function seedDemoFoodRound(em: EntityManager, tenantId: string, keyring: Keyring): Promise<void> {
  const [programme] = await em.execute<{ id: string }[]>(
    `select id from programme where tenant_id = ? and kind = 'food_delivery' order by created_at limit 1`,
    [tenantId],
  );
  if (!programme) return;
  const [existing] = await em.execute<{ id: string }[]>(
    'select id from food_round where tenant_id = ? and programme_id = ? limit 1',
    [tenantId, programme.id],
  );
  if (existing) return;
  const roundId = DEMO_FOOD_ROUND_ID;
  await em.execute(
    `insert into food_round (id, tenant_id, programme_id, name, starts_on, ends_on, capacity, planned_items, status, created_at, updated_at)
     values (?, ?, ?, '令和7年度 第2回', '2025-09-01', '2025-09-12', 10, ?, 'delivering', now(), now())`,
    [roundId, tenantId, programme.id, JSON.stringify(PLANNED_ITEMS)],
  );
  for (const [i, h] of HOUSEHOLDS.entries()) {
    const id = randomUUID();
    const address = { ...h.address, prefecture: '東京都' };
    await em.execute(
      `insert into food_household (id, tenant_id, programme_id, source, name, address_sealed, area, children_birth_months,
         eligibility_basis, allergies, preferred_method, preferred_times, visit_consent, status, applied_at, enrolled_at,
         status_changed_at, created_at, updated_at)
       values (?, ?, ?, 'staff', ?, ?, ?, ?::text[], 'child_rearing_allowance', ?, ?, ?, ?, 'enrolled', ?, now(), now(), now(), now())`,
      [
        id,
        tenantId,
        programme.id,
        h.name,
        keyring.seal(JSON.stringify(address), householdAddressContext(id)),
        h.area,
        // A Postgres array literal: a JS array would be expanded into a list of values.
        `{${h.children.join(',')}}`,
        h.allergies,
        h.method,
        h.times,
        h.method === 'hand',
        new Date(Date.UTC(2025, 3, 1 + i)),
      ],
    );
    await em.execute(
      'insert into food_round_household (id, tenant_id, round_id, household_id, added_at) values (?, ?, ?, ?, now())',
      [randomUUID(), tenantId, roundId, id],
    );
  }
}
