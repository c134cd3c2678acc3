import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Keyring } from '@tsunagu/platform/crypto';
import { householdAddressContext } from '@tsunagu/food-delivery';
import { generator } from './demo-activity';
import { KOBE_WARDS } from './demo-audience';
import { programmeToSeed, seedClosedObservationTask, type DemoFoodStaff } from './demo-food-rounds';

/** Postal codes of each ward's first district (the rest of every address is invented). */
const WARD_POSTAL: Record<string, string> = {
  東灘区: '658-0001',
  灘区: '657-0001',
  中央区: '650-0001',
  兵庫区: '652-0001',
  北区: '651-1101',
  長田区: '653-0001',
  須磨区: '654-0001',
  垂水区: '655-0001',
  西区: '651-2101',
};
const SURNAMES = [
  '山本',
  '田中',
  '中村',
  '小林',
  '松本',
  '山田',
  '吉田',
  '山口',
  '森',
  '藤原',
  '岡田',
  '前田',
  '西村',
  '村上',
  '石井',
];
const GIVEN = [
  'あかり',
  'ゆうか',
  'まい',
  'かおり',
  'なつみ',
  'ちひろ',
  'さやか',
  'みほ',
  'ともみ',
  'りえ',
  'けんた',
  'しょうた',
];
const ALLERGIES = ['卵', '乳', '小麦', 'そば', 'えび・かに', '落花生'];

/** Kobe's four rounds of FY2025 (令和7年度), all delivered: how many households each had. */
const ROUNDS = [
  { name: '令和7年度 第1回', startsOn: '2025-06-09', endsOn: '2025-06-20', households: 212 },
  { name: '令和7年度 第2回', startsOn: '2025-09-08', endsOn: '2025-09-19', households: 236 },
  { name: '令和7年度 第3回', startsOn: '2025-12-08', endsOn: '2025-12-19', households: 248 },
  { name: '令和7年度 第4回', startsOn: '2026-03-02', endsOn: '2026-03-13', households: 250 },
];
const CAPACITY = 250;
/** Households still waiting for a place when the year ended (the last round was full). */
const WAITLISTED = 7;

const at = (day: string) => new Date(`${day}T10:00:00+09:00`);
const day = (base: string, plus: number) => new Date(at(base).getTime() + plus * 86_400_000);

/**
 * Kobe's food delivery (神戸こども宅食) through FY2025, once: only when the programme has no round yet.
 * About 250 invented households joining over the year, four delivered rounds with their outcomes
 * (most delivered, some absent or redelivered, a few refused), the worrying visits counsellors
 * followed up, and a waitlist at the year's end. The same at every start (a seeded generator).
 * Written in a few statements (arrays of values): a row each would slow every demo start.
 */
export async function seedDemoKobeFoodDelivery(
  em: EntityManager,
  tenantId: string,
  keyring: Keyring,
  staff: DemoFoodStaff,
): Promise<void> {
  const programmeId = await programmeToSeed(em, tenantId);
  if (!programmeId) return;
  const random = generator(20250609);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];

  // The households, in order of application: those of the first round applied in April and May,
  // each later round's newcomers in the weeks before it, the waitlist in February.
  const total = CAPACITY + WAITLISTED;
  const households = Array.from({ length: total }, (_, i) => {
    const joins = ROUNDS.findIndex((r) => i < r.households);
    const ward = i % 4 === 0 ? '中央区' : pick(KOBE_WARDS);
    const appliedOn =
      joins === 0
        ? day('2025-04-01', Math.floor((i / ROUNDS[0].households) * 55))
        : joins > 0
          ? day(ROUNDS[joins].startsOn, -40 + (i % 25))
          : day('2026-02-02', i - CAPACITY);
    const children = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
      const year = 2008 + Math.floor(random() * 17);
      return `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
    });
    const hand = ward === '中央区' || ward === '兵庫区';
    return {
      id: randomUUID(),
      name: `${pick(SURNAMES)} ${pick(GIVEN)}`,
      ward,
      children,
      allergies: random() < 0.2 ? pick(ALLERGIES) : null,
      method: hand ? 'hand' : 'courier',
      appliedOn,
      // Found eligible a week after applying, and given a place then, or (the last few) a place on the waitlist.
      decidedOn: new Date(appliedOn.getTime() + 7 * 86_400_000),
      waitlisted: joins === -1,
      address: {
        postalCode: WARD_POSTAL[ward],
        prefecture: '兵庫県',
        city: `神戸市${ward}`,
        street: `デモ町9-${1 + (i % 40)}-${1 + Math.floor(i / 40)}`,
        building: null,
        phone: null,
      },
    };
  });

  // Each batch goes as one JSON array of rows (the driver would spread a plain array into a list).
  await em.execute(
    `insert into food_household (id, tenant_id, programme_id, source, name, address_sealed, area, children_birth_months,
       eligibility_basis, allergies, preferred_method, visit_consent, status, applied_at, status_changed_at,
       created_by_id, created_at, updated_at)
     select h.id, ?, ?, 'staff', h.name, h.sealed, h.area, string_to_array(h.children, ','),
            case when h.n % 3 = 0 then 'school_attendance_aid' else 'child_rearing_allowance' end,
            h.allergies, h.method, h.method = 'hand', 'applied', h.applied, h.applied, ?, h.applied, h.applied
       from jsonb_to_recordset(?::jsonb) as h(id uuid, name text, sealed text, area text, children text,
            allergies text, method text, applied timestamptz, n int)`,
    [
      tenantId,
      programmeId,
      staff.coordinatorId,
      JSON.stringify(
        households.map((h, n) => ({
          id: h.id,
          name: h.name,
          sealed: keyring.seal(JSON.stringify(h.address), householdAddressContext(h.id)),
          area: h.ward,
          children: h.children.join(','),
          allergies: h.allergies,
          method: h.method,
          applied: h.appliedOn.toISOString(),
          n,
        })),
      ),
    ],
  );
  // Then moved on as the office moved them (the status trigger keeps each step with its day).
  for (const [status, moved] of [
    ['eligible', households],
    ['enrolled', households.filter((h) => !h.waitlisted)],
    ['waitlisted', households.filter((h) => h.waitlisted)],
  ] as const) {
    await em.execute(
      `update food_household h set status = ?, status_changed_at = m.on_day, status_changed_by_id = ?,
         enrolled_at = case when ? = 'enrolled' then m.on_day else null end, updated_at = m.on_day
       from jsonb_to_recordset(?::jsonb) as m(id uuid, on_day timestamptz) where h.id = m.id`,
      [
        status,
        staff.coordinatorId,
        status,
        JSON.stringify(moved.map((h) => ({ id: h.id, on_day: h.decidedOn.toISOString() }))),
      ],
    );
  }

  const places: object[] = [];
  const concerns: { placeId: string; round: string; name: string; on: Date }[] = [];
  for (const round of ROUNDS) {
    const roundId = randomUUID();
    await em.execute(
      `insert into food_round (id, tenant_id, programme_id, name, starts_on, ends_on, capacity, planned_items, status, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, 'completed', ?, ?)`,
      [
        roundId,
        tenantId,
        programmeId,
        round.name,
        round.startsOn,
        round.endsOn,
        CAPACITY,
        JSON.stringify([
          { name: 'お米 5kg', quantity: CAPACITY },
          { name: 'レトルト食品セット', quantity: CAPACITY, allergens: ['小麦', '乳'] },
          { name: '缶詰', quantity: CAPACITY * 2 },
        ]),
        day(round.startsOn, -30),
        at(round.endsOn),
      ],
    );
    for (const h of households.slice(0, round.households)) {
      const roll = random();
      const outcome =
        roll < 0.9 ? 'delivered' : roll < 0.95 ? 'absent' : roll < 0.99 ? 'redelivery_arranged' : 'refused';
      const when = day(round.startsOn, Math.floor(random() * 10));
      const observation =
        h.method === 'hand' && outcome === 'delivered' ? (random() < 0.04 ? 'concern' : 'fine') : null;
      const placeId = randomUUID();
      places.push({
        id: placeId,
        round_id: roundId,
        household_id: h.id,
        method: h.method,
        assignee: h.method === 'hand' ? staff.coordinatorId : null,
        area: h.ward,
        outcome,
        at: when.toISOString(),
        observation,
      });
      if (observation === 'concern') concerns.push({ placeId, round: round.name, name: h.name, on: when });
    }
  }
  await em.execute(
    `insert into food_round_household (id, tenant_id, round_id, household_id, added_at, delivery_method, assignee_user_id,
       area, outcome, outcome_at, outcome_by_id, observation, observed_by_id, observed_at)
     select p.id, ?, p.round_id, p.household_id, p.at - interval '14 days', p.method, p.assignee, p.area, p.outcome, p.at, ?,
            p.observation, case when p.observation is null then null else ?::uuid end,
            case when p.observation is null then null else p.at end
       from jsonb_to_recordset(?::jsonb) as p(id uuid, round_id uuid, household_id uuid, method text, assignee uuid,
            area text, outcome text, at timestamptz, observation text)`,
    [tenantId, staff.coordinatorId, staff.coordinatorId, JSON.stringify(places)],
  );
  // Every worrying visit of the year reached a counsellor, who followed it up.
  for (const concern of concerns) {
    await seedClosedObservationTask(em, tenantId, staff, {
      placeId: concern.placeId,
      roundName: concern.round,
      familyLabel: concern.name,
      note: '食材の量について心配そうに話していた',
      followUp: '電話で様子を伺い、相談窓口を案内',
      on: concern.on,
    });
  }
}
