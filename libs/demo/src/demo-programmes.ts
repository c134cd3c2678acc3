import type { EntityManager } from '@mikro-orm/postgresql';
import { LineChannel } from '@tsunagu/channels';
import { Tenant } from '@tsunagu/platform/database';
import { ContractKpi, KpiKind, Programme, ProgrammeContract, ProgrammeKind } from '@tsunagu/programmes';

interface DemoKpi {
  kind: KpiKind;
  label: string;
  target: number;
  minutes?: number;
}

interface DemoProgramme {
  city: 'kobe' | 'yamagata' | 'bunkyo';
  name: string;
  kind: ProgrammeKind;
  description: string;
  startedOn: string;
  /** The city's demo LINE channel serves it (a food-delivery programme has none yet). */
  onChannel: boolean;
  /** Demo accounts who serve it. */
  staff: string[];
  contract: {
    title: string;
    department: string;
    contractNumber: string;
    amountYen: string;
    kpis: DemoKpi[];
  };
}

/**
 * The programmes each demo city commissions from the NPO (the real programmes; the contract numbers,
 * amounts and targets are invented), each with its FY2025 (令和7年度) contract. Kobe's consultation
 * targets are set for the demo's invented year of about 300 families.
 */
export const DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    city: 'kobe',
    name: 'ここならチャットKOBE',
    kind: ProgrammeKind.LINE_CONSULTATION,
    description: '子育てや暮らしの悩みをLINEで相談できる窓口。相談員が答え、必要な支援につなぎます。',
    startedOn: '2023-11-01',
    onChannel: true,
    staff: ['counselor@kobe.tsunagu.example', 'counselor2@kobe.tsunagu.example', 'coordinator@kobe.tsunagu.example'],
    contract: {
      title: '令和7年度 ここならチャットKOBE運営業務委託',
      department: '神戸市こども家庭局こども家庭支援課',
      contractNumber: '神こ家支第R7-0117号',
      amountYen: '18700000',
      kpis: [
        { kind: KpiKind.FAMILIES_REGISTERED, label: 'LINE登録家庭数（年度末）', target: 300 },
        { kind: KpiKind.CONSULTATIONS, label: '相談件数', target: 280 },
        { kind: KpiKind.ANSWERED_WITHIN_MINUTES, label: '30分以内の初回応答率', target: 80, minutes: 30 },
        { kind: KpiKind.REFERRALS, label: '関係機関へのつなぎ件数', target: 40 },
        { kind: KpiKind.BROADCASTS, label: 'プッシュ型情報配信の回数', target: 24 },
      ],
    },
  },
  {
    city: 'kobe',
    name: '神戸こども宅食',
    kind: ProgrammeKind.FOOD_DELIVERY,
    description: '子育て家庭に食品を届け、届ける機会に様子をうかがい、必要な支援につなぎます（年4回）。',
    startedOn: '2024-07-01',
    onChannel: false,
    staff: ['coordinator@kobe.tsunagu.example'],
    contract: {
      title: '令和7年度 神戸こども宅食事業業務委託',
      department: '神戸市こども家庭局こども未来課',
      contractNumber: '神こ未第R7-0052号',
      amountYen: '9800000',
      kpis: [{ kind: KpiKind.DELIVERIES, label: '配送世帯数（のべ、250世帯×4回）', target: 1000 }],
    },
  },
  {
    city: 'yamagata',
    name: 'おやこよりそいチャット山形',
    kind: ProgrammeKind.LINE_CONSULTATION,
    description: '山形市の子育て家庭のためのLINE相談。',
    startedOn: '2023-04-01',
    onChannel: true,
    staff: ['counselor@yamagata.tsunagu.example'],
    contract: {
      title: '令和7年度 おやこよりそいチャット山形運営業務委託',
      department: '山形市こども未来部こども家庭支援課',
      contractNumber: '山こ支R7-021',
      amountYen: '6600000',
      kpis: [
        { kind: KpiKind.NEW_REGISTRATIONS, label: '新規登録家庭数', target: 300 },
        { kind: KpiKind.CONSULTATIONS, label: '相談件数', target: 200 },
        { kind: KpiKind.ANSWERED_WITHIN_MINUTES, label: '60分以内の初回応答率', target: 90, minutes: 60 },
      ],
    },
  },
  {
    city: 'bunkyo',
    name: '文京区こども宅食',
    kind: ProgrammeKind.FOOD_DELIVERY,
    description: '経済的に厳しい子育て家庭に食品を定期的に届け、見守りと支援につなげる事業。',
    startedOn: '2017-10-01',
    onChannel: false,
    staff: ['coordinator@bunkyo.tsunagu.example', 'counselor@bunkyo.tsunagu.example'],
    contract: {
      title: '令和7年度 文京区こども宅食事業委託',
      department: '文京区子ども家庭部子育て支援課',
      contractNumber: '文子支R7-008',
      amountYen: '12400000',
      kpis: [{ kind: KpiKind.DELIVERIES, label: '配送件数（のべ）', target: 7200 }],
    },
  },
];

/** A city's demo programmes and their FY2025 contracts, once (a city's own edits are kept). */
export async function seedDemoProgrammes(
  em: EntityManager,
  tenantId: string,
  city: string,
  userIds: ReadonlyMap<string, string>,
): Promise<void> {
  if ((await em.count(Programme, { tenant: tenantId })) > 0) return;
  const channels = await em.find(LineChannel, { tenant: tenantId }, { orderBy: { createdAt: 'asc' } });
  const tenant = em.getReference(Tenant, tenantId);
  for (const demo of DEMO_PROGRAMMES.filter((p) => p.city === city)) {
    const programme = em.create(Programme, {
      tenant,
      name: demo.name,
      kind: demo.kind,
      description: demo.description,
      startedOn: demo.startedOn,
      channelIds: demo.onChannel ? channels.slice(0, 1).map((c) => c.id) : [],
      staffUserIds: demo.staff.flatMap((email) => (userIds.has(email) ? [userIds.get(email) as string] : [])),
    });
    const contract = em.create(ProgrammeContract, {
      tenant,
      programme,
      title: demo.contract.title,
      department: demo.contract.department,
      contractNumber: demo.contract.contractNumber,
      startsOn: '2025-04-01',
      endsOn: '2026-03-31',
      amountYen: demo.contract.amountYen,
    });
    demo.contract.kpis.forEach((kpi, i) =>
      em.create(ContractKpi, {
        tenant,
        contractId: contract.id,
        kind: kpi.kind,
        label: kpi.label,
        target: kpi.target,
        minutes: kpi.minutes ?? null,
        sortOrder: i,
      }),
    );
  }
  await em.flush();
}
