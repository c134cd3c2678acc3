import { User, UsersService, UserStatus } from '@tsunagu/platform/auth';
import { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { PlatformDb, Tenant } from '@tsunagu/platform/database';
import { randomLocalGovernmentCode, uniqueSlug } from '@tsunagu/platform/testing';
import { createLineChannel, ownerQuery } from './support/line';
import { errorCodes, TestApp, type TestUser } from './support/test-app';

const CREATE_TENANT = `mutation CreateTenant($input: CreateTenantInput!) {
  createTenant(input: $input) { id slug nameJa status timezone fiscalYearStartMonth localGovernmentCode }
}`;
const TENANTS = '{ tenants { slug status } }';

describe('tenant onboarding over GraphQL', () => {
  let t: TestApp;
  let platformAdmin: TestUser;
  let kobe: Tenant;
  let yamagata: Tenant;
  let kobeCounselor: TestUser;
  let kobeAdmin: TestUser;
  let yamagataAdmin: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    platformAdmin = await t.newUser({ platformRoles: [PlatformRole.PLATFORM_ADMIN] });
    kobe = await t.newTenant({ nameJa: '神戸市テスト' });
    yamagata = await t.newTenant({ nameJa: '山形市テスト' });
    kobeCounselor = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
    kobeAdmin = await t.newUser({ tenant: kobe, role: TenantRole.TENANT_ADMIN });
    yamagataAdmin = await t.newUser({ tenant: yamagata, role: TenantRole.TENANT_ADMIN });
  });

  afterAll(async () => {
    await t.close();
  });

  const newTenantInput = (overrides: Record<string, unknown> = {}) => ({
    slug: uniqueSlug('city'),
    nameJa: '尼崎市',
    nameEn: 'Amagasaki City',
    localGovernmentCode: '282022',
    prefecture: '兵庫県',
    ...overrides,
  });

  describe('authentication', () => {
    it('answers UNAUTHENTICATED to an operation without a token', async () => {
      const res = await t.graphql('{ tenant { slug } }');
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.data).toEqual({ tenant: null });
    });

    it('answers UNAUTHENTICATED to a forged token', async () => {
      const [header, payload] = kobeCounselor.token.split('.');
      const res = await t.graphql('{ me { id } }', {}, { token: `${header}.${payload}.forged-signature` });
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    });

    it('refuses a wrong password and an unknown email with the same answer', async () => {
      const login = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
      const wrong = await t.graphql(login, { input: { email: kobeCounselor.email, password: 'not the password' } });
      const unknown = await t.graphql(login, { input: { email: 'nobody@example.test', password: 'not the password' } });
      expect(errorCodes(wrong)).toEqual(['UNAUTHENTICATED']);
      expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
      expect(unknown.errors?.[0].extensions?.reason).toBe(wrong.errors?.[0].extensions?.reason);
    });

    it('returns the signed-in user with their memberships', async () => {
      const res = await t.graphql<{
        me: {
          email: string;
          platformRoles: string[];
          memberships: { role: string; tenant: { slug: string; nameJa: string } }[];
        };
      }>(
        '{ me { id email displayName platformRoles memberships { id role tenant { slug nameJa } } } }',
        {},
        { token: kobeCounselor.token },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.me).toMatchObject({
        email: kobeCounselor.email,
        platformRoles: [],
        memberships: [{ role: 'COUNSELOR', tenant: { slug: kobe.slug, nameJa: '神戸市テスト' } }],
      });
    });

    it('takes a deactivated account out at its next request, before the token expires', async () => {
      const user = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
      expect(errorCodes(await t.graphql('{ tenant { slug } }', {}, { token: user.token }))).toEqual([]);
      await t.app.get(PlatformDb).run('test: deactivate', async (em) => {
        const row = await em.findOneOrFail(User, { id: user.id });
        row.status = UserStatus.DEACTIVATED;
        await em.flush();
      });
      expect(errorCodes(await t.graphql('{ tenant { slug } }', {}, { token: user.token }))).toEqual([
        'UNAUTHENTICATED',
      ]);
    });
  });

  describe('choosing the tenant of a request', () => {
    it('gives a user with one membership that tenant without a header', async () => {
      const res = await t.graphql<{ tenant: { slug: string } }>(
        '{ tenant { slug } }',
        {},
        { token: kobeCounselor.token },
      );
      expect(res.data?.tenant.slug).toBe(kobe.slug);
    });

    it('answers FORBIDDEN to a Kobe counsellor asking with X-Tenant of Yamagata', async () => {
      const res = await t.graphql(
        '{ tenant { slug nameJa } }',
        {},
        { token: kobeCounselor.token, tenant: yamagata.slug },
      );
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(res.data)).not.toContain(yamagata.slug);
    });

    it('answers the same FORBIDDEN for a tenant that does not exist', async () => {
      const res = await t.graphql('{ tenant { slug } }', {}, { token: kobeCounselor.token, tenant: 'no-such-city' });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_MEMBER' });
    });

    it('asks a user with memberships in two tenants to choose one', async () => {
      const both = await t.newUser({ tenant: kobe, role: TenantRole.COUNSELOR });
      await t.app.get(UsersService).addMembership(both.id, yamagata.id, TenantRole.COUNSELOR);
      const without = await t.graphql('{ tenant { slug } }', {}, { token: both.token });
      expect(without.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TENANT_REQUIRED' });
      const chosen = await t.graphql<{ tenant: { slug: string } }>(
        '{ tenant { slug } }',
        {},
        { token: both.token, tenant: yamagata.slug },
      );
      expect(chosen.data?.tenant.slug).toBe(yamagata.slug);
    });

    it('refuses a request mixing platform and tenant operations, and keeps serving the next ones', async () => {
      for (const query of ['{ tenants { slug } tenant { slug } }', '{ tenant { slug } tenants { slug } }']) {
        const res = await t.graphql(query, {}, { token: platformAdmin.token, tenant: kobe.slug });
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MIXED_SCOPES' });
      }
      const next = await t.graphql<{ tenant: { slug: string }; me: { id: string } }>(
        '{ me { id } tenant { slug } }',
        {},
        {
          token: platformAdmin.token,
          tenant: kobe.slug,
        },
      );
      expect(next.data?.tenant.slug).toBe(kobe.slug);
    });

    it('lets a platform admin act in a tenant only with the permissions of the platform role', async () => {
      const read = await t.graphql<{ tenant: { slug: string } }>(
        '{ tenant { slug } }',
        {},
        { token: platformAdmin.token, tenant: kobe.slug },
      );
      expect(read.data?.tenant.slug).toBe(kobe.slug);
      const write = await t.graphql(
        'mutation { updateTenantSettings(input: { nameEn: "Hijacked" }) { nameEn } }',
        {},
        { token: platformAdmin.token, tenant: kobe.slug },
      );
      expect(errorCodes(write)).toEqual(['FORBIDDEN']);
    });
  });

  describe('tenant', () => {
    it('does not return the tenant of another tenant', async () => {
      const res = await t.graphql<{ tenant: { id: string; slug: string } }>(
        '{ tenant { id slug } }',
        {},
        { token: yamagataAdmin.token },
      );
      expect(res.data?.tenant).toEqual({ id: yamagata.id, slug: yamagata.slug });
    });
  });

  describe('createTenant', () => {
    it('creates a tenant in ONBOARDING with the default timezone and fiscal year', async () => {
      const input = newTenantInput({ localGovernmentCode: '282031' });
      const res = await t.graphql<{ createTenant: Record<string, unknown> }>(
        CREATE_TENANT,
        { input },
        { token: platformAdmin.token },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.createTenant).toMatchObject({
        slug: input.slug,
        status: 'ONBOARDING',
        timezone: 'Asia/Tokyo',
        fiscalYearStartMonth: 4,
        localGovernmentCode: '282031',
      });
      const list = await t.graphql<{ tenants: { slug: string; status: string }[] }>(
        TENANTS,
        {},
        { token: platformAdmin.token },
      );
      expect(list.data?.tenants).toContainEqual({ slug: input.slug, status: 'ONBOARDING' });
    });

    it('refuses a local government code with a wrong check digit and creates nothing', async () => {
      const input = newTenantInput({ localGovernmentCode: '281001' });
      const res = await t.graphql(CREATE_TENANT, { input }, { token: platformAdmin.token });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0].extensions?.fieldErrors?.map((f) => f.field)).toEqual(['localGovernmentCode']);
      const list = await t.graphql<{ tenants: { slug: string }[] }>(TENANTS, {}, { token: platformAdmin.token });
      expect(list.data?.tenants.map((x) => x.slug)).not.toContain(input.slug);
    });

    it('names every invalid field at once', async () => {
      const input = newTenantInput({
        slug: 'Not A Slug',
        prefecture: 'Hyogo',
        timezone: 'Mars/Olympus',
        fiscalYearStartMonth: 13,
      });
      const res = await t.graphql(CREATE_TENANT, { input }, { token: platformAdmin.token });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0].extensions?.fieldErrors?.map((f) => f.field).sort()).toEqual([
        'fiscalYearStartMonth',
        'prefecture',
        'slug',
        'timezone',
      ]);
    });

    it('answers CONFLICT to a slug that is taken', async () => {
      const res = await t.graphql(
        CREATE_TENANT,
        { input: newTenantInput({ slug: kobe.slug, localGovernmentCode: '282049' }) },
        { token: platformAdmin.token },
      );
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TENANT_SLUG_TAKEN' });
    });

    it('answers CONFLICT to a local government code that is taken', async () => {
      const res = await t.graphql(
        CREATE_TENANT,
        { input: newTenantInput({ localGovernmentCode: kobe.localGovernmentCode }) },
        { token: platformAdmin.token },
      );
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LOCAL_GOVERNMENT_CODE_TAKEN' });
    });

    it('is refused to a tenant admin', async () => {
      const res = await t.graphql(
        CREATE_TENANT,
        { input: newTenantInput({ localGovernmentCode: '282057' }) },
        { token: kobeAdmin.token },
      );
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    });

    it('refuses fields that the input does not declare', async () => {
      const res = await t.graphql(
        CREATE_TENANT,
        { input: { ...newTenantInput(), status: 'ACTIVE' } },
        { token: platformAdmin.token },
      );
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('tenants', () => {
    it('lists every tenant to a platform admin and to nobody else', async () => {
      const admin = await t.graphql<{ tenants: { slug: string }[] }>(TENANTS, {}, { token: platformAdmin.token });
      expect(admin.data?.tenants.map((x) => x.slug)).toEqual(expect.arrayContaining([kobe.slug, yamagata.slug]));
      const npo = await t.newUser({ platformRoles: [PlatformRole.NPO_ADMIN] });
      for (const token of [kobeAdmin.token, kobeCounselor.token, npo.token]) {
        expect(errorCodes(await t.graphql(TENANTS, {}, { token }))).toEqual(['FORBIDDEN']);
      }
    });
  });

  describe('activateTenant', () => {
    const ACTIVATE = 'mutation($input: ActivateTenantInput!) { activateTenant(input: $input) { status } }';
    const REASON = '市の要望で、チャネル設定の完了前に受付を開始する（覚書 2026-12-01）';

    const onboardingTenant = async (code: string) => {
      const input = newTenantInput({ localGovernmentCode: code });
      const created = await t.graphql<{ createTenant: { id: string } }>(
        CREATE_TENANT,
        { input },
        { token: platformAdmin.token },
      );
      return { slug: input.slug as string, id: created.data!.createTenant.id };
    };
    const statusOf = async (slug: string) => {
      const list = await t.graphql<{ tenants: { slug: string; status: string }[] }>(
        TENANTS,
        {},
        { token: platformAdmin.token },
      );
      return list.data?.tenants.find((x) => x.slug === slug)?.status;
    };
    const activations = (tenantId: string) =>
      ownerQuery<{ actor_user_id: string; details: Record<string, string> }>(
        `select actor_user_id, details from audit_event where tenant_id is null and action = 'tenant.activated' and target_id = $1`,
        [tenantId],
      );

    it('is refused while the onboarding checklist is incomplete, naming the open items', async () => {
      const { slug, id } = await onboardingTenant(randomLocalGovernmentCode());
      const res = await t.graphql(ACTIVATE, { input: { slug } }, { token: platformAdmin.token });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ONBOARDING_INCOMPLETE' });
      expect(res.errors?.[0].extensions?.fieldErrors?.map((f) => f.field)).toEqual(['reason']);
      expect(res.errors?.[0].message).toContain('channels, partners, roster, reporting');
      expect(await statusOf(slug)).toBe('ONBOARDING');
      expect(await activations(id)).toEqual([]);
    });

    it("puts an incomplete tenant in service with the platform admin's reason, audited with the open items", async () => {
      const { slug, id } = await onboardingTenant(randomLocalGovernmentCode());
      const short = await t.graphql(ACTIVATE, { input: { slug, reason: '急ぎ' } }, { token: platformAdmin.token });
      expect(short.errors?.[0].extensions?.fieldErrors?.map((f) => f.field)).toEqual(['reason']);
      const res = await t.graphql<{ activateTenant: { status: string } }>(
        ACTIVATE,
        { input: { slug, reason: REASON } },
        { token: platformAdmin.token },
      );
      expect(res.data?.activateTenant.status).toBe('ACTIVE');
      expect(await activations(id)).toEqual([
        {
          actor_user_id: platformAdmin.id,
          details: { slug, onboardingIncomplete: 'channels,partners,roster,reporting', reason: REASON },
        },
      ]);
    });

    it('puts a tenant whose checklist is complete in service without a reason', async () => {
      const { slug, id } = await onboardingTenant(randomLocalGovernmentCode());
      const tenant = await t.app.get(PlatformDb).run('test: the new tenant, without MFA', async (em) => {
        const row = await em.findOneOrFail(Tenant, { id });
        row.mfaRequiredRoles = [];
        await em.flush();
        return row;
      });
      const admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
      const as = { token: admin.token };
      await createLineChannel(t, admin.token);
      const organization = await t.graphql<{ createPartnerOrganization: { id: string } }>(
        'mutation($input: CreatePartnerOrganizationInput!) { createPartnerOrganization(input: $input) { id } }',
        { input: { name: '子育て支援センター' } },
        as,
      );
      await t.graphql(
        'mutation($input: CreatePartnerServiceInput!) { createPartnerService(input: $input) { id } }',
        { input: { organizationId: organization.data!.createPartnerOrganization.id, name: '子育て相談' } },
        as,
      );
      await t.graphql('mutation { markRosterReviewed }', {}, as);
      await t.graphql(
        'mutation($input: UpdateReportSettingsInput!) { updateReportSettings(input: $input) { recipients } }',
        { input: { recipients: ['kodomo@city.example.jp'] } },
        as,
      );
      const checklist = await t.graphql<{ onboardingChecklist: { complete: boolean } }>(
        '{ onboardingChecklist { complete } }',
        {},
        as,
      );
      expect(checklist.data?.onboardingChecklist.complete).toBe(true);
      const res = await t.graphql<{ activateTenant: { status: string } }>(
        ACTIVATE,
        { input: { slug } },
        { token: platformAdmin.token },
      );
      expect(res.data?.activateTenant.status).toBe('ACTIVE');
      expect((await activations(id)).map((a) => a.details)).toEqual([{ slug }]);
    });

    it('answers NOT_FOUND for an unknown slug', async () => {
      const res = await t.graphql(
        'mutation { activateTenant(input: { slug: "no-such-city" }) { status } }',
        {},
        { token: platformAdmin.token },
      );
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    });
  });

  describe('updateTenantSettings', () => {
    const UPDATE =
      'mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { slug nameEn fiscalYearStartMonth timezone } }';

    it("changes the settings of the admin's own tenant only", async () => {
      const res = await t.graphql<{ updateTenantSettings: Record<string, unknown> }>(
        UPDATE,
        { input: { nameEn: 'Kobe (test)', fiscalYearStartMonth: 1 } },
        { token: kobeAdmin.token },
      );
      expect(res.data?.updateTenantSettings).toMatchObject({
        slug: kobe.slug,
        nameEn: 'Kobe (test)',
        fiscalYearStartMonth: 1,
      });
      const other = await t.graphql<{ tenant: { nameEn: string } }>(
        '{ tenant { nameEn } }',
        {},
        { token: yamagataAdmin.token },
      );
      expect(other.data?.tenant.nameEn).not.toBe('Kobe (test)');
    });

    it('refuses an unknown time zone and changes nothing', async () => {
      const res = await t.graphql(
        UPDATE,
        { input: { nameEn: 'Changed', timezone: 'Asia/Atlantis' } },
        { token: kobeAdmin.token },
      );
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      const after = await t.graphql<{ tenant: { nameEn: string; timezone: string } }>(
        '{ tenant { nameEn timezone } }',
        {},
        { token: kobeAdmin.token },
      );
      expect(after.data?.tenant.nameEn).not.toBe('Changed');
      expect(after.data?.tenant.timezone).toBe('Asia/Tokyo');
    });

    it('writes nothing of a request whose later mutation fails', async () => {
      const res = await t.graphql(
        `mutation {
          first: updateTenantSettings(input: { nameEn: "Half written" }) { nameEn }
          second: updateTenantSettings(input: { timezone: "Asia/Atlantis" }) { nameEn }
        }`,
        {},
        { token: kobeAdmin.token },
      );
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      const after = await t.graphql<{ tenant: { nameEn: string } }>(
        '{ tenant { nameEn } }',
        {},
        { token: kobeAdmin.token },
      );
      expect(after.data?.tenant.nameEn).not.toBe('Half written');
    });

    it('is refused to a counsellor', async () => {
      const res = await t.graphql(UPDATE, { input: { nameEn: 'Nope' } }, { token: kobeCounselor.token });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    });
  });

  describe('onboardingChecklist', () => {
    it('shows a new tenant that nothing is configured yet', async () => {
      const res = await t.graphql<{ onboardingChecklist: Record<string, boolean> }>(
        '{ onboardingChecklist { channels partners roster reporting complete } }',
        {},
        { token: kobeAdmin.token },
      );
      expect(res.data?.onboardingChecklist).toEqual({
        channels: false,
        partners: false,
        roster: false,
        reporting: false,
        complete: false,
      });
    });

    it('says of each open item what is missing and which operations complete it', async () => {
      const res = await t.graphql<{
        onboardingChecklist: { items: { item: string; done: boolean; missing: string | null; fixWith: string[] }[] };
      }>('{ onboardingChecklist { items { item done missing fixWith } } }', {}, { token: yamagataAdmin.token });
      expect(res.data?.onboardingChecklist.items).toEqual([
        {
          item: 'CHANNELS',
          done: false,
          missing: 'No active LINE channel is connected',
          fixWith: ['createLineChannel', 'updateLineChannel'],
        },
        {
          item: 'PARTNERS',
          done: false,
          missing: 'No active referral partner service exists',
          fixWith: ['createPartnerOrganization', 'createPartnerService'],
        },
        {
          item: 'ROSTER',
          done: false,
          missing: 'The secondment roster has not been reviewed',
          fixWith: ['markRosterReviewed'],
        },
        { item: 'REPORTING', done: false, missing: 'Reports have no recipient', fixWith: ['updateReportSettings'] },
      ]);
      await t.graphql('mutation { markRosterReviewed }', {}, { token: yamagataAdmin.token });
      const after = await t.graphql<{
        onboardingChecklist: { items: { item: string; done: boolean; missing: string | null }[] };
      }>('{ onboardingChecklist { items { item done missing } } }', {}, { token: yamagataAdmin.token });
      expect(after.data?.onboardingChecklist.items.find((i) => i.item === 'ROSTER')).toEqual({
        item: 'ROSTER',
        done: true,
        missing: null,
      });
    });

    it('is refused to a counsellor', async () => {
      const res = await t.graphql('{ onboardingChecklist { complete } }', {}, { token: kobeCounselor.token });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    });
  });

  describe('tenantOnboarding', () => {
    const PROGRESS = '{ tenantOnboarding { tenant { slug status } checklist { complete channels roster } } }';

    it("shows a platform admin every tenant with its own checklist, each read in that tenant's transaction", async () => {
      const admin = await t.newUser({ tenant: yamagata, role: TenantRole.TENANT_ADMIN });
      await t.graphql('mutation { markRosterReviewed }', {}, { token: admin.token });
      const res = await t.graphql<{
        tenantOnboarding: {
          tenant: { slug: string };
          checklist: { complete: boolean; channels: boolean; roster: boolean };
        }[];
      }>(PROGRESS, {}, { token: platformAdmin.token });
      expect(res.errors).toBeUndefined();
      const of = (slug: string) => res.data?.tenantOnboarding.find((x) => x.tenant.slug === slug)?.checklist;
      expect(of(yamagata.slug)).toEqual({ complete: false, channels: false, roster: true });
      expect(of(kobe.slug)?.roster).toBe(false);
    });

    it('is refused to tenant admins and the NPO', async () => {
      const npo = await t.newUser({ platformRoles: [PlatformRole.NPO_ADMIN] });
      for (const token of [kobeAdmin.token, npo.token]) {
        expect(errorCodes(await t.graphql(PROGRESS, {}, { token }))).toEqual(['FORBIDDEN']);
      }
    });
  });
});
