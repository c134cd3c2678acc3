import { randomUUID } from 'node:crypto';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import type { Tenant } from '@tsunagu/platform/database';
import { TenantRole } from '@tsunagu/platform/permissions';
import { hsdsOrganizationValidator } from '@tsunagu/platform/testing';
import { PartnerDirectory } from '@tsunagu/partners';
import { TenantDb } from '@tsunagu/platform/database';
import { ownerQuery } from './support/line';
import { errorCodes, TestApp, type GraphQLResponse, type TestUser } from './support/test-app';

interface Category {
  id: string;
  name: string;
  sortOrder: number;
}

interface Service {
  id: string;
  name: string;
  status: string;
  minimumAge: number | null;
  maximumAge: number | null;
  serviceAreas: string[];
  languages: string[];
  categories: { id: string; name: string }[];
  locationIds: string[];
}

interface Organization {
  id: string;
  name: string;
  email: string | null;
  phones: { number: string; type: string | null }[];
  services: Service[];
  locations: { id: string; type: string; address: Record<string, string> | null; url: string | null }[];
  contacts: { id: string; name: string | null; email: string | null; serviceId: string | null }[];
}

type HsdsOrganization = Record<string, unknown> & { id: string; name: string; services?: Record<string, unknown>[] };

const ORGANIZATION_FIELDS = `id name email phones { number type }
  services { id name status minimumAge maximumAge serviceAreas languages categories { id name } locationIds }
  locations { id type url address { postalCode prefecture city addressLine } }
  contacts { id name email serviceId }`;
const CREATE_ORGANIZATION = `mutation($input: CreatePartnerOrganizationInput!) { createPartnerOrganization(input: $input) { ${ORGANIZATION_FIELDS} } }`;
const UPDATE_ORGANIZATION = `mutation($input: UpdatePartnerOrganizationInput!) { updatePartnerOrganization(input: $input) { ${ORGANIZATION_FIELDS} } }`;
const ORGANIZATION = `query($id: ID!) { partnerOrganization(id: $id) { ${ORGANIZATION_FIELDS} } }`;
const ORGANIZATIONS = `query($filter: PartnerOrganizationFilter, $first: Int, $after: String) {
  partnerOrganizations(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id name services { name } } } pageInfo { hasNextPage endCursor }
  } }`;
const SERVICE_FIELDS = 'id name status minimumAge maximumAge serviceAreas languages categories { id name } locationIds';
const CREATE_SERVICE = `mutation($input: CreatePartnerServiceInput!) { createPartnerService(input: $input) { ${SERVICE_FIELDS} } }`;
const UPDATE_SERVICE = `mutation($input: UpdatePartnerServiceInput!) { updatePartnerService(input: $input) { ${SERVICE_FIELDS} } }`;
const CREATE_LOCATION = `mutation($input: CreatePartnerLocationInput!) { createPartnerLocation(input: $input) {
  id type url address { postalCode prefecture city addressLine } } }`;
const UPDATE_LOCATION = `mutation($input: UpdatePartnerLocationInput!) { updatePartnerLocation(input: $input) { id name } }`;
const CREATE_CONTACT = `mutation($input: CreatePartnerContactInput!) { createPartnerContact(input: $input) { id name email serviceId phones { number } } }`;
const UPDATE_CONTACT = `mutation($input: UpdatePartnerContactInput!) { updatePartnerContact(input: $input) { id name email serviceId } }`;
const CATEGORIES = '{ serviceCategories { id name sortOrder } }';
const CREATE_CATEGORY =
  'mutation($input: CreateServiceCategoryInput!) { createServiceCategory(input: $input) { id name sortOrder } }';
const UPDATE_CATEGORY =
  'mutation($input: UpdateServiceCategoryInput!) { updateServiceCategory(input: $input) { id name sortOrder } }';
const DELETE_CATEGORY = 'mutation($input: DeleteServiceCategoryInput!) { deleteServiceCategory(input: $input) }';
const EXPORT = '{ partnerDirectoryHsds }';
const IMPORT = `mutation($input: ImportPartnerDirectoryHsdsInput!) { importPartnerDirectoryHsds(input: $input) {
  created updated errors { index id messages } } }`;

const fields = (res: GraphQLResponse) => res.errors?.[0].extensions?.fieldErrors?.map((f) => f.field);

describe('the partner directory', () => {
  let t: TestApp;
  let tenant: Tenant;
  let coordinator: TestUser;
  let counselor: TestUser;
  let other: Tenant;
  let otherCoordinator: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    tenant = await t.newTenant();
    other = await t.newTenant();
    coordinator = await t.newUser({ tenant, role: TenantRole.COORDINATOR });
    counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    otherCoordinator = await t.newUser({ tenant: other, role: TenantRole.COORDINATOR });
  });

  afterAll(async () => {
    await t.close();
  });

  async function ok<T>(query: string, variables: Record<string, unknown>, token = coordinator.token): Promise<T> {
    const res = await t.graphql<T>(query, variables, { token });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  }

  const categories = async (token = coordinator.token) =>
    (await ok<{ serviceCategories: Category[] }>(CATEGORIES, {}, token)).serviceCategories;
  const categoryNamed = async (name: string, token = coordinator.token) =>
    (await categories(token)).find((c) => c.name === name) as Category;
  const createOrganization = async (input: Record<string, unknown>, token = coordinator.token) =>
    (await ok<{ createPartnerOrganization: Organization }>(CREATE_ORGANIZATION, { input }, token))
      .createPartnerOrganization;
  const createService = async (input: Record<string, unknown>, token = coordinator.token) =>
    (await ok<{ createPartnerService: Service }>(CREATE_SERVICE, { input }, token)).createPartnerService;
  const search = async (filter: Record<string, unknown>, token = coordinator.token) =>
    (
      await ok<{ partnerOrganizations: { edges: { node: { id: string; name: string } }[] } }>(
        ORGANIZATIONS,
        { filter, first: 100 },
        token,
      )
    ).partnerOrganizations.edges.map((e) => e.node.name);
  const exportDirectory = async (token = coordinator.token) =>
    (await ok<{ partnerDirectoryHsds: HsdsOrganization[] }>(EXPORT, {}, token)).partnerDirectoryHsds;
  const counts = async (tenantId = tenant.id) =>
    (
      await ownerQuery<{ o: number; s: number; l: number; c: number }>(
        `select (select count(*)::int from partner_organization where tenant_id = $1) as o,
                (select count(*)::int from partner_service where tenant_id = $1) as s,
                (select count(*)::int from partner_location where tenant_id = $1) as l,
                (select count(*)::int from partner_contact where tenant_id = $1) as c`,
        [tenantId],
      )
    )[0];

  describe('service categories', () => {
    it('gives a tenant the Japanese default categories on first use, once', async () => {
      const own = await t.newTenant();
      const ownCoordinator = await t.newUser({ tenant: own, role: TenantRole.COORDINATOR });
      const first = await categories(ownCoordinator.token);
      expect(first.map((c) => c.name)).toEqual([
        '子育て相談',
        '生活困窮',
        'DV・虐待',
        '障害・発達',
        '食支援',
        '医療・保健',
      ]);
      for (const category of first) {
        await ok(DELETE_CATEGORY, { input: { id: category.id } }, ownCoordinator.token);
      }
      expect(await categories(ownCoordinator.token)).toEqual([]);
    });

    it('creates, renames and deletes categories, refusing a taken name; deleting takes it off services', async () => {
      const created = (await ok<{ createServiceCategory: Category }>(CREATE_CATEGORY, { input: { name: ' 居場所 ' } }))
        .createServiceCategory;
      expect(created.name).toBe('居場所');
      const taken = await t.graphql(CREATE_CATEGORY, { input: { name: 'ＤＶ・虐待' } }, { token: coordinator.token });
      expect(errorCodes(taken)).toEqual(['CONFLICT']);
      const renamed = await ok<{ updateServiceCategory: Category }>(UPDATE_CATEGORY, {
        input: { id: created.id, name: '子どもの居場所', sortOrder: 1 },
      });
      expect(renamed.updateServiceCategory).toEqual({ id: created.id, name: '子どもの居場所', sortOrder: 1 });
      expect((await categories())[0].id).toBe(created.id);

      const organization = await createOrganization({ name: 'カテゴリ削除テスト' });
      const service = await createService({
        organizationId: organization.id,
        name: '居場所づくり',
        categoryIds: [created.id],
      });
      expect(service.categories.map((c) => c.id)).toEqual([created.id]);
      expect(await ok(DELETE_CATEGORY, { input: { id: created.id } })).toEqual({ deleteServiceCategory: true });
      const after = await ok<{ partnerOrganization: Organization }>(ORGANIZATION, { id: organization.id });
      expect(after.partnerOrganization.services[0].categories).toEqual([]);
    });

    it('lets counsellors read but not change categories', async () => {
      expect((await categories(counselor.token)).length).toBeGreaterThan(0);
      const res = await t.graphql(CREATE_CATEGORY, { input: { name: '相談員' } }, { token: counselor.token });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    });
  });

  describe('organisations, services, locations and contacts', () => {
    it('creates and updates a whole organisation, audited', async () => {
      const childcare = await categoryNamed('子育て相談');
      const organization = await createOrganization({
        name: ' 神戸市こども家庭センター ',
        description: '児童相談所',
        email: 'center@example.jp',
        website: 'https://example.jp/center',
        phones: [{ number: '078-382-2525', type: 'VOICE', description: '平日' }],
      });
      expect(organization).toMatchObject({
        name: '神戸市こども家庭センター',
        email: 'center@example.jp',
        phones: [{ number: '078-382-2525', type: 'VOICE' }],
        services: [],
      });
      const location = (
        await ok<{ createPartnerLocation: { id: string; address: Record<string, string> } }>(CREATE_LOCATION, {
          input: {
            organizationId: organization.id,
            type: 'PHYSICAL',
            name: '本所',
            address: {
              postalCode: '6500044',
              prefecture: '兵庫県',
              city: '神戸市中央区',
              addressLine: '東川崎町1-3-1',
            },
          },
        })
      ).createPartnerLocation;
      expect(location.address.postalCode).toBe('650-0044');
      const service = await createService({
        organizationId: organization.id,
        name: '子育て相談',
        minimumAge: 0,
        maximumAge: 18,
        serviceAreas: ['中央区', '中央区', '東灘区'],
        languages: ['ja', 'en'],
        categoryIds: [childcare.id],
        locationIds: [location.id],
      });
      expect(service).toMatchObject({
        status: 'ACTIVE',
        serviceAreas: ['中央区', '東灘区'],
        languages: ['ja', 'en'],
        categories: [{ id: childcare.id, name: '子育て相談' }],
        locationIds: [location.id],
      });
      const contact = (
        await ok<{ createPartnerContact: { id: string; serviceId: string } }>(CREATE_CONTACT, {
          input: {
            organizationId: organization.id,
            serviceId: service.id,
            name: '担当 花子',
            email: 'hanako@example.jp',
          },
        })
      ).createPartnerContact;
      expect(contact.serviceId).toBe(service.id);

      const updated = await ok<{ updatePartnerService: Service }>(UPDATE_SERVICE, {
        input: { id: service.id, status: 'TEMPORARILY_CLOSED', maximumAge: 17, locationIds: [] },
      });
      expect(updated.updatePartnerService).toMatchObject({
        status: 'TEMPORARILY_CLOSED',
        minimumAge: 0,
        maximumAge: 17,
        locationIds: [],
      });
      await ok(UPDATE_LOCATION, { input: { id: location.id, name: '本所（2階）' } });
      await ok(UPDATE_CONTACT, { input: { id: contact.id, title: '係長', serviceId: null } });
      const renamed = await ok<{ updatePartnerOrganization: Organization }>(UPDATE_ORGANIZATION, {
        input: { id: organization.id, name: 'こども家庭センター', email: null },
      });
      expect(renamed.updatePartnerOrganization).toMatchObject({ name: 'こども家庭センター', email: null });

      const read = (
        await ok<{ partnerOrganization: Organization }>(ORGANIZATION, { id: organization.id }, counselor.token)
      ).partnerOrganization;
      expect(read.services).toHaveLength(1);
      expect(read.locations).toEqual([expect.objectContaining({ id: location.id, type: 'PHYSICAL' })]);
      expect(read.contacts).toEqual([expect.objectContaining({ id: contact.id, serviceId: null })]);

      const audited = await ownerQuery<{ action: string }>(
        `select action from audit_event where target_id = any($1::text[]) order by seq`,
        [[organization.id, service.id, location.id, contact.id]],
      );
      expect(audited.map((r) => r.action)).toEqual([
        'partner_organization.created',
        'partner_location.created',
        'partner_service.created',
        'partner_contact.created',
        'partner_service.updated',
        'partner_location.updated',
        'partner_contact.updated',
        'partner_organization.updated',
      ]);
    });

    it('gives the referrals domain an organisation and its contact emails, each once', async () => {
      const organization = await createOrganization({ name: 'メール確認', email: 'desk@example.org' });
      for (const email of ['a@example.org', 'DESK@example.org', 'a@example.org']) {
        await ok(CREATE_CONTACT, { input: { organizationId: organization.id, email } });
      }
      await ok(CREATE_CONTACT, { input: { organizationId: organization.id, name: 'メールなし' } });
      const directory = t.app.get(PartnerDirectory);
      const [emails, found, foreign] = await t.app
        .get(TenantDb)
        .withTenant(tenant.id, async (em) => [
          await directory.contactEmails(em, organization.id),
          await directory.organization(em, organization.id),
          await directory.organization(em, randomUUID()),
        ]);
      expect(emails).toEqual(['a@example.org', 'DESK@example.org']);
      expect(found).toEqual({ id: organization.id, name: 'メール確認' });
      expect(foreign).toBeNull();
      const elsewhere = await t.app
        .get(TenantDb)
        .withTenant(other.id, async (em) => [
          await directory.organization(em, organization.id),
          await directory.contactEmails(em, organization.id),
        ]);
      expect(elsewhere).toEqual([null, []]);
    });

    it('refuses bad input with the field at fault, writing nothing', async () => {
      const organization = await createOrganization({ name: '入力チェック' });
      const before = await counts();
      const cases: [string, Record<string, unknown>, string, string | undefined][] = [
        [CREATE_ORGANIZATION, { name: '   ' }, 'BAD_USER_INPUT', 'name'],
        [CREATE_ORGANIZATION, { name: 'x', email: 'not an email' }, 'BAD_USER_INPUT', 'email'],
        [UPDATE_ORGANIZATION, { id: organization.id, name: '' }, 'BAD_USER_INPUT', 'name'],
        [CREATE_SERVICE, { organizationId: organization.id, name: '' }, 'BAD_USER_INPUT', 'name'],
        [
          CREATE_SERVICE,
          { organizationId: organization.id, name: 'x', minimumAge: 12, maximumAge: 6 },
          'BAD_USER_INPUT',
          'maximumAge',
        ],
        [
          CREATE_SERVICE,
          { organizationId: organization.id, name: 'x', minimumAge: -1 },
          'BAD_USER_INPUT',
          'minimumAge',
        ],
        [
          CREATE_SERVICE,
          { organizationId: organization.id, name: 'x', categoryIds: [randomUUID()] },
          'BAD_USER_INPUT',
          'categoryIds',
        ],
        [
          CREATE_SERVICE,
          { organizationId: organization.id, name: 'x', locationIds: [randomUUID()] },
          'BAD_USER_INPUT',
          'locationIds',
        ],
        [
          CREATE_SERVICE,
          { organizationId: organization.id, name: 'x', languages: ['日本語'] },
          'BAD_USER_INPUT',
          'languages',
        ],
        [CREATE_SERVICE, { organizationId: randomUUID(), name: 'x' }, 'NOT_FOUND', undefined],
        [CREATE_LOCATION, { organizationId: organization.id, type: 'VIRTUAL' }, 'BAD_USER_INPUT', 'url'],
        [
          CREATE_LOCATION,
          {
            organizationId: organization.id,
            type: 'PHYSICAL',
            address: { postalCode: '65', prefecture: '兵庫県', city: '神戸市', addressLine: 'x' },
          },
          'BAD_USER_INPUT',
          'address.postalCode',
        ],
        [CREATE_CONTACT, { organizationId: organization.id }, 'BAD_USER_INPUT', 'name'],
        [
          CREATE_CONTACT,
          { organizationId: organization.id, name: 'x', serviceId: randomUUID() },
          'BAD_USER_INPUT',
          'serviceId',
        ],
      ];
      for (const [query, input, code, field] of cases) {
        const res = await t.graphql(query, { input }, { token: coordinator.token });
        expect([JSON.stringify(input), errorCodes(res)]).toEqual([JSON.stringify(input), [code]]);
        if (field) expect(fields(res)).toEqual([field]);
      }
      // An update whose new maximum is below the stored minimum.
      const service = await createService({ organizationId: organization.id, name: '年齢', minimumAge: 10 });
      const res = await t.graphql(
        UPDATE_SERVICE,
        { input: { id: service.id, maximumAge: 5, name: '変えない' } },
        { token: coordinator.token },
      );
      expect(fields(res)).toEqual(['maximumAge']);
      expect(
        (await ok<{ partnerOrganization: Organization }>(ORGANIZATION, { id: organization.id })).partnerOrganization
          .services[0].name,
      ).toBe('年齢');
      expect(await counts()).toEqual({ ...before, s: before.s + 1 });
    });

    it('refuses another tenant’s organisation, service, location and contact ids as NOT_FOUND, writing nothing', async () => {
      const theirs = await createOrganization(
        { name: '他市の団体', email: 'other@example.org' },
        otherCoordinator.token,
      );
      const theirService = await createService(
        { organizationId: theirs.id, name: '他市のサービス' },
        otherCoordinator.token,
      );
      const before = await counts(other.id);
      for (const [query, input] of [
        [ORGANIZATION, null],
        [UPDATE_ORGANIZATION, { id: theirs.id, name: '乗っ取り' }],
        [CREATE_SERVICE, { organizationId: theirs.id, name: '乗っ取り' }],
        [UPDATE_SERVICE, { id: theirService.id, name: '乗っ取り' }],
        [CREATE_LOCATION, { organizationId: theirs.id, type: 'VIRTUAL', url: 'https://example.org' }],
        [CREATE_CONTACT, { organizationId: theirs.id, name: '乗っ取り' }],
      ] as const) {
        const res = await t.graphql(query, input ? { input } : { id: theirs.id }, { token: coordinator.token });
        expect(errorCodes(res)).toEqual(['NOT_FOUND']);
      }
      expect(await counts(other.id)).toEqual(before);
      const still = await ok<{ partnerOrganization: Organization }>(
        ORGANIZATION,
        { id: theirs.id },
        otherCoordinator.token,
      );
      expect(still.partnerOrganization.name).toBe('他市の団体');
    });
  });

  describe('search', () => {
    let searchTenant: Tenant;
    let token: string;

    beforeAll(async () => {
      searchTenant = await t.newTenant();
      token = (await t.newUser({ tenant: searchTenant, role: TenantRole.COORDINATOR })).token;
      const food = await categoryNamed('食支援', token);
      const childcare = await categoryNamed('子育て相談', token);
      const dv = await categoryNamed('DV・虐待', token);
      const make = async (name: string, services: Record<string, unknown>[]) => {
        const organization = await createOrganization({ name }, token);
        for (const service of services) await createService({ organizationId: organization.id, ...service }, token);
      };
      await make('フードバンク関西', [{ name: '食品の提供', categoryIds: [food.id], serviceAreas: ['神戸市'] }]);
      await make('中央区保健センター', [
        { name: '乳幼児健診', categoryIds: [childcare.id], minimumAge: 0, maximumAge: 6, serviceAreas: ['中央区'] },
      ]);
      await make('こども食堂ネット', [
        {
          name: '子ども食堂',
          categoryIds: [food.id, childcare.id],
          minimumAge: 6,
          maximumAge: 15,
          serviceAreas: ['東灘区'],
        },
        { name: '休止中の学習支援', status: 'INACTIVE', serviceAreas: ['中央区'], minimumAge: 12 },
      ]);
      await make('ＤＶ相談室', [{ name: '女性相談', categoryIds: [dv.id], minimumAge: 18 }]);
      await make('サービスのない団体', []);
    });

    it('finds organisations by name or service name, two characters being enough', async () => {
      expect(await search({ search: 'DV' }, token)).toEqual(['ＤＶ相談室']);
      expect(await search({ search: '食堂' }, token)).toEqual(['こども食堂ネット']);
      expect(await search({ search: '健診' }, token)).toEqual(['中央区保健センター']);
    });

    it('finds organisations by category, age, area and status', async () => {
      const food = await categoryNamed('食支援', token);
      expect((await search({ categoryId: food.id }, token)).sort()).toEqual(
        ['こども食堂ネット', 'フードバンク関西'].sort(),
      );
      expect(await search({ age: 3 }, token)).toEqual(
        expect.arrayContaining(['中央区保健センター', 'フードバンク関西']),
      );
      expect(await search({ age: 3 }, token)).not.toContain('ＤＶ相談室');
      expect(await search({ age: 30 }, token)).toEqual(expect.arrayContaining(['ＤＶ相談室', 'フードバンク関西']));
      expect(await search({ age: 30 }, token)).not.toContain('中央区保健センター');
      expect((await search({ area: '中央区' }, token)).sort()).toEqual(
        ['こども食堂ネット', '中央区保健センター'].sort(),
      );
      // The service conditions hold for one same service: こども食堂ネット's 中央区 service is inactive.
      expect(await search({ area: '中央区', status: 'ACTIVE' }, token)).toEqual(['中央区保健センター']);
      expect(await search({ area: '東灘区', age: 10, categoryId: food.id }, token)).toEqual(['こども食堂ネット']);
      expect(await search({ categoryId: randomUUID() }, token)).toEqual([]);
    });

    it('pages through the list with cursors', async () => {
      const all = await search({}, token);
      expect(all).toHaveLength(5);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: {
          partnerOrganizations: {
            edges: { node: { name: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        } = await ok(ORGANIZATIONS, { first: 2, after }, token);
        seen.push(...page.partnerOrganizations.edges.map((e) => e.node.name));
        if (!page.partnerOrganizations.pageInfo.hasNextPage) break;
        after = page.partnerOrganizations.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
    });

    it('does not return partners of another tenant', async () => {
      const names = await search({}, coordinator.token);
      expect(names).not.toContain('フードバンク関西');
      expect(await search({}, token)).not.toContain('入力チェック');
      const theirs = await createOrganization({ name: '見えない団体' }, otherCoordinator.token);
      const res = await t.graphql(ORGANIZATION, { id: theirs.id }, { token: coordinator.token });
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
      const exported = await exportDirectory();
      expect(exported.map((o) => o.name)).not.toContain('見えない団体');
      expect(exported.map((o) => o.name)).not.toContain('フードバンク関西');
      expect((await exportDirectory(token)).map((o) => o.name)).not.toContain('見えない団体');
    });
  });

  describe('HSDS 3.0', () => {
    const validate = hsdsOrganizationValidator();
    const itWithSpecs = validate ? it : it.skip;

    /** A file of two organisations as another HSDS system might write it. */
    function hsdsFile(): HsdsOrganization[] {
      const food = {
        org: randomUUID(),
        service: randomUUID(),
        location: randomUUID(),
        contact: randomUUID(),
        phone: randomUUID(),
      };
      const center = { org: randomUUID(), service: randomUUID(), location: randomUUID(), contact: randomUUID() };
      return [
        {
          id: food.org,
          name: 'フードバンク関西（インポート）',
          description: '食品ロスを減らし、必要な家庭に食品を届けます',
          email: 'info@example.org',
          website: 'https://example.org/foodbank',
          phones: [{ id: food.phone, organization_id: food.org, number: '078-000-0000', type: 'voice' }],
          contacts: [
            {
              id: food.contact,
              organization_id: food.org,
              service_id: food.service,
              name: '受付',
              email: 'uketsuke@example.org',
              phones: [],
            },
          ],
          locations: [
            {
              id: food.location,
              location_type: 'physical',
              organization_id: food.org,
              name: '芦屋倉庫',
              addresses: [
                {
                  id: randomUUID(),
                  location_id: food.location,
                  address_1: '大原町1-1',
                  city: '芦屋市',
                  state_province: '兵庫県',
                  postal_code: '659-0000',
                  country: 'JP',
                  address_type: 'physical',
                },
              ],
            },
          ],
          services: [
            {
              id: food.service,
              organization_id: food.org,
              name: '緊急食品支援',
              status: 'temporarily closed',
              eligibility_description: '生活に困っている世帯',
              minimum_age: 0,
              maximum_age: 120,
              fees_description: '無料',
              languages: [{ id: randomUUID(), service_id: food.service, code: 'ja', name: '日本語' }],
              service_areas: [{ id: randomUUID(), service_id: food.service, name: '神戸市' }],
              service_at_locations: [{ id: randomUUID(), service_id: food.service, location_id: food.location }],
              attributes: [
                {
                  id: randomUUID(),
                  link_id: food.service,
                  taxonomy_term: { id: randomUUID(), name: '食支援', description: '食支援' },
                },
                {
                  id: randomUUID(),
                  link_id: food.service,
                  taxonomy_term: { id: randomUUID(), name: 'フードドライブ', description: '新しい分類' },
                },
              ],
            },
          ],
        },
        {
          id: center.org,
          name: 'オンライン相談センター',
          description: '',
          locations: [{ id: center.location, location_type: 'virtual', url: 'https://example.jp/chat' }],
          contacts: [{ id: center.contact, email: 'chat@example.jp' }],
          services: [{ id: center.service, name: 'チャット相談', status: 'active' }],
        },
      ];
    }

    /** What we keep of an HSDS organisation: ids of derived objects (languages, areas, ...) are ours. */
    function kept(organization: HsdsOrganization): unknown {
      const strip = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(strip);
        if (value && typeof value === 'object') {
          return Object.fromEntries(
            Object.entries(value)
              .filter(
                ([key]) => !['organization_id', 'service_id', 'location_id', 'link_id', 'contact_id'].includes(key),
              )
              .map(([key, v]) => [key, strip(v)]),
          );
        }
        return value;
      };
      const o = strip(organization) as Record<string, unknown> & {
        services?: Record<string, unknown>[];
        locations?: Record<string, unknown>[];
      };
      return {
        ...o,
        phones: o['phones'] ?? [],
        contacts: ((o['contacts'] as Record<string, unknown>[] | undefined) ?? []).map((c) => ({ phones: [], ...c })),
        locations: (o.locations ?? []).map((l) => ({
          ...l,
          addresses: ((l['addresses'] as Record<string, unknown>[] | undefined) ?? []).map(({ id: _, ...a }) => a),
        })),
        services: (o.services ?? []).map((s) => ({
          ...s,
          languages: ((s['languages'] as { code: string }[] | undefined) ?? []).map((l) => l.code),
          service_areas: ((s['service_areas'] as { name: string }[] | undefined) ?? []).map((a) => a.name),
          service_at_locations: ((s['service_at_locations'] as object[] | undefined) ?? []).length,
          attributes: ((s['attributes'] as { taxonomy_term: { name: string } }[] | undefined) ?? []).map(
            (a) => a.taxonomy_term.name,
          ),
        })),
      };
    }

    itWithSpecs('exports organisations that validate against the HSDS 3.0 schema', async () => {
      const exported = await exportDirectory();
      expect(exported.length).toBeGreaterThan(2);
      for (const organization of exported) expect(validate!(organization)).toEqual([]);
      const center = exported.find((o) => o.name === 'こども家庭センター') as HsdsOrganization;
      expect(center.services?.[0]).toMatchObject({ status: 'temporarily closed', minimum_age: 0, maximum_age: 17 });
    });

    itWithSpecs('imports a file of two organisations and exports them as they came (and again: updates)', async () => {
      const own = await t.newTenant();
      const token = (await t.newUser({ tenant: own, role: TenantRole.COORDINATOR })).token;
      const file = hsdsFile();
      for (const organization of file) expect(validate!(organization)).toEqual([]);
      const imported = await ok<{ importPartnerDirectoryHsds: unknown }>(
        IMPORT,
        { input: { organizations: file } },
        token,
      );
      expect(imported.importPartnerDirectoryHsds).toEqual({ created: 2, updated: 0, errors: [] });
      const exported = await exportDirectory(token);
      for (const organization of exported) expect(validate!(organization)).toEqual([]);
      const byId = (list: HsdsOrganization[]) => [...list].sort((a, b) => a.id.localeCompare(b.id)).map(kept);
      expect(byId(exported)).toEqual(byId(file));
      // The category the file brought is now one of the tenant's.
      expect((await categories(token)).map((c) => c.name)).toContain('フードドライブ');

      // Importing the export changes nothing: the HSDS ids find the same rows.
      const again = await ok<{ importPartnerDirectoryHsds: unknown }>(
        IMPORT,
        { input: { organizations: exported } },
        token,
      );
      expect(again.importPartnerDirectoryHsds).toEqual({ created: 0, updated: 2, errors: [] });
      expect(await exportDirectory(token)).toEqual(exported);
      expect(await counts(own.id)).toEqual({ o: 2, s: 2, l: 2, c: 2 });
    });

    it('imports the good organisation of a file and reports the bad one, writing nothing of it', async () => {
      const own = await t.newTenant();
      const token = (await t.newUser({ tenant: own, role: TenantRole.COORDINATOR })).token;
      const [good, bad] = hsdsFile();
      const services = bad.services as Record<string, unknown>[];
      services[0] = { ...services[0], minimum_age: 20, maximum_age: 10 };
      const badId = bad.id;
      const res = await ok<{
        importPartnerDirectoryHsds: { created: number; errors: { index: number; id: string; messages: string[] }[] };
      }>(IMPORT, { input: { organizations: [bad, good, { name: 'no id', description: '' }, 'not an object'] } }, token);
      expect(res.importPartnerDirectoryHsds.created).toBe(1);
      expect(res.importPartnerDirectoryHsds.errors).toEqual([
        { index: 0, id: badId, messages: ['/services/0/maximum_age: must not be below minimum_age'] },
        { index: 2, id: null, messages: [expect.stringContaining("must have required property 'id'")] },
        { index: 3, id: null, messages: ['/: must be object'] },
      ]);
      expect((await exportDirectory(token)).map((o) => o.id)).toEqual([good.id]);
      expect(await counts(own.id)).toEqual({ o: 1, s: 1, l: 1, c: 1 });
    });

    it('refuses links other than http(s) and values longer than the columns as record errors, not failures', async () => {
      const own = await t.newTenant();
      const token = (await t.newUser({ tenant: own, role: TenantRole.COORDINATOR })).token;
      const [good, scripted] = hsdsFile();
      const long = { ...hsdsFile()[0], website: `https://example.org/${'a'.repeat(600)}` };
      const res = await ok<{
        importPartnerDirectoryHsds: { created: number; errors: { index: number; messages: string[] }[] };
      }>(IMPORT, { input: { organizations: [{ ...scripted, website: 'javascript:alert(1)' }, long, good] } }, token);
      expect(res.importPartnerDirectoryHsds.created).toBe(1);
      expect(res.importPartnerDirectoryHsds.errors.map((e) => e.index)).toEqual([0, 1]);
      expect((await exportDirectory(token)).map((o) => o.id)).toEqual([good.id]);
    });

    it('refuses, writing nothing, a file larger than one import takes', async () => {
      const own = await t.newTenant();
      const token = (await t.newUser({ tenant: own, role: TenantRole.COORDINATOR })).token;
      const [organization] = hsdsFile();
      const service = (organization.services as Record<string, unknown>[])[0];
      const categories = Array.from({ length: 101 }, (_, i) => ({
        id: randomUUID(),
        taxonomy_term: { id: randomUUID(), name: `分類${i}`, description: 'x' },
      }));
      const res = await t.graphql(
        IMPORT,
        { input: { organizations: [{ ...organization, services: [{ ...service, attributes: categories }] }] } },
        { token },
      );
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(res.errors)).toContain('IMPORT_TOO_LARGE');
      expect(await counts(own.id)).toEqual({ o: 0, s: 0, l: 0, c: 0 });
    });

    it('keeps an organisation all or nothing when its write fails, and imports the others', async () => {
      const own = await t.newTenant();
      const token = (await t.newUser({ tenant: own, role: TenantRole.COORDINATOR })).token;
      const [first, second] = hsdsFile();
      await ok(IMPORT, { input: { organizations: [first] } }, token);
      // The second claims the first's service as its own: refused once it is being written.
      const thief = {
        ...second,
        services: [
          { ...(first.services as Record<string, unknown>[])[0], organization_id: second.id, service_at_locations: [] },
        ],
      };
      const third = { ...hsdsFile()[1], name: '三番目' };
      const res = await ok<{
        importPartnerDirectoryHsds: { created: number; errors: { index: number; messages: string[] }[] };
      }>(IMPORT, { input: { organizations: [thief, third] } }, token);
      expect(res.importPartnerDirectoryHsds.created).toBe(1);
      expect(res.importPartnerDirectoryHsds.errors).toEqual([
        { index: 0, id: second.id, messages: [expect.stringContaining('belongs to another organisation')] },
      ]);
      expect((await exportDirectory(token)).map((o) => o.name).sort()).toEqual([first.name, '三番目'].sort());
      // Nothing of the refused organisation stayed, not even the location written before the refusal.
      expect(await counts(own.id)).toEqual({ o: 2, s: 2, l: 2, c: 2 });
    });

    it('lets only directory keepers import', async () => {
      const res = await t.graphql(IMPORT, { input: { organizations: [] } }, { token: counselor.token });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    });
  });

  describe('the list query count', () => {
    it('reads a page of 30 organisations with as many queries as a page of 3', async () => {
      const own = await t.newTenant();
      const token = (await t.newUser({ tenant: own, role: TenantRole.COORDINATOR })).token;
      const category = await categoryNamed('食支援', token);
      for (let n = 0; n < 30; n++) {
        const organization = await createOrganization({ name: `団体${String(n).padStart(2, '0')}` }, token);
        const location = (
          await ok<{ createPartnerLocation: { id: string } }>(
            CREATE_LOCATION,
            { input: { organizationId: organization.id, type: 'VIRTUAL', url: 'https://example.org' } },
            token,
          )
        ).createPartnerLocation;
        const service = await createService(
          { organizationId: organization.id, name: 'サービス', categoryIds: [category.id], locationIds: [location.id] },
          token,
        );
        await ok(
          CREATE_CONTACT,
          { input: { organizationId: organization.id, serviceId: service.id, name: '担当' } },
          token,
        );
      }
      const list = `query($first: Int) { partnerOrganizations(first: $first) { edges { node { ${ORGANIZATION_FIELDS} } } } }`;
      let seen: string[] = [];
      (t.app.get(MikroORM).em as EntityManager).getKnex().on('query', (query: { sql: string }) => seen.push(query.sql));
      const countFor = async (first: number) => {
        // A first request may also record the session's last use: not measured.
        await ok(list, { first }, token);
        seen = [];
        const page = await ok<{ partnerOrganizations: { edges: { node: Organization }[] } }>(list, { first }, token);
        expect(page.partnerOrganizations.edges).toHaveLength(first);
        expect(page.partnerOrganizations.edges.every((e) => e.node.services[0].categories.length === 1)).toBe(true);
        return seen.filter((sql) => !sql.includes('pgboss')).length;
      };
      expect(await countFor(30)).toBe(await countFor(3));
    });
  });

  describe('onboarding', () => {
    it('counts partners as configured once an active service exists', async () => {
      const own = await t.newTenant();
      const admin = await t.newUser({ tenant: own, role: TenantRole.TENANT_ADMIN });
      const checklist = async () =>
        (
          await ok<{ onboardingChecklist: { partners: boolean } }>(
            '{ onboardingChecklist { partners } }',
            {},
            admin.token,
          )
        ).onboardingChecklist.partners;
      expect(await checklist()).toBe(false);
      const organization = await createOrganization({ name: '準備中' }, admin.token);
      const service = await createService(
        { organizationId: organization.id, name: '準備中', status: 'INACTIVE' },
        admin.token,
      );
      expect(await checklist()).toBe(false);
      await ok(UPDATE_SERVICE, { input: { id: service.id, status: 'ACTIVE' } }, admin.token);
      expect(await checklist()).toBe(true);
    });
  });
});
