import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Logger, Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { AuditTrail } from '@tsunagu/platform/audit';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { Permission, RequirePermission, TenantRole } from '@tsunagu/platform/permissions';
import { TestApp } from './support/test-app';

/** How the last slow read ended: `ok`, or the name of what it threw. */
let slowOutcome: string | undefined;

/** A read that takes a while (and is audited, as reads of content are) next to one a counsellor may not make. */
@Resolver()
class ProbeResolver {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly audit: AuditTrail,
  ) {}

  @RequirePermission(Permission.ReadTenant)
  @Query(() => String)
  async slowTenantSlug(): Promise<string> {
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const tenant = await this.tenantDb.em.findOneOrFail(Tenant, { id: this.tenantDb.tenantId });
      await this.audit.record('test.slow.read', { type: 'tenant', id: tenant.id });
      slowOutcome = 'ok';
      return tenant.slug;
    } catch (error) {
      slowOutcome = error instanceof Error ? error.name : 'unknown';
      throw error;
    }
  }

  @RequirePermission(Permission.ReadAuditTrail)
  @Query(() => String, { nullable: true })
  adminsOnly(): string {
    return 'for admins';
  }
}

@Module({ providers: [ProbeResolver] })
class ProbeModule {}

describe('a query mixing fields a role may and may not read', () => {
  let t: TestApp;
  const marker = `partial forbidden ${randomUUID()}`;

  beforeAll(async () => {
    t = await TestApp.start({}, [ProbeModule]);
    new Logger('PartialForbiddenTest').log(marker);
  });

  afterAll(async () => {
    await t.close();
  });

  /** The error-level lines this file's tests logged. */
  const loggedErrors = (): string[] => {
    const text = readFileSync(process.env['TSUNAGU_TEST_LOG_FILE'] as string, 'utf8');
    return text
      .slice(text.indexOf(marker))
      .split('\n')
      .filter((line) => line.startsWith('{') && (JSON.parse(line) as { level: number }).level >= 50);
  };

  const auditedReads = async (admin: string): Promise<number> => {
    const res = await t.graphql<{ auditEvents: { edges: unknown[] } }>(
      '{ auditEvents(first: 20, filter: { action: "test.slow.read" }) { edges { node { id } } } }',
      {},
      { token: admin },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.auditEvents.edges.length;
  };

  it('answers FORBIDDEN for the forbidden field and the rest normally, keeps the audit of what it showed, and logs no error', async () => {
    const tenant = await t.newTenant();
    const counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    const admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    slowOutcome = undefined;
    const res = await t.graphql<{ slowTenantSlug: string; adminsOnly: string | null }>(
      '{ slowTenantSlug adminsOnly }',
      {},
      { token: counselor.token },
    );
    expect(res.data).toEqual({ slowTenantSlug: tenant.slug, adminsOnly: null });
    expect(res.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['FORBIDDEN', ['adminsOnly']]]);
    expect(slowOutcome).toBe('ok');
    expect(await auditedReads(admin.token)).toBe(1);
    expect(loggedErrors()).toEqual([]);
  });

  it('answers a refused root field null beside a slow sibling, which finishes in its transaction and keeps its audit', async () => {
    const tenant = await t.newTenant();
    const counselor = await t.newUser({ tenant, role: TenantRole.COUNSELOR });
    const admin = await t.newUser({ tenant, role: TenantRole.TENANT_ADMIN });
    slowOutcome = undefined;
    // auditEvents returns a non-null connection, but the root field itself is nullable: refused, it alone is null.
    const res = await t.graphql(
      '{ slowTenantSlug auditEvents(first: 1) { edges { node { id } } } }',
      {},
      { token: counselor.token },
    );
    expect(res.data).toEqual({ slowTenantSlug: tenant.slug, auditEvents: null });
    expect(res.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['FORBIDDEN', ['auditEvents']]]);
    expect(slowOutcome).toBe('ok');
    expect(await auditedReads(admin.token)).toBe(1);
    expect(loggedErrors()).toEqual([]);
  });

  it("answers a municipal viewer's tenant and refuses only its audit trail", async () => {
    const tenant = await t.newTenant();
    const viewer = await t.newUser({ tenant, role: TenantRole.MUNICIPAL_VIEWER });
    const res = await t.graphql(
      '{ tenant { nameJa } auditEvents(first: 1) { edges { node { id } } } }',
      {},
      { token: viewer.token },
    );
    expect(res.data).toEqual({ tenant: { nameJa: tenant.nameJa }, auditEvents: null });
    expect(res.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['FORBIDDEN', ['auditEvents']]]);
    expect(loggedErrors()).toEqual([]);
  });

  it("answers a partner user's own account and refuses only the inbox", async () => {
    const tenant = await t.newTenant();
    const partner = await t.newUser({ tenant, role: TenantRole.PARTNER_USER });
    const res = await t.graphql(
      '{ me { email } conversations(first: 1) { edges { node { id } } } }',
      {},
      { token: partner.token },
    );
    expect(res.data).toEqual({ me: { email: partner.email }, conversations: null });
    expect(res.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['FORBIDDEN', ['conversations']]]);
    expect(loggedErrors()).toEqual([]);
  });
});
