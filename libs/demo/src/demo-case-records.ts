import type { EntityManager } from '@mikro-orm/postgresql';
import { Tenant } from '@tsunagu/platform/database';
import { todayIn } from '@tsunagu/platform/calendar';
import {
  AssessmentTemplate,
  AssessmentTemplateVersion,
  CaseAssessment,
  CaseRecord,
  CaseRecordChange,
  CaseStatus,
  checkValues,
  FieldKind,
  searchableText,
  type FieldDefinition,
  type TemplateDefinition,
} from '@tsunagu/case-records';

export const DEMO_TEMPLATE_NAME = '子ども・家庭アセスメントシート';

const f = (key: string, label: string, kind: FieldKind, extra: Partial<FieldDefinition> = {}): FieldDefinition => ({
  key,
  label,
  kind,
  required: false,
  reportable: false,
  help: null,
  ...extra,
});

const choices = (...labels: string[]) => labels.map((label, i) => ({ value: `c${i + 1}`, label }));

/** Kobe's child-and-family assessment sheet, as its counsellors keep it. */
export const DEMO_TEMPLATE: TemplateDefinition = {
  sections: [
    {
      key: 'family',
      title: '家族構成',
      fields: [
        f('familyMembers', '家族構成', FieldKind.TABLE, {
          help: '同居・別居を問わず、支援に関わる家族を記入します。',
          columns: [
            f('relation', '続柄', FieldKind.SHORT_TEXT, { required: true }),
            f('birthYearMonth', '生年月', FieldKind.YEAR_MONTH),
            f('livingTogether', '同居', FieldKind.YES_NO),
            f('notes', '備考', FieldKind.SHORT_TEXT),
          ],
        }),
        f('householdSize', '世帯人数', FieldKind.NUMBER, { reportable: true }),
      ],
    },
    {
      key: 'complaint',
      title: '主訴',
      fields: [
        f('mainComplaint', '主訴', FieldKind.LONG_TEXT, { required: true, help: '相談者自身の言葉で記録します。' }),
        f('route', '相談経路', FieldKind.SINGLE_CHOICE, {
          reportable: true,
          choices: choices('LINE', '電話', '来所', '関係機関から'),
        }),
      ],
    },
    {
      key: 'economy',
      title: '経済状況',
      fields: [
        f('income', '主な収入', FieldKind.MULTIPLE_CHOICE, {
          reportable: true,
          choices: choices('就労収入', '児童扶養手当', '生活保護', '年金', 'その他'),
        }),
        f('arrears', '滞納・借金', FieldKind.YES_NO, { reportable: true }),
        f('economicNotes', '経済状況の詳細', FieldKind.LONG_TEXT),
      ],
    },
    {
      key: 'parenting',
      title: '養育状況',
      fields: [
        f('school', '就学・就園', FieldKind.SINGLE_CHOICE, {
          choices: choices('未就学', '保育所・幼稚園', '登校', '不登校傾向', '不登校'),
        }),
        f('parentingNotes', '養育状況', FieldKind.LONG_TEXT),
      ],
    },
    {
      key: 'health',
      title: '健康・発達',
      fields: [
        f('lastCheckup', '最終健診日', FieldKind.DATE),
        f('certificate', '障害者手帳・受給者証', FieldKind.YES_NO),
        f('healthNotes', '健康・発達の状況', FieldKind.LONG_TEXT),
      ],
    },
    {
      key: 'risk',
      title: 'リスク評価',
      fields: [
        f('abuseRisk', '虐待', FieldKind.RISK_SCALE, {
          required: true,
          reportable: true,
          help: '0 なし ／ 1 低 ／ 2 中 ／ 3 高（3は児童相談所への通告を検討）',
        }),
        f('povertyRisk', '生活困窮', FieldKind.RISK_SCALE, { reportable: true }),
        f('isolationRisk', '孤立', FieldKind.RISK_SCALE, { reportable: true }),
        f('riskNotes', 'リスクの根拠', FieldKind.LONG_TEXT),
      ],
    },
    {
      key: 'plan',
      title: '支援方針',
      fields: [
        f('supportPlan', '支援方針', FieldKind.LONG_TEXT, { required: true }),
        f('agreed', '相談者と合意したこと', FieldKind.SHORT_TEXT),
      ],
    },
    // No 次回確認日 of its own: the case's review date (above the assessments) is the one a counsellor
    // sets, is reminded of and filters the list by; a second date in the sheet would disagree with it.
  ],
};

interface Situation {
  complaint: string;
  economicNotes: string;
  parentingNotes: string;
  healthNotes: string;
  plan: string;
  agreed: string;
  risks: [number, number, number];
  income: string[];
  school: string;
}

const SITUATIONS: Situation[] = [
  {
    complaint: '夜泣きが続き、母親が眠れていない。相談できる家族が近くにいない。',
    economicNotes: '父の就労収入のみ。',
    parentingNotes: '母が一人で育児。父は帰宅が遅い。',
    healthNotes: '子は1歳6か月健診で指摘なし。',
    plan: '保健師の家庭訪問につなぐ。2週間後にLINEで様子を確認。',
    agreed: '保健センターへの連絡に同意',
    risks: [1, 0, 2],
    income: ['c1'],
    school: 'c1',
  },
  {
    complaint: '家賃を2か月滞納しており、退去を求められている。',
    economicNotes: '児童扶養手当とパート収入。家賃滞納2か月。',
    parentingNotes: 'ひとり親。子2人は登校している。',
    healthNotes: '特記なし。',
    plan: '生活困窮者自立支援窓口と住居確保給付金の申請を案内。フードバンクにつなぐ。',
    agreed: '自立支援窓口への同行を希望',
    risks: [0, 3, 1],
    income: ['c1', 'c2'],
    school: 'c3',
  },
  {
    complaint: '子どもの発達が気になる。ことばが遅いと言われた。',
    economicNotes: '共働き。',
    parentingNotes: '保育所に通所。',
    healthNotes: '3歳児健診でことばの遅れを指摘。',
    plan: 'こども家庭センターの発達相談を案内。受診結果を次回確認。',
    agreed: '発達相談の予約を取る',
    risks: [0, 0, 1],
    income: ['c1'],
    school: 'c2',
  },
  {
    complaint: '夫からの暴力（DV）があり、子どもも怖がっている。虐待の心配もある。',
    economicNotes: '夫の収入に依存。本人名義の口座なし。',
    parentingNotes: '子は小学生。夜間に大声を聞いて眠れないことがある。',
    healthNotes: '母に不眠。',
    plan: '配偶者暴力相談支援センターと連携。安全計画を一緒に作る。児童相談所と情報共有を検討。',
    agreed: '安全な連絡時間帯を決めた',
    risks: [3, 2, 2],
    income: ['c5'],
    school: 'c3',
  },
  {
    complaint: '中学生の子が学校に行けていない。昼夜逆転している。',
    economicNotes: '母の就労収入。',
    parentingNotes: '不登校が3か月続く。母は仕事で日中不在。',
    healthNotes: '子に頭痛の訴え。',
    plan: 'スクールソーシャルワーカーと連携。居場所支援の情報を送る。',
    agreed: '居場所の見学を検討',
    risks: [1, 1, 2],
    income: ['c1'],
    school: 'c5',
  },
  {
    complaint: '食費が足りず、月末は子どもに十分な食事を用意できない。',
    economicNotes: '生活保護を受給。月末に食料が不足。',
    parentingNotes: '子3人。長子が下の子の世話をしている。',
    healthNotes: '特記なし。',
    plan: 'こども宅食の対象に登録。ケースワーカーと連携。',
    agreed: '宅食の受け取りに同意',
    risks: [1, 2, 1],
    income: ['c3'],
    school: 'c3',
  },
];

const RELATIONS: [string, number][][] = [
  [
    ['母', 1991],
    ['長男', 2024],
  ],
  [
    ['母', 1986],
    ['長女', 2014],
    ['次男', 2017],
  ],
  [
    ['父', 1988],
    ['母', 1990],
    ['長男', 2022],
  ],
  [
    ['母', 1989],
    ['長女', 2016],
  ],
  [
    ['母', 1980],
    ['長男', 2011],
  ],
  [
    ['母', 1985],
    ['長女', 2012],
    ['長男', 2015],
    ['次女', 2019],
  ],
];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Kobe's assessment template and three dozen cases on its demo families (the oldest families of its
 * year of activity: the newest, who write first in the inbox, have none yet, so a counsellor can
 * open one). Once: nothing is written when the template exists.
 */
export async function seedDemoCaseRecords(em: EntityManager, tenantId: string, counsellorId: string): Promise<number> {
  if ((await em.count(AssessmentTemplate, { name: DEMO_TEMPLATE_NAME })) > 0) return 0;
  const tenant = em.getReference(Tenant, tenantId);
  const template = em.create(AssessmentTemplate, { tenant, name: DEMO_TEMPLATE_NAME });
  const version = em.create(AssessmentTemplateVersion, {
    tenant,
    template: template.id,
    version: 1,
    definition: DEMO_TEMPLATE,
    publishedAt: new Date(),
    publishedById: counsellorId,
  });
  const families = await em.execute<{ id: string }[]>(
    `select r.id from registrant r where r.status = 'active'
       and exists (select 1 from conversation c where c.registrant_id = r.id)
     order by r.first_contact_at, r.id limit 36`,
  );
  const today = todayIn((await em.findOneOrFail(Tenant, { id: tenantId })).timezone);
  families.forEach((family, i) => {
    const s = SITUATIONS[i % SITUATIONS.length];
    const members = RELATIONS[i % RELATIONS.length];
    const nextReviewOn = addDays(today, (i % 9) - 2);
    const checked = checkValues(DEMO_TEMPLATE, {
      familyMembers: members.map(([relation, year], m) => ({
        relation,
        birthYearMonth: `${year}-${String(((i + m) % 12) + 1).padStart(2, '0')}`,
        livingTogether: true,
      })),
      householdSize: members.length,
      mainComplaint: s.complaint,
      route: 'c1',
      income: s.income,
      arrears: s.risks[1] >= 2,
      economicNotes: s.economicNotes,
      school: s.school,
      parentingNotes: s.parentingNotes,
      healthNotes: s.healthNotes,
      abuseRisk: s.risks[0],
      povertyRisk: s.risks[1],
      isolationRisk: s.risks[2],
      supportPlan: s.plan,
      agreed: s.agreed,
    });
    if (checked.errors.length > 0) throw new Error(`demo assessment does not fit: ${JSON.stringify(checked.errors)}`);
    const risk = Math.max(...s.risks);
    const status = i % 7 === 6 ? CaseStatus.CLOSED : i % 3 === 2 ? CaseStatus.MONITORING : CaseStatus.OPEN;
    const at = new Date(Date.now() - (36 - i) * 86_400_000);
    const record = em.create(CaseRecord, {
      tenant,
      registrantId: family.id,
      status,
      responsibleUserId: counsellorId,
      risk,
      nextReviewOn: status === CaseStatus.CLOSED ? null : nextReviewOn,
      searchText: searchableText(DEMO_TEMPLATE, checked.values),
      createdById: counsellorId,
      createdAt: at,
      updatedAt: at,
    });
    const assessment = em.create(CaseAssessment, {
      tenant,
      caseRecord: record.id,
      templateVersion: version.id,
      values: checked.values,
      createdById: counsellorId,
      createdAt: at,
      updatedAt: at,
    });
    for (const [field, after, assessmentId] of [
      ['status', CaseStatus.OPEN, null],
      ['assessment', { templateVersionId: version.id, version: 1 }, assessment.id],
      ['risk', risk, null],
    ] as const) {
      em.create(CaseRecordChange, {
        tenant,
        caseRecord: record.id,
        assessment: assessmentId,
        field,
        before: null,
        after,
        actorId: counsellorId,
        changedAt: at,
      });
    }
  });
  await em.flush();
  return families.length;
}
