import type { EntityManager } from '@mikro-orm/postgresql';
import { LineChannel } from '@tsunagu/channels';
import { Tenant } from '@tsunagu/platform/database';
import {
  DEFAULT_LEGAL_BASIS,
  SecondedStaff,
  Secondment,
  SecondmentAssignment,
  SecondmentStatus,
  statusOn,
} from '@tsunagu/secondments';
import { todayIn } from '@tsunagu/platform/calendar';

/** The NPO that hosts seconded staff in the demo, and the department they work in. */
const HOST = { organization: 'NPO法人 つなぐデモ', department: 'みらいのつながりはぐくむ事業部' };

interface DemoAssignment {
  city: 'kobe' | 'yamagata' | 'bunkyo';
  programme: string;
  role: string;
  timeShare: number;
}

/**
 * Kobe's secondments to the NPO, as Kobe and the NPO have run them (FY2023 to FY2026, one person a
 * year). The people are invented; the programmes and return placements are the real ones. Each is
 * seeded with the status its dates give it on the day of seeding (statusOn): FY2025's ended on
 * 2026-03-31, so from FY2026 on it is completed.
 */
export const DEMO_SECONDMENTS: {
  staff: { name: string; nameKana: string; homeDepartment: string; jobTitle: string };
  fiscalYear: number;
  status: SecondmentStatus;
  returnDepartment: string | null;
  returnRole: string | null;
  assignments: DemoAssignment[];
}[] = [
  {
    staff: { name: '港 一郎', nameKana: 'みなと いちろう', homeDepartment: '福祉局', jobTitle: '主事' },
    fiscalYear: 2023,
    status: SecondmentStatus.COMPLETED,
    returnDepartment: '福祉局 ひきこもり支援室',
    returnRole: '主事',
    assignments: [{ city: 'yamagata', programme: 'おやこよりそいチャット山形', role: '相談員', timeShare: 100 }],
  },
  {
    staff: { name: '六甲 さくら', nameKana: 'ろっこう さくら', homeDepartment: 'こども家庭局', jobTitle: '主事' },
    fiscalYear: 2024,
    status: SecondmentStatus.COMPLETED,
    returnDepartment: 'こども家庭局 こども発達支援（本庁）',
    returnRole: '主事',
    assignments: [
      { city: 'yamagata', programme: 'おやこよりそいチャット山形', role: '相談員', timeShare: 60 },
      { city: 'bunkyo', programme: '文京区こども宅食', role: '配送・見守り', timeShare: 40 },
    ],
  },
  {
    staff: { name: '北野 翔', nameKana: 'きたの しょう', homeDepartment: 'こども家庭局', jobTitle: '主任' },
    fiscalYear: 2025,
    status: SecondmentStatus.ACTIVE,
    returnDepartment: null,
    returnRole: null,
    assignments: [
      { city: 'kobe', programme: 'ここならチャットKOBE', role: '相談員', timeShare: 40 },
      { city: 'yamagata', programme: 'おやこよりそいチャット山形', role: '相談員', timeShare: 20 },
      { city: 'bunkyo', programme: '文京区こども宅食', role: '配送・見守り', timeShare: 20 },
      { city: 'kobe', programme: '親子イベント', role: '企画・運営', timeShare: 20 },
    ],
  },
  {
    staff: { name: '元町 あおい', nameKana: 'もとまち あおい', homeDepartment: 'こども家庭局', jobTitle: '主事' },
    fiscalYear: 2026,
    status: SecondmentStatus.PLANNED,
    returnDepartment: null,
    returnRole: null,
    assignments: [
      { city: 'kobe', programme: 'ここならチャットKOBE', role: '相談員', timeShare: 60 },
      { city: 'bunkyo', programme: '文京区こども宅食', role: '配送・見守り', timeShare: 40 },
    ],
  },
];

/** On the platform path (the NPO's roster spans cities); once: nothing if Kobe has a secondment. */
export async function seedDemoSecondments(em: EntityManager, tenantIds: Map<string, string>): Promise<void> {
  const kobe = tenantIds.get('kobe') as string;
  if ((await em.count(Secondment, { tenant: kobe })) > 0) return;
  // A programme that is one of the city's LINE channels names it (ここならチャットKOBE).
  const channels = await em.find(LineChannel, {}, { fields: ['id', 'name', 'tenant'] });
  const channelOf = (cityTenantId: string, programme: string) =>
    channels.find((c) => c.tenant.id === cityTenantId && c.name === programme)?.id ?? null;
  const { timezone } = await em.findOneOrFail(Tenant, { id: kobe }, { fields: ['timezone'] });
  const today = todayIn(timezone);
  for (const demo of DEMO_SECONDMENTS) {
    const home = em.getReference(Tenant, kobe);
    const staff = em.create(SecondedStaff, { tenant: home, ...demo.staff });
    const startsOn = `${demo.fiscalYear}-04-01`;
    const endsOn = `${demo.fiscalYear + 1}-03-31`;
    const secondment = em.create(Secondment, {
      tenant: home,
      staffId: staff.id,
      hostOrganization: HOST.organization,
      hostDepartment: HOST.department,
      startsOn,
      endsOn,
      legalBasis: DEFAULT_LEGAL_BASIS,
      memorandumTitle: `研修派遣に関する覚書（${demo.fiscalYear}年度）`,
      memorandumSignedOn: `${demo.fiscalYear}-03-15`,
      status: statusOn({ status: demo.status, startsOn, endsOn }, today),
      mentorName: '事業部長',
      returnDepartment: demo.returnDepartment,
      returnRole: demo.returnRole,
      duties: 'LINE相談、こども宅食、イベントの企画運営を通じたハイブリッドソーシャルワークの研修',
    });
    for (const assignment of demo.assignments) {
      const cityTenantId = tenantIds.get(assignment.city) as string;
      em.create(SecondmentAssignment, {
        tenant: home,
        secondmentId: secondment.id,
        cityTenantId,
        programme: assignment.programme,
        lineChannelId: channelOf(cityTenantId, assignment.programme),
        role: assignment.role,
        timeShare: assignment.timeShare,
        startsOn,
        endsOn,
      });
    }
  }
  await em.flush();
}
