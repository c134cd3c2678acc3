import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tsunagu/platform/config';
import { PlatformDb, Tenant } from '@tsunagu/platform/database';
import { UsersService } from '@tsunagu/platform/auth';
import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { TenantsService } from '@tsunagu/tenants';

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
  ];
}

const TENANT_ROLES: Record<string, TenantRole> = {
  TENANT_ADMIN: TenantRole.TENANT_ADMIN,
  COUNSELOR: TenantRole.COUNSELOR,
  MUNICIPAL_VIEWER: TenantRole.MUNICIPAL_VIEWER,
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
    private readonly tenants: TenantsService,
    private readonly users: UsersService,
  ) {}

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
        await this.tenants.activateTenant(demo.slug);
        // The demo logins work without MFA; tenants created otherwise keep the default.
        await this.platformDb.run('demo: no MFA requirement for the demo tenants', async (em) => {
          const row = await em.findOneOrFail(Tenant, { id: tenant.id });
          row.mfaRequiredRoles = [];
          await em.flush();
        });
      }
      tenantIds.set(demo.slug, tenant.id);
    }
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
        await this.users.addMembership(user.id, tenantIds.get(login.tenant) as string, TENANT_ROLES[login.role]);
      }
    }
    this.logger.log('demo tenants and accounts are seeded');
  }
}

function displayNameOf(login: DemoLogin): string {
  const tenant = DEMO_TENANTS.find((t) => t.slug === login.tenant);
  const role: Record<string, string> = {
    PLATFORM_ADMIN: 'プラットフォーム管理者',
    NPO_ADMIN: 'NPO管理者',
    TENANT_ADMIN: '管理者',
    COUNSELOR: '相談員',
    MUNICIPAL_VIEWER: '市区町村担当',
  };
  return tenant ? `${tenant.nameJa} ${role[login.role]}` : role[login.role];
}
