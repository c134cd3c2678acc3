import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Kobe's nine wards, as its channel asks for them. */
export const KOBE_WARDS = ['東灘区', '灘区', '中央区', '兵庫区', '北区', '長田区', '須磨区', '垂水区', '西区'];
const INTERESTS = ['食料支援', '子育てイベント', '手当・制度', '学習支援'];

const ATTRIBUTES = [
  {
    key: 'child_birth_month',
    label: '子どもの生年月',
    kind: 'year_month',
    choices: [] as string[],
    question: 'お子さんの生年月を教えてください。',
  },
  { key: 'ward', label: 'お住まいの区', kind: 'area', choices: KOBE_WARDS, question: 'お住まいの区を教えてください。' },
  {
    key: 'interests',
    label: '関心のあること',
    kind: 'multiple_choice',
    choices: INTERESTS,
    question: '関心のあることを選んでください（いくつでも）。',
  },
];

/** `YYYY-MM`, `monthsAgo` months before `today` (`YYYY-MM-DD`). */
function monthsBefore(today: string, monthsAgo: number): string {
  const total = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - monthsAgo;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/**
 * Kobe's family attributes (asked in the LINE survey) and answers for most of its demo families, once,
 * in Kobe's tenant transaction. Children's birth months count back from `today`, so that there are
 * always families with a child of 0–2 years, some of them in 中央区. Every fourth family has answered
 * nothing; a few carry tags.
 */
export async function seedDemoAudience(em: EntityManager, tenantId: string, today: string): Promise<boolean> {
  const [{ n }] = await em.execute<{ n: string }[]>('select count(*) as n from registrant_attribute');
  if (Number(n) > 0) return false;
  const now = new Date().toISOString();
  const ids: Record<string, string> = {};
  for (const [index, attribute] of ATTRIBUTES.entries()) {
    ids[attribute.key] = randomUUID();
    await em.execute(
      `insert into registrant_attribute (id, tenant_id, key, label, kind, choices, asked_in_survey, question, sort_order, created_at, updated_at)
       values (?, ?, ?, ?, ?, array(select jsonb_array_elements_text(?::jsonb)), true, ?, ?, ?, ?)`,
      [
        ids[attribute.key],
        tenantId,
        attribute.key,
        attribute.label,
        attribute.kind,
        JSON.stringify(attribute.choices),
        attribute.question,
        (index + 1) * 10,
        now,
        now,
      ],
    );
  }
  const families = await em.execute<{ id: string }[]>('select id from registrant order by created_at, id');
  const values: [string, string, string][] = [];
  const tags: [string, string[]][] = [];
  families.forEach(({ id }, i) => {
    if (i % 4 === 3) return;
    // 中央区 more often than the others: the demo's "0–2 years in 中央区" finds a handful.
    values.push([id, 'ward', i % 5 === 0 ? '中央区' : KOBE_WARDS[(i * 7) % KOBE_WARDS.length]]);
    values.push([id, 'child_birth_month', monthsBefore(today, (i * 7) % 150)]);
    if (i % 3 === 0) values.push([id, 'child_birth_month', monthsBefore(today, 40 + ((i * 13) % 100))]);
    values.push([id, 'interests', INTERESTS[i % INTERESTS.length]]);
    if (i % 2 === 0) values.push([id, 'interests', INTERESTS[(i + 1) % INTERESTS.length]]);
    const familyTags = [...(i % 11 === 0 ? ['ひとり親'] : []), ...(i % 3 === 0 && i % 6 === 0 ? ['多子世帯'] : [])];
    if (familyTags.length) tags.push([id, familyTags]);
  });
  if (values.length) {
    await em.execute(
      `insert into registrant_attribute_value (id, tenant_id, registrant_id, attribute_id, value, created_at)
       select gen_random_uuid(), ?, (v->>0)::uuid, (v->>1)::uuid, v->>2, ?
         from jsonb_array_elements(?::jsonb) v on conflict do nothing`,
      [tenantId, now, JSON.stringify(values.map(([registrant, key, value]) => [registrant, ids[key], value]))],
    );
  }
  for (const [id, familyTags] of tags) {
    await em.execute('update registrant set labels = array(select jsonb_array_elements_text(?::jsonb)) where id = ?', [
      JSON.stringify(familyTags),
      id,
    ]);
  }
  return true;
}
