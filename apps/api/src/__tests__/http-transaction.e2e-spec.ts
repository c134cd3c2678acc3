import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { Permission, RequirePermission, TenantRole } from '@tsunagu/platform/permissions';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { TestApp, type TestUser } from './support/test-app';

/** A tenant-scoped controller, as later issues add (downloads, media): it must get the same transaction. */
@Controller('test-tenant-http')
class TenantHttpController {
  constructor(private readonly tenantDb: TenantDb) {}

  @RequirePermission(Permission.ReadTenant)
  @Get()
  async read(): Promise<{ slug: string; visible: number }> {
    const em = this.tenantDb.em;
    const tenant = await em.findOneOrFail(Tenant, { id: this.tenantDb.tenantId });
    return { slug: tenant.slug, visible: await em.count(Tenant, {}) };
  }

  @RequirePermission(Permission.UpdateTenantSettings)
  @Post()
  async renameThenFail(@Body() body: { nameEn: string; fail: boolean }): Promise<{ ok: true }> {
    const tenant = await this.tenantDb.em.findOneOrFail(Tenant, { id: this.tenantDb.tenantId });
    tenant.nameEn = body.nameEn;
    await this.tenantDb.em.flush();
    if (body.fail) throw new Error('fails after writing');
    return { ok: true };
  }
}

@Module({ controllers: [TenantHttpController] })
class TenantHttpTestModule {}

describe('tenant transactions of HTTP controllers', () => {
  let t: TestApp;
  let admin: TestUser;
  let tenant: Tenant;

  beforeAll(async () => {
    t = await TestApp.start({}, [TenantHttpTestModule]);
    tenant = await t.newTenant();
    await t.newTenant();
    admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
  });

  afterAll(async () => {
    await t.close();
  });

  const get = () => t.http().get('/test-tenant-http').set('authorization', `Bearer ${admin.token}`);
  const post = (body: object) =>
    t.http().post('/test-tenant-http').set('authorization', `Bearer ${admin.token}`).send(body);

  it("runs a controller in the caller's tenant only, and ends its transaction", async () => {
    for (let i = 0; i < 3; i++) {
      const res = await get();
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ slug: tenant.slug, visible: 1 });
    }
  });

  it('commits what a successful handler wrote and rolls back what a failing one wrote', async () => {
    expect((await post({ nameEn: 'Committed', fail: false })).status).toBe(201);
    expect((await post({ nameEn: 'Rolled back', fail: true })).status).toBe(500);
    const names = await t.app.get(TenantDb).withTenant(tenant.id, (em) => em.findOneOrFail(Tenant, { id: tenant.id }));
    expect(names.nameEn).toBe('Committed');
  });

  it('answers 401 without a token and 403 to a role without the permission, with the GraphQL codes', async () => {
    const anonymous = await t.http().get('/test-tenant-http');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    const counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    const refused = await t.http().post('/test-tenant-http').set('authorization', `Bearer ${counselor.token}`).send({});
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
  });
});
