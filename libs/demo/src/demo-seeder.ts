import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { PlatformDb, Tenant, TenantDb } from '@tsunagu/platform/database';
import { ChannelsService, LineChannel, WebhookService, Weekday } from '@tsunagu/channels';
import { CannedResponse } from '@tsunagu/conversations';
import { PartnerOrganization, PartnersService, PhoneType, ServiceCategoriesService } from '@tsunagu/partners';
import { followEvent, signature, textMessageEvent, webhookBody, type LineSandbox } from '@tsunagu/line-sandbox';
import { UsersService } from '@tsunagu/platform/auth';
import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { TenantsService } from '@tsunagu/tenants';
import { DEMO_PARTNER_USER_ORGANIZATION, DEMO_PARTNERS } from './demo-partners';
import { seedDemoSecondments } from './demo-secondments';
import { seedDemoAudience } from './demo-audience';
import { todayIn } from '@tsunagu/platform/calendar';
import { DemoActivity } from './demo-activity';
import { seedDemoCaseRecords } from './demo-case-records';
import { seedDemoProgrammes } from './demo-programmes';
import { seedDemoFoodRound } from './demo-food-rounds';
import { seedDemoKobeFoodDelivery } from './demo-food-kobe';
import { Keyring } from '@tsunagu/platform/crypto';
import { defaultReportSettings, ReportSettings } from '@tsunagu/reporting';

/** Where the demo Kobe's reports go (the dev outbox, in the demo). */
export const DEMO_REPORT_RECIPIENT = 'liaison@kobe.tsunagu.example';

/** The demo's LINE channel of Kobe: the simulator (`npm run line:simulate`) writes to it. */
/** Each demo city's LINE channel (Kobe's first: its families and report are seeded on it). */
export const DEMO_CHANNELS = [
  { tenant: 'kobe', name: 'ここならチャットKOBE', lineChannelId: '2000000001' },
  { tenant: 'yamagata', name: 'やまがた子育てLINE相談', lineChannelId: '2000000002' },
  { tenant: 'bunkyo', name: 'ぶんきょう子育てLINE相談', lineChannelId: '2000000003' },
] as const;

/**
 * The families of the demo's first conversations (what they wrote arrives through the webhook; their
 * names come from the LINE profile, which the embedded demo's sandbox answers with `displayName`).
 */
export const DEMO_FAMILIES = [
  {
    userId: `U${'1'.repeat(32)}`,
    displayName: 'さくらママ',
    text: '子育てのことで相談したいです。夜泣きがひどくて眠れません。',
  },
  { userId: `U${'2'.repeat(32)}`, displayName: 'たなか', text: '家賃が払えなくなりそうで、どこに相談すればいいですか' },
  { userId: `U${'3'.repeat(32)}`, displayName: 'ゆう', text: '発達のことで気になることがあります' },
  // A keyword (叩かれ) marks this one URGENT and notifies the counsellors.
  { userId: `U${'4'.repeat(32)}`, displayName: 'はる', text: '夫に叩かれることがあって、子どもも怖がっています' },
];

/** Kobe's counsellors start with a few canned responses; `{{name}}` becomes the family's LINE name. */
const DEMO_CANNED_RESPONSES = [
  {
    title: 'はじめのご挨拶',
    body: '{{name}}さん、ご相談ありがとうございます。相談員の者です。よろしければ、いまのご様子をもう少し教えていただけますか。',
  },
  {
    title: '折り返しのお願い',
    body: '{{name}}さん、お待たせしてすみません。担当の相談員に確認して、本日中にお返事します。',
  },
  {
    title: '緊急時の連絡先',
    body: '命の危険を感じるときは、すぐに110番（警察）・119番（救急）へ。子どもの虐待が心配なときは189（児童相談所虐待対応ダイヤル）にお電話ください。',
  },
];

/** The demo families' LINE profiles, as the sandbox the embedded demo runs answers them. */
export function giveDemoProfiles(sandbox: LineSandbox): void {
  for (const family of DEMO_FAMILIES) sandbox.profiles.set(family.userId, family.displayName);
}

/** The demo municipalities: real names and local government codes. */
export const DEMO_TENANTS = [
  { slug: 'kobe', nameJa: '神戸市', nameEn: 'Kobe City', localGovernmentCode: '281000', prefecture: '兵庫県' },
  { slug: 'yamagata', nameJa: '山形市', nameEn: 'Yamagata City', localGovernmentCode: '062014', prefecture: '山形県' },
  { slug: 'bunkyo', nameJa: '文京区', nameEn: 'Bunkyo City', localGovernmentCode: '131059', prefecture: '東京都' },
] as const;

export interface DemoLogin {
  email: string;
  role: string;
  tenant?: string;
  /** For PARTNER_USER: the name of the demo partner organisation the account works for. */
  partnerOrganization?: string;
  /** A tenant admin who also counsels (two memberships): reads case records, exports and erases families. */
  alsoCounsels?: boolean;
}

/** Every demo account, with the role it is seeded with. */
export function demoLogins(): DemoLogin[] {
  return [
    { email: 'platform@tsunagu.example', role: 'PLATFORM_ADMIN' },
    { email: 'npo@tsunagu.example', role: 'NPO_ADMIN' },
    ...DEMO_TENANTS.flatMap(({ slug }) => [
      { email: `admin@${slug}.tsunagu.example`, role: 'TENANT_ADMIN', tenant: slug },
      { email: `counselor@${slug}.tsunagu.example`, role: 'COUNSELOR', tenant: slug },
      { email: `viewer@${slug}.tsunagu.example`, role: 'MUNICIPAL_VIEWER', tenant: slug },
    ]),
    // A second counsellor, to watch one counsellor's changes reach another's inbox live.
    { email: 'counselor2@kobe.tsunagu.example', role: 'COUNSELOR', tenant: 'kobe' },
    // The programme office (事務局): composes broadcasts, which Kobe's admin approves.
    { email: 'coordinator@kobe.tsunagu.example', role: 'COORDINATOR', tenant: 'kobe' },
    // Bunkyo's food-delivery office: runs the rounds.
    { email: 'coordinator@bunkyo.tsunagu.example', role: 'COORDINATOR', tenant: 'bunkyo' },
    {
      email: 'partner@kobe.tsunagu.example',
      role: 'PARTNER_USER',
      tenant: 'kobe',
      partnerOrganization: DEMO_PARTNER_USER_ORGANIZATION,
    },
    // An admin who also counsels: answers families' disclosure and erasure requests.
    { email: 'records@kobe.tsunagu.example', role: 'TENANT_ADMIN', tenant: 'kobe', alsoCounsels: true },
  ];
}

const TENANT_ROLES: Record<string, TenantRole> = {
  TENANT_ADMIN: TenantRole.TENANT_ADMIN,
  COUNSELOR: TenantRole.COUNSELOR,
  COORDINATOR: TenantRole.COORDINATOR,
  MUNICIPAL_VIEWER: TenantRole.MUNICIPAL_VIEWER,
  PARTNER_USER: TenantRole.PARTNER_USER,
};

/**
 * Seeds the demo tenants and accounts. Idempotent: what exists is left alone. Never runs in
 * production.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly platformDb: PlatformDb,
    private readonly tenantDb: TenantDb,
    private readonly tenants: TenantsService,
    private readonly users: UsersService,
    private readonly channels: ChannelsService,
    private readonly webhook: WebhookService,
    private readonly partners: PartnersService,
    private readonly serviceCategories: ServiceCategoriesService,
    private readonly activity: DemoActivity,
  ) {}

  /** Kobe's directory of referral partners, once: each with a service, a location and a contact. */
  private async seedPartners(tenantIds: Map<string, string>): Promise<void> {
    const tenantId = tenantIds.get('kobe') as string;
    await this.tenantDb.withTenant(tenantId, async (em) => {
      if ((await em.count(PartnerOrganization, {})) > 0) return;
      const categories = await this.serviceCategories.list();
      for (const partner of DEMO_PARTNERS) {
        const organization = await this.partners.createOrganization({
          name: partner.name,
          description: partner.description,
          email: partner.email,
          website: partner.website,
          phones: [{ number: partner.phone, type: PhoneType.VOICE, description: '平日 9:00〜17:00' }],
        });
        const location = await this.partners.createLocation({ organizationId: organization.id, ...partner.location });
        const { categories: names, ...service } = partner.service;
        const created = await this.partners.createService({
          organizationId: organization.id,
          ...service,
          languages: ['ja'],
          categoryIds: categories.filter((c) => names.includes(c.name)).map((c) => c.id),
          locationIds: [location.id],
        });
        await this.partners.createContact({
          organizationId: organization.id,
          serviceId: created.id,
          ...partner.contact,
        });
      }
    });
  }

  /** The demo cities' LINE channels, and a few families writing to Kobe's through the real webhook path. */
  private async seedChannels(tenantIds: Map<string, string>): Promise<void> {
    for (const demo of DEMO_CHANNELS) {
      const tenantId = tenantIds.get(demo.tenant) as string;
      const exists = await this.tenantDb.withTenant(tenantId, (em) =>
        em.count(LineChannel, { lineChannelId: demo.lineChannelId }),
      );
      if (exists > 0) continue;
      await this.tenantDb.withTenant(tenantId, () =>
        this.channels.create({
          name: demo.name,
          lineChannelId: demo.lineChannelId,
          channelSecret: this.config.demoLineChannelSecret,
          channelAccessToken: `demo-access-token-${demo.lineChannelId}-for-the-line-sandbox`,
          welcomeMessage: '友だち追加ありがとうございます。子育てや暮らしのこと、なんでもご相談ください。',
          outOfHoursReply: 'ただいま受付時間外です。明日9時以降に相談員からお返事します。',
          businessHours: {
            closedOnPublicHolidays: true,
            weekly: (['MON', 'TUE', 'WED', 'THU', 'FRI'] as const).map((day) => ({
              day: Weekday[day],
              start: '09:00',
              end: '21:00',
            })),
          },
        }),
      );
      // The first families write to Kobe; the other cities' channels start empty.
      if (demo.tenant !== 'kobe') continue;
      const events = DEMO_FAMILIES.flatMap((family) => [
        followEvent(family.userId),
        textMessageEvent(family.userId, family.text),
      ]);
      const raw = JSON.stringify(webhookBody(events));
      await this.webhook.receive(
        demo.lineChannelId,
        Buffer.from(raw),
        signature(this.config.demoLineChannelSecret, raw),
        JSON.parse(raw),
      );
    }
  }

  /** Kobe's canned responses, once. */
  private async seedCannedResponses(tenantIds: Map<string, string>): Promise<void> {
    const tenantId = tenantIds.get('kobe') as string;
    await this.tenantDb.withTenant(tenantId, async (em) => {
      if ((await em.count(CannedResponse, {})) > 0) return;
      for (const response of DEMO_CANNED_RESPONSES) {
        em.create(CannedResponse, { tenant: em.getReference(Tenant, tenantId), ...response });
      }
      await em.flush();
    });
  }

  /** Kobe's FY2025 of invented activity, once: its channel, counsellor and partners must exist. */
  private async seedActivity(tenantIds: Map<string, string>): Promise<void> {
    const counsellor = await this.users.findByEmail('counselor@kobe.tsunagu.example');
    const partnerUser = await this.users.findByEmail('partner@kobe.tsunagu.example');
    if (!counsellor) return;
    await this.activity.seed(tenantIds.get('kobe') as string, DEMO_CHANNELS[0].lineChannelId, {
      counsellorId: counsellor.id,
      partnerUserId: partnerUser?.id ?? null,
    });
  }

  /** Kobe's assessment template and cases on its demo families, once: after the families exist. */
  private async seedCaseRecords(tenantIds: Map<string, string>): Promise<void> {
    const counsellor = await this.users.findByEmail('counselor@kobe.tsunagu.example');
    if (!counsellor) return;
    const kobe = tenantIds.get('kobe') as string;
    await this.tenantDb.withTenant(kobe, (em) => seedDemoCaseRecords(em, kobe, counsellor.id));
  }

  async isEmpty(): Promise<boolean> {
    const count = await this.platformDb.run('demo: is the database empty', (em) => em.count(Tenant, {}));
    return count === 0;
  }

  async seed(): Promise<void> {
    if (this.config.nodeEnv === 'production') throw new Error('The demo is never seeded in production');
    const tenantIds = new Map<string, string>();
    for (const demo of DEMO_TENANTS) {
      const existing = await this.platformDb.run('demo: find a tenant', (em) =>
        em.findOne(Tenant, { slug: demo.slug }),
      );
      const tenant = existing ?? (await this.tenants.createTenant({ ...demo }));
      if (!existing) {
        // Live before the rest of its setup below is seeded: the seed's own act, audited with this reason.
        await this.tenants.activateTenant(demo.slug, {
          reason: 'demo seed: the demo tenant goes live before its channels, partners and reports are seeded',
        });
        // The demo logins work without MFA; tenants created otherwise keep the default.
        await this.platformDb.run('demo: no MFA requirement for the demo tenants', async (em) => {
          const row = await em.findOneOrFail(Tenant, { id: tenant.id });
          row.mfaRequiredRoles = [];
          await em.flush();
        });
      }
      tenantIds.set(demo.slug, tenant.id);
    }
    // The directory first: the demo partner user is bound to one of its organisations.
    await this.seedPartners(tenantIds);
    for (const login of demoLogins()) {
      if (await this.users.findByEmail(login.email)) continue;
      const platformRoles =
        login.role === 'PLATFORM_ADMIN'
          ? [PlatformRole.PLATFORM_ADMIN]
          : login.role === 'NPO_ADMIN'
            ? [PlatformRole.NPO_ADMIN]
            : [];
      const user = await this.users.createUser({
        email: login.email,
        displayName: displayNameOf(login),
        password: this.config.demoPassword,
        platformRoles,
      });
      if (login.tenant) {
        const tenantId = tenantIds.get(login.tenant) as string;
        const partner = login.partnerOrganization
          ? await this.tenantDb.withTenant(tenantId, (em) =>
              em.findOneOrFail(PartnerOrganization, { name: login.partnerOrganization }),
            )
          : undefined;
        // The seed's own grant (counsellors included): no second approval, audited as the platform's act.
        await this.users.addMembership(
          user.id,
          tenantId,
          TENANT_ROLES[login.role],
          partner?.id,
          'demo seed: the demo accounts',
        );
        if (login.alsoCounsels) {
          await this.users.addMembership(
            user.id,
            tenantId,
            TenantRole.COUNSELOR,
            undefined,
            'demo seed: the demo accounts',
          );
        }
      }
    }
    await this.seedChannels(tenantIds);
    await this.seedCannedResponses(tenantIds);
    await this.seedActivity(tenantIds);
    await this.seedCaseRecords(tenantIds);
    await this.seedReportSettings(tenantIds);
    await this.seedAudience(tenantIds);
    await this.seedProgrammes(tenantIds);
    await this.seedFoodRound(tenantIds);
    await this.platformDb.run("demo: Kobe's secondments to the NPO", (em) => seedDemoSecondments(em, tenantIds));
    this.logger.log(
      'demo tenants, accounts, the Kobe LINE channel, its canned responses, its partner directory, its FY2025 of activity, its case records, its report settings, its family attributes and its secondments, and every city’s programmes and contracts are seeded',
    );
  }

  /** Each city's programmes with their FY2025 contracts and KPIs, once: after the channels and accounts. */
  private async seedProgrammes(tenantIds: Map<string, string>): Promise<void> {
    const userIds = new Map<string, string>();
    for (const login of demoLogins()) {
      const user = await this.users.findByEmail(login.email);
      if (user) userIds.set(login.email, user.id);
    }
    for (const [city, tenantId] of tenantIds) {
      await this.tenantDb.withTenant(tenantId, (em) => seedDemoProgrammes(em, tenantId, city, userIds));
    }
  }

  /** Bunkyo's and Kobe's food delivery, their households and rounds, once: after the programmes. */
  private async seedFoodRound(tenantIds: Map<string, string>): Promise<void> {
    const keyring = new Keyring(this.config.encryptionKeys);
    const staffOf = async (city: string) => {
      const coordinator = await this.users.findByEmail(`coordinator@${city}.tsunagu.example`);
      const counsellor = await this.users.findByEmail(`counselor@${city}.tsunagu.example`);
      return coordinator && counsellor ? { coordinatorId: coordinator.id, counsellorId: counsellor.id } : null;
    };
    const bunkyo = tenantIds.get('bunkyo');
    const bunkyoStaff = await staffOf('bunkyo');
    if (bunkyo && bunkyoStaff) {
      await this.tenantDb.withTenant(bunkyo, async (em) => {
        const tenant = await em.findOneOrFail(Tenant, { id: bunkyo });
        await seedDemoFoodRound(em, bunkyo, keyring, bunkyoStaff, todayIn(tenant.timezone));
      });
    }
    const kobe = tenantIds.get('kobe');
    const kobeStaff = await staffOf('kobe');
    if (kobe && kobeStaff) {
      await this.tenantDb.withTenant(kobe, (em) => seedDemoKobeFoodDelivery(em, kobe, keyring, kobeStaff));
    }
  }

  /** Kobe's family attributes (the LINE survey's questions) and its demo families' answers, once. */
  private async seedAudience(tenantIds: Map<string, string>): Promise<void> {
    const kobe = tenantIds.get('kobe') as string;
    await this.tenantDb.withTenant(kobe, async (em) => {
      const tenant = await em.findOneOrFail(Tenant, { id: kobe });
      await seedDemoAudience(em, kobe, todayIn(tenant.timezone));
    });
  }

  /** Kobe reports monthly (on the 5th) to its city liaison; once: a tenant's own changes are kept. */
  private async seedReportSettings(tenantIds: Map<string, string>): Promise<void> {
    const kobe = tenantIds.get('kobe') as string;
    await this.tenantDb.withTenant(kobe, async (em) => {
      if (await em.findOne(ReportSettings, { tenant: kobe })) return;
      em.create(ReportSettings, {
        tenant: em.getReference(Tenant, kobe),
        ...defaultReportSettings(),
        recipients: [DEMO_REPORT_RECIPIENT],
        scheduleDay: 5,
      });
      await em.flush();
    });
  }
}

function displayNameOf(login: DemoLogin): string {
  const tenant = DEMO_TENANTS.find((t) => t.slug === login.tenant);
  const role: Record<string, string> = {
    PLATFORM_ADMIN: 'プラットフォーム管理者',
    NPO_ADMIN: 'NPO管理者',
    TENANT_ADMIN: '管理者',
    COUNSELOR: '相談員',
    COORDINATOR: '事務局',
    MUNICIPAL_VIEWER: '市区町村担当',
    PARTNER_USER: '連携先',
  };
  if (login.partnerOrganization) return `${login.partnerOrganization} ${role[login.role]}`;
  if (login.alsoCounsels && tenant) return `${tenant.nameJa} ${role[login.role]}・${role.COUNSELOR}`;
  return tenant ? `${tenant.nameJa} ${role[login.role]}` : role[login.role];
}
