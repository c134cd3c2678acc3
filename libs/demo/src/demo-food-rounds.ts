import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Keyring } from '@tsunagu/platform/crypto';
import { householdAddressContext, ROUND_HOUSEHOLD_SOURCE } from '@tsunagu/food-delivery';

interface DemoHousehold {
  name: string;
  area: string;
  children: string[];
  allergies: string | null;
  method: 'hand' | 'courier';
  times: string | null;
  /**
   * Applied, and (unless still waiting) enrolled, on these days of FY2025; `appliedOn` null: a few
   * days before the demo was seeded, still waiting for the coordinator's review.
   */
  appliedOn: string | null;
  enrolledOn: string | null;
  /** Withdrawn on this day, with why (a move, a change of circumstances). */
  withdrawn?: { on: string; reason: string };
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
    appliedOn: '2025-04-01',
    enrolledOn: '2025-05-12',
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
    appliedOn: '2025-04-02',
    enrolledOn: '2025-05-12',
    address: { postalCode: '113-0033', city: '文京区', street: '本郷9-9-2', building: null, phone: '03-0000-0002' },
  },
  {
    name: '上田 ひかる',
    area: '白山',
    children: ['2019-08', '2021-01', '2011-04'],
    allergies: '小麦、乳',
    method: 'hand',
    times: '土日午前',
    appliedOn: '2025-04-03',
    enrolledOn: '2025-05-12',
    address: { postalCode: '112-0001', city: '文京区', street: '白山9-9-3', building: null, phone: '090-0000-0003' },
  },
  {
    name: '江口 ゆい',
    area: '白山',
    children: ['2016-06'],
    allergies: null,
    method: 'courier',
    times: '午前中',
    appliedOn: '2025-04-07',
    enrolledOn: '2025-05-12',
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
    appliedOn: '2025-04-10',
    enrolledOn: '2025-05-12',
    address: { postalCode: '113-0022', city: '文京区', street: '千駄木9-9-5', building: null, phone: '080-0000-0005' },
  },
  {
    name: '加藤 はる',
    area: '千駄木',
    children: ['2023-10'],
    allergies: null,
    method: 'courier',
    times: '18〜20時',
    appliedOn: '2025-07-03',
    enrolledOn: '2025-07-15',
    address: {
      postalCode: '113-0022',
      city: '文京区',
      street: '千駄木9-9-6',
      building: 'デモマンション305',
      phone: null,
    },
  },
  {
    name: '木村 あおい',
    area: '小石川',
    children: ['2015-07'],
    allergies: null,
    method: 'hand',
    times: null,
    appliedOn: '2025-04-14',
    enrolledOn: '2025-05-12',
    withdrawn: { on: '2025-08-08', reason: '区外へ転居' },
    address: { postalCode: '112-0002', city: '文京区', street: '小石川9-9-7', building: null, phone: '03-0000-0007' },
  },
  {
    name: '佐々木 りん',
    area: '小石川',
    children: ['2020-03', '2024-01'],
    allergies: 'そば',
    method: 'courier',
    times: '平日午前',
    appliedOn: null,
    enrolledOn: null,
    address: {
      postalCode: '112-0002',
      city: '文京区',
      street: '小石川9-9-8',
      building: 'デモコート202',
      phone: '090-0000-0008',
    },
  },
];

const PLANNED_ITEMS = [
  { name: 'お米 2kg', quantity: 6 },
  { name: 'レトルトカレー', quantity: 12, allergens: ['小麦', '乳'] },
  { name: 'たまごボーロ', quantity: 4 },
  { name: '野菜ジュース', quantity: 12 },
];

/** The demo's second round's id, fixed so that a link to its page (the README, the browser tests) stays the same. */
export const DEMO_FOOD_ROUND_ID = '7a3d1c52-4e0b-4c8e-9f1a-2b6d00000002';

/** What became of one household's delivery in a delivered round. */
interface DemoDelivery {
  outcome: 'delivered' | 'absent' | 'redelivery_arranged' | 'refused';
  observation?: 'fine' | 'concern';
  note?: string;
  /** What the counsellor did about a worrying visit (the task is closed). */
  followUp?: string;
}

interface DemoRound {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  status: 'planned' | 'delivering' | 'completed';
  /** The households in it (by name), and for a delivered round what became of each. */
  households: Record<string, DemoDelivery | null>;
}

/**
 * Two rounds of FY2025 (令和7年度): the first delivered and closed, with its outcomes and a worrying
 * visit a counsellor followed up; the second out for delivery, for the round's operations page.
 */
const ROUNDS: DemoRound[] = [
  {
    id: '7a3d1c52-4e0b-4c8e-9f1a-2b6d00000001',
    name: '令和7年度 第1回',
    startsOn: '2025-06-02',
    endsOn: '2025-06-13',
    capacity: 10,
    status: 'completed',
    households: {
      '青木 さくら': { outcome: 'delivered', observation: 'fine' },
      '井上 みなみ': { outcome: 'delivered', observation: 'fine' },
      '上田 ひかる': {
        outcome: 'delivered',
        observation: 'concern',
        note: '保護者が体調を崩している様子。食事の用意が難しいと話していた',
        followUp: '電話で様子を伺い、家事支援の窓口を案内',
      },
      '江口 ゆい': { outcome: 'delivered' },
      '太田 そら': { outcome: 'redelivery_arranged' },
      '木村 あおい': { outcome: 'delivered', observation: 'fine' },
    },
  },
  {
    id: DEMO_FOOD_ROUND_ID,
    name: '令和7年度 第2回',
    startsOn: '2025-09-01',
    endsOn: '2025-09-12',
    capacity: 10,
    status: 'delivering',
    households: Object.fromEntries(
      ['青木 さくら', '井上 みなみ', '上田 ひかる', '江口 ゆい', '太田 そら', '加藤 はる'].map((name) => [name, null]),
    ),
  },
];

/** The demo's staff of the programme: who delivers by hand and records, who follows up. */
export interface DemoFoodStaff {
  coordinatorId: string;
  counsellorId: string;
}

const at = (day: string) => new Date(`${day}T10:00:00+09:00`);

/**
 * Bunkyo's food delivery (文京区こども宅食), once: only when the city's food-delivery programme has no
 * round yet. Eight invented households, two rounds of FY2025 (see `ROUNDS`), and the next round,
 * planned a month after `today` (the day of seeding) with the enrolled households in it and room for
 * the one still waiting for review.
 */
export async function seedDemoFoodRound(
  em: EntityManager,
  tenantId: string,
  keyring: Keyring,
  staff: DemoFoodStaff,
  today: string,
): Promise<void> {
  const programmeId = await programmeToSeed(em, tenantId);
  if (!programmeId) return;

  const householdIds = new Map<string, string>();
  for (const h of HOUSEHOLDS) {
    const id = randomUUID();
    householdIds.set(h.name, id);
    const applied = h.appliedOn ? at(h.appliedOn) : new Date(Date.parse(`${today}T10:00:00+09:00`) - 3 * 86_400_000);
    const address = { ...h.address, prefecture: '東京都' };
    // Inserted as it applied, then moved on as staff moved it: the status trigger keeps each step's day.
    await em.execute(
      `insert into food_household (id, tenant_id, programme_id, source, name, address_sealed, area, children_birth_months,
         eligibility_basis, allergies, preferred_method, preferred_times, visit_consent, status, applied_at,
         status_changed_at, created_by_id, created_at, updated_at)
       values (?, ?, ?, 'staff', ?, ?, ?, ?::text[], 'child_rearing_allowance', ?, ?, ?, ?, 'applied', ?, ?, ?, ?, ?)`,
      [
        id,
        tenantId,
        programmeId,
        h.name,
        keyring.seal(JSON.stringify(address), householdAddressContext(id)),
        h.area,
        // A Postgres array literal: a JS array would be expanded into a list of values.
        `{${h.children.join(',')}}`,
        h.allergies,
        h.method,
        h.times,
        h.method === 'hand',
        applied,
        applied,
        staff.coordinatorId,
        applied,
        applied,
      ],
    );
    const steps: { status: string; on: Date; reason?: string }[] = [];
    if (h.enrolledOn) {
      steps.push({ status: 'eligible', on: at(h.enrolledOn) }, { status: 'enrolled', on: at(h.enrolledOn) });
    }
    if (h.withdrawn) steps.push({ status: 'withdrawn', on: at(h.withdrawn.on), reason: h.withdrawn.reason });
    for (const step of steps) {
      await em.execute(
        `update food_household set status = ?, status_changed_at = ?, status_changed_by_id = ?, status_reason = ?,
           enrolled_at = case when ? = 'enrolled' then ? else enrolled_at end, updated_at = ?
         where id = ?`,
        [step.status, step.on, staff.coordinatorId, step.reason ?? null, step.status, step.on, step.on, id],
      );
    }
  }

  const next = nextRound(today);
  const rounds: DemoRound[] = [
    ...ROUNDS,
    {
      id: randomUUID(),
      ...next,
      capacity: 8,
      status: 'planned',
      households: Object.fromEntries(HOUSEHOLDS.filter((h) => h.enrolledOn && !h.withdrawn).map((h) => [h.name, null])),
    },
  ];
  for (const round of rounds) {
    await em.execute(
      `insert into food_round (id, tenant_id, programme_id, name, starts_on, ends_on, capacity, planned_items, status, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now())`,
      [
        round.id,
        tenantId,
        programmeId,
        round.name,
        round.startsOn,
        round.endsOn,
        round.capacity,
        JSON.stringify(PLANNED_ITEMS),
        round.status,
      ],
    );
    for (const [name, delivery] of Object.entries(round.households)) {
      const household = HOUSEHOLDS.find((h) => h.name === name) as DemoHousehold;
      const placeId = randomUUID();
      const delivered = delivery ? at(round.endsOn) : null;
      const hand = household.method === 'hand';
      await em.execute(
        `insert into food_round_household (id, tenant_id, round_id, household_id, added_at, delivery_method,
           assignee_user_id, area, outcome, outcome_at, outcome_by_id, observation, observation_note, observed_by_id, observed_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          placeId,
          tenantId,
          round.id,
          householdIds.get(name),
          delivery ? at(round.startsOn) : new Date(),
          delivery ? household.method : null,
          delivery && hand ? staff.coordinatorId : null,
          household.area,
          delivery?.outcome ?? null,
          delivered,
          delivery ? staff.coordinatorId : null,
          delivery?.observation ?? null,
          delivery?.note ?? null,
          delivery?.observation ? staff.coordinatorId : null,
          delivery?.observation ? delivered : null,
        ],
      );
      if (delivery?.observation === 'concern') {
        await seedClosedObservationTask(em, tenantId, staff, {
          placeId,
          roundName: round.name,
          familyLabel: name,
          note: delivery.note ?? null,
          followUp: delivery.followUp ?? null,
          on: delivered as Date,
        });
      }
    }
  }
}

/**
 * The round after `today`: from the first of next month, for two weeks, named as the city counts
 * them (令和N年度 第M回, four a fiscal year from April).
 */
export function nextRound(today: string): { name: string; startsOn: string; endsOn: string } {
  const [year, month] = today.split('-').map(Number);
  const startYear = month === 12 ? year + 1 : year;
  const startMonth = month === 12 ? 1 : month + 1;
  const fiscalYear = startMonth >= 4 ? startYear : startYear - 1;
  const quarter = Math.floor(((startMonth + 8) % 12) / 3) + 1;
  const mm = String(startMonth).padStart(2, '0');
  return {
    name: `令和${fiscalYear - 2018}年度 第${quarter}回`,
    startsOn: `${startYear}-${mm}-01`,
    endsOn: `${startYear}-${mm}-14`,
  };
}

/** The tenant's food-delivery programme, when it has no round yet (a demo seeds it once); else null. */
export async function programmeToSeed(em: EntityManager, tenantId: string): Promise<string | null> {
  const [programme] = await em.execute<{ id: string }[]>(
    `select id from programme where tenant_id = ? and kind = 'food_delivery' order by created_at limit 1`,
    [tenantId],
  );
  if (!programme) return null;
  const [existing] = await em.execute<{ id: string }[]>(
    'select id from food_round where tenant_id = ? and programme_id = ? limit 1',
    [tenantId, programme.id],
  );
  return existing ? null : programme.id;
}

/** A 気になる visit's counsellor task, followed up and closed by the counsellor the next day. */
export async function seedClosedObservationTask(
  em: EntityManager,
  tenantId: string,
  staff: DemoFoodStaff,
  visit: {
    placeId: string;
    roundName: string;
    familyLabel: string;
    note: string | null;
    followUp: string | null;
    on: Date;
  },
): Promise<void> {
  const done = new Date(visit.on.getTime() + 86_400_000);
  await em.execute(
    `insert into counsellor_task (id, tenant_id, kind, urgency, title, family_label, detail, source_type, source_id,
       status, created_by_id, created_at, updated_at, done_at, done_by_id, done_note)
     values (?, ?, 'delivery_observation', 'concern', ?, ?, ?, ?, ?, 'done', ?, ?, ?, ?, ?, ?)`,
    [
      randomUUID(),
      tenantId,
      `こども宅食 ${visit.roundName}: 配達時の様子「気になる」`,
      visit.familyLabel,
      visit.note,
      ROUND_HOUSEHOLD_SOURCE,
      visit.placeId,
      staff.coordinatorId,
      visit.on,
      done,
      done,
      staff.counsellorId,
      visit.followUp,
    ],
  );
}
